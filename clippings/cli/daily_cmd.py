"""Commands: daily, schedule, demo."""

from __future__ import annotations

import logging
import os
import time
from datetime import date, datetime, timedelta

import click

from clippings.cli import cli, pass_app

log = logging.getLogger(__name__)


def _echo_stage(stage) -> None:
    mark = "✓" if stage.ok else "✗"
    click.echo(f"{mark} {stage.name}：{stage.detail}（{stage.seconds:.1f} 秒）", err=not stage.ok)


def _run(app, day, crawl, crawl_settings=()):
    from clippings.daily import run_daily

    report = run_daily(app, day=day, crawl=crawl, crawl_settings=list(crawl_settings), on_stage=_echo_stage)
    if report.crawl_run:
        from clippings.cli.crawl_cmd import print_run

        print_run(report.crawl_run)
    for path in report.briefing_paths:
        click.echo(f"网媒快讯已生成：{path}")
    return report


@cli.command()
@click.option("--date", "day", type=click.DateTime(["%Y-%m-%d"]), help="快讯日期（默认今天）")
@click.option("--no-crawl", is_flag=True, help="不抓取，只研判、归并、索引并生成快讯")
@pass_app
def daily(app, day, no_crawl):
    """每日任务：抓取 → 研判 → 转载归并 → 索引 → 今日网媒快讯。

    每个环节都会执行；任一环节失败时返回非零退出码。可重复运行，不会重复入库。

    \b
    示例：
      clippings daily
      30 7 * * *  cd /opt/clippings && .venv/bin/clippings daily >> data/daily.log 2>&1
    """
    report = _run(app, day.date() if day else None, not no_crawl)
    if not report.ok:
        raise SystemExit(1)


@cli.command()
@click.option("--at", "at", default="07:30", show_default=True, help="每天运行的时间（北京时间 HH:MM）")
@click.option("--once", is_flag=True, help="只等到下一次运行并执行一次（用于检查）")
@pass_app
def schedule(app, at, once):
    """在没有 cron 的主机上常驻，每天定时运行 daily。

    \b
    示例：
      clippings schedule --at 07:30
    """
    from clippings.timeutil import now

    try:
        hour, minute = (int(x) for x in at.split(":"))
        datetime(2000, 1, 1, hour, minute)
    except ValueError:
        raise click.BadParameter("应为 HH:MM，如 07:30", param_hint="--at")
    while True:
        current = now()
        target = current.replace(hour=hour, minute=minute, second=0, microsecond=0)
        if target <= current:
            target += timedelta(days=1)
        click.echo(f"下一次运行：{target:%Y-%m-%d %H:%M}（北京时间）")
        time.sleep(max(0.0, (target - now()).total_seconds()))
        report = _run(app, None, True)
        click.echo("本次每日任务" + ("完成" if report.ok else "有环节失败，详见上方日志"))
        if once:
            raise SystemExit(0 if report.ok else 1)


@cli.command()
@click.option("--anchor-date", default="2026-11-25", show_default=True, help="演示语料的最后一天")
@pass_app
def demo(app, anchor_date):
    """演示：启动自带演示网站，抓取 → 归档 → 研判 → 归并 → 索引 → 生成最新一天的网媒快讯。

    演示世界的“现在”是最后一天的 23:30（北京时间），可用环境变量 CLIPPINGS_NOW 改变。

    \b
    示例：
      clippings demo
      clippings --data-dir /tmp/demo demo
    """
    from demosites.server import DemoServer

    os.environ.setdefault("CLIPPINGS_NOW", f"{anchor_date}T23:30:00+08:00")
    server = DemoServer(host="127.0.0.1", port=0, anchor_date=anchor_date, slow_seconds=6)
    server.start()
    os.environ["CLIPPINGS_DEMO_URL"] = server.base_url
    click.echo(f"演示网站已启动：{server.base_url}；数据目录：{app.data.root}")
    try:
        report = _run(app, date.fromisoformat(anchor_date), True,
                      ["DOWNLOAD_TIMEOUT=4", "RETRY_BACKOFF_BASE=0.2", "AUTOTHROTTLE_ENABLED=False"])
    finally:
        server.stop()
    from clippings.publishing.demo import DEMO_PASSWORD, REPORTERS, seed

    added = seed(app.create_db(), app.data.root, anchor_date[:7])
    if added:
        click.echo(f"演示信息员 {len(REPORTERS)} 个（密码 {DEMO_PASSWORD}），报送信息 {added} 条。")
    from clippings.cli.publishing_cmd import assess, monthly

    click.get_current_context().invoke(assess, month=anchor_date[:7], rules_path=None, out_path=None)
    click.get_current_context().invoke(monthly, month=anchor_date[:7], rules_path=None, out_path=None)
    from clippings.cli.canyue_cmd import canyue
    from clippings.publishing.briefs import top_story

    story = top_story(app.create_db(), anchor_date[:7])
    if story is not None:
        click.get_current_context().invoke(canyue, story=story, out_path=None)
    click.echo("\n下一步可以试试：")
    click.echo("  .venv/bin/clippings search 占道经营")
    click.echo(f"  .venv/bin/clippings report --from {anchor_date[:8]}01 --to {anchor_date}")
    click.echo("  .venv/bin/clippings submissions list")
    click.echo("  .venv/bin/clippings user add 管理员 --role admin && .venv/bin/clippings serve")
    if not report.ok:
        raise SystemExit(1)
