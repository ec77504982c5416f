"""Operations: a mistyped data directory is refused instead of silently starting an empty archive;
read commands open the archive read-only and work on a read-only directory."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from clippings.archive import ArchiveError, open_archive, records, transaction
from clippings.paths import REPO_ROOT
from tests.test_cli_edges import run_main


@pytest.fixture
def data(tmp_path):
    import tempfile

    # under /tmp itself: pytest's own directories are private to root, and one test runs as nobody
    top = tempfile.mkdtemp(prefix="clippings-ro-")
    os.chmod(top, 0o755)
    root = __import__("pathlib").Path(top) / "data"
    db = open_archive(root / "clippings.db")
    with transaction(db):
        records.insert_clipping(db, {"url": "https://example.cn/1", "title": "城管执法", "text": "正文内容",
                                     "source": "jzrb", "published_at": "2026-11-20T09:00:00+08:00"})
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.conn.close()
    yield root
    for path in [root, *root.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    shutil.rmtree(top, ignore_errors=True)


@pytest.mark.parametrize("command", [["runs"], ["show", "1"], ["briefing", "list"], ["corrections"],
                                     ["user", "list"], ["report", "--from", "2026-11-01", "--to", "2026-11-30"],
                                     ["briefing", "--date", "2026-11-25"], ["tag"], ["index"],
                                     ["clusters", "spreading"]])
def test_read_commands_refuse_a_data_dir_without_an_archive(tmp_path, capsys, command):
    typo = tmp_path / "typo"
    code, output = run_main(["--data-dir", str(typo), *command], capsys)
    assert code == 2, output
    assert "数据目录中没有归档库" in output and "clippings crawl" in output and "Traceback" not in output
    assert not typo.exists()                      # nothing was created


def test_import_still_creates_the_archive(tmp_path, capsys):
    rows = tmp_path / "in.jsonl"
    rows.write_text('{"url": "http://paper.example.cn/1.html", "title": "城管执法", "text": "江州市城管执法局整治",'
                    ' "source": "江州晚报", "published_at": "2026-11-25T07:00:00+08:00"}\n', encoding="utf-8")
    from clippings.cli import main

    main(["--data-dir", str(tmp_path / "new"), "import", str(rows)])
    assert (tmp_path / "new" / "clippings.db").exists() and "新增 1" in capsys.readouterr().out


def test_read_only_connection_cannot_write(data):
    db = open_archive(data / "clippings.db", read_only=True)
    assert records.count_clippings(db) == 1
    with pytest.raises(Exception, match="readonly|read-only|query_only"):
        db.execute("DELETE FROM clippings")
    with pytest.raises(ArchiveError, match="数据目录中没有归档库"):
        open_archive(data / "missing.db", read_only=True)


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root to drop to nobody")
def test_read_commands_work_on_a_read_only_directory(data):
    """As an unprivileged user on a directory and archive it may only read (root ignores modes)."""
    for path in data.rglob("*"):
        os.chmod(path, 0o444 if path.is_file() else 0o555)
    os.chmod(data, 0o555)
    before = sorted(p.name for p in data.iterdir())
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "HOME": "/tmp"}
    base = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", sys.executable, "-m", "clippings",
            "--data-dir", str(data)]
    for command in (["show", "1"], ["runs"], ["briefing", "list"], ["user", "list"]):
        out = subprocess.run([*base, *command], capture_output=True, text=True, env=env, cwd="/tmp", timeout=120)
        assert out.returncode == 0, (command, out.stderr)
        assert "readonly" not in out.stderr and "Traceback" not in out.stderr
    assert sorted(p.name for p in data.iterdir()) == before
