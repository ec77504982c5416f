"""Hypothesis fuzzing of the three parsers of user input: the search query language, the importer
(row types, encodings, sizes) and the config loader. The property: a clear (Chinese) error or
success, never a traceback, and nothing of a rejected import row written. Kept small and fast."""

from __future__ import annotations

import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clippings.archive import open_archive
from clippings.config import ConfigError, load_profile, load_sources
from clippings.importer import ImportRefused, import_file
from indexer.search import QueryError, search
from tests.conftest import PROFILE
from tests.test_search import archive  # noqa: F401  (the module-scoped search fixture)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])
CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)
QUERY_PIECES = st.sampled_from(['"', "“", "”", "(", ")", "（", "）", " AND ", " OR ", " NOT ", "*", "?", "~",
                                "~99", ":", "：", "标题:", "倾向:负面", "来源:", "^2", "[", "]", "{", "}", "\\",
                                "城管", "执法", "渣土车", "占道经营", '"城管 执法"~5', "\x00", "\ud800", "🙂"])


def _chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


@FAST
@given(st.lists(st.one_of(QUERY_PIECES, st.text(max_size=6), st.text(CJK, max_size=4)), max_size=12))
def test_query_parser_never_crashes(archive, pieces):  # noqa: F811
    _, _, index = archive
    query = "".join(pieces)
    try:
        result = search(index, query)
    except QueryError as exc:
        assert _chinese(str(exc)), repr(query)
    else:
        assert result.total >= len(result.hits)


FIELDS = ["url", "title", "text", "source", "published_at", "kind", "author", "district", "source_title",
          "fetched_at", "editor", "color"]
VALUES = st.one_of(
    st.text(max_size=30), st.text(CJK, min_size=1, max_size=30), st.integers(), st.floats(allow_nan=True),
    st.booleans(), st.none(), st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.text(max_size=5), st.text(max_size=5), max_size=2),
    st.sampled_from(["news", "forum", "2026-11-25T07:00:00+08:00", "昨天", "http://paper.example.cn/x.html",
                     "ftp://x", "\ud800", "长" * 5000, "=SUM(1,2)"]),
)


def _good_row(n: int) -> dict:
    return {"url": f"http://paper.example.cn/fz{n}.html", "title": f"城管执法新闻{n}",
            "text": f"江州市城管执法局开展整治（第{n}篇）。", "source": "江州晚报",
            "published_at": "2026-11-25T07:00:00+08:00"}


@FAST
@given(st.lists(st.tuples(st.booleans(), st.dictionaries(st.sampled_from(FIELDS), VALUES, max_size=4)),
                min_size=1, max_size=6),
       st.sampled_from(["jsonl", "csv"]), st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_importer_reports_or_loads_every_row(tmp_path_factory, rows, fmt, encoding):
    tmp = tmp_path_factory.mktemp("fuzz-import")
    records = [{**(_good_row(n) if base else {}), **changes} for n, (base, changes) in enumerate(rows)]
    if fmt == "jsonl":
        text = "\n".join(json.dumps(r) for r in records)
    else:
        import csv
        import io

        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=FIELDS)
        writer.writeheader()
        for r in records:
            writer.writerow({k: ("" if v is None else str(v)) for k, v in r.items()})
        text = buf.getvalue()
    path = tmp / f"in.{fmt}"
    try:
        path.write_bytes(text.encode(encoding, errors="surrogatepass"))
    except UnicodeEncodeError:
        return  # GB18030 cannot carry every character: nothing to test
    db = open_archive(tmp / "c.db")
    try:
        report = import_file(db, load_profile(PROFILE), path)
    except ImportRefused as exc:
        assert _chinese(str(exc))
        assert db.execute("SELECT COUNT(*) FROM clippings").fetchone()[0] == 0
        return
    assert report.rows == len(records)                   # every row tried
    loaded = sum(v for k, v in report.actions.items() if k != "unusable")
    assert loaded + len(report.errors) == report.rows    # each row either loaded or reported
    for _line, message in report.errors:
        assert _chinese(message), message
    stored = db.execute("SELECT COUNT(*) FROM clippings").fetchone()[0]
    assert stored == report.actions.get("new", 0)       # a rejected row wrote nothing


TOML_VALUES = st.one_of(st.text(max_size=20), st.integers(-5, 10 ** 6), st.booleans(),
                        st.lists(st.text(max_size=12), max_size=3),
                        st.sampled_from(["css:h1[", "xpath://h1", "/a/(", "", " ", "news", "forum", "utf-8",
                                         "http://127.0.0.1:1/list.html"]))
SOURCE_KEYS = ["name", "title", "kind", "start_urls", "allowed_domains", "article_links", "pagination",
               "encoding", "district", "own", "max_pages", "max_depth", "enabled", "colour"]


def _toml_value(value) -> str:
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, bool) else str(value).lower()


@FAST
@given(st.dictionaries(st.sampled_from(SOURCE_KEYS), TOML_VALUES, max_size=6),
       st.dictionaries(st.sampled_from(["body", "title", "author"]), st.text(string.printable, max_size=12),
                       max_size=2))
def test_sources_loader_clear_error_or_success(tmp_path_factory, block, selectors):
    base = {"name": "site", "kind": "news", "start_urls": ["http://127.0.0.1:1/list.html"],
            "article_links": ["/a/\\d+\\.html"]}
    lines = ["[[source]]"] + [f"{k} = {_toml_value(v)}" for k, v in {**base, **block}.items()]
    if selectors:
        lines.append("[source.selectors]")
        lines += [f"{k} = {_toml_value(v)}" for k, v in selectors.items()]
    path = tmp_path_factory.mktemp("fuzz-config") / "sources.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    try:
        sources = load_sources(path, env={})
    except ConfigError as exc:
        assert str(path) in str(exc) and _chinese(str(exc))
    else:
        assert sources and all(s.name for s in sources)


@FAST
@given(st.dictionaries(st.sampled_from(["aliases", "topic_terms", "name", "short_name", "city"]),
                       st.one_of(st.lists(st.text(max_size=6), max_size=3), st.text(max_size=6), st.integers()),
                       max_size=3))
def test_profile_loader_clear_error_or_success(tmp_path_factory, changes):
    text = PROFILE.read_text(encoding="utf-8")
    bureau = "\n".join(f"{k} = {_toml_value(v)}" for k, v in changes.items())
    path = tmp_path_factory.mktemp("fuzz-profile") / "bureau.toml"
    # later keys of the same name are a TOML error, which must be a ConfigError too
    path.write_text(text.replace("[bureau]\n", "[bureau]\n" + bureau + "\n", 1), encoding="utf-8",
                    errors="surrogatepass")
    try:
        profile = load_profile(path)
    except ConfigError as exc:
        assert _chinese(str(exc))
    else:
        assert all(a.strip() for a in profile.aliases) and all(t.strip() for t in profile.topic_terms)


@pytest.mark.parametrize("raw", [b"\x00\x01binary", "[[source]]\nname = 'x'".encode("utf-16"), b"\xff\xfe\x00"])
def test_config_loader_refuses_binary(tmp_path, raw):
    path = tmp_path / "sources.toml"
    path.write_bytes(raw)
    with pytest.raises(ConfigError):
        load_sources(path, env={})
