"""Commands: briefing (generate, pin, exclude, reset, review, sign, list) and report."""

from __future__ import annotations

import getpass
from datetime import date

import click

from clippings.cli import ID, cli, pass_app


def _day(value: str | None, label: str = "--date") -> date | None:
    from clippings.inputs import InputError, parse_day

    if value is None:
        return None
    try:
        return parse_day(value, f"{label} 日期")
    except InputError as exc:
        raise click.UsageError(str(exc)) from None  # message and exit 2


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


_ID = click.argument("clipping_id", type=ID)
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


def _status(app, ctx, day: str | None, by: str, step: str, text: str = "") -> None:
    from clippings import accounts
    from clippings.briefing import (BriefingError, build_briefing, return_issue, review, sign_off, submit,
                                    withdraw)
    from clippings.timeutil import today

    when = _day(day) or _day(ctx.meta.get("briefing_date")) or today()
    steps = {
        "submit": (lambda: submit(app.db, when, by, build_briefing(app.db, app.profile, when)), "送审", {}),
        "review": (lambda: review(app.db, when, by), "审核", {}),
        "return": (lambda: return_issue(app.db, when, by, text, role="leader"), "退回", {"comment": text}),
        "sign": (lambda: sign_off(app.db, when, by), "签发", {}),
        "withdraw": (lambda: withdraw(app.db, when, by, text), "撤回签发", {"reason": text}),
    }
    action, word, detail = steps[step]
    try:
        issue = action()
    except BriefingError as exc:
        raise click.ClickException(str(exc)) from None
    accounts.audit(app.db, by, f"briefing_{step}", when.isoformat(), detail)
    if step == "review":
        from clippings.alerts.notices import briefing_waiting

        briefing_waiting(app.profile_path, when, by, wait=True)    # the leaders' channels hear of it
    if step == "sign":
        click.echo(f"{when} 网媒快讯 第{issue['number']}期（总第{issue['total_number']}期）已由 {by} 签发。")
    else:
        click.echo(f"{when} 网媒快讯 已由 {by} {word}。")


_STEP_DATE = click.option("--date", "day", metavar="YYYY-MM-DD", help="快讯日期（默认今天）")


@briefing.command("submit")
@_STEP_DATE
@click.option("--by", required=True, help="送审人（宣传干事）")
@pass_app
@click.pass_context
def briefing_submit(ctx, app, day, by):
    """送审：把当前编排好的快讯交科长审核（此后审核、签发的就是这一版）。

    \b
    示例：
      clippings briefing submit --date 2026-11-25 --by 李干事
    """
    _status(app, ctx, day, by, "submit")


@briefing.command("review")
@_STEP_DATE
@click.option("--by", required=True, help="审核人（科长）")
@pass_app
@click.pass_context
def briefing_review(ctx, app, day, by):
    """审核通过已送审的快讯，交领导签发。

    \b
    示例：
      clippings briefing review --date 2026-11-25 --by 张科长
    """
    _status(app, ctx, day, by, "review")


@briefing.command("return")
@_STEP_DATE
@click.option("--by", required=True, help="退回人（科长或领导）")
@click.option("--comment", required=True, help="退回意见")
@pass_app
@click.pass_context
def briefing_return(ctx, app, day, by, comment):
    """退回：已送审或已审核的快讯退回宣传干事修改，附退回意见。

    \b
    示例：
      clippings briefing return --date 2026-11-25 --by 张科长 --comment "第3条来源有误"
    """
    _status(app, ctx, day, by, "return", comment)


@briefing.command("sign")
@_STEP_DATE
@click.option("--by", required=True, help="签发人")
@pass_app
@click.pass_context
def briefing_sign(ctx, app, day, by):
    """签发已审核的快讯；此时给出期号（第N期、总第N期），签发后不能再调整。

    \b
    示例：
      clippings briefing sign --date 2026-11-25 --by 李局长
    """
    _status(app, ctx, day, by, "sign")


@briefing.command("withdraw")
@_STEP_DATE
@click.option("--by", required=True, help="撤回人（领导）")
@click.option("--reason", required=True, help="撤回原因")
@pass_app
@click.pass_context
def briefing_withdraw(ctx, app, day, by, reason):
    """撤回签发（须说明原因）；快讯回到草稿，期号保留，重新签发时沿用。

    \b
    示例：
      clippings briefing withdraw --date 2026-11-25 --by 李局长 --reason "通报内容需更新"
    """
    _status(app, ctx, day, by, "withdraw", reason)


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

    issues = list_issues(app.ro_db, year)
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
    db = app.ro_db  # refuses a data directory without an archive before anything is created
    path = Path(out) if out else app.data.ensure().output_dir / f"report-{first}_{last}.{fmt}"
    charts = path.parent / f"{path.stem}-charts"
    r = build_report(db, app.profile, first, last, charts)
    render_report(r, fmt, path)
    t = r.totals
    click.echo(f"{r.period_text}：信息 {t.total} 条，负面 {t.negative}（{t.share_text('negative')}），"
               f"重点负面舆情 {len(r.top_negative)} 项")
    click.echo(f"已写入 {path}（图表在 {charts}）")
