"""Commands: crawl, demo-sites."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from clippings.cli import cli, pass_app
from clippings.vocabulary import CRAWL_COUNTERS, CRAWL_ERRORS, RUN_STATUS, label

COLUMNS = tuple((key, CRAWL_COUNTERS[key]) for key in
                ("pages_fetched", "not_modified", "new", "updated", "unchanged", "duplicates", "irrelevant", "deleted"))


def print_run(run: dict, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=f"抓取汇总（第 {run['id']} 次，{label(RUN_STATUS, run['status'])}）")
    table.add_column("信息源")
    for _, heading in COLUMNS:
        table.add_column(heading, justify="right")
    table.add_column("错误", justify="right")
    for name, counts in sorted(run["per_source"].items()):
        table.add_row(name, *[str(counts.get(k, 0)) for k, _ in COLUMNS], str(sum(counts.get("errors", {}).values())))
    table.add_row("合计", *[str(run.get(k, 0)) for k, _ in COLUMNS], str(sum(run["errors"].values())), style="bold")
    console.print(table)
    if run["errors"]:
        parts = [f"{CRAWL_ERRORS.get(k, k)} {v}" for k, v in sorted(run["errors"].items())]
        click.echo("错误明细：" + "，".join(parts))


@cli.command()
@click.option("--source", "names", multiple=True, help="只抓取指定信息源（可多次）")
@click.option("--set", "settings", multiple=True, metavar="KEY=VALUE", help="覆盖 Scrapy 设置，如 DOWNLOAD_TIMEOUT=5")
@click.option("--log-level", default="WARNING", show_default=True, help="Scrapy 日志级别")
@pass_app
def crawl(app, names, settings, log_level):
    """抓取信息源，把涉及本局的新闻和帖子存入归档库。

    再次运行只抓取新内容；被中断的抓取再次运行即可续抓，不重复、不丢失。

    \b
    示例：
      clippings crawl
      clippings crawl --source jzrb --source jzbbs
    """
    from clippings.crawling import CrawlFailed, run_crawl
    from clippings.runlock import Locked

    app.data.ensure()
    known = {s.name for s in app.sources}
    unknown = sorted(set(names) - known)
    if unknown:
        raise click.ClickException(f"未知的信息源：{', '.join(unknown)}（可用：{', '.join(sorted(known))}）")
    app.profile  # validate before starting
    try:
        run = run_crawl(app.data, app.sources_path, app.profile_path, list(names), list(settings), log_level)
    except (CrawlFailed, Locked) as exc:
        raise click.ClickException(str(exc))
    print_run(run)
    if run["status"] != "finished":
        raise SystemExit(1)


@cli.command("demo-sites")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8765, show_default=True, type=int, help="0 表示任意空闲端口")
@click.option("--anchor-date", default="2026-11-25", show_default=True, help="演示语料的最后一天")
def demo_sites(host, port, anchor_date):
    """启动自带的演示网站（仅 127.0.0.1），供演示和测试抓取。

    \b
    示例：
      clippings demo-sites --port 8765
    """
    import time

    from demosites.server import DemoServer

    server = DemoServer(host=host, port=port, anchor_date=anchor_date)
    server.start()
    click.echo(f"demo sites at {server.base_url}（按 Ctrl+C 停止）")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
