"""Match stories (repost clusters) against the alert rules: one alert per story, graded, queued.

:func:`process_new` looks only at clippings changed since its last run (a cursor in the archive),
so ``watch`` can call it after every round. Re-processing a story is harmless: the alert and its
queued notifications are keyed so nothing is created twice.
"""

from __future__ import annotations

import json
import logging
from datetime import timedelta

from clippings.alerts.config import AlertConfig, Condition, Rule
from clippings.archive import alerts as store, transaction
from clippings.archive.alerts import GRADE_RANK
from clippings.timeutil import now, parse_iso, to_iso
from clippings.vocabulary import ALERT_GRADES

log = logging.getLogger(__name__)
CURSOR = "changed_at"


def clipping_matches(c: Condition, row: dict) -> bool:
    """The content part of a condition (everything but spread) against one clipping."""
    if c.sentiment and row.get("sentiment") not in c.sentiment:
        return False
    if c.topics and not set(c.topics) & set(row.get("topics") or []):
        return False
    if c.districts and not set(c.districts) & (set(row.get("districts") or []) | {row.get("district")}):
        return False
    if c.kinds and row.get("kind") not in c.kinds:
        return False
    if c.sources and row.get("source") not in c.sources:
        return False
    text = f"{row.get('title') or ''}\n{row.get('text') or ''}"
    if c.any_words and not any(w in text for w in c.any_words):
        return False
    if any(w not in text for w in c.must_words):
        return False
    if any(w in text for w in c.exclude_words):
        return False
    return True


def outlets_within(members: list[dict], hours: float) -> int:
    """Distinct outlets that carried the story within ``hours`` of its first appearance."""
    times = []
    for m in members:
        t = parse_iso(m.get("published_at") or m.get("fetched_at"))
        if t is not None:
            times.append((t, m.get("source_title") or m.get("source")))
    if not times:
        return len({m.get("source_title") or m.get("source") for m in members})
    first = min(t for t, _ in times)
    return len({o for t, o in times if t - first <= timedelta(hours=hours)})


def rule_matches(rule: Rule, members: list[dict]) -> bool:
    if rule.when.unanswered_days:   # time passing, not a new item, makes these: see process_overdue_complaints
        return False
    if not any(clipping_matches(rule.when, m) for m in members):
        return False
    return rule.when.min_outlets <= 1 or outlets_within(members, rule.when.within_hours) >= rule.when.min_outlets


def evaluate(cfg: AlertConfig, members: list[dict]) -> tuple[Rule | None, str, list[str]]:
    """(first matching alert rule, grade, reasons) for a story; rule None when no rule matches."""
    rule = next((r for r in cfg.rules if rule_matches(r, members)), None)
    if rule is None:
        return None, "low", []
    grade, reasons = rule.grade, [f"规则 {rule.name}（{ALERT_GRADES[rule.grade]}）"]
    for g in cfg.grading:
        if rule_matches(g, members):
            reasons.append(f"定级 {g.name}（{ALERT_GRADES[g.grade]}）")
            if GRADE_RANK[g.grade] > GRADE_RANK[grade]:
                grade = g.grade
    return rule, grade, reasons


def _summary(members: list[dict]) -> dict:
    first = members[0]
    lines = " ".join((first.get("text") or "").split())[:120]
    outlets = {m.get("source_title") or m.get("source") for m in members}
    return {"title": first.get("title"), "source_title": first.get("source_title") or first.get("source"),
            "district": first.get("district"), "outlets": len(outlets), "first_lines": lines,
            "published_at": first.get("published_at") or first.get("fetched_at")}


def channels_for(cfg: AlertConfig, grade: str) -> list[str]:
    return [c.name for c in cfg.channels if grade in c.grades]


def apply_story(db, cfg: AlertConfig, members: list[dict], stamp: str, counts: dict) -> None:
    ids = [m["id"] for m in members]
    existing = store.alert_for_items(db, ids)
    rule, grade, reasons = evaluate(cfg, members)
    if existing is None:
        if rule is None or _stale(cfg, members):
            return
        values = {"cluster_id": members[0].get("cluster_id"), "first_clipping_id": members[0]["id"], "rule": rule.name,
                  "grade": grade, "reasons": _json(reasons), "created_at": stamp, "updated_at": stamp,
                  **_summary(members)}
        alert_id = store.add_alert(db, values)
        store.attach_items(db, alert_id, ids)
        for ch in channels_for(cfg, grade):
            store.enqueue(db, alert_id, ch, "alert", grade, stamp)
        counts["new"] += 1
        return
    alert_id = existing["id"]
    store.attach_items(db, alert_id, ids)
    updates = {"cluster_id": members[0].get("cluster_id"), **_summary(members)}
    if existing["state"] != "closed":
        if rule is None:
            if store.corrected_ids(db, ids):   # staff corrected the story away from the rules
                updates.update(state="closed", closed_by="system", closed_at=stamp, close_reason="corrected")
                counts["closed"] += 1
        elif GRADE_RANK[grade] > GRADE_RANK[existing["grade"]]:
            updates.update(grade=grade, reasons=_json(reasons))
            for ch in channels_for(cfg, grade):
                store.enqueue(db, alert_id, ch, "escalate", grade, stamp)
            counts["escalated"] += 1
    changed = {k: v for k, v in updates.items() if existing.get(k) != v}
    if changed:
        changed["updated_at"] = stamp
        store.update_alert(db, alert_id, changed)
        counts["updated"] += 1


def _stale(cfg: AlertConfig, members: list[dict]) -> bool:
    """Old news: the story's newest item is older than ``max_age_hours`` (no alert for the back catalogue)."""
    times = [parse_iso(m.get("published_at") or m.get("fetched_at")) for m in members]
    times = [t for t in times if t is not None]
    return bool(times) and now() - max(times) > timedelta(hours=cfg.max_age_hours)


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def process_overdue_complaints(db, cfg: AlertConfig) -> dict:
    """留言 still unanswered past a rule's ``unanswered_days``: one alert per complaint (none when
    its story already has one: that one is raised to the rule's grade if lower), and the alerts of
    complaints answered since are closed (reason "replied"). Returns counts: overdue, answered."""
    from clippings.archive import complaints

    counts = {"overdue": 0, "answered": 0}
    rules = [r for r in cfg.rules if r.when.unanswered_days]
    if not rules:
        return counts
    stamp = to_iso(now())
    with transaction(db):
        for rule in rules:
            for clipping_id in complaints.unanswered_ids(db, rule.when.unanswered_days):
                members = store.story_members(db, clipping_id, store.cluster_of(db, clipping_id))
                mine = [m for m in members if m["id"] == clipping_id]
                if not mine or not clipping_matches(rule.when, mine[0]):
                    continue
                reason = f"规则 {rule.name}（{ALERT_GRADES[rule.grade]}）：留言超过 {rule.when.unanswered_days} 天未回复"
                existing = store.alert_for_items(db, [m["id"] for m in members])
                if existing is None:
                    values = {"cluster_id": mine[0].get("cluster_id"), "first_clipping_id": clipping_id,
                              "rule": rule.name, "grade": rule.grade, "reasons": _json([reason]),
                              "created_at": stamp, "updated_at": stamp, **_summary(mine)}
                    alert_id = store.add_alert(db, values)
                    store.attach_items(db, alert_id, [clipping_id])
                    for ch in channels_for(cfg, rule.grade):
                        store.enqueue(db, alert_id, ch, "alert", rule.grade, stamp)
                    counts["overdue"] += 1
                elif existing["state"] != "closed" and GRADE_RANK[rule.grade] > GRADE_RANK[existing["grade"]]:
                    reasons = [*json.loads(existing["reasons"] or "[]"), reason]
                    store.update_alert(db, existing["id"], {"grade": rule.grade, "reasons": _json(reasons),
                                                            "updated_at": stamp})
                    for ch in channels_for(cfg, rule.grade):
                        store.enqueue(db, existing["id"], ch, "escalate", rule.grade, stamp)
                    counts["overdue"] += 1
        names = {r.name for r in rules}
        for alert in store.list_alerts(db, ("open", "acked"), 10_000):
            if alert["rule"] in names:
                row = complaints.get(db, alert["first_clipping_id"])
                if row is not None and row["status"] == "replied":
                    store.update_alert(db, alert["id"], {"state": "closed", "closed_by": "system",
                                                         "closed_at": stamp, "close_reason": "replied",
                                                         "updated_at": stamp})
                    counts["answered"] += 1
    return counts


def process_new(db, cfg: AlertConfig, batch: int = 2000) -> dict:
    """Evaluate every story touched since the last call. Returns counts: new, escalated, updated, closed."""
    counts = {"stories": 0, "new": 0, "escalated": 0, "updated": 0, "closed": 0}
    while True:
        cursor = store.get_state(db, CURSOR)
        rows = store.changed_since(db, cursor, batch)
        rows = [r for r in rows if r["changed_at"] != cursor] if len(rows) == batch else rows
        if not rows:
            break
        stamp = to_iso(now())
        seen: set = set()
        with transaction(db):
            for row in rows:
                key = ("c", row["cluster_id"]) if row["cluster_id"] is not None else ("k", row["id"])
                if key in seen:
                    continue
                seen.add(key)
                members = store.story_members(db, row["id"], row["cluster_id"])
                if members:
                    apply_story(db, cfg, members, stamp, counts)
            counts["stories"] += len(seen)
            store.set_state(db, CURSOR, rows[-1]["changed_at"])
        if len(rows) < batch:
            break
    return counts
