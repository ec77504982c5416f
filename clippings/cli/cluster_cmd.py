"""Commands: clusters assign / rebuild / show / spreading, pickup."""

from __future__ import annotations

import click

from clippings.cli import ID, cli, pass_app


def _when(value: str | None) -> str:
    return (value or "时间未知")[:16].replace("T", " ")


@cli.group()
def clusters():
    """转载归并：同一篇稿件的各家转载归为一组。

    \b
    示例：
      clippings clusters rebuild
      clippings clusters show 1024
    """


@clusters.command("assign")
@pass_app
def clusters_assign(app):
    """为尚未归并的信息归并转载（每次采集后自动运行）。

    \b
    示例：
      clippings clusters assign
    """
    from clippings.clusters import assign_pending

    from clippings.tagger import inherit_story_corrections

    n = assign_pending(app.db, app.profile)
    inherited = inherit_story_corrections(app.db)
    if inherited:
        click.echo(f"{inherited} 条新转载沿用同一报道的人工更正。")
    click.echo(f"已归并 {n} 条信息。")


@clusters.command("rebuild")
@pass_app
def clusters_rebuild(app):
    """全部重新归并（结果与逐条归并相同）；只有归属变化的信息会重新索引。

    \b
    示例：
      clippings clusters rebuild
    """
    from clippings.clusters import rebuild_clusters

    s = rebuild_clusters(app.db, app.profile)
    click.echo(f"重新归并 {s['clippings']} 条信息，用时 {s['seconds']} 秒：共 {s['clusters']} 组，"
               f"其中有转载的 {s['multi']} 组（含 {s['in_multi']} 条），最大一组 {s['largest']} 条；"
               f"归属变化 {s['moved']} 条。")


@clusters.command("show")
@click.argument("cluster_id", type=ID)
@pass_app
def clusters_show(app, cluster_id):
    """显示一组转载：首发媒体、各家转载时间和每日传播情况。

    \b
    示例：
      clippings clusters show 1024
    """
    from clippings.clusters.spread import cluster_detail

    detail = cluster_detail(app.ro_db, cluster_id)
    if detail is None:
        raise click.ClickException(f"没有编号为 {cluster_id} 的转载组（组号即组内最早一条信息的编号）。")
    c = detail["cluster"]
    click.echo(f"转载组 {c['id']}：{c.get('title') or '（无标题）'}")
    origin = f"（来源行注明：{c['origin_named']}）" if c.get("origin_named") else ""
    click.echo(f"首发：{c.get('first_source') or '未知'} {_when(c.get('first_published_at'))}{origin}")
    click.echo(f"共 {c['size']} 条，{c.get('source_count') or 1} 家媒体；"
               f"{_when(c.get('first_seen'))} 至 {_when(c.get('last_seen'))}"
               + ("；仍在传播" if detail["spreading"] else ""))
    for m in detail["members"]:
        mark = "首发" if m["is_first"] else "转载"
        click.echo(f"  [{m['id']}] {mark} {_when(m['published_at'])} {m['source_title'] or m['source']}："
                   f"{m['title'] or ''}\n        {m['url']}")
    click.echo("每日传播：" + "；".join(f"{d['day']} {d['count']} 条" for d in detail["timeline"]))


@clusters.command("spreading")
@click.option("--hours", type=click.IntRange(1, 24 * 30), default=24, show_default=True, help="统计最近多少小时")
@pass_app
def clusters_spreading(app, hours):
    """列出最近仍在传播（有新转载）的稿件。

    \b
    示例：
      clippings clusters spreading
      clippings clusters spreading --hours 72
    """
    from clippings.clusters import spreading_clusters

    rows = spreading_clusters(app.ro_db, hours=hours)
    if not rows:
        click.echo(f"最近 {hours} 小时没有新的转载。")
        return
    for c in rows:
        click.echo(f"[{c['id']}] 新增 {c['new_members']} 条 / 共 {c['size']} 条，{c.get('source_count') or 1} 家媒体，"
                   f"首发 {c.get('first_source') or '未知'}：{c.get('title') or ''}")


@cli.command()
@click.option("--month", required=True, help="月份，格式 YYYY-MM")
@click.option("--detail/--summary", default=True, help="是否逐篇列出转载媒体（默认列出）")
@pass_app
def pickup(app, month, detail):
    """本局稿件采用情况（稿件采用率）：每篇本局发布的稿件被哪些媒体转载、何时转载。

    本局稿件指 sources.toml 中 own = true 的信息源（局网站、公众号镜像）发布的信息。

    \b
    示例：
      clippings pickup --month 2026-11
      clippings pickup --month 2026-11 --summary
    """
    from clippings.clusters import pickup_report

    try:
        report = pickup_report(app.ro_db, app.sources, month)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    s = report["summary"]
    if not report["own_sources"]:
        raise click.ClickException("sources.toml 中没有 own = true 的本局信息源，无法统计稿件采用情况。")
    click.echo(f"{month} 本局发稿 {s['releases']} 篇，被转载 {s['picked_up']} 篇，采用率 {s['rate']:.0%}，"
               f"共被转载 {s['pickups']} 次。")
    if s["altered"]:
        click.echo(f"其中 {s['altered']} 次转载与原稿不一致（改标题、删节或加评论），见下文。")
    if s["unclustered"]:
        click.echo(f"注意：{s['unclustered']} 篇尚未归并，请先运行 clippings clusters assign。")
    if s["outlets"]:
        click.echo("转载媒体：" + "，".join(f"{name} {n} 篇" for name, n in s["outlets"]))
    if not detail:
        return
    for r in report["releases"]:
        click.echo(f"\n[{r['id']}] {_when(r['published_at'])} {r['title'] or ''}")
        if not r["pickups"]:
            click.echo("    暂无转载")
        for p in r["pickups"]:
            delay = f"（{p['delay_hours']} 小时后）" if p["delay_hours"] is not None else ""
            fate = "，原文已删除" if p["deleted"] else ""
            click.echo(f"    {_when(p['published_at'])} {p['source_title']}{delay} {p['url']}"
                       f"（{p['fidelity'].text}{fate}）")
