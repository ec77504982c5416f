"""Commands: serve (the office web app under waitress) and user (accounts for it)."""

from __future__ import annotations

import os

import sys

import click

from clippings.cli import cli, pass_app

ROLE_CHOICE = click.Choice(["admin", "staff", "reviewer", "leader", "reporter"])


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="监听地址（对办公网开放时用本机内网地址）")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="端口（0 为任选空闲端口）")
@click.option("--workers", default=min(4, os.cpu_count() or 1), show_default="CPU 核数，最多 4", type=click.IntRange(1, 16),
              help="服务进程数（多核服务器上可设为核数以提高并发）")
@click.option("--threads", default=4, show_default=True, type=click.IntRange(1, 64), help="每个进程的工作线程数")
@pass_app
def serve(app, host, port, workers, threads):
    """启动网页版（检索、信息详情、网媒快讯、态势、信息源），使用 waitress 服务。

    首次使用须先创建管理员账号；没有管理员时拒绝启动并提示创建方法。

    \b
    示例：
      clippings user add 王管理 --role admin
      clippings serve
      clippings serve --host 192.168.1.20 --port 8080
    """
    from clippings.accounts import has_admin
    from clippings.web import create_app
    from clippings.web.security import load_secret_key
    from clippings.web.serving import bind, serve_workers

    if not app.data.db_path.exists() or not has_admin(app.db):
        raise click.ClickException(
            "尚未创建管理员账号，网页版不能启动。请先运行：\n"
            "  clippings user add 管理员用户名 --role admin\n"
            "（按提示输入密码；或用 --password-stdin 从标准输入读取）")
    load_secret_key(app.data.ensure().root)  # once, before the workers start
    try:
        sock = bind(host, port)
    except OSError as exc:
        raise click.ClickException(f"无法监听 {host}:{port}：{exc}") from None
    app.db.conn.close()  # each worker opens its own connections
    app._db = None
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"网页版已启动：http://{shown}:{sock.getsockname()[1]}/   "
               f"（{workers} 个进程 × {threads} 个线程；Ctrl+C 停止）")
    sys.stdout.flush()
    serve_workers(lambda: create_app(app.data.root, app.sources_path, app.profile_path), sock, threads, workers)


@cli.group()
def user():
    """网页版账号：添加、列出、修改密码、停用/启用。

    角色：admin 管理员（账号、信息源），staff 宣传干事（检索、更正、编排快讯并送审），reviewer 科长（审核、退回），leader 领导（阅览、签发、退回、撤回签发）。

    \b
    示例：
      clippings user add 王管理 --role admin
      echo '密码至少八位' | clippings user add 李干事 --role staff --password-stdin
      clippings user list
    """


def _read_password(password_stdin: bool) -> str:
    if password_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    return click.prompt("密码", hide_input=True, confirmation_prompt="再次输入密码")


@user.command("add")
@click.argument("name")
@click.option("--role", type=ROLE_CHOICE, required=True,
              help="角色：admin / staff / reviewer（科长）/ leader / reporter（信息员）")
@click.option("--unit", default=None, help="信息员所属区县或单位（reporter 必填）")
@click.option("--password-stdin", is_flag=True, help="从标准输入读取密码（一行）")
@pass_app
def user_add(app, name, role, unit, password_stdin):
    """添加网页版账号（密码以 argon2 加盐慢哈希保存）。

    \b
    示例：
      clippings user add 王管理 --role admin
      clippings user add 张科长 --role reviewer --password-stdin < 密码.txt
      clippings user add 钱信息员 --role reporter --unit 东湖区城管执法大队
    """
    from clippings.accounts import ROLES, AccountError, create_user

    try:
        create_user(app.create_db(), name, role, _read_password(password_stdin), by="cli", unit=unit)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"已添加用户 {name}（{ROLES[role]}）。")


@user.command("list")
@pass_app
def user_list(app):
    """列出网页版账号。

    \b
    示例：
      clippings user list
    """
    from clippings.accounts import ROLES, list_users

    rows = list_users(app.ro_db)
    if not rows:
        click.echo("尚无账号。创建管理员：clippings user add 管理员用户名 --role admin")
    for u in rows:
        state = "正常" if u["active"] else "已停用"
        click.echo(f"{u['username']}\t{ROLES.get(u['role'], u['role'])}\t{state}\t最近登录 {u['last_login_at'] or '—'}")


@user.command("passwd")
@click.argument("name")
@click.option("--password-stdin", is_flag=True, help="从标准输入读取新密码（一行）")
@pass_app
def user_passwd(app, name, password_stdin):
    """修改账号密码。

    \b
    示例：
      clippings user passwd 李干事
    """
    from clippings.accounts import AccountError, set_password

    try:
        set_password(app.db, name, _read_password(password_stdin), by="cli")
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"已修改 {name} 的密码。")


@user.command("unlock")
@click.argument("name", required=False)
@click.option("--address", help="解除某个客户端地址（IP）的登录锁定")
@pass_app
def user_unlock(app, name, address):
    """解除账号（或 --address 指定的地址）因多次登录失败而产生的临时锁定；记入操作记录。

    \b
    示例：
      clippings user unlock 李干事
      clippings user unlock --address 192.168.1.20
    """
    from clippings import login_throttle

    if bool(name) == bool(address):
        raise click.UsageError("请给出一个用户名，或用 --address 给出一个地址")
    if login_throttle.unlock(app.db, username=name, address=address, by="cli"):
        click.echo(f"已解除 {name or address} 的登录锁定。")
    else:
        click.echo(f"{name or address} 没有登录失败记录，无需解锁。")


@user.command("disable")
@click.argument("name")
@click.option("--enable", is_flag=True, help="重新启用")
@pass_app
def user_disable(app, name, enable):
    """停用（或用 --enable 重新启用）账号；已登录的会话随即失效。

    \b
    示例：
      clippings user disable 李干事
      clippings user disable 李干事 --enable
    """
    from clippings.accounts import AccountError, set_active

    try:
        set_active(app.db, name, enable, by="cli")
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"已{'启用' if enable else '停用'} {name}。")
