"""Training the learned component: the shipped model (trained once from config/sentiment/train.jsonl
and cached in the data directory's models folder) and retraining on staff corrections, with
cross-validated figures for the combined tagger (rules + model) so staff can see what changed.
"""

from __future__ import annotations

import logging
import random
from pathlib import Path

from clippings.tagger.model import (LABELS, MODEL_VERSION, TRAIN_FILE, Example, SentimentModel, fit,
                                    load_examples, token_features, train_fingerprint)

log = logging.getLogger(__name__)

RETRAINED_NAME = "sentiment-retrained.pkl"
CORRECTION_WEIGHT = 5.0          # a staff correction counts as much as five written examples
_memory: dict[str, SentimentModel] = {}


def default_models_dir() -> Path:
    from clippings.paths import DataDir

    return DataDir.resolve().models_dir


def base_key(rules) -> str:
    return f"{train_fingerprint()}-{rules.lex.fingerprint}-v{MODEL_VERSION}"


def featurize(examples: list[Example], segmenter, rules) -> list[dict[str, float]]:
    out = []
    for ex in examples:
        result = rules.score(ex.title, ex.text)
        out.append(token_features(segmenter, ex.title, ex.text, result.flags))
    return out


def train_model(examples: list[Example], segmenter, rules, meta: dict | None = None,
                feats: list[dict[str, float]] | None = None) -> SentimentModel:
    feats = feats if feats is not None else featurize(examples, segmenter, rules)
    return fit(feats, [e.label for e in examples], [e.weight for e in examples], meta=meta)


def ensure_model(segmenter, rules, models_dir: str | Path | None = None) -> SentimentModel | None:
    """The retrained model if staff have retrained, else the base model (trained now if needed)."""
    models_dir = Path(models_dir) if models_dir else default_models_dir()
    retrained = models_dir / RETRAINED_NAME
    if retrained.exists():
        model = SentimentModel.load(retrained)
        if model is not None:
            if model.meta.get("base_key") != base_key(rules):
                log.warning("retrained sentiment model predates the current lexicon/train file; "
                            "run `clippings tag --retrain`")
            return model
    key = base_key(rules)
    if key in _memory:
        return _memory[key]
    path = models_dir / f"sentiment-base-{key}.pkl"
    model = SentimentModel.load(path) if path.exists() else None
    if model is None:
        if not TRAIN_FILE.exists():
            log.warning("no training file %s: tagging with rules only", TRAIN_FILE)
            return None
        examples = load_examples()
        model = train_model(examples, segmenter, rules, meta={"base_key": key, "examples": len(examples)})
        try:
            model.save(path)
        except OSError as exc:
            log.info("cannot cache sentiment model in %s: %s", models_dir, exc)
    _memory[key] = model
    return model


def forget_cached() -> None:
    _memory.clear()


def _metrics(gold: list[str], pred: list[str]) -> dict:
    from sklearn.metrics import accuracy_score, f1_score, precision_recall_fscore_support

    p, r, _, _ = precision_recall_fscore_support(gold, pred, labels=["negative"], zero_division=0)
    return {
        "accuracy": round(float(accuracy_score(gold, pred)), 3),
        "macro_f1": round(float(f1_score(gold, pred, labels=list(LABELS), average="macro", zero_division=0)), 3),
        "negative_precision": round(float(p[0]), 3),
        "negative_recall": round(float(r[0]), 3),
    }


def cross_validate(examples: list[Example], segmenter, rules, folds: int = 5, seed: int = 13,
                   feats: list[dict[str, float]] | None = None) -> dict:
    """Out-of-fold figures for rules alone, model alone and the combined tagger."""
    from clippings.tagger.core import BLAME_FLAGS, combine

    feats = feats if feats is not None else featurize(examples, segmenter, rules)
    results = [rules.score(e.title, e.text) for e in examples]
    rule_probs = [r.probabilities() for r in results]
    order = list(range(len(examples)))
    random.Random(seed).shuffle(order)
    fold_of = {i: n % folds for n, i in enumerate(order)}
    pred_model: list[str | None] = [None] * len(examples)
    pred_comb: list[str | None] = [None] * len(examples)
    for f in range(folds):
        train_idx = [i for i in order if fold_of[i] != f]
        test_idx = [i for i in order if fold_of[i] == f]
        if not test_idx or len({examples[i].label for i in train_idx}) < len(LABELS):
            continue
        model = fit([feats[i] for i in train_idx], [examples[i].label for i in train_idx],
                    [examples[i].weight for i in train_idx])
        for i in test_idx:
            mp = model.probabilities(feats[i])
            pred_model[i] = max(mp, key=mp.get)
            pred_comb[i] = combine(rule_probs[i], mp, results[i].has_evidence,
                                   bool(results[i].flags.get("balanced")),
                                   any(results[i].flags.get(f) for f in BLAME_FLAGS))[0]
    keep = [i for i in range(len(examples)) if pred_comb[i] is not None]
    gold = [examples[i].label for i in keep]
    return {
        "folds": folds,
        "examples": len(keep),
        "rules": _metrics(gold, [max(rule_probs[i], key=rule_probs[i].get) for i in keep]),
        "model": _metrics(gold, [pred_model[i] for i in keep]),
        "combined": _metrics(gold, [pred_comb[i] for i in keep]),
    }
