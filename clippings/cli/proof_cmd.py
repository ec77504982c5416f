"""Command: evidence (证据包)."""

from __future__ import annotations

from pathlib import Path

import click

from clippings.cli import cli, pass_app


@cli.command("evidence")
@click.argument("clipping_id", type=click.IntRange(1, 2**63 - 1))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="输出目录（新建或空目录）")
@click.option("--no-render", is_flag=True, help="不生成页面渲染（PDF/PNG）")
@pass_app
def evidence(app, clipping_id, out_dir, no_render):
    """制作一条信息的证据包：原始 WARC 记录、离线页面渲染（PDF/PNG）、带 SHA-256 的清单和说明。

    原网页被删除或修改后，证据包仍能证明抓取时的内容、网址和时间，且可校验未被改动。

    \b
    示例：
      clippings evidence 42 --out 证据包-42
      cd 证据包-42 && sha256sum -c SHA256SUMS
    """
    from clippings.proof.package import EvidenceMissing, build_package

    try:
        pkg = build_package(app.db, app.data, clipping_id, out_dir, render=not no_render)
    except (EvidenceMissing, FileExistsError) as exc:
        raise click.ClickException(str(exc))
    click.echo(f"证据包已生成：{out_dir}（{len(pkg.files) + 3} 个文件）")
    if not pkg.rendered and not no_render:
        click.echo(f"注意：{pkg.note}", err=True)
    for name, digest in pkg.files.items():
        click.echo(f"  {digest[:16]}…  {name}")
