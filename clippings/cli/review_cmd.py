"""Command: review (待复核)."""

from __future__ import annotations

import click

from clippings.cli import cli, pass_app
from clippings.vocabulary import REVIEW_REASONS, SENTIMENT, beijing


@cli.command("review")
@click.option("--days", type=click.IntRange(1, 366), default=7, show_default=True, help="只看最近几天的信息")
@click.option("--limit", type=click.IntRange(1, 1000), default=30, show_default=True)
@pass_app
def review_command(app, days, limit):
    """待复核：自动研判把握不大、或规则与模型意见不一的信息，按更正的分量排序
    （判为负面的在前，其次是有负面迹象的，再按转载多少、时间先后）。每个报道列一条。

    用 clippings retag 更正（或以相同倾向确认），更正作用于整个报道，
    不再出现在队列中，并在 clippings tag --retrain 时作为训练样例。

    \b
    示例：
      clippings review --days 3
      clippings retag 42 负面 --by 王敏 --note 复核
    """
    from clippings.tagger.review import review_queue

    items = review_queue(app.ro_db, days=days, limit=limit)
    if not items:
        click.echo(f"最近 {days} 天没有待复核的信息。")
        return
    click.echo(f"待复核 {len(items)} 条（最近 {days} 天，按更正的分量排序）：")
    for it in items:
        reasons = "、".join(REVIEW_REASONS[r] for r in it.reasons)
        score = f"{it.score:.2f}" if it.score is not None else "—"
        copies = f"，同一报道 {it.copies} 条" if it.copies > 1 else ""
        click.echo(f"  {it.id:>6}  {SENTIMENT.get(it.label, it.label)} {score}（{reasons}{copies}）  "
                   f"{beijing(it.published_at) if it.published_at else '时间不详'}  {it.outlet}  {it.title}")
    click.echo("更正或确认：clippings retag 编号 倾向 --by 姓名")
