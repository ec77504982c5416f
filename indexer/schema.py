"""The index's fields and how an archive row becomes a Whoosh document.

Hits are served from stored fields alone (no SQLite query per hit). Sortable columns
(published, cluster, source, kind, sentiment, district) feed date sort, filters and facets; the
categorical ones are reference columns (a small table of values + one code per document), which
``indexer.columns`` reads without a Python call per document.
``cluster`` is the clipping's cluster id, or minus its own id when it has none (a cluster of one).
"""

from __future__ import annotations

from datetime import datetime

from whoosh.columns import RefBytesColumn
from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from clippings.timeutil import TZ, parse_iso
from indexer.analysis import PackedPositions, chinese_analyzer

TITLE_BOOST = 2.0


def _text_field(analyzer, boost: float = 1.0) -> TEXT:
    field = TEXT(analyzer=analyzer, stored=True, phrase=True, field_boost=boost)
    field.format = PackedPositions(field_boost=boost)
    return field


def make_schema(user_words=()) -> Schema:
    analyzer = chinese_analyzer(user_words)
    return Schema(
        id=ID(stored=True, unique=True),
        title=_text_field(analyzer, TITLE_BOOST),
        text=_text_field(analyzer),
        url=STORED(),
        source=ID(stored=True, sortable=RefBytesColumn()),
        source_title=ID(stored=True, sortable=RefBytesColumn()),
        kind=ID(stored=True, sortable=RefBytesColumn()),
        sentiment=ID(stored=True, sortable=RefBytesColumn()),
        topics=KEYWORD(stored=True, commas=True, scorable=False),
        district=ID(stored=True, sortable=RefBytesColumn()),
        published=DATETIME(stored=False, sortable=True),
        published_at=STORED(),
        cluster=NUMERIC(numtype=int, bits=64, signed=True, stored=True, sortable=True),
        status=ID(stored=True),
        changed_at=STORED(),
    )


def to_local_naive(dt: datetime) -> datetime:
    """Whoosh's DATETIME drops tzinfo: store wall-clock time in Asia/Shanghai."""
    if dt.tzinfo is not None:
        dt = dt.astimezone(TZ)
    return dt.replace(tzinfo=None)


def to_document(row: dict) -> dict:
    """An archive row (decoded JSON columns) as keyword arguments for ``writer.add_document``."""
    published = parse_iso(row.get("published_at") or row.get("fetched_at"))
    topics = row.get("topics") or []
    doc = {
        "id": str(row["id"]),
        "title": row.get("title") or "",
        "text": row.get("text") or "",
        "url": row.get("url") or "",
        "source": row.get("source") or "",
        "source_title": row.get("source_title") or row.get("source") or "",
        "kind": row.get("kind") or "news",
        "sentiment": row.get("sentiment") or "",
        "topics": ",".join(t.replace(",", " ") for t in topics),
        "district": row.get("district") or "",
        "published_at": row.get("published_at") or "",
        "cluster": int(row["cluster_id"]) if row.get("cluster_id") else -int(row["id"]),
        "status": row.get("status") or "live",
        "changed_at": row.get("changed_at") or "",
    }
    if published is not None:
        doc["published"] = to_local_naive(published)
    return doc
