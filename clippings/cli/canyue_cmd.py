"""Command: canyue (参阅件 draft for one story)."""

from __future__ import annotations

from pathlib import Path

import click

from clippings.cli import ID, cli, pass_app
from clippings.vocabulary import BRIEF_EVENTS, beijing


class StoryNotFound(click.ClickException):
    exit_code = 2


@cli.command()
@click.option("--story", "story", type=ID, required=True, help="报道（转载聚类）编号，见 clippings clusters list")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              help="输出的 .docx（默认 数据目录/output/参阅件-报道<编号>-草稿.docx）")
@pass_app
def canyue(app, story, out_path):
    """参阅件草稿：一起报道的事件概况、传播经过（首发、转载、本局回应）、每日舆情走势、涉及媒体和区县、
    档案中的同类事件及其结果，研判、建议留待填写。

    \b
    示例：
      clippings canyue --story 1234
      clippings canyue --story 1234 --out 参阅件.docx
    """
    from clippings.clusters.pickup import own_source_names
    from clippings.publishing.briefs import BriefError, build_brief
    from clippings.publishing.render_brief import event_text, render_brief
    from clippings.timeutil import now

    try:
        brief = build_brief(app.ro_db, story, own_sources=own_source_names(app.sources),
                            index_dir=app.data.index_dir)
    except BriefError as exc:
        raise StoryNotFound(str(exc)) from None
    click.echo(event_text(brief))
    for step in brief.timeline:
        click.echo(f"  {beijing(step.when)}\t{BRIEF_EVENTS[step.event]}\t{step.outlet}\t{step.title[:40]}")
    click.echo(f"同类报道 {len(brief.comparable)} 起。" + (brief.comparable_note or ""))
    out = out_path or app.data.output_dir / f"参阅件-报道{story}-草稿.docx"
    d = now()
    render_brief(brief, app.profile.short_name, out, f"{d.year}年{d.month}月{d.day}日")
    click.echo(f"已生成参阅件草稿：{out}")
