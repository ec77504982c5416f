"""Evaluate the sentiment tagger on a labelled JSON-lines file (id, title, text, label) and print
accuracy, macro-F1, per-class precision/recall, the confusion matrix and throughput, for the rules
alone and for rules + model, with SnowNLP's figures (thresholds 0.4 / 0.6, input ``title。text``)
on the same items for reference. Prints figures; asserts nothing. The model is trained from
config/sentiment/train.jsonl into a temporary folder (never on the evaluation file).

    .venv/bin/python benchmarks/eval_sentiment.py --data ../shared/eval/sentiment/cityguard_dev.jsonl
    .venv/bin/python benchmarks/eval_sentiment.py --errors        # also list the misclassified items
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from clippings.tagger import Tagger  # noqa: E402
from clippings.tagger.model import LABELS  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "eval" / "sentiment" / "cityguard_dev.jsonl"


def load(path: Path) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rows.append(json.loads(line))
    return rows


def report(name: str, gold: list[str], pred: list[str]) -> None:
    from sklearn.metrics import accuracy_score, confusion_matrix, f1_score, precision_recall_fscore_support

    acc = accuracy_score(gold, pred)
    f1 = f1_score(gold, pred, labels=list(LABELS), average="macro", zero_division=0)
    p, r, f, s = precision_recall_fscore_support(gold, pred, labels=list(LABELS), zero_division=0)
    print(f"\n== {name}: accuracy {acc:.3f}  macro-F1 {f1:.3f}")
    print(f"   {'class':<9} {'precision':>9} {'recall':>7} {'F1':>6} {'n':>4}")
    for i, label in enumerate(LABELS):
        print(f"   {label:<9} {p[i]:>9.3f} {r[i]:>7.3f} {f[i]:>6.3f} {s[i]:>4}")
    cm = confusion_matrix(gold, pred, labels=list(LABELS))
    print("   confusion (rows = gold, columns = predicted):")
    print("   " + " " * 9 + "".join(f"{label[:8]:>10}" for label in LABELS))
    for i, label in enumerate(LABELS):
        print(f"   {label:<9}" + "".join(f"{v:>10}" for v in cm[i]))


def reliability_table(gold: list[str], labels: list[str], scores: list[float],
                      edges=(0.0, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)) -> list[tuple[str, int, float, float]]:
    """(bin, items, mean stated confidence, observed accuracy) per confidence bin: a calibrated
    score has the two close."""
    out = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        picked = [i for i, s in enumerate(scores) if lo <= s < hi]
        if picked:
            out.append((f"{lo:.1f}–{min(hi, 1.0):.1f}", len(picked), sum(scores[i] for i in picked) / len(picked),
                        sum(gold[i] == labels[i] for i in picked) / len(picked)))
    return out


def reliability(gold: list[str], tags) -> None:
    print("\n== reliability (the tagger's score vs how often it is right):")
    print(f"   {'score':<9} {'n':>4} {'mean score':>11} {'accuracy':>9}")
    for name, n, mean, acc in reliability_table(gold, [t.label for t in tags], [t.score for t in tags]):
        print(f"   {name:<9} {n:>4} {mean:>11.3f} {acc:>9.3f}")


def snownlp_labels(rows: list[dict]) -> list[str] | None:
    try:
        from snownlp import SnowNLP
    except ImportError:
        return None
    out = []
    for r in rows:
        s = SnowNLP(f"{r['title']}。{r['text']}").sentiments
        out.append("positive" if s > 0.6 else "negative" if s < 0.4 else "neutral")
    return out


def throughput(tagger: Tagger, rows: list[dict], seconds: float = 3.0) -> tuple[float, float]:
    """Clippings tagged per second on one core (process CPU time, so other load on the machine
    does not count): the items as they are, and padded to ~1,500-character articles."""
    def rate(items):
        n, start = 0, time.process_time()
        while time.process_time() - start < seconds:
            for title, text in items:
                tagger.tag(title, text)
            n += len(items)
        return n / (time.process_time() - start)

    short = [(r["title"], r["text"]) for r in rows]
    body = "".join(r["text"] for r in rows)
    long = [(r["title"], (r["text"] + body)[:1500]) for r in rows]
    return rate(short), rate(long)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="labelled JSON-lines file")
    ap.add_argument("--errors", action="store_true", help="list misclassified items with their evidence")
    ap.add_argument("--no-snownlp", action="store_true", help="skip the SnowNLP reference")
    ap.add_argument("--traditional", action="store_true",
                    help="feed the items in traditional characters (OpenCC s2t), as Hong Kong / Taiwan pages are")
    args = ap.parse_args()
    if not args.data.exists():
        sys.exit(f"evaluation file not found: {args.data}")
    rows = load(args.data)
    if args.traditional:
        import opencc

        s2t = opencc.OpenCC("s2t")
        rows = [{**r, "title": s2t.convert(r["title"] or ""), "text": s2t.convert(r["text"] or "")} for r in rows]
        print("(items converted to traditional characters)")
    gold = [r["label"] for r in rows]
    print(f"{args.data}: {len(rows)} items, "
          + ", ".join(f"{label} {gold.count(label)}" for label in LABELS))
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        tagger = Tagger(models_dir=tmp)
        print(f"model trained from config/sentiment/train.jsonl in {time.perf_counter() - start:.1f} s")
        rules_only = Tagger(tagger.profile, use_model=False)
        report("rules only", gold, [rules_only.tag(r["title"], r["text"]).label for r in rows])
        tags = [tagger.tag(r["title"], r["text"]) for r in rows]
        pred = [t.label for t in tags]
        report("rules + model (the tagger)", gold, pred)
        kinds = sorted({r.get("kind") or "news" for r in rows})
        if len(kinds) > 1:   # news vs forum/comment style
            for kind in kinds:
                picked = [i for i, r in enumerate(rows) if (r.get("kind") or "news") == kind]
                report(f"the tagger on kind={kind} ({len(picked)} items)", [gold[i] for i in picked],
                       [pred[i] for i in picked])
        reliability(gold, tags)
        short, long = throughput(tagger, rows)
        print(f"\nthroughput, one core: {short:,.0f} clippings/s on these items; "
              f"{long:,.0f} clippings/s on ~1,500-character articles")
        if args.errors:
            print("\nmisclassified:")
            for r, t in zip(rows, tags):
                if t.label != r["label"]:
                    print(f"  {r.get('id', '')} gold {r['label']} -> {t.label}: {r['title']}")
                    for line in t.evidence[:5]:
                        print(f"      {line}")
    if not args.no_snownlp:
        snow = snownlp_labels(rows)
        if snow is None:
            print("\nSnowNLP not installed (pip install '.[eval]'): reference skipped")
        else:
            report("SnowNLP 0.12.3, thresholds 0.4 / 0.6 (reference)", gold, snow)


if __name__ == "__main__":
    main()
