"""The ``clippings`` command line: one group, each command in the module of its concern.

Each command opens the archive, calls one core function and prints. Commands live in
``clippings/cli/<concern>_cmd.py`` and register themselves on :data:`cli`.
"""

from __future__ import annotations

import importlib
import logging
import sys
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import click

from clippings.paths import DataDir, config_path

COMMAND_MODULES = (
    "archive_cmd",
    "sources_cmd",
    "proof_cmd",
    "crawl_cmd",
    "search_cmd",
    "tag_cmd",
    "cluster_cmd",
    "briefing_cmd",
    "web_cmd",
    "daily_cmd",
    "alerts_cmd",
    "recheck_cmd",
    "review_cmd",
    "discovery_cmd",
    "publishing_cmd",
    "canyue_cmd",
    "drafts_cmd",
)


@dataclass
class AppContext:
    """What every command needs: where the data and the config are. Opened lazily."""

    data: DataDir
    sources_path: Path
    profile_path: Path
    _db: object = field(default=None, repr=False)

    @property
    def db(self):
        """The archive for reading and writing; ArchiveError ("数据目录中没有归档库") when the data
        directory has none: only crawl, import and demo (and the first ``user add``) create one."""
        if self._db is None:
            from clippings.archive import open_archive

            self._db = open_archive(self.data.db_path, create=False)
        return self._db

    @cached_property
    def ro_db(self):
        """The archive opened read-only (``mode=ro``), for commands that only read: they work on a
        read-only data directory and cannot change anything."""
        from clippings.archive import open_archive

        return open_archive(self.data.db_path, read_only=True)

    def create_db(self):
        """The archive, created (with the data directory) when missing: crawl, import, demo."""
        if self._db is None:
            from clippings.archive import open_archive

            self.data.ensure()
            self._db = open_archive(self.data.db_path)
        return self._db

    @cached_property
    def profile(self):
        from clippings.config import load_profile

        return load_profile(self.profile_path)

    @cached_property
    def sources(self):
        from clippings.config import load_sources

        return load_sources(self.sources_path)


LOCALE_DIR = Path(__file__).with_name("locale")
MESSAGES_DOMAIN = "clippings"


def use_chinese_messages() -> None:
    """Click's own help and usage errors in Chinese.

    Click looks its messages up through :mod:`gettext`'s default domain; this points that domain at
    the translation shipped in ``clippings/cli/locale`` (``clippings.po``, compiled to ``.mo``).
    """
    import gettext
    import os

    os.environ["LANGUAGE"] = "zh_CN"
    gettext.bindtextdomain(MESSAGES_DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(MESSAGES_DOMAIN)
    # type names appear inside messages ("'abc' 不是有效的整数。") and are plain class attributes
    for cls, name in ((click.types.IntParamType, "整数"), (click.types.IntRange, "整数"),
                      (click.types.FloatParamType, "数字"), (click.types.FloatRange, "数字")):
        cls.name = name


use_chinese_messages()  # before the decorators below build their help texts


pass_app = click.make_pass_decorator(AppContext)


class ChineseCommand(click.Command):
    """A command whose usage line reads ``用法: clippings show [选项] ID``."""

    def __init__(self, *args, options_metavar: str | None = "[选项]", **kwargs):
        super().__init__(*args, options_metavar=options_metavar, **kwargs)


class ChineseGroup(click.Group):
    """A command group whose sub-commands and sub-groups are Chinese too."""

    command_class = ChineseCommand
    group_class = type  # sub-groups are ChineseGroup as well

    def __init__(self, *args, options_metavar: str | None = "[选项]", subcommand_metavar: str | None = None,
                 **kwargs):
        if subcommand_metavar is None:
            subcommand_metavar = "[命令] [参数]..." if kwargs.get("invoke_without_command") else "命令 [参数]..."
        super().__init__(*args, options_metavar=options_metavar, subcommand_metavar=subcommand_metavar, **kwargs)


class IdType(click.ParamType):
    """A clipping or cluster number: a positive 64-bit integer (else a Chinese usage error, exit 2)."""

    name = "编号"

    def convert(self, value, param, ctx):
        from clippings.inputs import InputError, parse_id

        if isinstance(value, int):
            return value
        try:
            return parse_id(value, "编号")
        except InputError as exc:
            self.fail(str(exc), param, ctx)


ID = IdType()


def check_data_dir(root: Path) -> None:
    """InputError when ``root`` is a file or lies inside one (``--data-dir notes.txt/data``)."""
    from clippings.inputs import InputError

    for p in (root, *root.parents):
        if p.exists():
            if not p.is_dir():
                raise InputError(f"数据目录无效：{p} 是一个文件，不是目录（请检查 --data-dir 或 CLIPPINGS_DATA）")
            return


@click.group(cls=ChineseGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(file_okay=False), envvar="CLIPPINGS_DATA",
              help="数据目录（默认 ./data，或环境变量 CLIPPINGS_DATA）")
@click.option("--sources", "sources_path", type=click.Path(dir_okay=False), envvar="CLIPPINGS_SOURCES",
              help="信息源配置文件（默认 config/sources.toml）")
@click.option("--profile", "profile_path", type=click.Path(dir_okay=False), envvar="CLIPPINGS_PROFILE",
              help="本局配置文件（默认 config/bureau.toml）")
@click.option("-v", "--verbose", count=True, help="输出更多日志")
@click.version_option(package_name="clippings")
@click.pass_context
def cli(ctx, data_dir, sources_path, profile_path, verbose):
    """江州市城管执法局 网络舆情监测：采集、归档、检索、研判、快讯。

    \b
    示例：
      clippings crawl
      clippings search "占道经营" --since 2026-11-01
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    data = DataDir.resolve(data_dir)
    check_data_dir(data.root)
    ctx.obj = AppContext(
        data=data,
        sources_path=config_path("sources.toml", sources_path, "CLIPPINGS_SOURCES"),
        profile_path=config_path("bureau.toml", profile_path, "CLIPPINGS_PROFILE"),
    )


def _load_commands() -> None:
    for name in COMMAND_MODULES:
        try:
            importlib.import_module(f"clippings.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"clippings.cli.{name}":
                raise


def main(argv: list[str] | None = None) -> None:
    from clippings.archive import ArchiveError
    from clippings.config import ConfigError
    from clippings.inputs import InputError

    _load_commands()
    try:
        cli.main(args=argv, prog_name="clippings", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("已取消。", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (ConfigError, ArchiveError, InputError) as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)
    except OSError as exc:  # a path the user gave that cannot be used: no traceback
        where = f"{exc.filename}：" if exc.filename else ""
        click.echo(f"无法读写文件：{where}{exc.strerror or exc}", err=True)
        sys.exit(2)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("已中断。", err=True)
        sys.exit(130)
