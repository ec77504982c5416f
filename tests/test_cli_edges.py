"""The CLI at its edges: crafted ids, out-of-range dates and unusable data directories end in a
Chinese message and exit status 2, never a traceback."""

from __future__ import annotations

import pytest

from clippings.archive import open_archive, records, transaction


def run_main(argv, capsys):
    from clippings.cli import main

    with pytest.raises(SystemExit) as stop:
        main(argv)
    out = capsys.readouterr()
    return stop.value.code, out.out + out.err


@pytest.fixture
def data(tmp_path):
    db = open_archive(tmp_path / "clippings.db")
    with transaction(db):
        records.insert_clipping(db, {"url": "https://example.cn/1", "title": "城管执法", "text": "正文",
                                     "source": "jzrb", "published_at": "2026-11-20T09:00:00+08:00"})
    db.conn.close()
    return tmp_path


@pytest.mark.parametrize("argv, words", [
    (["show", "99999999999999999999999"], "超出范围"),
    (["show", "12x"], "编号"),
    (["report", "--from", "1000-01-01", "--to", "9999-12-31"], "超出范围"),
    (["report", "--from", "2026-11-01", "--to", "9999-12-31"], "超出范围"),
    (["briefing", "--date", "0001-01-01"], "超出范围"),
])
def test_crafted_values_exit_2_with_a_message(data, capsys, argv, words):
    code, output = run_main(["--data-dir", str(data), *argv], capsys)
    assert code == 2, output
    assert words in output and "Traceback" not in output


def test_data_dir_inside_a_regular_file(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a directory", encoding="utf-8")
    code, output = run_main(["--data-dir", str(notes), "runs"], capsys)      # click's own check
    assert code == 2 and "Traceback" not in output
    for command in (["runs"], ["show", "1"], ["search", "城管"], ["briefing"]):
        code, output = run_main(["--data-dir", str(notes / "data"), *command], capsys)
        assert code == 2 and "不是目录" in output and "Traceback" not in output, command
    assert notes.read_text(encoding="utf-8") == "not a directory"
