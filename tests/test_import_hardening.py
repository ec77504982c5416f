"""Import under bad input: every row tried, each bad row named by line and field with nothing of
it written, good rows kept, a summary at the end, binary files refused up front."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from clippings.archive import open_archive, records
from clippings.config import load_profile
from clippings.importer import ImportRefused, import_file
from tests.conftest import PROFILE
from tests.test_import import ROW


def _row(n: int, **changes) -> dict:
    return {**ROW, "url": f"http://paper.example.cn/h{n}.html", "text": f"{ROW['text']}（第{n}篇）", **changes}


def _jsonl(path, rows):
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")  # \ud800 stays escaped
    return path


def _count(db) -> int:
    return db.execute("SELECT COUNT(*) FROM clippings").fetchone()[0]


@pytest.mark.parametrize("bad, words", [
    ({"kind": 5}, "kind"),
    ({"author": {"name": "张三"}}, "author"),
    ({"district": ["东湖区"]}, "district"),
    ({"title": "城管\ud800执法"}, "U+D800"),
    ({"text": None}, "text"),
    ({"title": True}, "title"),
])
def test_a_bad_row_in_the_middle_is_reported_and_the_rest_load(tmp_path, bad, words):
    rows = [_row(1), _row(2), _row(3, **bad), _row(4), _row(5)]
    db = open_archive(tmp_path / "c.db")
    report = import_file(db, load_profile(PROFILE), _jsonl(tmp_path / "in.jsonl", rows))
    assert report.rows == 5 and report.actions == {"new": 4}
    assert len(report.errors) == 1 and report.errors[0][0] == 3 and words in report.errors[0][1]
    assert _count(db) == 4
    urls = {r["url"] for r in db.query("SELECT url FROM clippings")}
    assert "http://paper.example.cn/h3.html" not in urls and "http://paper.example.cn/h5.html" in urls


def test_an_over_long_csv_field_is_one_bad_row(tmp_path):
    path = tmp_path / "in.csv"
    lines = ["url,title,text,source,published_at"]
    for n in range(1, 5):
        title = "长" * 131_073 if n == 2 else f"城管新闻{n}"
        lines.append(f"http://paper.example.cn/c{n}.html,{title},城管执法局开展整治（第{n}篇）,江州晚报,"
                     f"2026-11-25T07:00:00+08:00")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = open_archive(tmp_path / "c.db")
    report = import_file(db, load_profile(PROFILE), path)
    assert report.actions == {"new": 3}
    assert [n for n, _ in report.errors] == [3] and "title" in report.errors[0][1] and "过长" in report.errors[0][1]


@pytest.mark.parametrize("payload", [bytes(range(256)) * 40, b"\x89PNG\r\n\x1a\n" + bytes(2000),
                                     "url,title\n".encode("utf-16"), b"\xff\xfe\xfa" * 500])
def test_binary_files_are_refused_before_anything_is_written(tmp_path, payload):
    path = tmp_path / "in.csv"
    path.write_bytes(payload)
    db = open_archive(tmp_path / "c.db")
    with pytest.raises(ImportRefused, match="拒绝导入"):
        import_file(db, load_profile(PROFILE), path)
    assert _count(db) == 0


def test_import_command_summarises_and_refuses_binary(tmp_path):
    good = _jsonl(tmp_path / "in.jsonl", [_row(1), _row(2, kind=5), _row(3)])
    out = subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(tmp_path / "d"), "import", str(good)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "共 3 行" in out.stdout and "新增 2" in out.stdout and "出错 1 行" in out.stdout
    assert "第 2 行" in out.stderr and "kind" in out.stderr
    binary = tmp_path / "photo.jsonl"
    binary.write_bytes(b"\x00\x01\x02" * 1000)
    out = subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(tmp_path / "e"), "import",
                          str(binary)], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2 and "拒绝导入" in out.stderr and "Traceback" not in out.stderr
    assert not (tmp_path / "e" / "clippings.db").exists()
