"""Commands: outlets, outlets rename (搜索发现的网站; core: clippings.archive.outlets)."""

from __future__ import annotations

import click

from clippings.cli import cli, pass_app
from clippings.vocabulary import OUTLET_COLUMNS, beijing


@cli.group("outlets", invoke_without_command=True)
@pass_app
@click.pass_context
def outlets_group(ctx, app):
    """搜索类信息源发现的网站（按域名），及其显示名称。

    \b
    示例：
      clippings outlets
      clippings outlets rename 127.0.0.2 青石县融媒
    """
    if ctx.invoked_subcommand is not None:
        return
    from clippings.discovery.outlets import list_outlets

    rows = list_outlets(app.db)
    if not rows:
        click.echo("尚未通过搜索发现任何网站。")
        return
    click.echo("  ".join(OUTLET_COLUMNS.values()))
    for r in rows:
        click.echo(f"{r['domain']}  {r['seen_name'] or '-'}  {r['name'] or '-'}  {r['pages']}  {beijing(r['last_seen'])}")


@outlets_group.command("rename")
@click.argument("domain")
@click.argument("name")
@pass_app
def outlets_rename(app, domain, name):
    """为一个域名的网站指定显示名称（已收录和今后收录的稿件都用这个名称）。

    \b
    示例：
      clippings outlets rename localhost 江州生活圈（自媒体）
    """
    from clippings.discovery.outlets import OutletError, rename_outlet

    try:
        n = rename_outlet(app.db, domain, name, by="cli")
    except OutletError as exc:
        raise click.ClickException(f"{exc}（用 clippings outlets 查看）") from None
    click.echo(f"已更名：{domain} → {' '.join(name.split())}，更新稿件 {n} 条")


def _hours(h) -> str:
    if h is None:
        return "—"
    return f"{h / 24:.1f} 天" if h >= 48 else f"{h:.0f} 小时"


@cli.command("complaints")
@click.option("--by", type=click.Choice(["district", "topic"]), default=None, help="按区县或话题分组")
@click.option("--overdue-days", type=click.IntRange(1, 365), default=7, show_default=True,
              help="超过多少天未回复算超期")
@click.option("--unanswered", is_flag=True, help="只列出超期未回复的留言")
@pass_app
def complaints_command(app, by, overdue_days, unanswered):
    """留言板投诉的回复情况：回复率、回复用时（中位数、90%）、超期未回复。

    \b
    示例：
      clippings complaints --by district
      clippings complaints --unanswered --overdue-days 10
    """
    from clippings.archive import complaints
    from clippings.vocabulary import COMPLAINT_FIGURES

    figures = complaints.reply_figures(app.db, overdue_days, by)
    if unanswered:
        rows = figures["all"]["overdue"]
        click.echo(f"超过 {overdue_days} 天未回复的留言 {len(rows)} 条")
        for r in rows:
            click.echo(f"  [{r['clipping_id']}] {beijing(r['posted_at'])}  {r['district'] or '—'}  {r['topic'] or '—'}  "
                       f"{r['title']}")
        return
    click.echo("  ".join(COMPLAINT_FIGURES.values()))
    groups = [("全部", figures["all"])] + list(figures["groups"].items())
    for name, f in groups:
        rate = "—" if f["reply_rate"] is None else f"{f['reply_rate']:.0%}"
        click.echo(f"{name or '（未标注）'}  {f['total']}  {f['replied']}  {rate}  {_hours(f['median_hours'])}  "
                   f"{_hours(f['p90_hours'])}  {f['unanswered_overdue']}")
