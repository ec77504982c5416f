"""Evaluate repost clustering: pair precision and recall.

1. The project's labelled pairs (tests/fixtures/clusters/pairs.jsonl: reposts with edits, and
   different stories on the same topic that must not merge). All documents go into a fresh
   archive and are clustered; a pair is predicted "same" when both land in one cluster. Also
   scored over every pair of those documents (truth: same base story).
2. The demo corpus (``demosites.corpus``): every pair of its relevant items, truth = same
   ``story_id``.
3. With ``--crawled data/clippings.db``: a real crawl of the demo sites (text as extraction
   produced it), re-clustered in a copy; truth from the corpus by URL path.

    .venv/bin/python benchmarks/eval_clusters.py [--pairs PATH] [--crawled DB] [--verbose]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clippings.archive import open_archive, transaction  # noqa: E402
from clippings.archive.records import insert_clipping  # noqa: E402
from clippings.clusters import assign_pending  # noqa: E402
from clippings.clusters.fingerprint import Gazetteer, features  # noqa: E402
from clippings.clusters.match import same_story  # noqa: E402
from clippings.config import load_profile  # noqa: E402

DEFAULT_PAIRS = ROOT / "tests" / "fixtures" / "clusters" / "pairs.jsonl"


def load_pairs(path: Path) -> tuple[dict[str, dict], list[tuple[str, str, bool]]]:
    docs, pairs = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if rec["type"] == "doc":
            docs[rec["key"]] = rec
        else:
            pairs.append((rec["a"], rec["b"], rec["same"]))
    return docs, pairs


def cluster_docs(docs: dict[str, dict], profile) -> dict[str, int]:
    """Archive the documents (in publish order) in a temp archive, cluster; key -> cluster id."""
    with tempfile.TemporaryDirectory() as tmp:
        db = open_archive(Path(tmp) / "eval.db")
        ids = {}
        with transaction(db):
            for key, d in sorted(docs.items(), key=lambda kv: (kv[1].get("published_at") or "", kv[0])):
                ids[key] = insert_clipping(db, {
                    "url": f"https://eval.example/{key}", "source": d.get("source") or f"src-{abs(hash(d['source_title'])) % 10**6}",
                    "source_title": d["source_title"], "title": d["title"], "text": d["text"],
                    "published_at": d.get("published_at"), "origin_source": d.get("origin_source"),
                    "original_title": d.get("original_title"),
                })
        assign_pending(db, profile)
        clusters = dict(db.execute("SELECT id, cluster_id FROM clippings").fetchall())
        db.conn.close()
    return {key: clusters[i] for key, i in ids.items()}


def score(pairs, predicted) -> dict:
    tp = sum(1 for a, b, same in pairs if same and predicted(a, b))
    fp = sum(1 for a, b, same in pairs if not same and predicted(a, b))
    fn = sum(1 for a, b, same in pairs if same and not predicted(a, b))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"pairs": len(pairs), "positives": tp + fn, "tp": tp, "fp": fp, "fn": fn,
            "precision": round(precision, 4), "recall": round(recall, 4)}


def report(name: str, s: dict) -> None:
    print(f"{name}: {s['pairs']} pairs ({s['positives']} same-story)  precision {s['precision']:.3f}"
          f"  recall {s['recall']:.3f}  (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")


def eval_labelled(path: Path, profile, verbose: bool) -> None:
    docs, pairs = load_pairs(path)
    cluster = cluster_docs(docs, profile)
    report("labelled pairs", score(pairs, lambda a, b: cluster[a] == cluster[b]))
    every = [(a, b, docs[a]["story"] == docs[b]["story"]) for a, b in itertools.combinations(sorted(docs), 2)]
    report("all pairs of the labelled documents", score(every, lambda a, b: cluster[a] == cluster[b]))
    gaz = Gazetteer(profile)
    feats = {k: features({"id": i, **d}, gaz) for i, (k, d) in enumerate(docs.items())}
    wrong = [(a, b, same) for a, b, same in every if (cluster[a] == cluster[b]) != same]
    for a, b, same in wrong if verbose else wrong[:20]:
        print(f"  {'MISSED' if same else 'FALSE MERGE'} {a} ~ {b}: {same_story(feats[a], feats[b])[1]}")


def eval_demo(profile, anchor: str, verbose: bool) -> None:
    try:
        from demosites.corpus import SITE_NAMES, build_corpus
    except ImportError:
        print("demo corpus: demosites.corpus not available, skipped")
        return
    # Only relevant items reach the archive (the relevance filter drops the rest).
    items = [it for it in build_corpus(anchor).items if it.relevant]
    docs = {}
    for i, it in enumerate(items):
        text = it.text(it.edition)
        docs[str(i)] = {"story": it.story_id, "title": it.title, "text": text, "source": it.site,
                        "source_title": SITE_NAMES.get(it.site, it.site),
                        "published_at": it.published_at.isoformat(), "seed": it.seed, "path": it.path}
    cluster = cluster_docs(docs, profile)
    every = [(a, b, docs[a]["story"] == docs[b]["story"]) for a, b in itertools.combinations(sorted(docs), 2)]
    reposts = sum(1 for it in items if it.repost_of)
    report(f"demo corpus ({len(docs)} items, {reposts} reposts; all pairs)",
           score(every, lambda a, b: cluster[a] == cluster[b]))
    gaz = Gazetteer(profile)
    wrong = [(a, b, same) for a, b, same in every if (cluster[a] == cluster[b]) != same]
    for a, b, same in wrong if verbose else wrong[:10]:
        fa, fb = features({"id": 0, **docs[a]}, gaz), features({"id": 1, **docs[b]}, gaz)
        print(f"  {'MISSED' if same else 'FALSE MERGE'} {docs[a]['path']} ~ {docs[b]['path']}: {same_story(fa, fb)[1]}")


def eval_crawled(path: Path, profile, anchor: str, verbose: bool) -> None:
    """A crawled archive of the demo sites (copied, then rebuilt): truth from the corpus by URL path."""
    import shutil
    from urllib.parse import urlsplit

    from demosites.corpus import build_corpus

    from clippings.clusters import rebuild_clusters

    corpus = build_corpus(anchor)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(path, Path(tmp) / "c.db")
        db = open_archive(Path(tmp) / "c.db")
        rebuild_clusters(db, profile)
        rows = db.execute("SELECT id, url, cluster_id, title FROM clippings").fetchall()
        db.conn.close()
    docs, cluster = {}, {}
    for cid, url, clus, title in rows:
        parts = urlsplit(url)
        item = corpus.by_path(parts.path + (f"?{parts.query}" if parts.query else ""))
        if item is not None:
            docs[str(cid)] = {"story": item.story_id, "title": title, "path": item.path}
            cluster[str(cid)] = clus
    every = [(a, b, docs[a]["story"] == docs[b]["story"]) for a, b in itertools.combinations(sorted(docs), 2)]
    report(f"crawled demo archive ({len(docs)} of {len(rows)} clippings matched to the corpus; all pairs)",
           score(every, lambda a, b: cluster[a] == cluster[b]))
    wrong = [(a, b, same) for a, b, same in every if (cluster[a] == cluster[b]) != same]
    for a, b, same in wrong if verbose else wrong[:10]:
        print(f"  {'MISSED' if same else 'FALSE MERGE'} {docs[a]['path']} {docs[a]['title']}"
              f" ~ {docs[b]['path']} {docs[b]['title']}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=Path, default=DEFAULT_PAIRS, help="labelled pairs (jsonl)")
    ap.add_argument("--profile", type=Path, default=ROOT / "config" / "bureau.toml")
    ap.add_argument("--verbose", action="store_true", help="list every wrong pair")
    ap.add_argument("--anchor", default="2026-11-25", help="demo corpus anchor date")
    ap.add_argument("--crawled", type=Path, help="also score a crawled archive of the demo sites (clippings.db)")
    args = ap.parse_args()
    profile = load_profile(args.profile)
    eval_labelled(args.pairs, profile, args.verbose)
    eval_demo(profile, args.anchor, args.verbose)
    if args.crawled:
        eval_crawled(args.crawled, profile, args.anchor, args.verbose)


if __name__ == "__main__":
    main()
