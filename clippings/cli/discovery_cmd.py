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
    from clippings.archive import outlets

    rows = outlets.list_outlets(app.db)
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
    from clippings.archive import outlets, transaction

    name = name.strip()
    if not name or len(name) > 60:
        raise click.ClickException("名称不能为空，且不超过 60 个字")
    try:
        with transaction(app.db):
            n = outlets.rename(app.db, domain.strip().lower(), name)
    except KeyError:
        raise click.ClickException(f"未发现过该域名：{domain}（用 clippings outlets 查看）") from None
    click.echo(f"已更名：{domain} → {name}，更新稿件 {n} 条")
