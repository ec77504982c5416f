"""Tagger accuracy on the demo corpus: labels written by the demo sites' author, not the tagger's.

    .venv/bin/python benchmarks/eval_sentiment_demo.py [--anchor-date 2026-11-25] [--forum]

A second, independent check beside eval_sentiment.py (the shared dev set): the demo corpus's
stories carry the label their author intended (demosites.corpus Item.label).
"""

from __future__ import annotations

import argparse
import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

LABELS = ("positive", "negative", "neutral")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--anchor-date", default="2026-11-25")
    parser.add_argument("--forum", action="store_true", help="include forum threads (title + first post)")
    args = parser.parse_args()

    from clippings.tagger import tag
    from demosites.corpus import build_corpus

    corpus = build_corpus(args.anchor_date)
    items = [i for i in corpus.items if i.relevant and (args.forum or i.site != "bbs")]
    confusion: Counter = Counter()
    for item in items:
        text = "\n".join(item.body) if item.body else (item.posts[0].text if item.posts else "")
        confusion[(item.label, tag(item.title, text).label)] += 1
    n = sum(confusion.values())
    print(f"demo corpus ({args.anchor_date}): {n} items{' incl. forum threads' if args.forum else ' (news)'}")
    print("truth \\ predicted " + " ".join(f"{b:>9}" for b in LABELS))
    f1s = []
    for a in LABELS:
        print(f"{a:>17} " + " ".join(f"{confusion[(a, b)]:9d}" for b in LABELS))
    for a in LABELS:
        tp = confusion[(a, a)]
        fp = sum(confusion[(b, a)] for b in LABELS if b != a)
        fn = sum(confusion[(a, b)] for b in LABELS if b != a)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * p * r / (p + r) if p + r else 0.0)
        print(f"{a:>9}: precision {p:.2f} recall {r:.2f}")
    accuracy = sum(confusion[(a, a)] for a in LABELS) / n
    print(f"accuracy {accuracy:.3f}  macro-F1 {statistics.mean(f1s):.3f}")


if __name__ == "__main__":
    main()
