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
    "crawl_cmd",
    "search_cmd",
    "tag_cmd",
    "cluster_cmd",
    "briefing_cmd",
    "web_cmd",
    "daily_cmd",
    "alerts_cmd",
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


pass_app = click.make_pass_decorator(AppContext)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    ctx.obj = AppContext(
        data=DataDir.resolve(data_dir),
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

    _load_commands()
    try:
        cli.main(args=argv, prog_name="clippings", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("已取消。", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except (ConfigError, ArchiveError) as exc:
        click.echo(str(exc), err=True)
        sys.exit(2)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        click.echo("已中断。", err=True)
        sys.exit(130)
