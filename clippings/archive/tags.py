"""SQL of the tagger: automatic tags (written only where no staff correction exists), staff
corrections with who/when/old/new, the corrections used for retraining, and the clippings that
need tagging (never tagged, or their content changed since).

Callers commit writes (``with archive.transaction(db):``).
"""

from __future__ import annotations

import json
from typing import Iterator

import sqlite_utils

# Which clipping columns each correctable field protects from automatic tagging.
PROTECTED_COLUMNS = {
    "sentiment": ("sentiment", "sentiment_score", "sentiment_evidence"),
    "topics": ("topics",),
    "district": ("district", "districts"),
}
FIELDS = tuple(PROTECTED_COLUMNS)
# What the tags were computed from: the text's hash and the headline (a changed title re-tags too).
TAG_KEY = "content_hash || '|' || COALESCE(title, '')"
_TAG_INPUT = f"SELECT id, title, text, {TAG_KEY} AS tag_key, district, source FROM clippings"
_STALE = f"tagged_at IS NULL OR tagged_hash IS NULL OR tagged_hash != {TAG_KEY}"


def ids_to_tag(db: sqlite_utils.Database, retag_all: bool = False) -> list[int]:
    """Clippings never tagged or whose content changed since they were tagged (all with ``retag_all``)."""
    where = "" if retag_all else f" WHERE {_STALE}"
    return [row[0] for row in db.execute(f"SELECT id FROM clippings{where} ORDER BY id").fetchall()]


def count_untagged(db: sqlite_utils.Database) -> int:
    return db.execute(f"SELECT COUNT(*) FROM clippings WHERE {_STALE}").fetchone()[0]


def tag_inputs(db: sqlite_utils.Database, ids: list[int], batch: int = 500) -> Iterator[dict]:
    """id, title, text, tag_key, district, source of the given clippings, in batches."""
    for i in range(0, len(ids), batch):
        chunk = ids[i:i + batch]
        yield from db.query(f"{_TAG_INPUT} WHERE id IN ({', '.join('?' * len(chunk))}) ORDER BY id", chunk)


def corrected_fields(db: sqlite_utils.Database, ids: list[int] | None = None) -> dict[int, set[str]]:
    """{clipping_id: {field, ...}} for clippings with staff corrections (optionally only ``ids``)."""
    out: dict[int, set[str]] = {}
    if ids is None:
        rows = db.execute("SELECT DISTINCT clipping_id, field FROM corrections").fetchall()
    else:
        rows = []
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            rows += db.execute(
                f"SELECT DISTINCT clipping_id, field FROM corrections WHERE clipping_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ).fetchall()
    for clipping_id, field in rows:
        out.setdefault(clipping_id, set()).add(field)
    return out


def write_auto_tags(db: sqlite_utils.Database, clipping_id: int, values: dict, protected: set[str],
                    tag_key: str, stamp: str) -> None:
    """Store automatic tags, skipping every column a staff correction protects.

    ``values`` may hold sentiment, sentiment_score, sentiment_evidence (list), topics (list),
    districts (list), district. tagged_by stays the staff name if staff ever corrected the row.
    """
    skip = {col for f in protected for col in PROTECTED_COLUMNS.get(f, ())}
    fields = {}
    for key, value in values.items():
        if key in skip:
            continue
        fields[key] = json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value
    fields["tagged_at"] = stamp
    fields["tagged_hash"] = tag_key
    fields["changed_at"] = stamp
    sets = ", ".join(f"{k} = ?" for k in fields)
    by = "" if protected else ", tagged_by = 'auto'"
    db.execute(f"UPDATE clippings SET {sets}{by} WHERE id = ?", [*fields.values(), clipping_id])


def current_values(db: sqlite_utils.Database, clipping_id: int) -> dict | None:
    rows = list(db.query(
        "SELECT id, sentiment, topics, district, districts FROM clippings WHERE id = ?", [clipping_id]))
    return rows[0] if rows else None


def record_correction(db: sqlite_utils.Database, clipping_id: int, field: str, old_value: str | None,
                      new_value: str, by: str, note: str | None, stamp: str, *, scope: str = "item",
                      story_of: int | None = None) -> None:
    """Store one correction and apply it to the clipping (the value is already JSON for lists)."""
    if field not in PROTECTED_COLUMNS:
        raise ValueError(f"unknown correction field {field!r}")
    db.execute(
        "INSERT INTO corrections (clipping_id, field, old_value, new_value, by, note, at, scope, story_of)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [clipping_id, field, old_value, new_value, by, note, stamp, scope, story_of],
    )
    if field == "sentiment":
        evidence = json.dumps([f"人工更正：{by}" + (f"（{note}）" if note else "")], ensure_ascii=False)
        db.execute(
            "UPDATE clippings SET sentiment = ?, sentiment_score = 1.0, sentiment_evidence = ?, tagged_by = ?,"
            " tagged_at = ?, changed_at = ? WHERE id = ?",
            [new_value, evidence, by, stamp, stamp, clipping_id],
        )
    elif field == "topics":
        db.execute("UPDATE clippings SET topics = ?, tagged_by = ?, tagged_at = ?, changed_at = ? WHERE id = ?",
                   [new_value, by, stamp, stamp, clipping_id])
    else:
        districts = json.dumps([new_value] if new_value else [], ensure_ascii=False)
        db.execute(
            "UPDATE clippings SET district = ?, districts = ?, tagged_by = ?, tagged_at = ?, changed_at = ?"
            " WHERE id = ?",
            [new_value or None, districts, by, stamp, stamp, clipping_id],
        )


def story_members(db: sqlite_utils.Database, clipping_id: int) -> list[int]:
    """The clipping's story: every member of its repost cluster (itself alone when unclustered)."""
    row = next(db.query("SELECT cluster_id FROM clippings WHERE id = ?", [clipping_id]), None)
    if row is None or row["cluster_id"] is None:
        return [clipping_id]
    return [r["id"] for r in db.query("SELECT id FROM clippings WHERE cluster_id = ? ORDER BY id",
                                      [row["cluster_id"]])]


def item_overrides(db: sqlite_utils.Database, ids: list[int], field: str) -> set[int]:
    """Members whose latest correction of ``field`` was made for that item alone (they keep it)."""
    if not ids:
        return set()
    marks = ", ".join("?" * len(ids))
    rows = db.query(
        f"SELECT clipping_id, scope FROM corrections c WHERE field = ? AND clipping_id IN ({marks})"
        " AND id = (SELECT MAX(id) FROM corrections d WHERE d.clipping_id = c.clipping_id AND d.field = c.field)",
        [field, *ids])
    return {r["clipping_id"] for r in rows if r["scope"] == "item"}


def uninherited_story_corrections(db: sqlite_utils.Database) -> list[dict]:
    """(member, story correction) pairs still to apply: a story-wide correction in a cluster whose
    member joined later and has no correction of that field yet."""
    return list(db.query(
        """
        SELECT m.id AS clipping_id, c.field, c.new_value, c.by, c.note, c.story_of,
               CASE c.field WHEN 'sentiment' THEN m.sentiment WHEN 'topics' THEN m.topics ELSE m.district END
                   AS old_value
        FROM corrections c
        JOIN clippings s ON s.id = c.clipping_id AND s.cluster_id IS NOT NULL
        JOIN clippings m ON m.cluster_id = s.cluster_id AND m.id != s.id
        WHERE c.scope = 'story' AND c.story_of = c.clipping_id
          AND c.id = (SELECT MAX(id) FROM corrections d WHERE d.clipping_id = c.clipping_id AND d.field = c.field)
          AND NOT EXISTS (SELECT 1 FROM corrections x WHERE x.clipping_id = m.id AND x.field = c.field)
        """))


def list_corrections(db: sqlite_utils.Database, clipping_id: int | None = None, limit: int = 100) -> list[dict]:
    """Corrections, newest first, with the clipping's title."""
    where, params = ("WHERE c.clipping_id = ?", [clipping_id]) if clipping_id is not None else ("", [])
    return list(db.query(
        "SELECT c.id, c.clipping_id, c.field, c.old_value, c.new_value, c.by, c.note, c.at, c.scope, c.story_of,"
        " k.title"
        f" FROM corrections c JOIN clippings k ON k.id = c.clipping_id {where} ORDER BY c.id DESC LIMIT ?",
        [*params, limit],
    ))


def sentiment_corrections_for_training(db: sqlite_utils.Database) -> list[dict]:
    """The latest sentiment correction of each clipping a person judged, with its title and text
    (the reposts a story-wide correction reached are the same text: not counted again)."""
    return list(db.query(
        "SELECT k.id, k.title, k.text, c.new_value AS label FROM corrections c"
        " JOIN clippings k ON k.id = c.clipping_id"
        " WHERE c.field = 'sentiment' AND c.id = (SELECT MAX(c2.id) FROM corrections c2"
        "   WHERE c2.clipping_id = c.clipping_id AND c2.field = 'sentiment')"
        "   AND (c.scope = 'item' OR c.story_of = c.clipping_id)"
        " ORDER BY c.id"
    ))


def sentiment_counts_all(db: sqlite_utils.Database) -> dict[str | None, int]:
    return {row[0]: row[1] for row in db.execute("SELECT sentiment, COUNT(*) FROM clippings GROUP BY sentiment")}


def review_candidates(db: sqlite_utils.Database, since: str, below: float, limit: int = 2000) -> list[dict]:
    """Automatically tagged clippings since ``since`` whose label is uncertain (score below ``below``)
    or where the rules and the model disagreed, with the size of their story."""
    return list(db.query(
        "SELECT c.id, c.title, c.source, c.source_title, c.published_at, c.fetched_at, c.sentiment,"
        " c.sentiment_score, c.sentiment_evidence, c.cluster_id,"
        " CASE WHEN c.cluster_id IS NULL THEN 1 ELSE (SELECT COUNT(*) FROM clippings m"
        "   WHERE m.cluster_id = c.cluster_id) END AS copies"
        " FROM clippings c WHERE c.tagged_by = 'auto' AND c.sentiment IS NOT NULL"
        " AND COALESCE(c.published_at, c.fetched_at) >= ?"
        " AND (c.sentiment_score < ? OR c.sentiment_evidence LIKE '%规则与模型合并后%')"
        " ORDER BY COALESCE(c.published_at, c.fetched_at) DESC LIMIT ?", [since, below, limit]))
