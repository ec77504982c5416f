"""Commands: tag (new/changed clippings, --all, --retrain), retag (a staff correction), corrections."""

from __future__ import annotations

import click

from clippings.cli import ID, cli, pass_app

from clippings.vocabulary import SENTIMENT as LABEL_ZH


def _pct(value: float) -> str:
    return f"{value * 100:.1f}%"


@cli.command("tag")
@click.option("--all", "retag_all", is_flag=True, help="全部重新研判（人工更正过的字段保持不变）")
@click.option("--retrain", is_flag=True, help="用训练样例和全部人工更正重新训练模型，并报告交叉验证结果")
@pass_app
def tag_command(app, retag_all, retrain):
    """研判情感（正面/负面/中性）、话题和所涉区县。

    默认只处理新入库或内容有变化的稿件；人工更正过的字段不会被自动研判覆盖。

    \b
    示例：
      clippings tag
      clippings tag --all
      clippings tag --retrain
    """
    if retrain:
        from clippings.tagger import retrain as do_retrain

        report = do_retrain(app.db, app.profile, app.data.models_dir)
        cv = report["cv"]
        click.echo(f"已重新训练：样例 {report['examples']} 条（其中人工更正 {report['corrections']} 条），"
                   f"模型保存在 {report['model_path']}")
        click.echo(f"{cv['folds']} 折交叉验证（{cv['examples']} 条）：")
        click.echo("  方法      准确率   宏平均F1   负面精确率  负面召回率")
        for key, name in (("rules", "规则    "), ("model", "模型    "), ("combined", "规则+模型")):
            m = cv[key]
            click.echo(f"  {name}  {_pct(m['accuracy']):>7}  {_pct(m['macro_f1']):>8}  "
                       f"{_pct(m['negative_precision']):>9}  {_pct(m['negative_recall']):>9}")
        click.echo("提示：运行 clippings tag --all 用新模型重新研判全部稿件。")
        return
    from clippings.tagger import tag_archive

    counts = tag_archive(app.db, app.profile, retag_all=retag_all, models_dir=app.data.models_dir)
    if not counts["tagged"]:
        click.echo("没有需要研判的稿件。")
        return
    click.echo(f"已研判 {counts['tagged']} 条：正面 {counts['positive']}，负面 {counts['negative']}，"
               f"中性 {counts['neutral']}；保留人工更正的情感 {counts['kept_sentiment']} 条。")


def _district_of(profile, value: str) -> str:
    from clippings.inputs import InputError, correction_district

    try:
        return correction_district(profile, value)
    except InputError as exc:
        raise click.ClickException(str(exc)) from None


@cli.command("retag")
@click.argument("clipping_id", type=ID)
@click.argument("label", required=False)
@click.option("--by", "by", required=True, help="更正人姓名（必填）")
@click.option("--note", default=None, help="更正说明")
@click.option("--topics", default=None, help="更正话题，逗号分隔（如 占道经营,违停）；传空字符串清空")
@click.option("--district", default=None, help="更正所属区县（可写区县名、简称或街道名）")
@click.option("--only-this", is_flag=True, help="仅更正本条（默认同一报道的各家转载一并更正）")
@pass_app
def retag_command(app, clipping_id, label, by, note, topics, district, only_this):
    """人工更正一条稿件的情感、话题或区县。更正记录更正人、时间、原值和新值，
    以后的自动研判不会覆盖；重新训练（clippings tag --retrain）时作为样例使用。
    更正默认作用于整个报道（同一转载组的各条，以及以后加入的转载），单独更正过的转载保留其更正；
    --only-this 只更正这一条。

    LABEL 为 positive / negative / neutral（或 正面 / 负面 / 中性）。

    \b
    示例：
      clippings retag 1024 negative --by 张敏 --note "摊主指控执法粗暴"
      clippings retag 1024 --by 张敏 --topics 占道经营,执法形象 --district 鼓楼街道
    """
    from clippings.tagger import CorrectionError, correct

    topic_list = None
    if topics is not None:
        from clippings.inputs import InputError, correction_topics

        try:
            topic_list = correction_topics(app.profile, topics.replace("，", ",").split(","))
        except InputError as exc:
            raise click.ClickException(str(exc)) from None
    district_name = _district_of(app.profile, district.strip()) if district else None
    try:
        changed = correct(app.db, clipping_id, sentiment=label, topics=topic_list, district=district_name, by=by,
                          note=note, story=not only_this)
    except CorrectionError as exc:
        raise click.ClickException(str(exc)) from None
    done = []
    if label:
        from clippings.tagger.workflow import normalise_label

        done.append(f"情感 → {LABEL_ZH[normalise_label(label)]}")
    if topic_list is not None:
        done.append(f"话题 → {'、'.join(topic_list) or '（无）'}")
    if district_name:
        done.append(f"区县 → {district_name}")
    also = f"，同一报道的另外 {len(changed) - 1} 条一并更正" if len(changed) > 1 else ""
    click.echo(f"已更正稿件 {clipping_id}：{'；'.join(done)}（更正人 {by}{also}）。")


def _topics_text(value: str | None) -> str:
    import json

    try:
        items = json.loads(value) if value else []
    except ValueError:
        return value or ""
    return "、".join(items) if isinstance(items, list) and items else "（无）"


@cli.command("corrections")
@click.argument("clipping_id", type=ID, required=False)
@click.option("--limit", default=50, show_default=True, help="最多显示多少条")
@pass_app
def corrections_command(app, clipping_id, limit):
    """列出人工更正记录（最新的在前）。

    \b
    示例：
      clippings corrections
      clippings corrections 1024
    """
    from clippings.archive.tags import list_corrections

    rows = list_corrections(app.ro_db, clipping_id, limit)
    if not rows:
        click.echo("没有更正记录。")
        return
    names = {"sentiment": "情感", "topics": "话题", "district": "区县"}
    for r in rows:
        old, new = r["old_value"], r["new_value"]
        if r["field"] == "sentiment":
            old, new = LABEL_ZH.get(old, old or "未研判"), LABEL_ZH.get(new, new)
        elif r["field"] == "topics":
            old, new = _topics_text(old), _topics_text(new)
        note = f"  说明：{r['note']}" if r["note"] else ""
        click.echo(f"[{r['at'][:16].replace('T', ' ')}] 稿件 {r['clipping_id']}《{(r['title'] or '')[:30]}》"
                   f" {names.get(r['field'], r['field'])}：{old or '（空）'} → {new}  更正人：{r['by']}{note}")
