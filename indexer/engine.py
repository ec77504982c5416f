"""Evaluate a parsed query with numpy: every matching document number and its BM25 score.

Whoosh's matchers walk postings one document at a time in Python, which costs ~5 µs per matching
document: fine for the top 10 of a rare word, far too slow for "城管" across 100,000 clippings,
a date sort or facet counts over all matches. This module reads each term's posting blocks
directly (one unpickle per block of up to 128 postings) into arrays and does the boolean algebra
and BM25 scoring with numpy; decoded posting lists are kept in an LRU cache per segment (segments
never change; a new one only appears with an update, and deletions are applied with the live
mask). Phrases are verified with numpy from (document << 24) + position keys decoded from the
stored positions (cached too), restricted to the candidate documents.

Query types it does not know (ranges, fuzzy terms…) fall back to Whoosh's own matcher.
"""

from __future__ import annotations

import math
import pickle
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from itertools import accumulate

import numpy as np
from whoosh import query as wq
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield
from whoosh.util.numeric import byte_to_length

from indexer.analysis import PackedPositions

K1, B = 1.2, 0.75
CACHE_POSTINGS = 16_000_000  # decoded postings/positions kept (~200 MB at most), LRU over all indexes
_cache: "OrderedDict[tuple, tuple]" = OrderedDict()  # (storage, segment, field, term) -> arrays
_cached = 0
_cache_lock = threading.Lock()
_EMPTY = (np.zeros(0, np.int64), np.zeros(0, np.float64))
_BYTE_LENGTH = np.array([byte_to_length(i) for i in range(256)], dtype=np.float64)
_POS_BITS = 24  # positions per field stay below 16 million
WHOLE_TERM_DENSITY = 64  # a term's positions are decoded whole when candidates are >= 1/64 of its postings


# --- the per-query time budget -------------------------------------------------------------
_budget = threading.local()


class SearchTimeout(Exception):
    """The query ran past its time budget (indexer.search turns it into a Chinese QueryError)."""


@contextmanager
def time_budget(seconds: float | None):
    """Within the block, :func:`check_deadline` raises SearchTimeout once ``seconds`` have passed."""
    previous = getattr(_budget, "deadline", None)
    _budget.deadline = time.monotonic() + seconds if seconds else None
    try:
        yield
    finally:
        _budget.deadline = previous


def check_deadline() -> None:
    deadline = getattr(_budget, "deadline", None)
    if deadline is not None and time.monotonic() > deadline:
        raise SearchTimeout()


def _remember(key, value, size: int) -> None:
    global _cached
    with _cache_lock:
        _cache[key] = value
        _cached += size
        while _cached > CACHE_POSTINGS and len(_cache) > 1:
            _, (old, _w) = _cache.popitem(last=False)
            _cached -= len(old)


def packed_keys(ids: np.ndarray, values: list[bytes]) -> np.ndarray:
    """(doc << bits) + position of every position in a block of :class:`PackedPositions` values,
    without a Python step per posting: each value is 32-bit words, the count then the gaps."""
    if not values:
        return np.zeros(0, np.int64)
    words = np.frombuffer(b"".join(values), dtype=">u4").astype(np.int64)
    lengths = np.fromiter(map(len, values), dtype=np.int64, count=len(values)) // 4
    counts = lengths - 1
    gap = np.ones(len(words), dtype=bool)
    gap[np.cumsum(lengths) - lengths] = False          # drop each value's count word
    running = np.cumsum(words[gap])
    first = np.cumsum(counts) - counts                 # where each value's gaps start in ``running``
    before = np.concatenate(([0], running))[first]     # the running sum before each value
    return (np.repeat(ids.astype(np.int64), counts) << _POS_BITS) + running - np.repeat(before, counts)


def _sorted_intersect(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Values of sorted ``a`` present in sorted ``b`` (binary search, no re-sorting)."""
    if not len(a) or not len(b):
        return a[:0]
    idx = np.searchsorted(b, a)
    idx[idx == len(b)] = len(b) - 1
    return a[b[idx] == a]


def _within(starts: np.ndarray, keys: np.ndarray, slop: int) -> np.ndarray:
    """The sorted unique ``keys`` that lie 1..``slop`` positions after some key in ``starts`` (both
    sorted (doc << bits) + position). Two binary searches per start and one pass over the hits, so
    the cost does not grow with the slop (positions never come near 2**bits, so a hit is always in
    the same document)."""
    if not len(starts) or not len(keys):
        return keys[:0]
    lo = np.searchsorted(keys, starts, side="right")
    hi = np.searchsorted(keys, starts + slop, side="right")
    counts = hi - lo
    total = int(counts.sum())
    if not total:
        return keys[:0]
    # the positions lo[i], lo[i]+1, …, hi[i]-1 of every start, without a Python loop
    first = np.repeat(lo - np.concatenate(([0], np.cumsum(counts)[:-1])), counts)
    picked = keys[first + np.arange(total)]
    return np.unique(picked)


def _sorted_unique(a: np.ndarray) -> np.ndarray:
    """np.unique for an already sorted array, in one pass."""
    if len(a) < 2:
        return a
    return a[np.concatenate(([True], a[1:] != a[:-1]))]


def _leaf_matcher(m):
    while not hasattr(m, "_read_data") and hasattr(m, "child"):
        m = m.child
    return m if hasattr(m, "_read_data") else None


class Engine:
    """Numpy query evaluation over one searcher (all segments, deleted documents excluded)."""

    def __init__(self, searcher, live: np.ndarray):
        self.searcher = searcher
        self.reader = searcher.reader()
        self.leaves = [(r, o) for r, o in self.reader.leaf_readers() if r.doc_count_all()]
        self.live = live
        self.size = len(live)
        self.n_docs = max(1, self.reader.doc_count())
        self._lengths: dict[str, np.ndarray | None] = {}

    # --- postings ------------------------------------------------------------------------

    def _leaf_blocks(self, segreader, offset: int, fieldname: str, text, want_values: bool = False,
                     within=None):
        """Yield (docnums, weights, values-or-None) per posting block of one segment, document
        numbers global. With ``within`` (sorted docnums), blocks holding none of them are skipped."""
        # the raw posting list: deleted documents are dropped afterwards with the live mask
        # (Whoosh's deletion filter would walk every posting in Python)
        try:
            btext = segreader._text_to_bytes(fieldname, text)
            m = segreader._terms.matcher(fieldname, btext, self.searcher.schema[fieldname].format)
        except Exception:  # TermNotFound, or a reader without raw access
            try:
                m = segreader.postings(fieldname, text)
            except Exception:
                return
        leaf = _leaf_matcher(m)
        if leaf is None:  # an unknown matcher: go through it one posting at a time
            ids = np.fromiter(m.all_ids(), dtype=np.int64) + offset
            yield ids, np.ones(len(ids)), None
            return
        prev_max = -1
        while not leaf._atend:
            if within is not None:
                lo = np.searchsorted(within, prev_max + offset + 1)
                skip = lo >= len(within) or within[lo] > leaf._maxid + offset
                prev_max = leaf._maxid
                if skip:
                    if leaf._lastblock:
                        break
                    leaf._goto(leaf._nextoffset)
                    continue
            leaf._read_data()
            raw_ids, raw_w = leaf._data[0], leaf._data[1]
            ids = np.asarray(raw_ids, dtype=np.int64)
            if not leaf._byteids:
                ids = np.cumsum(ids)
            if raw_w is None:
                weights = np.ones(len(ids))
            elif isinstance(raw_w, float):
                weights = np.full(len(ids), raw_w)
            else:
                weights = np.asarray(raw_w, dtype=np.float64)
            yield ids + offset, weights, (leaf._data[2] if want_values else None)
            if leaf._lastblock:
                break
            leaf._goto(leaf._nextoffset)

    def _blocks(self, fieldname: str, text, want_values: bool = False, within=None):
        for segreader, offset in self.leaves:
            yield from self._leaf_blocks(segreader, offset, fieldname, text, want_values, within)

    def _segment_postings(self, segreader, fieldname: str, text):
        """One segment's (local docnums, weights), deleted documents included; cached per segment,
        so the cache survives incremental updates (only new segments are decoded)."""
        storage = segreader.storage()
        key = (getattr(storage, "folder", id(storage)), segreader.segment().segment_id(), fieldname, text)
        with _cache_lock:
            hit = _cache.get(key)
            if hit is not None:
                _cache.move_to_end(key)
                return hit
        parts = list(self._leaf_blocks(segreader, 0, fieldname, text))
        if parts:
            result = (np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts]))
        else:
            result = _EMPTY
        _remember(key, result, len(result[0]))
        return result

    def postings(self, fieldname: str, text) -> tuple[np.ndarray, np.ndarray]:
        """Live document numbers containing the term, and the term's weight (frequency × boost)."""
        docs_parts, weight_parts = [], []
        for segreader, offset in self.leaves:
            ids, weights = self._segment_postings(segreader, fieldname, text)
            if len(ids):
                docs_parts.append(ids + offset)
                weight_parts.append(weights)
        if not docs_parts:
            return _EMPTY
        docs = np.concatenate(docs_parts) if len(docs_parts) > 1 else docs_parts[0]
        weights = np.concatenate(weight_parts) if len(weight_parts) > 1 else weight_parts[0]
        keep = self.live[docs]
        return docs[keep], weights[keep]

    def _field_lengths(self, fieldname: str) -> np.ndarray | None:
        if fieldname not in self._lengths:
            parts = []
            for segreader, offset in self.leaves:
                n = segreader.doc_count_all()
                perdoc = segreader._perdoc
                col = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN) \
                    if hasattr(perdoc, "_cached_reader") else None
                if col is None:
                    parts = None
                    break
                raw = np.frombuffer(col._dbfile.get(col._basepos, col._count), dtype=np.uint8)
                if len(raw) < n:
                    raw = np.concatenate([raw, np.zeros(n - len(raw), np.uint8)])
                parts.append(_BYTE_LENGTH[raw[:n]])
            self._lengths[fieldname] = np.concatenate(parts) if parts else None
        return self._lengths[fieldname]

    # --- scoring -------------------------------------------------------------------------

    def _bm25(self, fieldname: str, docs: np.ndarray, weights: np.ndarray, boost: float) -> np.ndarray:
        field = self.searcher.schema[fieldname] if fieldname in self.searcher.schema else None
        if field is None or not field.scorable:
            return np.full(len(docs), float(boost))
        df = len(docs)
        idf = math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))
        lengths = self._field_lengths(fieldname)
        total = self.reader.field_length(fieldname)
        avg = total / self.n_docs if total else 1.0
        dl = lengths[docs] if lengths is not None else np.full(len(docs), avg)
        tf = weights
        return boost * idf * (tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * dl / avg))

    def term(self, fieldname: str, text, boost: float = 1.0):
        docs, weights = self.postings(fieldname, text)
        if not len(docs):
            return _EMPTY
        return docs, self._bm25(fieldname, docs, weights, boost)

    # --- phrases -------------------------------------------------------------------------

    def _segment_positions(self, segreader, fieldname: str, text) -> np.ndarray:
        """Sorted (local doc << bits) + position keys of every occurrence of the term in one
        segment; cached like the posting lists."""
        storage = segreader.storage()
        key = ("pos", getattr(storage, "folder", id(storage)), segreader.segment().segment_id(),
               fieldname, text)
        with _cache_lock:
            hit = _cache.get(key)
            if hit is not None:
                _cache.move_to_end(key)
                return hit[0]
        packed = isinstance(self.searcher.schema[fieldname].format, PackedPositions)
        keys: list[int] = []
        extend = keys.extend
        loads = pickle.loads
        blocks = []
        for ids, _w, values in self._leaf_blocks(segreader, 0, fieldname, text, want_values=True):
            if packed:
                blocks.append(packed_keys(ids, values))
                continue
            for doc, v in zip(ids.tolist(), values):
                # Positions format: 4-byte count, then the pickled position deltas
                deltas = loads(v[4:] if v.endswith(b".") else v[4:] + b".")
                deltas[0] += doc << _POS_BITS
                extend(accumulate(deltas))
        if packed:
            keys = np.concatenate(blocks) if blocks else []
        arr = np.asarray(keys, dtype=np.int64) if len(keys) else np.zeros(0, np.int64)
        _remember(key, (arr, None), len(arr))
        return arr

    def _positions(self, fieldname: str, text, candidates: np.ndarray) -> np.ndarray:
        """Sorted (doc << bits) + position keys of every occurrence of ``text`` in the candidates.
        A term whose positions are cached, or that the candidates mostly cover, is decoded whole
        (and cached); otherwise only the blocks holding candidates are decoded."""
        wanted = np.zeros(self.size, dtype=bool)
        wanted[candidates] = True
        parts = []
        for segreader, offset in self.leaves:
            check_deadline()
            ids, _w = self._segment_postings(segreader, fieldname, text)
            if not len(ids):
                continue
            lo, hi = np.searchsorted(candidates, [offset, offset + segreader.doc_count_all()])
            # candidates spread over the postings touch nearly every block of 128 anyway (at one
            # candidate in 64 postings, 87% of them): then decode the term whole, once, and keep it
            if (hi - lo) * WHOLE_TERM_DENSITY >= len(ids) or self._has_positions(segreader, fieldname, text):
                keys = self._segment_positions(segreader, fieldname, text) + (offset << _POS_BITS)
            else:
                keys = self._some_positions(segreader, offset, fieldname, text, candidates[lo:hi])
            parts.append(keys[wanted[keys >> _POS_BITS]])
        return np.concatenate(parts) if parts else np.zeros(0, np.int64)

    def _has_positions(self, segreader, fieldname: str, text) -> bool:
        storage = segreader.storage()
        key = ("pos", getattr(storage, "folder", id(storage)), segreader.segment().segment_id(),
               fieldname, text)
        with _cache_lock:
            return key in _cache

    def _some_positions(self, segreader, offset, fieldname, text, candidates) -> np.ndarray:
        packed = isinstance(self.searcher.schema[fieldname].format, PackedPositions)
        keys: list[int] = []
        extend = keys.extend
        loads = pickle.loads
        blocks = []
        for ids, _w, values in self._leaf_blocks(segreader, offset, fieldname, text, want_values=True,
                                                 within=candidates):
            hit = np.nonzero(np.isin(ids, candidates, assume_unique=True))[0]
            if packed:
                blocks.append(packed_keys(ids[hit], [values[i] for i in hit.tolist()]))
                continue
            for i, doc in zip(hit.tolist(), ids[hit].tolist()):
                v = values[i]
                deltas = loads(v[4:] if v.endswith(b".") else v[4:] + b".")
                deltas[0] += doc << _POS_BITS
                extend(accumulate(deltas))
        if packed:
            return np.concatenate(blocks) if blocks else np.zeros(0, np.int64)
        return np.array(keys, dtype=np.int64) if keys else np.zeros(0, np.int64)

    def phrase(self, q: wq.Phrase):
        words = [w for w in q.words]
        if not words:
            return _EMPTY
        if len(words) == 1:
            return self.term(q.fieldname, words[0], q.boost)
        scored = [self.term(q.fieldname, w, q.boost) for w in words]
        docs = scored[0][0]
        for d, _ in scored[1:]:
            docs = _sorted_intersect(docs, d)
        if not len(docs):
            return _EMPTY
        starts = self._positions(q.fieldname, words[0], docs)
        for i, word in enumerate(words[1:], 1):
            alive = _sorted_unique(starts >> _POS_BITS)  # only documents still in the running
            keys = self._positions(q.fieldname, word, alive)
            if q.slop <= 1:
                starts = _sorted_intersect(starts, keys - i)
            else:  # each next word within `slop` positions after the previous one
                starts = _within(starts, keys, q.slop)
            if not len(starts):
                return _EMPTY
        matched = _sorted_unique(starts >> _POS_BITS)
        score = np.zeros(len(matched))
        for d, s in scored:
            idx = np.searchsorted(d, matched)
            score += s[idx]
        return matched, score

    # --- boolean algebra -----------------------------------------------------------------

    def evaluate(self, q) -> tuple[np.ndarray, np.ndarray]:
        """Sorted unique document numbers and their scores."""
        check_deadline()
        if q is None or isinstance(q, wq.Every):
            docs = np.nonzero(self.live)[0]
            return docs, np.zeros(len(docs))
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)):
            return _EMPTY
        if isinstance(q, wq.Term):
            return self.term(q.fieldname, q.text, q.boost)
        if isinstance(q, wq.Phrase):
            return self.phrase(q)
        if isinstance(q, wq.Not):
            docs, _ = self.evaluate(q.query)
            allowed = self.live.copy()
            allowed[docs] = False
            rest = np.nonzero(allowed)[0]
            return rest, np.zeros(len(rest))
        if isinstance(q, wq.AndNot):
            docs, scores = self.evaluate(q.a)
            neg, _ = self.evaluate(q.b)
            keep = ~np.isin(docs, neg, assume_unique=True)
            return docs[keep], scores[keep]
        if isinstance(q, wq.AndMaybe):
            docs, scores = self.evaluate(q.a)
            opt_docs, opt_scores = self.evaluate(q.b)
            _, ia, ib = np.intersect1d(docs, opt_docs, assume_unique=True, return_indices=True)
            scores = scores.copy()
            scores[ia] += opt_scores[ib]
            return docs, scores
        if isinstance(q, wq.Require):
            docs, scores = self.evaluate(q.a)
            req, _ = self.evaluate(q.b)
            keep = np.isin(docs, req, assume_unique=True)
            return docs[keep], scores[keep]
        if isinstance(q, wq.And):
            return self._and(q.subqueries)
        if isinstance(q, (wq.Or, wq.DisjunctionMax)):
            return self._or(q.subqueries, q.boost)
        return self._fallback(q)

    def _and(self, subqueries):
        positive = [s for s in subqueries if not isinstance(s, wq.Not)]
        negative = [s.query for s in subqueries if isinstance(s, wq.Not)]
        if not positive:
            docs, scores = np.nonzero(self.live)[0], None
        else:
            docs, scores = self.evaluate(positive[0])
            for sub in positive[1:]:
                d, s = self.evaluate(sub)
                docs, ia, ib = np.intersect1d(docs, d, assume_unique=True, return_indices=True)
                scores = scores[ia] + s[ib]
                if not len(docs):
                    return _EMPTY
        if scores is None:
            scores = np.zeros(len(docs))
        for sub in negative:
            neg, _ = self.evaluate(sub)
            keep = ~np.isin(docs, neg, assume_unique=True)
            docs, scores = docs[keep], scores[keep]
        return docs, scores

    def _or(self, subqueries, boost: float = 1.0):
        parts = [self.evaluate(s) for s in subqueries]
        parts = [p for p in parts if len(p[0])]
        if not parts:
            return _EMPTY
        if len(parts) == 1:
            docs, scores = parts[0]
        else:
            alld = np.concatenate([p[0] for p in parts])
            alls = np.concatenate([p[1] for p in parts])
            docs, inverse = np.unique(alld, return_inverse=True)
            scores = np.bincount(inverse, weights=alls, minlength=len(docs))
        return docs, scores * boost if boost != 1.0 else scores

    def _fallback(self, q):
        found = []
        for i, doc in enumerate(self.searcher.docs_for_query(q)):
            if i % 1024 == 0:
                check_deadline()
            found.append(doc)
        docs = np.asarray(found, dtype=np.int64)
        docs = np.unique(docs)
        return docs, np.full(len(docs), float(getattr(q, "boost", 1.0)))
