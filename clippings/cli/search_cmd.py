"""Commands: search (query the index) and index (bring it up to date, or --rebuild)."""

from __future__ import annotations

import os
import sys

import click

from clippings.cli import cli, pass_app
from clippings.paths import DataDir


class SearchError(click.ClickException):
    """A user mistake: printed as a plain Chinese message (no English prefix, no traceback)."""

    def show(self, file=None) -> None:
        click.echo(f"错误：{self.format_message()}", err=True)


def _multi(values) -> tuple[str, ...]:
    """--source a --source b, or --source a,b (also the Chinese comma)."""
    out = []
    for v in values or ():
        out += [p.strip() for p in v.replace("，", ",").split(",") if p.strip()]
    return tuple(out)


@cli.command("search")
@click.argument("query", required=False, default="")
@click.option("--since", help="起始日期（含），如 2026-11-01")
@click.option("--until", help="截止日期（含），如 2026-11-30")
@click.option("--source", multiple=True, help="来源（信息源名称或网站名，可多次给出或用逗号分隔）")
@click.option("--kind", multiple=True, help="类型：news（新闻）、forum（论坛）或 complaint（留言）")
@click.option("--sentiment", multiple=True, help="倾向：negative/负面、neutral/中性、positive/正面")
@click.option("--topic", multiple=True, help="话题，如 占道经营")
@click.option("--district", multiple=True, help="区县，如 东湖区")
@click.option("--sort", type=click.Choice(["relevance", "newest"]), default="relevance", show_default=True,
              help="排序：relevance 相关度，newest 最新发布在前")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="每页条数")
@click.option("--page", type=click.IntRange(1), default=1, show_default=True, help="第几页")
@click.option("--collapse", is_flag=True, help="同一事件的转载只显示一条（注明另有几家媒体转载）")
@click.option("--unanswered", "unanswered_days", type=click.IntRange(1, 3650), metavar="天数",
              help="只检索超过这么多天仍未回复的留言")
@click.option("--count", "count_only", is_flag=True, help="只输出命中条数")
@click.option("--json", "as_json", is_flag=True, help="JSON 输出，每条结果一行")
@click.option("--csv", "as_csv", is_flag=True, help="CSV 输出（UTF-8 带 BOM，Excel 可直接打开）")
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="写入文件而不是屏幕")
@click.option("--data-dir", "data_dir", type=click.Path(file_okay=False), help="数据目录（同全局 --data-dir）")
@pass_app
def search_command(app, query, since, until, source, kind, sentiment, topic, district, sort, limit, page,
                   collapse, unanswered_days, count_only, as_json, as_csv, output, data_dir):
    """全文检索稿件：词语、"短语"、AND / OR / NOT、字段:值、括号。

    字段：标题、正文、来源、类型、倾向、话题、区县（或 title、text、source…）。
    同义词（如 城管 ⇄ 城市管理 ⇄ 综合执法）自动扩展；加引号的短语按原样匹配。

    \b
    示例：
      clippings search 暴力执法
      clippings search '"占道经营"' --since 2026-11-01 --district 东湖区
      clippings search '渣土车 AND 夜间 NOT 标题:招聘' --sort newest --limit 50
      clippings search '倾向:负面 城管' --collapse --csv -o 负面稿件.csv
      clippings search --unanswered 7 --district 东湖区
    """
    from indexer.output import csv_bytes, json_lines, print_table
    from indexer.search import IndexMissing, QueryError, search

    data = DataDir.resolve(data_dir) if data_dir else app.data
    if as_json and as_csv:
        raise SearchError("--json 和 --csv 只能选一个")
    ids, kinds = None, _multi(kind)
    if unanswered_days:
        from clippings.archive import ArchiveError, complaints, open_archive

        try:
            db = open_archive(data.db_path, read_only=True)
        except ArchiveError as exc:
            raise SearchError(str(exc)) from None
        ids, kinds = complaints.unanswered_ids(db, unanswered_days), ("complaint",)
        db.conn.close()
    try:
        result = search(data.index_dir, query, since=since, until=until, sources=_multi(source),
                        kinds=kinds, ids=ids, sentiments=_multi(sentiment), topics=_multi(topic),
                        districts=_multi(district), sort=sort, page=page, per_page=limit, collapse=collapse,
                        facets=not (as_json or as_csv or count_only), highlight=not count_only)
    except (QueryError, IndexMissing) as exc:
        raise SearchError(str(exc)) from None
    if count_only:
        click.echo(result.total)
        return
    if as_csv or as_json:
        payload = csv_bytes(result) if as_csv else json_lines(result).encode("utf-8")
        if output:
            with open(output, "wb") as fh:
                fh.write(payload)
            click.echo(f"已写入 {len(result.hits)} 条到 {output}", err=True)
        else:
            sys.stdout.flush()
            sys.stdout.buffer.write(payload)
            sys.stdout.flush()
        return
    if output:
        from rich.console import Console

        with open(output, "w", encoding="utf-8") as fh:
            print_table(result, Console(file=fh, width=160))
        return
    print_table(result)


@cli.command("index")
@click.option("--rebuild", is_flag=True, help="从头重建索引（在新目录中建好后原子切换，检索不中断）")
@click.option("--procs", type=click.IntRange(1, 16), default=None,
              help="重建时使用的进程数（默认：CPU 核数，最多 4）")
@pass_app
def index_command(app, rebuild, procs):
    """更新全文检索索引：只处理上次以来新增、修改、删除的稿件。

    首次运行或加 --rebuild 时从头建立。索引位于 数据目录/index。

    \b
    示例：
      clippings index
      clippings index --rebuild
    """
    from indexer.build import update_index

    if procs is None:
        procs = max(1, min(4, os.cpu_count() or 1))
    stats = update_index(app.db, app.data.index_dir, user_words=app.profile.user_words(),
                         synonyms=app.profile.synonyms, rebuild=rebuild, procs=procs)
    click.echo(f"{stats}（用时 {stats.seconds:.1f} 秒）")
