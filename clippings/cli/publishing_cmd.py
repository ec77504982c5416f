"""Commands: submissions import | list | show | review (信息报送)."""

from __future__ import annotations

from pathlib import Path

import click

from clippings.cli import ID, ChineseGroup, cli, pass_app
from clippings.vocabulary import MONTHLY_COLUMNS, SUBMISSION_STATUS, SUBMISSION_USES, beijing, label

STAFF = {"username": "cli", "role": "staff"}   # the command line acts as staff: sees every unit


@cli.group(cls=ChineseGroup)
def submissions():
    """信息报送：批量导入、查看、审核信息员报送的信息。"""


@submissions.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@pass_app
def import_cmd(app, path):
    """导入一批信息（CSV 带表头，或 JSONL）。字段：reporter（信息员用户名）、title、text、
    happened_at（2026-11-20 09:30）、place、submitted_at、photos（照片文件名，以 ; 分隔，相对导入文件）。
    每行单独校验：有错的行给出行号和原因，不写入；其余照常导入。

    \b
    示例：
      clippings submissions import 11月信息.csv
    """
    from clippings.importer import ImportRefused
    from clippings.publishing.batch import import_batch

    try:
        report = import_batch(app.db, app.data.root, path,
                              progress=lambda n, sid: click.echo(f"第 {n} 行 → 信息 {sid}", err=True))
    except ImportRefused as exc:
        raise click.ClickException(str(exc)) from None
    for number, why in report.errors:
        click.echo(f"第 {number} 行未导入：{why}", err=True)
    click.echo(f"共 {report.rows} 行：导入 {len(report.added)} 条，出错 {len(report.errors)} 行。")
    if report.errors:
        raise SystemExit(1)


@submissions.command("list")
@click.option("--status", type=click.Choice(sorted(SUBMISSION_STATUS)), help="按状态筛选")
@click.option("--month", help="报送月份，如 2026-11")
@pass_app
def list_cmd(app, status, month):
    """列出报送的信息（新的在前）。

    \b
    示例：
      clippings submissions list --status submitted --month 2026-11
    """
    from clippings.publishing.submissions import SubmissionError, listing

    try:
        items = listing(app.ro_db, STAFF, status=status, month=month)
    except SubmissionError as exc:
        raise click.ClickException(str(exc)) from None
    for s in items:
        use = label(SUBMISSION_USES, s["use"]) if s["use"] else ""
        column = f"·{MONTHLY_COLUMNS.get(s['column_key'], '')}" if s["column_key"] else ""
        click.echo(f"{s['id']}\t{beijing(s['submitted_at'])}\t{s['unit']}\t{s['reporter']}\t"
                   f"{SUBMISSION_STATUS[s['status']]}{('（' + use + column + '）') if use else ''}\t{s['title']}")
    click.echo(f"共 {len(items)} 条。")


@submissions.command("show")
@click.argument("submission_id", type=ID)
@pass_app
def show_cmd(app, submission_id):
    """显示一条信息。

    \b
    示例：
      clippings submissions show 3
    """
    from clippings.publishing.submissions import visible

    item = visible(app.ro_db, STAFF, submission_id)
    if item is None:
        raise click.ClickException(f"没有编号为 {submission_id} 的信息")
    click.echo(f"{item['title']}\n{item['unit']} · {item['reporter']} · {beijing(item['happened_at'])} · "
               f"{item['place']}\n状态：{SUBMISSION_STATUS[item['status']]}"
               + (f"（{item['comment']}）" if item["comment"] else "") + f"\n照片 {len(item['photos'])} 张\n\n"
               + item["text"])


@submissions.command("review")
@click.argument("submission_id", type=ID)
@click.argument("action", type=click.Choice(["adopt", "return", "reject"]))
@click.option("--use", type=click.Choice(sorted(SUBMISSION_USES)), help="采用方式：monthly（月报）/ reference（参阅件）/ release（对外发布）")
@click.option("--column", type=click.Choice(list(MONTHLY_COLUMNS)), help="月报栏目")
@click.option("--comment", help="退回修改的意见，或不予采用的原因")
@click.option("--higher-level", is_flag=True, help="上级也已采用")
@pass_app
def review_cmd(app, submission_id, action, use, column, comment, higher_level):
    """审核一条信息：adopt（采用）、return（退回修改）、reject（不予采用）。

    \b
    示例：
      clippings submissions review 3 adopt --use monthly --column districts
      clippings submissions review 4 return --comment "请补充处置结果"
    """
    from clippings.publishing.submissions import SubmissionError, review

    try:
        review(app.db, submission_id, action, "cli", use=use, column=column, comment=comment,
               higher_level=higher_level)
    except SubmissionError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"信息 {submission_id}：已{ {'adopt': '采用', 'return': '退回修改', 'reject': '不予采用'}[action] }。")


@cli.command()
@click.option("--month", required=True, help="考核月份，如 2026-11")
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False), envvar="CLIPPINGS_ASSESSMENT",
              help="考核规则文件（默认 config/assessment.toml）")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              help="输出的 .docx（默认 数据目录/output/考核通报-2026-11.docx）")
@pass_app
def assess(app, month, rules_path, out_path):
    """信息报送考核：按考核规则为各区县、单位当月的报送、采用、上级采用、媒体转载、迟报、退回计分，
    排名并与上月比较，生成考核通报（.docx）。

    \b
    示例：
      clippings assess --month 2026-11
    """
    from clippings.clusters.pickup import pickup_report
    from clippings.publishing.assessment import RulesError, assess as run, check_month, load_rules
    from clippings.publishing.render_assessment import render_assessment
    from clippings.timeutil import now

    try:
        check_month(month)
        rules = load_rules(rules_path)
    except (RulesError, ValueError) as exc:
        raise click.ClickException(str(exc)) from None
    db = app.ro_db
    result = run(db, rules, month, pickup_for=lambda m: pickup_report(db, app.sources, m))
    for u in result["units"]:
        click.echo(f"{u['rank']}\t{u['unit']}\t报送 {u['submitted']}\t采用 {u['adopted']}\t上级 {u['higher']}\t"
                   f"转载 {u['carried']}\t迟报 {u['late']}\t退回 {u['returned']}\t得分 {u['points']:g}")
    out = out_path or app.data.output_dir / f"考核通报-{month}.docx"
    d = now()
    render_assessment(result, app.profile.short_name, out, f"{d.year}年{d.month}月{d.day}日")
    click.echo(f"已生成考核通报：{out}")


@cli.command()
@click.option("--month", required=True, help="月份，如 2026-11")
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False), envvar="CLIPPINGS_MONTHLY",
              help="月报栏目规则（默认 config/monthly.toml）")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              help="输出的 .docx（默认 数据目录/output/城管执法月报-2026-11-草稿.docx）")
@pass_app
def monthly(app, month, rules_path, out_path):
    """《城管执法月报》草稿：按栏目规则从采用的信息和归档中选稿（要点新闻、县区动态、八面来风、
    一线快讯、城管风采），同一报道只出现一次；期号在签发时给出，草稿不编号。

    \b
    示例：
      clippings monthly --month 2026-11
    """
    from clippings.clusters.pickup import own_source_names
    from clippings.publishing.assessment import check_month
    from clippings.publishing.monthly import build_draft, load_rules
    from clippings.publishing.render_monthly import render_monthly

    try:
        check_month(month)
        rules = load_rules(rules_path)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    draft = build_draft(app.ro_db, rules, month, own_source_names(app.sources))
    for key, entries in draft.columns.items():
        click.echo(f"{MONTHLY_COLUMNS[key]}（{len(entries)} 条）")
        for e in entries:
            click.echo(f"  {'信息' if e.kind == 'submission' else '归档'} {e.ref}\t{e.origin}\t{e.title}")
    out = out_path or app.data.output_dir / f"城管执法月报-{month}-草稿.docx"
    render_monthly(draft, app.profile.short_name, out)
    click.echo(f"已生成月报草稿：{out}")
