"""Per-document arrays read once from the index's sortable columns, for filters, facets and date sort.

Whoosh answers "which documents match" well; ordering 100,000 matches by date or counting them by
sentiment one Python call at a time does not. The columns of each segment are read once into numpy
arrays (cached per segment, so an incremental update only reads its new segment) and every filter
mask is cached per searcher generation.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from whoosh.columns import NumericColumn, RefBytesColumn

from indexer.schema import to_local_naive

CATEGORICAL = ("source", "source_title", "kind", "sentiment", "district")
_segment_cache: "OrderedDict[tuple, dict]" = OrderedDict()
_lock = threading.Lock()
_MAX_SEGMENTS = 64


_REF_DTYPES = {"B": ">u1", "H": ">u2", "I": ">u4", "Q": ">u8"}


def _numeric(col, n: int, signed: bool = False) -> np.ndarray:
    """A raw NumericColumn read as one buffer (fallback: value by value). Whoosh stores signed
    numbers shifted by 2**63 and a missing DATETIME as 2**64 - 1 (read here as 0)."""
    if isinstance(col, NumericColumn.Reader) and col._typecode == "Q":
        raw = np.frombuffer(col._dbfile.get(col._basepos, col._count * col._fixedlen), dtype=">u8")
        if len(raw) < n:
            raw = np.concatenate([raw, np.full(n - len(raw), col._default, dtype=np.uint64)])
        raw = raw[:n].astype(np.uint64)
        if signed:
            return (raw ^ np.uint64(1 << 63)).view(np.int64)
        raw = raw.copy()
        raw[raw == np.uint64(2**64 - 1)] = 0
        return raw.astype(np.int64)
    values = np.fromiter((int(v) for v in col), dtype=np.uint64 if not signed else object, count=n)
    if signed:
        return np.array([v - (1 << 63) for v in values], dtype=np.int64)
    values[values == np.uint64(2**64 - 1)] = 0
    return values.astype(np.int64)


def _categorical(col, n: int) -> tuple[list[str], np.ndarray]:
    """(labels, code per document) from a RefBytesColumn buffer (fallback: value by value)."""
    def text(v):
        return v.decode("utf-8") if isinstance(v, bytes) else (v or "")

    if isinstance(col, RefBytesColumn.Reader) and col._typecode in _REF_DTYPES:
        refs = np.frombuffer(col._dbfile.get(col._basepos, n * col._itemsize),
                             dtype=_REF_DTYPES[col._typecode]).astype(np.int64)
        uniques = [text(u) for u in col._uniques]
        labels = sorted(set(uniques))
        remap = np.array([labels.index(u) for u in uniques], dtype=np.int32)
        return labels, remap[refs] if len(refs) else np.zeros(0, np.int32)
    values = [text(v) for v in col]
    labels, codes = np.unique(np.array(values, dtype=object), return_inverse=True)
    return [str(x) for x in labels], codes.astype(np.int32)


def _read_segment(segreader) -> dict:
    n = segreader.doc_count_all()
    out: dict = {
        "published": _numeric(segreader.column_reader("published", translate=False), n),
        "cluster": _numeric(segreader.column_reader("cluster", translate=False), n, signed=True),
    }
    for name in CATEGORICAL:
        out[name] = _categorical(segreader.column_reader(name, translate=False), n)
    return out


def _segment_arrays(segreader) -> dict:
    storage = segreader.storage()
    key = (getattr(storage, "folder", id(storage)), segreader.segment().segment_id())
    with _lock:
        hit = _segment_cache.get(key)
        if hit is not None:
            _segment_cache.move_to_end(key)
            return hit
    arrays = _read_segment(segreader)
    with _lock:
        _segment_cache[key] = arrays
        while len(_segment_cache) > _MAX_SEGMENTS:
            _segment_cache.popitem(last=False)
    return arrays


class DocArrays:
    """Column values for every document number of one searcher (deleted documents included)."""

    def __init__(self, searcher):
        reader = searcher.reader()
        leaves = [(r, offset) for r, offset in reader.leaf_readers() if r.doc_count_all()]
        parts = [(_segment_arrays(r), offset) for r, offset in leaves]
        self.size = reader.doc_count_all()
        self.published = np.concatenate([p["published"] for p, _ in parts]) if parts else np.zeros(0, np.int64)
        self.cluster = np.concatenate([p["cluster"] for p, _ in parts]) if parts else np.zeros(0, np.int64)
        self.labels: dict[str, list[str]] = {}
        self.codes: dict[str, np.ndarray] = {}
        for name in CATEGORICAL:
            labels = sorted({lab for p, _ in parts for lab in p[name][0]})
            index = {lab: i for i, lab in enumerate(labels)}
            chunks = []
            for p, _ in parts:
                seg_labels, seg_codes = p[name]
                remap = np.array([index[lab] for lab in seg_labels], dtype=np.int32)
                chunks.append(remap[seg_codes] if len(seg_codes) else seg_codes)
            self.labels[name] = labels
            self.codes[name] = np.concatenate(chunks) if chunks else np.zeros(0, np.int32)
        live = np.ones(self.size, dtype=bool)
        for r, offset in leaves:
            if r.has_deletions():
                deleted = np.fromiter(r._perdoc.deleted_docs(), dtype=np.int64)
                live[deleted + offset] = False
        self.live = live
        self._masks: "OrderedDict[tuple, np.ndarray]" = OrderedDict()

    def value_mask(self, name: str, values) -> np.ndarray:
        labels = self.labels[name]
        wanted = [i for i, lab in enumerate(labels) if lab in set(values)]
        return np.isin(self.codes[name], wanted)

    def date_mask(self, since=None, until=None) -> np.ndarray:
        from whoosh.util.times import datetime_to_long

        mask = np.ones(self.size, dtype=bool)
        if since is not None:
            mask &= self.published >= datetime_to_long(to_local_naive(since))
        if until is not None:
            mask &= self.published < datetime_to_long(to_local_naive(until))
        return mask

    def cached_mask(self, key: tuple, build) -> np.ndarray:
        mask = self._masks.get(key)
        if mask is None:
            mask = build()
            self._masks[key] = mask
            while len(self._masks) > 32:
                self._masks.popitem(last=False)
        return mask
