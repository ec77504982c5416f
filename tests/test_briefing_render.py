"""The 网媒快讯 written as .docx (opened back with python-docx), HTML and Markdown; the CLI."""

from __future__ import annotations

from datetime import date

import docx
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn

from clippings.archive import open_archive, transaction
from clippings.archive.records import insert_clipping
from clippings.briefing import build_briefing, render_briefing
from clippings.cli import _load_commands, cli
from clippings.config import load_profile
from clippings.paths import DEFAULT_CONFIG_DIR

DAY = date(2026, 11, 25)
EVIL = '城管<script>alert("x")</script>&夜市'


@pytest.fixture(scope="module")
def profile():
    return load_profile(DEFAULT_CONFIG_DIR / "bureau.toml")


@pytest.fixture
def db(tmp_path):
    db = open_archive(tmp_path / "data" / "clippings.db")
    rows = [
        dict(title="东湖区城管推搡摊贩视频引关注", sentiment="negative", published_at="2026-11-25T08:00:00+08:00",
             district="东湖区", text="有市民拍到城管队员与流动摊贩发生推搡。江州市城管执法局回应称已成立调查组。"),
        dict(title="转载：东湖区城管推搡摊贩", sentiment="negative", published_at="2026-11-25T21:00:00+08:00",
             source_title="东湖论坛", kind="forum", text="网友转发视频。城管队员推搡摊贩。"),
        dict(title="城管志愿者暖心助老", sentiment="positive", published_at="2026-11-25T09:00:00+08:00",
             text="江州市城管执法局志愿者帮助迷路老人回家，受到市民点赞。"),
        dict(title=EVIL, sentiment="neutral", published_at="2026-11-25T10:00:00+08:00",
             text='<img src=x onerror=alert(1)> 市城管局召开会议。', url='https://x.example/"onmouseover="alert(1)'),
        # a bad row: no publish time, no source title, no sentiment, control characters
        dict(title=None, sentiment=None, published_at=None, fetched_at="2026-11-25T11:00:00+08:00",
             source="", source_title=None, text="\x01城管\x0b执法。", url="ftp://odd.example/x"),
    ]
    with transaction(db):
        ids = []
        for i, row in enumerate(rows):
            row.setdefault("url", f"https://news.example.org/{i}.html")
            row.setdefault("source", "jzrb")
            row.setdefault("source_title", "江州日报网")
            ids.append(insert_clipping(db, row))
        cid = db["clusters"].insert({"first_clipping_id": ids[0], "size": 2, "sources": "[]"}).last_pk
        for i in ids[:2]:
            db["clippings"].update(i, {"cluster_id": cid})
    return db


def _east_asia(paragraph) -> str | None:
    """The East Asian font a paragraph's text is set in (its first run's, else its style's)."""
    for element in ([paragraph.runs[0]._element.rPr] if paragraph.runs else []) + [paragraph.style.element.rPr]:
        fonts = element.find(qn("w:rFonts")) if element is not None else None
        if fonts is not None and fonts.get(qn("w:eastAsia")):
            return fonts.get(qn("w:eastAsia"))
    return None


def _size(paragraph) -> float | None:
    run = paragraph.runs[0] if paragraph.runs else None
    size = (run.font.size if run is not None else None) or paragraph.style.font.size
    return size.pt if size else None


def _texts(document) -> list[str]:
    return [p.text.replace("\u00a0", " ") for p in document.paragraphs]


def test_docx_has_the_parts_of_an_office_briefing(db, profile, tmp_path):
    b = build_briefing(db, profile, DAY)
    path = render_briefing(b, "docx", tmp_path / "out" / "b.docx")
    d = docx.Document(str(path))
    texts = _texts(d)
    assert texts[0] == "网媒快讯"
    masthead = d.paragraphs[0].style
    assert str(masthead.font.color.rgb) == "E60012" and masthead.font.size.pt == 42
    assert _east_asia(d.paragraphs[0]) == "方正小标宋简体"
    assert "（2026年 第＿期）" in texts                    # not signed: the number is given at 签发
    assert any(t.startswith("江州市城市管理综合行政执法局") and "2026年11月25日" in t for t in texts)
    unit = next(p for p in d.paragraphs if p.text.startswith("江州市城市管理综合行政执法局"))
    assert unit._p.pPr.find(qn("w:pBdr")) is not None                        # the red rule
    assert any("今日共监测到涉及我局信息5条" in t for t in texts)
    headings = [t for t in texts if t[:2] in ("一、", "二、", "三、")]
    assert headings == ["一、负面舆情（1条）", "二、正面宣传（1条）", "三、工作动态·中性信息（2条）"]
    assert any("东湖区城管推搡摊贩视频引关注" in t and "仍在传播" in t for t in texts)
    assert any("另有 1 家媒体转载" in t for t in texts)
    assert any(EVIL in t for t in texts)
    assert _east_asia(next(p for p in d.paragraphs if p.text.startswith("一、"))) == "黑体"
    opening = next(p for p in d.paragraphs if "今日共监测到" in p.text)
    assert _east_asia(opening) == "仿宋_GB2312" and _size(opening) == 16.0             # 仿宋 3号
    meta = next(p for p in d.paragraphs if p.text.startswith("来源："))
    assert _east_asia(meta) == "仿宋_GB2312" and _size(meta) == 14.0                    # 4号
    assert any(t.startswith("编发：信息宣传科") and "审核：" in t for t in texts)
    footer_xml = d.sections[0].footer._element.xml
    assert "PAGE" in footer_xml and 'w:fldCharType="begin"' in footer_xml
    links = [r.target_ref for r in d.part.rels.values() if r.reltype.endswith("/hyperlink")]
    assert "https://news.example.org/0.html" in links
    assert not any(link.startswith("ftp:") for link in links)                 # only http(s) become links


def test_html_is_self_contained_and_escapes_crawled_text(db, profile, tmp_path):
    b = build_briefing(db, profile, DAY)
    html = render_briefing(b, "html", tmp_path / "b.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<img" not in html
    assert 'href="https://x.example/"onmouseover' not in html                 # unsafe URL is not a link
    assert "&#34;onmouseover=&#34;alert(1)" in html or "&quot;onmouseover" in html
    assert "网媒快讯" in html and "第＿期" in html and "负面舆情" in html
    assert html.index("负面舆情") < html.index("正面宣传") < html.index("工作动态·中性信息")
    assert "另有 1 家媒体转载" in html
    assert "<link" not in html and "src=\"http" not in html                  # no external resources


def test_markdown_escapes_and_lists_sections(db, profile, tmp_path):
    b = build_briefing(db, profile, DAY)
    md = render_briefing(b, "md", tmp_path / "b.md").read_text(encoding="utf-8")
    assert md.startswith("# 网媒快讯")
    assert "\\<script\\>" in md and "<script>" not in md
    assert md.index("## 一、负面舆情") < md.index("## 二、正面宣传") < md.index("## 三、工作动态·中性信息")
    assert "<https://news.example.org/0.html>" in md


def test_empty_day_renders_in_every_format(tmp_path, profile):
    db = open_archive(tmp_path / "empty.db")
    b = build_briefing(db, profile, DAY)
    for fmt in ("docx", "html", "md"):
        path = render_briefing(b, fmt, tmp_path / f"e.{fmt}")
        text = "\n".join(_texts(docx.Document(str(path)))) if fmt == "docx" else path.read_text(encoding="utf-8")
        assert "今日未监测到涉及我局的网络信息" in text
        assert "负面舆情" not in text


def test_unknown_format_is_refused(db, profile, tmp_path):
    with pytest.raises(ValueError, match="未知格式"):
        render_briefing(build_briefing(db, profile, DAY), "pdf", tmp_path / "b.pdf")


@pytest.fixture
def run(db, tmp_path):
    _load_commands()
    runner = CliRunner()
    data = tmp_path / "data"

    def invoke(*args):
        return runner.invoke(cli, ["--data-dir", str(data), *args], catch_exceptions=False)

    return invoke


def test_cli_generates_pins_excludes_and_signs(run, tmp_path):
    out = tmp_path / "kx.md"
    result = run("briefing", "--date", "2026-11-25", "--format", "md", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "第＿期" in result.output and out.exists()
    result = run("briefing", "exclude", "3", "--by", "小王")
    assert result.exit_code == 0 and "2026-11-25" in result.output
    run("briefing", "--date", "2026-11-25", "--format", "md", "--out", str(out))
    assert "城管志愿者暖心助老" not in out.read_text(encoding="utf-8")
    assert run("briefing", "review", "--date", "2026-11-25", "--by", "张科长").exit_code == 0
    assert run("briefing", "sign", "--date", "2026-11-25", "--by", "李局长").exit_code == 0
    listing = run("briefing", "list")
    assert "2026年第1期" in listing.output and "李局长" in listing.output
    run("briefing", "--date", "2026-11-25")
    assert (tmp_path / "data" / "output" / "网媒快讯-2026-11-25.docx").exists()


def test_cli_errors_are_clear(run):
    result = run("briefing", "--date", "2026-02-30")
    assert result.exit_code != 0 and "日期格式应为 YYYY-MM-DD" in result.output
    result = run("briefing", "pin", "424242")
    assert result.exit_code != 0 and "找不到编号为 424242 的信息" in result.output
    result = run("briefing", "sign", "--date", "2026-11-25", "--by", "李局长")
    assert result.exit_code != 0 and "尚未审核" in result.output
    result = run("report", "--from", "2026-11-30", "--to", "2026-11-01")
    assert result.exit_code != 0 and "不能早于" in result.output
