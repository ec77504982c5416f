"""The command line speaks Chinese: its own texts and click's help and usage errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from clippings.cli import LOCALE_DIR, MESSAGES_DOMAIN, _load_commands, cli
from tests.test_web_fixtures import web_data, web_template  # noqa: F401  (fixtures)

ENGLISH = ("Usage:", "Options:", "Commands:", "Show this message", "Show the version", "[OPTIONS]",
           "Error:", "Missing option", "Missing argument", "No such command", "Try '", "is not a valid")


def _all_commands(group: click.Group, path=()):
    for name, command in group.commands.items():
        yield (*path, name), command
        if isinstance(command, click.Group):
            yield from _all_commands(command, (*path, name))


def test_every_help_page_is_chinese():
    _load_commands()
    runner = CliRunner()
    pages = [()] + [path for path, _ in _all_commands(cli)]
    assert len(pages) > 20
    for path in pages:
        result = runner.invoke(cli, [*path, "--help"], prog_name="clippings")
        assert result.exit_code == 0, (path, result.output)
        assert "用法:" in result.output and "显示本帮助后退出" in result.output, path
        leaked = [word for word in ENGLISH if word in result.output]
        assert not leaked, (path, leaked)


@pytest.mark.parametrize("argv, expected", [
    (["briefing", "sign", "--date", "2026-11-25"], "错误：缺少选项 '--by'"),
    (["serch", "城管"], "错误：没有命令 'serch'"),
    (["search", "--limit", "abc", "城管"], "不是有效的整数"),
    (["show"], "缺少参数"),
])
def test_usage_errors_are_chinese(tmp_path, argv, expected):
    out = subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(tmp_path / "data"), *argv],
                         capture_output=True, text=True, timeout=60, env={"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"})
    assert out.returncode == 2, out.stderr
    assert expected in out.stderr, out.stderr
    assert "用法:" in out.stderr and "查看帮助" in out.stderr
    assert not [word for word in ENGLISH if word in out.stderr], out.stderr
    assert "Traceback" not in out.stderr


def test_shipped_translation_is_compiled_from_the_po_file():
    """clippings.mo is what clippings.po compiles to (edit the .po, then recompile)."""
    babel_po = pytest.importorskip("babel.messages.pofile")
    import gettext

    folder = Path(LOCALE_DIR) / "zh_CN" / "LC_MESSAGES"
    catalog = babel_po.read_po((folder / f"{MESSAGES_DOMAIN}.po").open("rb"))
    compiled = gettext.GNUTranslations((folder / f"{MESSAGES_DOMAIN}.mo").open("rb"))
    entries = [m for m in catalog if m.id]
    assert entries
    for message in entries:
        if isinstance(message.id, tuple):
            assert compiled.ngettext(message.id[0], message.id[1], 2) == message.string[0], message.id
        else:
            assert compiled.gettext(message.id) == message.string, message.id


def test_index_message_states_its_timing_once(web_data, tmp_path):
    import shutil

    root = tmp_path / "copy"
    shutil.copytree(web_data[0], root)
    out = subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(root), "index"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "已更新索引" in out.stdout and out.stdout.count("用时") == 1, out.stdout


def test_daily_stages_state_their_timing_once(web_data, tmp_path):
    """`daily` prints each stage's seconds itself; a stage's detail does not repeat them."""
    import shutil

    from clippings.cli import AppContext
    from clippings.daily import run_daily
    from clippings.paths import DataDir
    from tests.test_web_fixtures import PROFILE, SOURCES

    root = tmp_path / "copy"
    shutil.copytree(web_data[0], root)
    app = AppContext(data=DataDir.resolve(root), sources_path=SOURCES, profile_path=PROFILE)
    report = run_daily(app, crawl=False, formats=("md",))
    stages = {s.name: s for s in report.stages}
    assert stages["索引"].ok and stages["索引"].detail.startswith("已更新索引")
    assert all("秒" not in s.detail for s in report.stages), [s.detail for s in report.stages]


def test_crawl_summary_table_is_chinese():
    from rich.console import Console

    from clippings.cli.crawl_cmd import print_run

    console = Console(record=True, width=160)
    run = {"id": 7, "status": "finished", "pages_fetched": 3, "new": 2, "errors": {"timeout": 1},
           "per_source": {"jzrb": {"pages_fetched": 3, "new": 2, "errors": {"timeout": 1},
                                   "finish_reason": "finished"}}}
    print_run(run, console)
    text = console.export_text()
    assert "抓取汇总（第 7 次，已完成）" in text and "未修改" in text and "finished" not in text
