"""Commands: drafts monthly | brief | list | show | edit-entry | remove-entry | notes | submit | review |
return | sign | docx (the stored 月报 / 参阅件 drafts and their 审核/签发 chain)."""

from __future__ import annotations

from pathlib import Path

import click

from clippings.cli import ID, ChineseGroup, cli, pass_app
from clippings.vocabulary import BRIEFING_STATUS, DRAFT_KINDS, MONTHLY_COLUMNS, ROLES, beijing

_BY = click.option("--by", required=True, help="操作人（账号名；其角色决定能做什么）")


def _user(app, name: str) -> dict:
    from clippings import accounts

    user = accounts.get_user(app.db, name)
    if user is None or not user.get("active", 1):
        raise click.ClickException(f"没有名为 {name!r} 的在用账号")
    return user


def _run(fn):
    from clippings.publishing.drafts import DraftError

    try:
        return fn()
    except DraftError as exc:
        raise click.ClickException(str(exc)) from None


@cli.group(cls=ChineseGroup)
def drafts():
    """《城管执法月报》和参阅件的稿件：生成、逐条编辑、送审、审核、签发（期号在签发时给出）。"""


@drafts.command("monthly")
@click.option("--month", required=True, help="月份，如 2026-11")
@click.option("--rules", "rules_path", type=click.Path(dir_okay=False), envvar="CLIPPINGS_MONTHLY",
              help="月报栏目规则（默认 config/monthly.toml）")
@click.option("--replace", is_flag=True, help="重新生成尚未送审的稿件")
@_BY
@pass_app
def monthly_cmd(app, month, rules_path, replace, by):
    """按栏目规则生成并保存某月的月报稿件，之后可逐条编辑、删除。

    \b
    示例：
      clippings drafts monthly --month 2026-11 --by 李干事
    """
    from clippings.clusters.pickup import own_source_names
    from clippings.publishing.assessment import check_month
    from clippings.publishing.drafts import create_monthly
    from clippings.publishing.monthly import build_draft, load_rules

    try:
        check_month(month)
        rules = load_rules(rules_path)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    user = _user(app, by)
    draft = build_draft(app.db, rules, month, own_source_names(app.sources))
    did = _run(lambda: create_monthly(app.db, draft, user, replace=replace))
    click.echo(f"已保存月报稿件 {did}（{month}），共 {sum(map(len, draft.columns.values()))} 条。")


@drafts.command("brief")
@click.option("--story", type=ID, required=True, help="报道（转载聚类）编号")
@click.option("--replace", is_flag=True, help="重新生成尚未送审的稿件")
@_BY
@pass_app
def brief_cmd(app, story, replace, by):
    """生成并保存一起报道的参阅件稿件（研判、建议用 drafts notes 填写）。

    \b
    示例：
      clippings drafts brief --story 1234 --by 李干事
    """
    from clippings.clusters.pickup import own_source_names
    from clippings.publishing.briefs import BriefError, build_brief
    from clippings.publishing.drafts import create_brief

    user = _user(app, by)
    try:
        brief = build_brief(app.db, story, own_sources=own_source_names(app.sources), index_dir=app.data.index_dir)
    except BriefError as exc:
        raise click.ClickException(str(exc)) from None
    did = _run(lambda: create_brief(app.db, brief, user, replace=replace))
    click.echo(f"已保存参阅件稿件 {did}：{brief.title}")


@drafts.command("list")
@click.option("--kind", type=click.Choice(sorted(DRAFT_KINDS)), help="monthly（月报）/ brief（参阅件）")
@click.option("--status", type=click.Choice(sorted(BRIEFING_STATUS)), help="按状态筛选")
@pass_app
def list_cmd(app, kind, status):
    """列出月报和参阅件稿件（新的在前）。

    \b
    示例：
      clippings drafts list --status submitted
    """
    from clippings.publishing.drafts import issue_text, listing

    rows = _run(lambda: listing(app.ro_db, kind, status))
    for d in rows:
        click.echo(f"{d['id']}\t{DRAFT_KINDS[d['kind']]}\t{d['title']}\t{BRIEFING_STATUS[d['status']]}\t"
                   f"{issue_text(d) if d['number'] else ''}\t{beijing(d['updated_at'])}")
    click.echo(f"共 {len(rows)} 份。")


@drafts.command("show")
@click.argument("draft_id", type=ID)
@pass_app
def show_cmd(app, draft_id):
    """显示一份稿件及其条目编号（编辑、删除条目时用）。

    \b
    示例：
      clippings drafts show 1
    """
    from clippings.publishing.drafts import get, history, issue_text

    d = _run(lambda: get(app.ro_db, draft_id))
    click.echo(f"{DRAFT_KINDS[d['kind']]}　{d['title']}　{issue_text(d)}　{BRIEFING_STATUS[d['status']]}"
               + (f"（退回意见：{d['return_comment']}）" if d["status"] == "draft" and d["return_comment"] else ""))
    for e in d["entries"]:
        click.echo(f"  条目 {e['id']}\t{MONTHLY_COLUMNS.get(e['column_key'], e['column_key'])}\t{e['origin']}\t{e['title']}")
    if d["kind"] == "brief":
        click.echo(f"研判：{d['judgement'] or '（未填写）'}\n建议：{d['suggestion'] or '（未填写）'}")
    click.echo("流转：")
    for h in history(app.ro_db, draft_id):
        click.echo(f"  {beijing(h['at'])}　{h['username']}　{h['step']}" + (f"：{h['comment']}" if h["comment"] else ""))


@drafts.command("edit-entry")
@click.argument("entry_id", type=ID)
@click.option("--title", required=True, help="标题")
@click.option("--text", "summary", default="", help="标题下的正文（可空）")
@_BY
@pass_app
def edit_entry_cmd(app, entry_id, title, summary, by):
    """编辑月报的一个条目（原标题保留）。

    \b
    示例：
      clippings drafts edit-entry 12 --title "东湖区设置早市疏导点" --text "划定摊位46个。" --by 李干事
    """
    from clippings.publishing.drafts import edit_entry

    _run(lambda: edit_entry(app.db, entry_id, _user(app, by), title, summary))
    click.echo(f"条目 {entry_id} 已修改。")


@drafts.command("remove-entry")
@click.argument("entry_id", type=ID)
@_BY
@pass_app
def remove_entry_cmd(app, entry_id, by):
    """从月报稿件中删除一个条目。

    \b
    示例：
      clippings drafts remove-entry 12 --by 李干事
    """
    from clippings.publishing.drafts import remove_entry

    _run(lambda: remove_entry(app.db, entry_id, _user(app, by)))
    click.echo(f"条目 {entry_id} 已删除。")


@drafts.command("notes")
@click.argument("draft_id", type=ID)
@click.option("--judgement", default="", help="研判")
@click.option("--suggestion", default="", help="建议")
@_BY
@pass_app
def notes_cmd(app, draft_id, judgement, suggestion, by):
    """填写参阅件的研判和建议。

    \b
    示例：
      clippings drafts notes 2 --judgement "关注度仍在上升" --suggestion "督促工地整改并公开回应" --by 李干事
    """
    from clippings.publishing.drafts import set_notes

    _run(lambda: set_notes(app.db, draft_id, _user(app, by), judgement, suggestion))
    click.echo(f"稿件 {draft_id} 的研判、建议已保存。")


def _step(app, draft_id, by, fn_name, word, *extra):
    from clippings.publishing import drafts as core

    user = _user(app, by)
    d = _run(lambda: getattr(core, fn_name)(app.db, draft_id, user, *extra))
    tail = f"，期号 {core.issue_text(d)}" if fn_name == "sign_off" else ""
    click.echo(f"{DRAFT_KINDS[d['kind']]}“{d['title']}”已由{ROLES.get(user['role'], '')} {by} {word}{tail}。")


@drafts.command("submit")
@click.argument("draft_id", type=ID)
@_BY
@pass_app
def submit_cmd(app, draft_id, by):
    """送审（宣传干事）。

    \b
    示例：
      clippings drafts submit 1 --by 李干事
    """
    _step(app, draft_id, by, "submit", "送审")


@drafts.command("review")
@click.argument("draft_id", type=ID)
@_BY
@pass_app
def review_cmd(app, draft_id, by):
    """审核（科长）。

    \b
    示例：
      clippings drafts review 1 --by 赵科长
    """
    _step(app, draft_id, by, "review", "审核")


@drafts.command("return")
@click.argument("draft_id", type=ID)
@click.option("--comment", required=True, help="退回意见")
@_BY
@pass_app
def return_cmd(app, draft_id, comment, by):
    """退回修改（科长退回待审核的，领导退回待审核或待签发的）。

    \b
    示例：
      clippings drafts return 1 --comment "县区动态再补两条" --by 赵科长
    """
    _step(app, draft_id, by, "return_draft", "退回", comment)


@drafts.command("sign")
@click.argument("draft_id", type=ID)
@_BY
@pass_app
def sign_cmd(app, draft_id, by):
    """签发（领导）；此时给出期号（当年同类稿件的下一期）。

    \b
    示例：
      clippings drafts sign 1 --by 张局长
    """
    _step(app, draft_id, by, "sign_off", "签发")


@drafts.command("docx")
@click.argument("draft_id", type=ID)
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), help="输出的 .docx")
@pass_app
def docx_cmd(app, draft_id, out_path):
    """把稿件写成 .docx（签发后带期号）。

    \b
    示例：
      clippings drafts docx 1 --out 月报.docx
    """
    from clippings.publishing import drafts as core

    d = _run(lambda: core.get(app.ro_db, draft_id))
    out = out_path or app.data.output_dir / f"{DRAFT_KINDS[d['kind']]}-{d['subject']}-{d['id']}.docx"
    core.render_draft(d, app.profile.short_name, out)
    click.echo(f"已生成：{out}")

