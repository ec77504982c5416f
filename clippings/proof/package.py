"""The evidence package for one clipping: what it said, where, when it was captured, and that the
capture is untouched.

Files: 原始记录-N.warc.gz (each archived response, the WARC record byte-for-byte as written at capture),
页面渲染.pdf / 页面渲染.png (made from those bytes offline), 正文.txt (the text as extracted), manifest.json
(URL, capture times, HTTP status, SHA-256 and size of every file, earlier versions), SHA256SUMS (for
``sha256sum -c``) and 说明.txt.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from clippings.archive import records
from clippings.evidence import read_record
from clippings.paths import DataDir
from clippings.timeutil import now, to_iso
from clippings.vocabulary import PAGE_STATUS, beijing, label

log = logging.getLogger(__name__)

FORMAT = "clippings-evidence/1"


class EvidenceMissing(LookupError):
    pass


@dataclass
class Package:
    folder: Path
    files: dict[str, str] = field(default_factory=dict)   # name -> sha256
    manifest: dict = field(default_factory=dict)
    rendered: bool = False
    note: str = ""
    rechecks: list = field(default_factory=list)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _record_bytes(warc_dir: Path, warc_file: str, offset: int, length: int | None) -> bytes:
    """The WARC record (one gzip member) exactly as written at capture."""
    from warcio.archiveiterator import ArchiveIterator

    path = warc_dir / Path(warc_file).name
    with open(path, "rb") as fh:
        if not length:  # older rows: find where the record ends
            fh.seek(offset)
            records_ = ArchiveIterator(fh)
            record = next(records_)
            record.content_stream().read()
            records_.read_to_end()
            length = records_.get_record_length()
        fh.seek(offset)
        return fh.read(length)


def _content_type(headers: list[tuple[str, str]]) -> str | None:
    return next((v for k, v in headers if k.lower() == "content-type"), None)


def build_package(db, data: DataDir, clipping_id: int, out_dir: str | Path, render: bool = True) -> Package:
    """Write the package for ``clipping_id`` into ``out_dir`` (created; must be empty or new)."""
    row = records.get_clipping(db, clipping_id)
    if row is None:
        raise EvidenceMissing(f"没有编号为 {clipping_id} 的信息")
    evidence = records.get_evidence(db, clipping_id)
    if not evidence and row.get("warc_file"):
        evidence = [{"url": row["url"], "fetched_at": row["fetched_at"], "http_status": None,
                     "warc_file": row["warc_file"], "warc_offset": row["warc_offset"], "warc_length": None}]
    if not evidence:
        raise EvidenceMissing(f"第 {clipping_id} 条没有原始网页存档（可能是导入的稿件），无法制作证据包")
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        raise FileExistsError(f"输出目录不是空的：{folder}")
    pkg = Package(folder)
    captures = []
    for n, ev in enumerate(evidence, 1):
        name = f"原始记录-{n}.warc.gz"
        (folder / name).write_bytes(_record_bytes(data.warc_dir, ev["warc_file"], ev["warc_offset"],
                                                  ev.get("warc_length")))
        raw = read_record(data.warc_dir, ev["warc_file"], ev["warc_offset"])
        captures.append({"file": name, "url": ev["url"], "captured_at": ev["fetched_at"],
                         "captured_at_beijing": beijing(ev["fetched_at"]),
                         "http_status": ev.get("http_status") or raw.status,
                         "payload_sha256": hashlib.sha256(raw.body).hexdigest(), "payload_bytes": len(raw.body)})
    (folder / "正文.txt").write_text(f"{row.get('title') or ''}\n\n{row.get('text') or ''}\n", encoding="utf-8")
    refused: list[str] = []
    if render:
        from clippings.proof.render import RenderUnavailable, render_capture

        first = read_record(data.warc_dir, evidence[0]["warc_file"], evidence[0]["warc_offset"])
        try:
            rendering = render_capture(first.url or row["url"], first.body, _content_type(first.headers),
                                       folder / "页面渲染.pdf", folder / "页面渲染.png")
            refused, pkg.rendered = rendering.refused, True
        except RenderUnavailable as exc:
            pkg.note = f"{exc}，未生成页面渲染"
        except Exception as exc:  # a page Chromium cannot render: the package still holds the bytes
            log.warning("rendering clipping %s failed: %s", clipping_id, exc)
            pkg.note = f"页面渲染失败：{exc}"
            for name in ("页面渲染.pdf", "页面渲染.png"):
                (folder / name).unlink(missing_ok=True)
    versions = [{"captured_at": v.get("fetched_at"), "replaced_at": v.get("replaced_at"), "title": v.get("title"),
                 "content_hash": v.get("content_hash")} for v in records.get_versions(db, clipping_id)]
    from clippings.archive import rechecks as recheck_sql

    checks = [{"checked_at": r["checked_at"], "class": r["class"], "http_status": r["http_status"],
               "content_hash": r["content_hash"], "outcome": r["outcome"], "detail": r["detail"]}
              for r in recheck_sql.history(db, clipping_id)]
    pkg.rechecks = checks
    files = sorted(p.name for p in folder.iterdir())
    pkg.files = {name: _sha256(folder / name) for name in files}
    pkg.manifest = {
        "format": FORMAT, "generated_at": to_iso(now()), "clipping_id": clipping_id,
        "url": row["url"], "title": row.get("title"), "outlet": row.get("source_title") or row.get("source"),
        "published_at": row.get("published_at"), "first_captured_at": evidence[0]["fetched_at"],
        "status": row.get("status"), "status_text": label(PAGE_STATUS, row.get("status")),
        "captures": captures, "earlier_versions": versions, "content_hash": row.get("content_hash"),
        "rechecks": checks,
        "rendering": {"made": pkg.rendered, "note": pkg.note, "network": "全部外部请求被拒绝（离线渲染）",
                      "refused_requests": refused, "javascript": False},
        "files": {name: {"sha256": digest, "bytes": (folder / name).stat().st_size}
                  for name, digest in pkg.files.items()},
    }
    (folder / "manifest.json").write_text(json.dumps(pkg.manifest, ensure_ascii=False, indent=2), encoding="utf-8")
    sums = "".join(f"{digest}  {name}\n" for name, digest in pkg.files.items())
    sums += f"{_sha256(folder / 'manifest.json')}  manifest.json\n"
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")
    (folder / "说明.txt").write_text(_explanation(row, captures, pkg), encoding="utf-8")
    return pkg


def _explanation(row: dict, captures: list[dict], pkg: Package) -> str:
    lines = [
        "网络信息证据包说明", "",
        f"信息：{row.get('title') or '（无标题）'}",
        f"网址：{row['url']}",
        f"来源：{row.get('source_title') or row.get('source') or '不详'}",
        f"发布时间：{beijing(row.get('published_at')) if row.get('published_at') else '未识别'}",
        f"当前状态：{label(PAGE_STATUS, row.get('status'))}",
        "",
        "一、原始记录",
    ]
    for c in captures:
        lines.append(f"  {c['file']}：{c['captured_at_beijing']}（北京时间）抓取，HTTP {c['http_status']}，"
                     f"网页内容 {c['payload_bytes']} 字节，SHA-256 {c['payload_sha256']}")
    lines += ["  以上文件是抓取当时写入的 WARC（ISO 28500）记录原样副本，可用任何 WARC 工具读取。", "",
              "二、页面渲染"]
    if pkg.rendered:
        lines.append("  页面渲染.pdf / 页面渲染.png 由原始记录中的网页内容在本机离线生成：渲染时拒绝了一切网络请求，"
                     "未运行网页脚本，因此显示的是抓取时的内容，而非当前网页。")
    else:
        lines.append(f"  未生成：{pkg.note}")
    if pkg.rechecks:
        from clippings.vocabulary import RECHECK_OUTCOMES

        lines += ["", "复查记录（按计划重新访问原网址的结果）："]
        for r in pkg.rechecks:
            lines.append(f"  {beijing(r['checked_at'])}  HTTP {r['http_status'] or '无响应'}  "
                         f"{RECHECK_OUTCOMES.get(r['outcome'], r['outcome'])}{'：' + r['detail'] if r['detail'] else ''}")
    lines += ["", "三、校验",
              "  manifest.json 记录每个文件的 SHA-256 和大小；SHA256SUMS 可用 `sha256sum -c SHA256SUMS` 核对，",
              "  任何文件被改动，校验都会失败。", "",
              "四、可选：可信时间戳或单位签名",
              "  如需第三方证明，可对 manifest.json 申请 RFC 3161 可信时间戳（如 `openssl ts -query -data manifest.json`"
              " 后提交时间戳服务机构），或用单位密钥签名；默认提供 SHA-256 清单。", ""]
    return "\n".join(lines)


def zip_package(pkg: Package) -> bytes:
    """The package folder as a zip (for the web download)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(pkg.folder.iterdir()):
            zf.write(path, f"证据包-{pkg.manifest['clipping_id']}/{path.name}")
    return buffer.getvalue()
