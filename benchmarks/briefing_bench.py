"""Benchmark: the daily 网媒快讯 for a day of 2,000 clippings and the monthly report for 60,000.

Builds a synthetic archive (rows via records.insert_clipping, with sentiment, topics, district
and repost clusters filled in), then prints the time to build and render the briefing in all
three formats and to build and render the month's report (charts included). Targets: < 3 s and
< 20 s. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/briefing_bench.py [--day-size 2000] [--month-size 60000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from clippings.archive import open_archive, transaction  # noqa: E402
from clippings.archive.records import insert_clipping  # noqa: E402
from clippings.briefing import build_briefing, render_briefing  # noqa: E402
from clippings.config import load_profile  # noqa: E402
from clippings.paths import DEFAULT_CONFIG_DIR  # noqa: E402
from clippings.reports import build_report, render_report  # noqa: E402
from clippings.timeutil import TZ, to_iso  # noqa: E402

OUTLETS = [f"{name}{suffix}" for name in ("江州", "东湖", "西城", "南山", "北江", "江南", "省城", "华东", "民生", "今日")
           for suffix in ("日报网", "新闻网", "晚报", "论坛", "在线")]
SENTENCES = [
    "{d}{street}一带近日出现{topic}问题，市民反映强烈。",
    "江州市城管执法局相关负责人表示，将组织执法队员开展专项整治。",
    "记者在现场看到，{topic}现象在早晚高峰尤为突出，影响道路通行。",
    "{d}综合行政执法大队已对涉事商户下达整改通知书。",
    "有网友在论坛发帖称，城管队员执法过程中态度较好，耐心劝导。",
    "据了解，今年以来全市共查处{topic}案件一百余起。",
    "下一步，市城管局将建立长效管理机制，巩固整治成果。",
    "来源：江州日报",
    "责任编辑：王小明",
]


def synth_rows(profile, day: date, n: int, rng: random.Random, start_id: int):
    """n clippings for ``day``: ~1 in 3 reposts of an earlier story of the same day."""
    topics = [t.name for t in profile.topics]
    districts = profile.districts
    stories: list[dict] = []
    base = datetime.combine(day, datetime.min.time(), tzinfo=TZ)
    for i in range(n):
        at = base + timedelta(seconds=rng.randrange(86400))
        if stories and rng.random() < 0.35:
            story = rng.choice(stories)
        else:
            d = rng.choice(districts)
            topic = rng.choice(topics)
            sentiment = rng.choices(["negative", "positive", "neutral", None], [15, 25, 55, 5])[0]
            text = "\n".join(s.format(d=d.name, street=rng.choice(d.streets or [""]), topic=topic)
                             for s in rng.sample(SENTENCES, 6))
            story = {"title": f"{d.name}{topic}整治情况通报（{start_id + i}）", "text": text * 3,
                     "district": d.name, "topics": [topic], "sentiment": sentiment, "cluster": None}
            stories.append(story)
        outlet = rng.choice(OUTLETS)
        yield story, {
            "url": f"https://example.org/{day.isoformat()}/{start_id + i}.html",
            "source": f"s{OUTLETS.index(outlet)}", "source_title": outlet,
            "kind": "forum" if outlet.endswith("论坛") else "news",
            "title": story["title"], "text": story["text"],
            "published_at": None if rng.random() < 0.02 else to_iso(at),
            "fetched_at": to_iso(at + timedelta(minutes=30)),
            "district": story["district"], "topics": story["topics"], "sentiment": story["sentiment"],
            "sentiment_score": 0.5, "tagged_at": to_iso(at), "tagged_by": "auto",
        }


def fill(db, profile, days: list[date], per_day: int, seed: int = 7) -> int:
    """Insert per_day synthetic clippings for each day, reposts grouped into ``clusters`` rows."""
    rng = random.Random(seed)
    total = 0
    with transaction(db):
        for day in days:
            pairs = list(synth_rows(profile, day, per_day, rng, total))
            groups: dict[int, list[dict]] = {}
            for story, row in pairs:
                groups.setdefault(id(story), []).append(row)
            for rows in groups.values():
                if len(rows) > 1:
                    cluster_id = db["clusters"].insert({
                        "size": len(rows), "first_seen": min(r["fetched_at"] for r in rows),
                        "last_seen": max(r["fetched_at"] for r in rows),
                        "sources": json.dumps(sorted({r["source_title"] for r in rows}), ensure_ascii=False),
                    }).last_pk
                    for r in rows:
                        r["cluster_id"] = cluster_id
            firsts: dict[int, int] = {}
            for _, row in pairs:
                cid = insert_clipping(db, row)
                total += 1
                if row.get("cluster_id") is not None:
                    firsts.setdefault(row["cluster_id"], cid)
            for cluster_id, first in firsts.items():
                db["clusters"].update(cluster_id, {"first_clipping_id": first})
    return total


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--day-size", type=int, default=2000)
    ap.add_argument("--month-size", type=int, default=60000)
    ap.add_argument("--keep", help="write the archive and outputs here instead of a temporary folder")
    args = ap.parse_args(argv)
    profile = load_profile(DEFAULT_CONFIG_DIR / "bureau.toml")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(args.keep or tmp)
        root.mkdir(parents=True, exist_ok=True)
        # The day: one archive holding just that day (and an empty previous day).
        day = date(2026, 11, 25)
        db = open_archive(root / "day.db")
        t0 = time.perf_counter()
        n = fill(db, profile, [day], args.day_size)
        print(f"day archive: {n} clippings inserted in {time.perf_counter() - t0:.1f} s")
        t0, c0 = time.perf_counter(), time.process_time()
        b = build_briefing(db, profile, day)
        t_build = time.perf_counter() - t0
        for fmt in ("docx", "html", "md"):
            render_briefing(b, fmt, root / f"briefing.{fmt}")
        t_all, c_all = time.perf_counter() - t0, time.process_time() - c0
        print(f"briefing {day} ({b.counts['total']} clippings, {b.item_count} items): build {t_build:.2f} s, "
              f"build + docx + html + md {t_all:.2f} s wall, {c_all:.2f} s CPU (target < 3 s)")
        # The preview / PDF (LibreOffice), reported on its own: it is a separate process and cached.
        from clippings.briefing.preview import PreviewUnavailable, docx_to_pdf, page_texts
        try:
            t0 = time.perf_counter()
            pdf = docx_to_pdf(root / "briefing.docx", root)
            print(f"  docx → PDF (LibreOffice, cold): {time.perf_counter() - t0:.2f} s, {len(page_texts(pdf))} pages")
        except PreviewUnavailable as exc:
            print(f"  docx → PDF: {exc}")
        # The month: 30 days.
        db = open_archive(root / "month.db")
        days = [date(2026, 11, 1) + timedelta(days=i) for i in range(30)]
        t0 = time.perf_counter()
        n = fill(db, profile, days, args.month_size // len(days))
        print(f"month archive: {n} clippings inserted in {time.perf_counter() - t0:.1f} s")
        t0, c0 = time.perf_counter(), time.process_time()
        r = build_report(db, profile, days[0], days[-1], root / "charts")
        t_build = time.perf_counter() - t0
        render_report(r, "docx", root / "report.docx")
        render_report(r, "html", root / "report.html")
        t_all, c_all = time.perf_counter() - t0, time.process_time() - c0
        print(f"report {days[0]}..{days[-1]} ({r.totals.total} clippings): build + charts {t_build:.2f} s, "
              f"build + charts + docx + html {t_all:.2f} s wall, {c_all:.2f} s CPU (target < 20 s)")
        print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs: wall times grow with load)")


if __name__ == "__main__":
    main()
