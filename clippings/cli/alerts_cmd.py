"""Commands: watch, alerts list | show | ack | assign | step | close | orders."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from clippings.cli import cli, pass_app
from clippings.vocabulary import ALERT_CLOSE_REASONS, ALERT_GRADES, ALERT_STATES, NOTIFY_PURPOSES, ORDER_OVERDUE, \
    ORDER_STATES, beijing

ALERTS_OPTION = click.option("--alerts", "alerts_file", type=click.Path(dir_okay=False), envvar="CLIPPINGS_ALERTS",
                             help="预警配置文件（默认 config/alerts.toml）")


def _config(app, alerts_file):
    from clippings.alerts.service import load

    return load(app.profile_path, alerts_file)


def _wrap(fn, *args, **kwargs):
    from clippings.alerts.orders import OrderError
    from clippings.alerts.service import AlertError

    try:
        return fn(*args, **kwargs)
    except (AlertError, OrderError) as exc:
        raise click.ClickException(str(exc))


@cli.command()
@ALERTS_OPTION
@click.option("--rounds", type=int, default=None, help="抓取若干轮后退出（默认一直运行）")
@click.option("--minute-seconds", type=float, default=60.0, show_default=True,
              help="间隔中的一分钟按多少秒计（演示、测试加速用）")
@click.option("--set", "settings", multiple=True, metavar="KEY=VALUE", help="覆盖 Scrapy 设置")
@pass_app
def watch(app, alerts_file, rounds, minute_seconds, settings):
    """持续监测：按各信息源的 interval_minutes 轮流抓取，每轮只处理新内容
    （研判 → 转载归并 → 索引 → 预警规则 → 推送）。Ctrl+C 或 SIGTERM 在当前页面处理完后退出。

    \b
    示例：
      clippings watch
      clippings watch --rounds 1
    """
    from clippings.runlock import Locked
    from clippings.watch import Stop, run_watch

    app.data.ensure()
    app.profile
    _config(app, alerts_file)       # a broken alerts.toml at start: say so and do not start
    stop = Stop()
    stop.install()
    try:
        run_watch(app, lambda: _config(app, alerts_file), stop, minute_seconds=minute_seconds, rounds=rounds, crawl_settings=list(settings),
                  report=lambda line: click.echo(f"[{beijing(_now(), seconds=True)}] {line}", err=True))
    except Locked as exc:
        raise click.ClickException(str(exc))


def _now():
    from clippings.timeutil import now

    return now()


@cli.group()
def alerts():
    """预警与处置：查看预警、确认、派发处置单、记录处置进展、关闭。"""


@alerts.command("list")
@ALERTS_OPTION
@click.option("--all", "include_closed", is_flag=True, help="包括已关闭的预警")
@pass_app
def alerts_list(app, alerts_file, include_closed):
    """列出未关闭的预警（重大在前，新的在前），含推送状态。

    \b
    示例：
      clippings alerts list
    """
    from clippings.alerts.service import list_open

    rows = list_open(app.db, _config(app, alerts_file), include_closed)
    table = Table(title=f"预警（{len(rows)} 条）")
    for col in ("编号", "敏感度", "状态", "标题", "来源", "转载", "发现时间", "推送"):
        table.add_column(col)
    for r in rows:
        d = r["delivery"]
        push = f"已送达 {d['sent']}"
        if d["waiting"]:
            push += f"，待发送 {d['waiting']}"
        if d["failing"]:
            push += f"，发送失败 {d['failing']}（{', '.join(d['failed_channels'])}）"
        table.add_row(str(r["id"]), ALERT_GRADES[r["grade"]], ALERT_STATES[r["state"]], r["title"] or "",
                      r["source_title"] or "", str(r["outlets"]), beijing(r["created_at"]), push)
    Console().print(table)


@alerts.command("show")
@ALERTS_OPTION
@click.argument("alert_id", type=int)
@pass_app
def alerts_show(app, alerts_file, alert_id):
    """显示一条预警：定级理由、各家转载、推送记录、处置单。

    \b
    示例：
      clippings alerts show 1
    """
    from clippings.alerts.service import detail

    a = _wrap(detail, app.db, _config(app, alerts_file), alert_id)
    click.echo(f"预警 #{a['id']}  【{ALERT_GRADES[a['grade']]}】{a['title']}")
    click.echo(f"状态：{ALERT_STATES[a['state']]}" + (f"（{ALERT_CLOSE_REASONS.get(a['close_reason'], a['close_reason'])}）"
                                                 if a["close_reason"] else ""))
    click.echo(f"来源：{a['source_title']}  时间：{beijing(a['published_at'])}  区域：{a['district'] or '—'}"
               f"  转载媒体：{a['outlets']} 家")
    click.echo(f"定级理由：{'；'.join(a['reasons'])}")
    click.echo(f"回应时限：{a['deadline']}")
    for it in a["items"]:
        click.echo(f"  · {beijing(it['published_at'])} {it['source_title']}：{it['title']}")
    for n in a["notifications"]:
        state = "已送达" if n["state"] == "sent" else ("发送失败（重试中）" if n["attempts"] else "待发送")
        click.echo(f"  推送 {n['channel']} {NOTIFY_PURPOSES[n['purpose']]}·{ALERT_GRADES[n['grade']]}：{state}"
                   + (f"  {n['last_error']}" if n["last_error"] and n["state"] != "sent" else ""))
    for o in a["orders"]:
        flag = f" {ORDER_OVERDUE}" if o["overdue"] else ""
        click.echo(f"  处置单 #{o['id']} {o['unit']} {ORDER_STATES[o['state']]}{flag}  回应时限 {beijing(o['respond_due'])}")
        for e in o["events"]:
            click.echo(f"    {beijing(e['at'])} {e['by']} → {ORDER_STATES[e['to_state']]} {e['note'] or ''}")


@alerts.command("ack")
@click.argument("alert_id", type=int)
@click.option("--by", default="cli", show_default=True, help="操作人")
@pass_app
def alerts_ack(app, alert_id, by):
    """确认预警（已知悉）。

    \b
    示例：
      clippings alerts ack 1 --by 张三
    """
    from clippings.alerts.service import ack

    _wrap(ack, app.db, alert_id, by)
    click.echo(f"预警 #{alert_id} 已确认。")


@alerts.command("assign")
@ALERTS_OPTION
@click.argument("alert_id", type=int)
@click.argument("unit")
@click.option("--by", default="cli", show_default=True, help="操作人")
@click.option("--note", default=None, help="派发说明")
@pass_app
def alerts_assign(app, alerts_file, alert_id, unit, by, note):
    """把预警派发给责任单位，按敏感度设定处置时限。

    \b
    示例：
      clippings alerts assign 1 东湖区大队 --note 请核实并回应
    """
    from clippings.alerts.orders import assign

    order_id = _wrap(assign, app.db, _config(app, alerts_file), alert_id, unit, by, note)
    click.echo(f"已派发处置单 #{order_id} 给 {unit}。")


@alerts.command("step")
@click.argument("order_id", type=int)
@click.argument("state", type=click.Choice(["working", "responded", "done", "declined"]))
@click.option("--by", default="cli", show_default=True, help="操作人")
@click.option("--note", default=None, help="说明：回应内容、通报链接，或不予处置的理由")
@pass_app
def alerts_step(app, order_id, state, by, note):
    """记录处置进展：working 处置中 / responded 已回应 / done 已办结 / declined 不予处置（须填理由）。

    \b
    示例：
      clippings alerts step 1 responded --note http://example/tongbao.html
    """
    from clippings.alerts.orders import step

    _wrap(step, app.db, order_id, state, by, note)
    click.echo(f"处置单 #{order_id}：{ORDER_STATES[state]}。")


@alerts.command("close")
@click.argument("alert_id", type=int)
@click.option("--irrelevant", is_flag=True, help="标记为无关（后续转载不再推送）")
@click.option("--by", default="cli", show_default=True, help="操作人")
@click.option("--note", default=None)
@pass_app
def alerts_close(app, alert_id, irrelevant, by, note):
    """关闭预警。

    \b
    示例：
      clippings alerts close 1 --irrelevant
    """
    from clippings.alerts.service import close

    _wrap(close, app.db, alert_id, by, "irrelevant" if irrelevant else "manual", note)
    click.echo(f"预警 #{alert_id} 已关闭。")


@alerts.command("orders")
@click.option("--unit", default=None, help="只看某个责任单位")
@pass_app
def alerts_orders(app, unit):
    """列出未办结的处置单（超时的在前）。

    \b
    示例：
      clippings alerts orders --unit 东湖区大队
    """
    from clippings.alerts.orders import orders

    for o in orders(app.db, unit):
        flag = f"【{ORDER_OVERDUE}】" if o["overdue"] else ""
        click.echo(f"#{o['id']} {flag}{o['unit']} {ORDER_STATES[o['state']]} 时限 {beijing(o['respond_due'])}"
                   f"  预警 #{o['alert_id']} {o['alert_title']}")
