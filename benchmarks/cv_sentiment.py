"""Choose the model's regularisation C and the rule weight by repeated k-fold cross-validation on
config/sentiment/train.jsonl ONLY (never on an evaluation file): for each C the model is fitted on
the training folds and the combined tagger (rules + model, ``core.combine``) is scored on the held-out
fold; macro-F1 is averaged over the repeats.

    .venv/bin/python benchmarks/cv_sentiment.py
    .venv/bin/python benchmarks/cv_sentiment.py --set LEAD_CHARS=80 --C 4,16 --repeats 10

The training texts are all shorter than model.LEAD_CHARS, so options that only change what the
model reads beyond the lead (TAIL_CHARS) cannot be judged here.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from clippings.tagger import core, model as model_mod  # noqa: E402
from clippings.tagger.model import LABELS, fit, load_examples, token_features  # noqa: E402
from clippings.tagger.normalise import simplified_pair, without_official_reply  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", action="append", default=[], help="model.py feature option NAME=VALUE")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--repeats", type=int, default=4)
    ap.add_argument("--C", default="0.25,0.5,1,2,4,8,16")
    ap.add_argument("--rule-weight", default="0.3,0.4,0.5,0.6,0.7")
    ap.add_argument("--neg-threshold", default="",
                    help="also sweep core.NEGATIVE_THRESHOLD (e.g. 0.40,0.45,0.50) at the current C and rule weight; "
                         "prints macro-F1 and negative precision/recall")
    args = ap.parse_args()
    core_defaults = (core.RULE_WEIGHT, core.RULE_WEIGHT_NO_EVIDENCE)
    for item in args.set:
        name, value = item.split("=", 1)
        old = getattr(model_mod, name)
        setattr(model_mod, name, type(old)(float(value)))
    from sklearn.metrics import f1_score

    from clippings.config import load_profile
    from clippings.paths import DEFAULT_CONFIG_DIR
    from clippings.segment import get_segmenter
    from clippings.tagger.rules import RuleScorer

    profile = load_profile(DEFAULT_CONFIG_DIR / "bureau.toml")
    seg = get_segmenter(profile)
    rules = RuleScorer()
    examples = load_examples()
    feats, rule_probs, evid, bal, blame = [], [], [], [], []
    for ex in examples:   # the same preprocessing as Tagger.sentiment
        title, text, _ = simplified_pair(ex.title, ex.text)
        text, replied = without_official_reply(text)
        res = rules.score(title, text, replied)
        feats.append(token_features(seg, title, text, res.flags))
        rule_probs.append(res.probabilities())
        evid.append(res.has_evidence)
        bal.append(bool(res.flags.get("balanced")))
        blame.append(any(res.flags.get(f) for f in core.BLAME_FLAGS))
    gold = [e.label for e in examples]
    Cs = [float(c) for c in args.C.split(",")]
    rws = [float(w) for w in args.rule_weight.split(",")]
    scores = {(c, w): [] for c in Cs for w in rws}
    model_only = {c: [] for c in Cs}
    for rep in range(args.repeats):
        order = list(range(len(examples)))
        random.Random(13 + rep).shuffle(order)
        fold_of = {i: n % args.folds for n, i in enumerate(order)}
        for c in Cs:
            probs = [None] * len(examples)
            for f in range(args.folds):
                tr = [i for i in order if fold_of[i] != f]
                m = fit([feats[i] for i in tr], [gold[i] for i in tr], C=c)
                for i in order:
                    if fold_of[i] == f:
                        probs[i] = m.probabilities(feats[i])
            model_only[c].append(f1_score(gold, [max(p, key=p.get) for p in probs], labels=list(LABELS),
                                          average="macro"))
            for w in rws:
                core.RULE_WEIGHT, core.RULE_WEIGHT_NO_EVIDENCE = w, max(0.0, w - 0.1)
                pred = [core.combine(rule_probs[i], probs[i], evid[i], bal[i], blame[i])[0] for i in range(len(examples))]
                scores[(c, w)].append(f1_score(gold, pred, labels=list(LABELS), average="macro"))
    core.RULE_WEIGHT, core.RULE_WEIGHT_NO_EVIDENCE = core_defaults
    if args.neg_threshold:
        from sklearn.metrics import precision_recall_fscore_support

        default_t = core.NEGATIVE_THRESHOLD
        rows = {}
        for rep in range(args.repeats):
            order = list(range(len(examples)))
            random.Random(13 + rep).shuffle(order)
            fold_of = {i: n % args.folds for n, i in enumerate(order)}
            probs = [None] * len(examples)
            for f in range(args.folds):
                tr = [i for i in order if fold_of[i] != f]
                m = fit([feats[i] for i in tr], [gold[i] for i in tr], C=model_mod.MODEL_C)
                for i in order:
                    if fold_of[i] == f:
                        probs[i] = m.probabilities(feats[i])
            for t in (float(x) for x in args.neg_threshold.split(",")):
                core.NEGATIVE_THRESHOLD = t
                pred = [core.combine(rule_probs[i], probs[i], evid[i], bal[i], blame[i])[0] for i in range(len(examples))]
                p_, r_, _, _ = precision_recall_fscore_support(gold, pred, labels=["negative"], zero_division=0)
                rows.setdefault(t, []).append((f1_score(gold, pred, labels=list(LABELS), average="macro"), p_[0], r_[0]))
        core.NEGATIVE_THRESHOLD = default_t
        print(f"NEGATIVE_THRESHOLD at C={model_mod.MODEL_C:g}, RULE_WEIGHT={core.RULE_WEIGHT:g} "
              f"(mean over {args.repeats} repeats): macro-F1, negative P / R")
        for t, v in rows.items():
            print(f"  {t:.2f}  {statistics.mean(x[0] for x in v):.3f}  "
                  f"{statistics.mean(x[1] for x in v):.3f} / {statistics.mean(x[2] for x in v):.3f}")
    rule_pred = [max(p, key=p.get) for p in rule_probs]
    print(f"{len(examples)} examples, {args.folds}-fold x {args.repeats}; options: {args.set or 'defaults'}")
    print(f"rules alone macro-F1 {f1_score(gold, rule_pred, labels=list(LABELS), average='macro'):.3f}")
    print("model alone: " + "  ".join(f"C={c:g} {statistics.mean(v):.3f}" for c, v in model_only.items()))
    print("combined (rows C, columns RULE_WEIGHT; no-evidence weight = RULE_WEIGHT - 0.1):")
    print("        " + "".join(f"{w:>8g}" for w in rws))
    for c in Cs:
        print(f"{c:>8g}" + "".join(f"{statistics.mean(scores[(c, w)]):>8.3f}" for w in rws))
    best = max(scores, key=lambda k: statistics.mean(scores[k]))
    print(f"best: C={best[0]:g} RULE_WEIGHT={best[1]:g} macro-F1 {statistics.mean(scores[best]):.3f}")
    ref = (model_mod.MODEL_C, core_defaults[0])
    if ref in scores and len(scores[ref]) > 1:   # paired over the same splits: is the best really better?
        diff = [a - b for a, b in zip(scores[best], scores[ref])]
        print(f"best minus current (C={ref[0]:g}, RULE_WEIGHT={ref[1]:g}): {statistics.mean(diff):+.4f} "
              f"± {statistics.stdev(diff) / len(diff) ** 0.5:.4f} (standard error over {len(diff)} repeats)")


if __name__ == "__main__":
    main()
