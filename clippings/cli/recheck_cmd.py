"""Command: recheck (复查已发布的页面)."""

from __future__ import annotations

import click

from clippings.cli import cli, pass_app
from clippings.vocabulary import RECHECK_CLASSES, RECHECK_OUTCOMES


@cli.command("recheck")
@click.option("--limit", type=click.IntRange(1, 10_000), help="本次最多复查多少条（默认按 [recheck] batch）")
@click.option("--due", "show_due", is_flag=True, help="只列出到期应复查的信息，不抓取")
@pass_app
def recheck_cmd(app, limit, show_due):
    """按复查计划重新抓取负面信息、预警和处置中的信息、转载本局发布的信息，记录是否被删除或修改。

    间隔在 bureau.toml 的 [recheck] 表中设置（默认 1小时、6小时、24小时、3天、7天、30天）。
    未变化的页面只记一行复查记录（条件请求，不另存网页）；修改过的页面另存新版本和 WARC 记录；
    删除的页面保留原存档，标记为“已删除”。

    \b
    示例：
      clippings recheck --due
      clippings recheck
    """
    from clippings.config import ConfigError
    from clippings.recheck.run import recheck
    from clippings.recheck.schedule import due, load_settings
    from clippings.timeutil import now
    from clippings.vocabulary import beijing

    try:
        settings = load_settings(app.profile_path)
    except ConfigError as exc:
        raise click.ClickException(str(exc))
    if show_due:
        own = [s.name for s in app.sources if s.own]
        pending = due(app.ro_db, settings, own, now())[: limit or None]
        click.echo(f"到期应复查 {len(pending)} 条：")
        for d in pending:
            click.echo(f"  {d.clipping['id']:>6}  {RECHECK_CLASSES[d.klass]}  第{d.step + 1}次  "
                       f"应于 {beijing(d.due_at)}  {d.clipping.get('title') or ''}")
        return
    try:
        summary = recheck(app.data, app.sources_path, app.profile_path, limit=limit)
    except ConfigError as exc:
        raise click.ClickException(str(exc))
    click.echo(summary.text + ("。" if not summary.due else ""))
    for cid, title, outcome, detail in summary.found:
        click.echo(f"  {cid:>6}  {RECHECK_OUTCOMES[outcome]}  {title}（{detail}）")
