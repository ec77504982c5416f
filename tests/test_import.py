"""clippings import: JSONL and CSV, bad rows reported by line, the rest loaded, duplicates caught."""

from __future__ import annotations

import json
import subprocess
import sys

from clippings.archive import open_archive, records
from clippings.config import load_profile
from clippings.importer import import_file
from tests.conftest import PROFILE

ROW = {"url": "http://paper.example.cn/2026-11-25/3.html", "title": "东湖区城管开展夜市整治",
       "text": "江州市城管执法局东湖区大队昨晚对望湖路夜市开展整治。", "source": "江州晚报",
       "published_at": "2026-11-25T07:00:00+08:00"}


def test_jsonl_import_with_bad_rows(tmp_path):
    rows = [ROW, {**ROW, "url": "not a url"}, "{not json", {**ROW, "url": ROW["url"] + "?utm_source=x"},
            {**ROW, "url": "http://paper.example.cn/4.html", "published_at": "昨天"},
            {**ROW, "url": "http://paper.example.cn/5.html", "title": "另一篇", "text": "城管队员救助老人。", "kind": "forum"}]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in rows),
                    encoding="utf-8")
    db = open_archive(tmp_path / "c.db")
    report = import_file(db, load_profile(PROFILE), path)
    assert report.rows == 6
    assert report.actions == {"new": 2, "unchanged": 1}      # the utm_ variant is the same canonical page
    assert [n for n, _ in report.errors] == [2, 3, 5]
    assert "url" in report.errors[0][1] and "JSON" in report.errors[1][1] and "published_at" in report.errors[2][1]
    row = records.get_clipping(db, 1)
    assert row["origin"] == "import" and row["published_at"] == "2026-11-25T07:00:00+08:00"
    assert "江州市城管执法局" in row["matched_terms"]


def test_csv_import_and_exact_duplicates(tmp_path):
    path = tmp_path / "in.csv"
    header = "url,title,text,source,published_at\n"
    line = f"{ROW['url']},{ROW['title']},{ROW['text']},{ROW['source']},{ROW['published_at']}\n"
    dup = line.replace("3.html", "99.html")   # same text at another URL: an exact duplicate
    path.write_text("\ufeff" + header + line + dup + "http://x.cn/1,,,src,\n", encoding="utf-8")
    db = open_archive(tmp_path / "c.db")
    report = import_file(db, load_profile(PROFILE), path)
    assert report.actions == {"new": 1, "duplicate": 1}
    assert report.errors and report.errors[0][0] == 4
    assert records.count_clippings(db) == 1


def test_import_command_exit_code_and_messages(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(ROW, ensure_ascii=False) + "\n{bad\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(tmp_path / "d"), "import", str(path)],
                         capture_output=True, text=True)
    assert out.returncode == 1
    assert "新增 1" in out.stdout and "第 2 行" in out.stderr and "Traceback" not in out.stderr
