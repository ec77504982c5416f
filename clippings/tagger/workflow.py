"""Tagging the archive, staff corrections and retraining: the operations the CLI and the web app
call. Automatic tagging never overwrites a field a staff member corrected.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path

from clippings.archive import tags as tag_sql, transaction
from clippings.tagger.core import Tagger
from clippings.tagger.model import LABELS, Example, load_examples
from clippings.tagger.training import (CORRECTION_WEIGHT, RETRAINED_NAME, base_key, cross_validate,
                                       default_models_dir, featurize, forget_cached, train_model)
from clippings.timeutil import now, to_iso

log = logging.getLogger(__name__)

LABEL_ALIASES = {"正面": "positive", "负面": "negative", "中性": "neutral", "pos": "positive", "neg": "negative",
                 "neu": "neutral"}


class CorrectionError(ValueError):
    """A correction that cannot be applied (unknown clipping, bad label, missing name)."""


def normalise_label(value: str) -> str:
    label = LABEL_ALIASES.get(value.strip(), value.strip().lower())
    if label not in LABELS:
        raise CorrectionError(f"情感标签应为 positive/negative/neutral（或 正面/负面/中性），实际为 {value!r}")
    return label


def tag_archive(db, profile, *, retag_all: bool = False, models_dir: str | Path | None = None,
                tagger: Tagger | None = None, batch: int = 500) -> dict:
    """Tag new and changed clippings (every clipping with ``retag_all``). Returns counts."""
    tagger = tagger or Tagger(profile, models_dir=models_dir)
    ids = tag_sql.ids_to_tag(db, retag_all)
    protected = tag_sql.corrected_fields(db, ids)
    counts: Counter = Counter()
    stamp = to_iso(now())
    for start in range(0, len(ids), batch):
        rows = list(tag_sql.tag_inputs(db, ids[start:start + batch]))
        with transaction(db):
            for row in rows:
                t = tagger.tag(row["title"] or "", row["text"] or "")
                values = {
                    "sentiment": t.label,
                    "sentiment_score": t.score,
                    "sentiment_evidence": t.evidence,
                    "topics": t.topics,
                    "districts": t.districts,
                }
                if t.districts:
                    values["district"] = t.districts[0]
                kept = protected.get(row["id"], set())
                tag_sql.write_auto_tags(db, row["id"], values, kept, row["tag_key"], stamp)
                counts["tagged"] += 1
                counts["kept_corrections"] += len(kept)
                counts[("sentiment", "kept") if "sentiment" in kept else ("sentiment", t.label)] += 1
    sentiments = {label: counts.get(("sentiment", label), 0) for label in LABELS}
    return {"tagged": counts["tagged"], "kept_corrections": counts["kept_corrections"],
            "kept_sentiment": counts.get(("sentiment", "kept"), 0), **sentiments}


def correct(db, clipping_id: int, *, sentiment: str | None = None, topics: list[str] | None = None,
            district: str | None = None, by: str, note: str | None = None, story: bool = True) -> list[int]:
    """Apply a staff correction: stored with who/when/old/new; automatic tagging never overwrites it.

    By default it applies to the whole story (every repost in the clipping's cluster, and reposts that
    join it later), except members corrected on their own; ``story=False`` corrects this item alone
    (an explicit override, shown as such). Returns the ids changed."""
    if not by or not by.strip():
        raise CorrectionError("请用 --by 注明更正人")
    if sentiment is None and topics is None and district is None:
        raise CorrectionError("没有要更正的内容（情感、话题或区县）")
    if tag_sql.current_values(db, clipping_id) is None:
        raise CorrectionError(f"找不到编号为 {clipping_id} 的稿件")
    values = {}
    if sentiment is not None:
        values["sentiment"] = normalise_label(sentiment)
    if topics is not None:
        values["topics"] = json.dumps([t.strip() for t in topics if t and t.strip()], ensure_ascii=False)
    if district is not None:
        values["district"] = district.strip()
    stamp, by = to_iso(now()), by.strip()
    changed: set[int] = set()
    with transaction(db):
        members = tag_sql.story_members(db, clipping_id) if story else [clipping_id]
        for field, value in values.items():
            keep_own = tag_sql.item_overrides(db, [m for m in members if m != clipping_id], field)
            for member in members:
                if member != clipping_id and member in keep_own:
                    continue
                current = tag_sql.current_values(db, member)
                member_note = note if member == clipping_id else f"随同一报道（第{clipping_id}条）更正" + (
                    f"：{note}" if note else "")
                tag_sql.record_correction(db, member, field, current[field], value, by, member_note, stamp,
                                          scope="story" if story else "item",
                                          story_of=clipping_id if story else None)
                changed.add(member)
    return sorted(changed)


def inherit_story_corrections(db) -> int:
    """Reposts that joined a corrected story after the correction take it over (idempotent; run after
    clustering). Returns how many corrections were applied."""
    pending = tag_sql.uninherited_story_corrections(db)
    if not pending:
        return 0
    stamp = to_iso(now())
    with transaction(db):
        for p in pending:
            tag_sql.record_correction(db, p["clipping_id"], p["field"], p["old_value"], p["new_value"], p["by"],
                                      f"随同一报道（第{p['story_of']}条）更正" + (f"：{p['note']}" if p["note"] else ""),
                                      stamp, scope="story", story_of=p["story_of"])
    return len(pending)


def training_examples(db) -> tuple[list[Example], int]:
    """The written examples plus every staff sentiment correction (weighted higher)."""
    examples = load_examples()
    corrections = [Example(r["title"] or "", r["text"] or "", r["label"], CORRECTION_WEIGHT, "staff")
                   for r in tag_sql.sentiment_corrections_for_training(db) if r["label"] in LABELS]
    return examples + corrections, len(corrections)


def retrain(db, profile, models_dir: str | Path | None = None) -> dict:
    """Retrain the model on config/sentiment/train.jsonl and every staff correction; report
    cross-validated accuracy, macro-F1 and negative precision/recall (rules, model, combined)."""
    tagger = Tagger(profile, use_model=False)
    examples, n_corrections = training_examples(db)
    feats = featurize(examples, tagger.segmenter, tagger.rules)
    report = cross_validate(examples, tagger.segmenter, tagger.rules, feats=feats)
    models_dir = Path(models_dir) if models_dir else default_models_dir()
    stamp = to_iso(now())
    meta = {"base_key": base_key(tagger.rules), "examples": len(examples), "corrections": n_corrections,
            "trained_at": stamp, "cv": report}
    model = train_model(examples, tagger.segmenter, tagger.rules, meta=meta, feats=feats)
    path = models_dir / RETRAINED_NAME
    model.save(path)
    forget_cached()
    from clippings import tagger as package

    package.reset_default()
    return {"examples": len(examples), "corrections": n_corrections, "trained_at": stamp,
            "model_path": str(path), "cv": report}
