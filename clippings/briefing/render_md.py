"""The 网媒快讯 as Markdown (for chat groups and plain-text mail).

Crawled strings are escaped so a title cannot inject Markdown markup or raw HTML.
"""

from __future__ import annotations

import re
from pathlib import Path

from clippings.briefing.model import Briefing

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md_escape(text: str | None) -> str:
    """Escape Markdown/HTML metacharacters and fold line breaks."""
    text = re.sub(r"\s*\n\s*", " ", str(text or ""))
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_link(url: str | None) -> str:
    if url and re.match(r"^https?://[^\s<>]+$", url, re.I):
        return f"<{url}>"
    return md_escape(url) or "无"


def markdown_text(b: Briefing) -> str:
    lines = ["内部资料　注意保存", "", f"# {b.title}", "",
             f"**{b.issue_text}**　{md_escape(b.bureau)}{b.editor}　{b.date_text}", ""]
    if b.span_text:
        lines += [b.span_text, ""]
    lines += ["---", "", md_escape(b.opening), ""]
    if b.key_points:
        lines += ["## 今日要情", "", *[f"- {md_escape(line)}" for line in b.key_points], ""]
    if not b.empty:
        for section in b.sections:
            lines += [f"## {section.heading}（{section.count_text}）", ""]
            if not section.items:
                lines += [section.empty_text, ""]
            for n, item in enumerate(section.items, 1):
                flags = "".join(f" 【{f}】" for f in item.flags)
                lines.append(f"{n}. **{md_escape(item.title)}**{flags}")
                lines.append(f"   - {md_escape('　'.join(item.meta_parts))}")
                if section.titles_only:
                    continue
                if item.summary:
                    lines.append(f"   - 摘要：{md_escape(item.summary)}")
                lines += [f"   - {label}：{md_escape(text)}" for label, text in item.notes]
                lines.append(f"   - 链接：{md_link(item.url)}")
            lines.append("")
            if section.omitted:
                lines += [section.omitted_text, ""]
    lines += ["---", "", "　　".join(f"{k}：{md_escape(v) or '＿＿＿＿'}" for k, v in b.foot.items()), ""]
    lines += [md_escape(line.replace("\t", "　　")) for line in b.colophon] + [""]
    if b.appendix:
        lines += ["## 附表：未在正文列出的信息", "", "| 序号 | 栏目 | 标题 | 来源 | 时间 |", "|---|---|---|---|---|"]
        lines += [f"| {n} | {name} | {md_escape(i.title)} | {md_escape(i.source)} | {i.time_text} |"
                  for n, (name, i) in enumerate(b.appendix, 1)]
        lines += ["", b.appendix_more] if b.appendix_more else []
        lines.append("")
    return "\n".join(lines)


def render_md(b: Briefing, out_path: str | Path) -> Path:
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(markdown_text(b), encoding="utf-8")
    return out_path
