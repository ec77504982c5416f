"""Commands: sources pause, sources resume, sources try (信息源管理; core: clippings.sourcedesk)."""

from __future__ import annotations

import click

from clippings.cli import pass_app
from clippings.cli.archive_cmd import sources
from clippings.vocabulary import CRAWL_ERRORS, beijing


def _set_enabled(app, name: str, enabled: bool, by: str) -> None:
    from clippings.archive import open_archive
    from clippings.sourcedesk import editor

    db = open_archive(app.data.db_path) if app.data.db_path.exists() else None
    try:
        source = editor.set_enabled(app.sources_path, name, enabled, by=by, db=db)
    except editor.SourceFormError as exc:
        raise click.ClickException(str(exc))
    click.echo(f"已{'恢复' if enabled else '暂停'}信息源：{source.title}（{source.name}），已写回 {app.sources_path}")


@sources.command("pause")
@click.argument("name")
@click.option("--by", default="cli", show_default=True, help="操作人（记入操作记录）")
@pass_app
def sources_pause(app, name, by):
    """暂停一个信息源（enabled = false，配置文件中的注释保持不变）。

    \b
    示例：
      clippings sources pause jzol-rss --by 王管理
    """
    _set_enabled(app, name, False, by)


@sources.command("resume")
@click.argument("name")
@click.option("--by", default="cli", show_default=True, help="操作人（记入操作记录）")
@pass_app
def sources_resume(app, name, by):
    """恢复一个已暂停的信息源。

    \b
    示例：
      clippings sources resume jzol-rss
    """
    _set_enabled(app, name, True, by)


@sources.command("try")
@click.argument("name")
@click.option("--pages", default=12, show_default=True, type=click.IntRange(1, 200), help="最多抓取页数")
@pass_app
def sources_try(app, name, pages):
    """试抓取：按配置抓取几页，列出会收录的稿件和抽取结果，不存入归档。

    \b
    示例：
      clippings sources try jzrb --pages 8
    """
    from clippings.sourcedesk import editor
    from clippings.sourcedesk.trial import try_source

    block = next((b for b in editor.raw_blocks(app.sources_path) if b.get("name") == name), None)
    if block is None:
        raise click.ClickException(f"没有名为 {name} 的信息源")
    result = try_source(block, app.profile_path, pages=pages)
    if result.failed:
        raise click.ClickException(result.failed)
    click.echo(f"抓取 {result.pages_fetched} 页，用时 {result.seconds:.1f} 秒；涉及本局 {result.kept} 条，无关 {result.irrelevant} 条")
    if result.errors:
        click.echo("错误：" + "，".join(f"{CRAWL_ERRORS.get(k, k)} {v}" for k, v in result.errors.items()))
    for item in result.items:
        when = beijing(item.published_at) if item.published_at else "时间未识别"
        click.echo(f"- {item.title}｜{when}｜{item.author or '作者不详'}\n  {item.url}\n  {item.excerpt[:60]}")
