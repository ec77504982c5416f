"""Commands: briefing (generate, pin, exclude, reset, review, sign, list) and report."""

from __future__ import annotations

import getpass
from datetime import date

import click

from clippings.cli import cli, pass_app


def _day(value: str | None, label: str = "--date") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise click.ClickException(f"{label} 日期格式应为 YYYY-MM-DD，例如 2026-11-25（收到 {value!r}）") from None


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "staff"


@cli.group(invoke_without_command=True)
@click.option("--date", "day", metavar="YYYY-MM-DD", help="快讯日期（默认今天，按北京时间 0–24 时；latest 为库中最新一天）")
@click.option("--format", "fmt", type=click.Choice(["docx", "html", "md"]), default="docx", show_default=True,
              help="输出格式")
@click.option("--out", type=click.Path(dir_okay=False), help="输出文件（默认 data/output/网媒快讯-日期.格式）")
@click.pass_context
def briefing(ctx, day, fmt, out):
    """生成当日网媒快讯（负面舆情、正面宣传、工作动态·中性信息），或调整、审核、签发。

    同一日期重复生成时期号不变；人工置顶或不予编发的选择会被记住。

    \b
    示例：
      clippings briefing --date 2026-11-25
      clippings briefing --date 2026-11-25 --format html --out 快讯.html
      clippings briefing --date latest
      clippings briefing exclude 1234
      clippings briefing pin 1240 --date 2026-11-25
      clippings briefing review --date 2026-11-25 --by 张科长
    """
    from clippings.cli import AppContext

    ctx.meta["briefing_date"] = day
    if ctx.invoked_subcommand is None:
        app = ctx.find_object(AppContext)
        if day == "latest":
            from clippings.briefing import latest_day

            found = latest_day(app.db)
            if found is None:
                raise click.ClickException("归档库中还没有信息，无法确定最新日期")
            _generate(app, found, fmt, out)
        else:
            _generate(app, _day(day), fmt, out)


def _generate(app, day: date | None, fmt: str, out: str | None) -> None:
    from clippings.briefing import build_briefing, default_path, render_briefing
    from clippings.timeutil import today

    day = day or today()
    b = build_briefing(app.db, app.profile, day)
    path = out or default_path(app.data.ensure().output_dir, day, fmt)
    path = render_briefing(b, fmt, path)
    c = b.counts
    click.echo(f"网媒快讯 {b.issue_text}（{b.date_text}，{b.status_text}）：信息 {c['total']} 条，"
               f"负面 {c['negative']}、正面 {c['positive']}、中性 {c['neutral']}；列出 {b.item_count} 项"
               + (f"，不予编发 {b.excluded} 项" if b.excluded else ""))
    click.echo(f"已写入 {path}")


def _choice(app, ctx, clipping_id: int, day: str | None, action: str | None, by: str) -> None:
    from clippings.briefing import BriefingError, set_choice

    when = _day(day) or _day(ctx.meta.get("briefing_date"))
    try:
        recorded = set_choice(app.db, when, clipping_id, action, by)
    except BriefingError as exc:
        raise click.ClickException(str(exc)) from None
    word = {"pin": "置顶", "exclude": "不予编发", None: "恢复默认"}[action]
    click.echo(f"已记录：{recorded} 的网媒快讯中信息 {clipping_id} {word}（{by}）。重新生成快讯后生效。")


_ID = click.argument("clipping_id", type=int)
_DATE = click.option("--date", "day", metavar="YYYY-MM-DD", help="哪一天的快讯（默认该信息的发布日期）")
_BY = click.option("--by", default=_user, show_default="当前用户", help="操作人")


@briefing.command("exclude")
@_ID
@_DATE
@_BY
@pass_app
@click.pass_context
def briefing_exclude(ctx, app, clipping_id, day, by):
    """该条信息（及其转载）不编入快讯。

    \b
    示例：
      clippings briefing exclude 1234
    """
    _choice(app, ctx, clipping_id, day, "exclude", by)


@briefing.command("pin")
@_ID
@_DATE
@_BY
@pass_app
@click.pass_context
def briefing_pin(ctx, app, clipping_id, day, by):
    """该条信息在所属栏目中置顶。

    \b
    示例：
      clippings briefing pin 1240
    """
    _choice(app, ctx, clipping_id, day, "pin", by)


@briefing.command("reset")
@_ID
@_DATE
@_BY
@pass_app
@click.pass_context
def briefing_reset(ctx, app, clipping_id, day, by):
    """撤销对该条信息的置顶或不予编发。

    \b
    示例：
      clippings briefing reset 1234
    """
    _choice(app, ctx, clipping_id, day, None, by)


def _status(app, ctx, day: str | None, by: str, step: str) -> None:
    from clippings.briefing import BriefingError, build_briefing, review, sign_off
    from clippings.timeutil import today

    when = _day(day) or _day(ctx.meta.get("briefing_date")) or today()
    try:
        if step == "review":
            issue = review(app.db, when, by, build_briefing(app.db, app.profile, when))
        else:
            issue = sign_off(app.db, when, by)
    except BriefingError as exc:
        raise click.ClickException(str(exc)) from None
    if step == "review":
        click.echo(f"{when} 网媒快讯 已由 {by} 审核（期号在签发时给出）。")
    else:
        click.echo(f"{when} 网媒快讯 第{issue['number']}期（总第{issue['total_number']}期）已由 {by} 签发。")


@briefing.command("review")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="快讯日期（默认今天）")
@click.option("--by", required=True, help="审核人")
@pass_app
@click.pass_context
def briefing_review(ctx, app, day, by):
    """记录审核人和审核时间（快讯须先生成）。

    \b
    示例：
      clippings briefing review --date 2026-11-25 --by 张科长
    """
    _status(app, ctx, day, by, "review")


@briefing.command("sign")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="快讯日期（默认今天）")
@click.option("--by", required=True, help="签发人")
@pass_app
@click.pass_context
def briefing_sign(ctx, app, day, by):
    """记录签发人和签发时间（须先审核；签发后不能再调整）。

    \b
    示例：
      clippings briefing sign --date 2026-11-25 --by 李局长
    """
    _status(app, ctx, day, by, "sign")


@briefing.command("list")
@click.option("--year", type=int, help="只列出该年")
@pass_app
def briefing_list(app, year):
    """列出已生成的各期快讯及其审核、签发情况。

    \b
    示例：
      clippings briefing list --year 2026
    """
    from clippings.briefing import list_issues

    from clippings.vocabulary import BRIEFING_STATUS, label

    issues = list_issues(app.db, year)
    if not issues:
        click.echo("尚无审核或签发过的快讯。")
    for i in issues:
        who = "".join(f"　{w} {i[k]}" for w, k in (("审核", "reviewed_by"), ("签发", "signed_by")) if i[k])
        number = f"{i['year']}年第{i['number']}期（总第{i['total_number']}期）" if i["number"] else "未签发"
        click.echo(f"{i['date']}  {number}  {label(BRIEFING_STATUS, i['status'])}{who}")


@cli.command()
@click.option("--from", "start", required=True, metavar="YYYY-MM-DD", help="开始日期（含）")
@click.option("--to", "end", required=True, metavar="YYYY-MM-DD", help="结束日期（含）")
@click.option("--format", "fmt", type=click.Choice(["docx", "html"]), default="docx", show_default=True,
              help="输出格式")
@click.option("--out", type=click.Path(dir_okay=False), help="输出文件（默认 data/output/report-开始_结束.格式）")
@pass_app
def report(app, start, end, fmt, out):
    """生成舆情分析报告：每日走势、来源、话题、县区动态、重点负面舆情及与上一周期对比。

    \b
    示例：
      clippings report --from 2026-11-01 --to 2026-11-30
      clippings report --from 2026-11-01 --to 2026-11-30 --format html --out 十一月.html
    """
    from pathlib import Path

    from clippings.reports import build_report, render_report

    first, last = _day(start, "--from"), _day(end, "--to")
    if last < first:
        raise click.ClickException("--to 不能早于 --from")
    path = Path(out) if out else app.data.ensure().output_dir / f"report-{first}_{last}.{fmt}"
    charts = path.parent / f"{path.stem}-charts"
    r = build_report(app.db, app.profile, first, last, charts)
    render_report(r, fmt, path)
    t = r.totals
    click.echo(f"{r.period_text}：信息 {t.total} 条，负面 {t.negative}（{t.share_text('negative')}），"
               f"重点负面舆情 {len(r.top_negative)} 项")
    click.echo(f"已写入 {path}（图表在 {charts}）")
