"""One clipping as a person reads it (``clippings show``), and its archived raw response."""

from __future__ import annotations

from clippings.archive import records
from clippings.evidence import RawResponse, read_record
from clippings.paths import DataDir

STATUS = {"live": "正常", "changed": "已更新", "deleted": "来源已删除"}
from clippings.vocabulary import SENTIMENT


def clipping_details(db, clipping_id: int) -> str:
    row = records.get_clipping(db, clipping_id)
    if row is None:
        raise LookupError(f"没有编号为 {clipping_id} 的信息")
    lines = [
        f"【{row['id']}】{row['title'] or '（无标题）'}",
        f"来源网站：{row['source_title'] or row['source']}（{row['source']}，{row['kind']}）",
        f"网址：{row['url']}",
        f"发布时间：{row['published_at'] or '未知'}    抓取时间：{row['fetched_at']}    状态：{STATUS.get(row['status'], row['status'])}",
    ]
    if row.get("author"):
        lines.append(f"作者：{row['author']}")
    if row.get("origin_source") or row.get("original_title"):
        lines.append(f"稿件来源：{row.get('origin_source') or '—'}    原标题：{row.get('original_title') or '—'}")
    if row.get("sentiment"):
        lines.append(f"倾向：{SENTIMENT.get(row['sentiment'], row['sentiment'])}（置信度 {row.get('sentiment_score') or 0:.2f}，"
                     f"{'人工' if row.get('tagged_by') not in (None, 'auto') else '自动'}）")
        for reason in row.get("sentiment_evidence") or []:
            lines.append(f"  依据：{reason}")
    if row.get("topics"):
        lines.append(f"话题：{'、'.join(row['topics'])}")
    lines.append(f"区县：{row.get('district') or '—'}    命中词：{'、'.join(row['matched_terms']) or '—'}")
    lines += ["", row["text"] or "（无正文）"]
    posts = records.get_posts(db, clipping_id)
    if posts:
        lines += ["", f"帖子（{len(posts)} 楼）："]
        for p in posts:
            lines.append(f"  {p['floor']}楼 {p['author'] or '匿名'} {p['posted_at'] or ''}：{p['text'][:200]}")
    copies = _copies(db, row)
    if copies:
        lines += ["", f"同一报道的其他转载（{len(copies)}）："]
        for c in copies:
            lines.append(f"  【{c['id']}】{c.get('source_title') or c.get('source')} {c.get('published_at') or ''} {c.get('title')}")
    evidence = records.get_evidence(db, clipping_id)
    if evidence:
        lines += ["", "证据（原始网页存档）："]
        for e in evidence:
            lines.append(f"  {e['fetched_at']} HTTP {e['http_status']} {e['url']} → {e['warc_file']}@{e['warc_offset']}")
    versions = records.get_versions(db, clipping_id)
    if versions:
        lines += ["", "历史版本："]
        for v in versions:
            lines.append(f"  {v['fetched_at']} 抓取，{v['replaced_at']} 被替换：{(v['title'] or '')}")
    return "\n".join(lines)


def _copies(db, row: dict) -> list[dict]:
    if not row.get("cluster_id"):
        return []
    try:
        from clippings.clusters import cluster_members
    except ImportError:
        return []
    return [m for m in cluster_members(db, row["cluster_id"]) if m["id"] != row["id"]]


def raw_evidence(db, data: DataDir, clipping_id: int) -> RawResponse:
    row = records.get_clipping(db, clipping_id)
    if row is None:
        raise LookupError(f"没有编号为 {clipping_id} 的信息")
    if not row.get("warc_file"):
        raise LookupError(f"第 {clipping_id} 条没有原始网页存档（可能是导入的稿件）")
    return read_record(data.warc_dir, row["warc_file"], row["warc_offset"])
