"""Commands: sources check, import, show, runs."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from clippings.cli import ID, cli, pass_app


@cli.group()
def sources():
    """信息源配置。"""


@sources.command("check")
@pass_app
def sources_check(app):
    """校验 sources.toml 和 bureau.toml，指出出错的文件、信息源和字段。

    \b
    示例：
      clippings sources check
      clippings --sources my-sources.toml sources check
    """
    profile = app.profile
    items = app.sources
    click.echo(f"{app.profile_path}：本局 {profile.short_name}，别名 {len(profile.aliases)} 个，"
               f"话题 {len(profile.topics)} 个，区县 {len(profile.districts)} 个")
    click.echo(f"{app.sources_path}：{len(items)} 个信息源")
    for s in items:
        flags = "（本局）" if s.own else ""
        state = "" if s.enabled else "（已停用）"
        click.echo(f"  {s.name:<14} {s.kind:<8} {s.title}{flags}{state}  {s.start_urls[0]}")
    from clippings.alerts.service import alerts_path, load

    cfg = load(app.profile_path)
    if cfg.rules or cfg.channels:
        click.echo(f"{alerts_path()}：预警规则 {len(cfg.rules)} 条，定级规则 {len(cfg.grading)} 条，"
                   f"推送通道 {len(cfg.channels)} 个，责任单位 {len(cfg.units)} 个")
    from clippings.recheck.schedule import load_settings
    from clippings.vocabulary import RECHECK_CLASSES

    plan = load_settings(app.profile_path)
    click.echo("复查计划：" + "；".join(f"{RECHECK_CLASSES[k]} {len(v)} 次" for k, v in plan.steps.items())
               + f"；每次最多 {plan.batch} 条")
    click.echo("配置正确。")


@cli.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@pass_app
def import_(app, file):
    """从 JSONL 或 CSV 导入信息（如人工录入的报纸稿件）。

    字段为 clippings 表的列名，至少 url、title、text、source、published_at（ISO 8601）；
    kind 默认为 news。出错的行会报告行号，其余照常导入。

    \b
    示例：
      clippings import paper-clippings.jsonl
    """
    from clippings.importer import ImportRefused, import_file, read_rows

    try:
        rows = read_rows(Path(file))    # a binary file is refused before the archive is even opened
    except ImportRefused as exc:
        click.echo(f"错误：{exc}", err=True)
        raise SystemExit(2) from None
    try:
        report = import_file(app.create_db(), app.profile, file, rows=rows)
    except ImportRefused as exc:
        click.echo(f"错误：{exc}", err=True)
        raise SystemExit(2) from None
    labels = {"new": "新增", "updated": "更新", "unchanged": "未变", "duplicate": "重复", "unusable": "无法入库"}
    summary = "，".join(f"{labels.get(k, k)} {v}" for k, v in sorted(report.actions.items()))
    for number, message in report.errors:
        click.echo(f"第 {number} 行：{message}", err=True)
    failed = len(report.errors)
    click.echo(f"共 {report.rows} 行：{summary or '无'}；出错 {failed} 行"
               + ("（出错的行未写入，其余已导入）" if failed else ""))
    if report.errors:
        raise SystemExit(1)


@cli.command()
@click.argument("clipping_id", type=ID)
@click.option("--raw", is_flag=True, help="原样输出归档的原始网页（字节不变）")
@click.option("--headers", is_flag=True, help="与 --raw 一起：先输出状态行和响应头")
@pass_app
def show(app, clipping_id, raw, headers):
    """显示一条信息：元数据、正文、帖子、转载、证据和历史版本。

    \b
    示例：
      clippings show 42
      clippings show 42 --raw > page.html
    """
    from clippings.showing import clipping_details, raw_evidence

    if raw:
        try:
            response = raw_evidence(app.ro_db, app.data, clipping_id)
        except LookupError as exc:
            raise click.ClickException(str(exc))
        out = sys.stdout.buffer
        if headers:
            out.write(f"HTTP/1.1 {response.status} {response.reason}\r\n".encode("latin-1"))
            for key, value in response.headers:
                out.write(f"{key}: {value}\r\n".encode("latin-1"))
            out.write(b"\r\n")
        out.write(response.body)
        out.flush()
        return
    try:
        text = clipping_details(app.ro_db, clipping_id)
    except LookupError as exc:
        raise click.ClickException(str(exc))
    click.echo(text)


@cli.command()
@click.option("--limit", default=10, show_default=True)
@pass_app
def runs(app, limit):
    """列出最近的抓取记录。

    \b
    示例：
      clippings runs --limit 5
    """
    from clippings.archive import records
    from clippings.cli.crawl_cmd import print_run

    rows = records.latest_runs(app.ro_db, limit)
    if not rows:
        click.echo("还没有抓取记录。")
    for run in rows:
        print_run(run)
