"""``clippings submissions import | list | review``: a batch validated row by row."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from clippings.archive import open_archive
from clippings.cli import _load_commands, cli
from tests.publishingkit import FAKE_JPEG, add_reporters, jpeg_with_exif
from tests.test_web_fixtures import ids, web_data, web_template  # noqa: F401


def _run(root, *args):
    _load_commands()
    return CliRunner().invoke(cli, ["--data-dir", str(root), *args], catch_exceptions=False)


def test_import_batch_list_review(web_data, tmp_path):
    root = web_data[0]
    add_reporters(root)
    (tmp_path / "a.jpg").write_bytes(jpeg_with_exif())
    (tmp_path / "b.jpg").write_bytes(FAKE_JPEG)
    text = "11月18日，东湖区城管执法大队联合交警清理人行道违停车辆，劝离车辆46辆。"
    csv = tmp_path / "batch.csv"
    csv.write_text(
        "reporter,title,text,happened_at,place,photos\n"
        f"钱信息员,东湖区清理人行道违停,{text},2026-11-18 09:00,东湖区解放路,a.jpg\n"
        f"无此人,西城区整治夜市,{text},2026-11-18 09:00,,\n"
        f"孙信息员,西城区整治夜市,{text},2026-11-18,,b.jpg\n"
        f"孙信息员,西城区整治夜市,{text},2026-13-01,,\n"
        f"孙信息员,西城区开展渣土车夜查,{text},2026-11-19 22:00,西城区,\n", encoding="utf-8")
    result = _run(root, "submissions", "import", str(csv))
    assert result.exit_code == 1, result.output
    assert "共 5 行：导入 2 条，出错 3 行。" in result.output
    assert "第 3 行未导入：没有名为 '无此人' 的在用信息员账号" in result.output
    assert "第 4 行未导入：b.jpg：不是有效的图片文件" in result.output
    assert "第 5 行未导入：时间格式应为" in result.output
    db = open_archive(Path(root) / "clippings.db")
    rows = db.execute("SELECT id, reporter, unit, (SELECT COUNT(*) FROM submission_photos p WHERE"
                      " p.submission_id = s.id) FROM submissions s ORDER BY id").fetchall()
    assert [r[1:] for r in rows] == [("钱信息员", "东湖区城管执法大队", 1), ("孙信息员", "西城区城管执法大队", 0)]
    listed = _run(root, "submissions", "list", "--status", "submitted").output
    assert "东湖区清理人行道违停" in listed and "共 2 条。" in listed
    first = rows[0][0]
    bad = _run(root, "submissions", "review", str(first), "adopt", "--use", "monthly")
    assert bad.exit_code == 1 and "请选择栏目" in bad.output
    ok = _run(root, "submissions", "review", str(first), "adopt", "--use", "monthly", "--column", "frontline")
    assert ok.exit_code == 0, ok.output
    assert db.execute("SELECT status, column_key FROM submissions WHERE id = ?", [first]).fetchone() == \
        ("adopted", "frontline")
    assert "已采用（月报·一线快讯）" in _run(root, "submissions", "list").output
