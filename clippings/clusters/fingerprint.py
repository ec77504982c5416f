"""Fingerprints of a clipping for repost detection, and the pairwise "same story?" decision.

A clipping's body is cleaned of the lines reposting adds or changes (来源 / 原标题 / 责任编辑 /
编辑 / 记者 / 通讯员 bylines, "本报讯" leads), normalised (NFKC, punctuation and spaces removed)
and cut into character 5-gram shingles, each hashed to 32 bits. A datasketch ``MinHash``
(affine32 scheme, 64 permutations) summarises the shingles; its 64 values are grouped into
32 bands of 2 rows, each band giving one integer LSH key. Two clippings sharing a key are
candidates; ``match.same_story`` then decides on the exact shingle sets, the districts and the
numbers each text names, and the 原标题 / title evidence (``clippings.clusters.match``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from clippings import bylines as B

SHINGLE = 5                 # characters per shingle
NUM_PERM = 64               # MinHash permutations
ROWS = 2                    # rows per LSH band -> 32 bands; P(candidate | J=0.3) ~ 0.95
BANDS = NUM_PERM // ROWS
SEED = 20261126
MIN_SHINGLES = 8            # bodies shorter than this (after cleaning) are not fingerprinted

LEAD_CHARS = 40             # the "first paragraph" is at least this long

_LABELS = (
    *B.SOURCE, *B.REPOST, *B.ORIGINAL_TITLE, *B.AUTHOR, *B.EDITOR, *B.REVIEW, "转载", "记者", "通讯员",
    "实习生", "摄影", "摄像", "图片", "图", "视频", "发布时间", "发布日期", "时间", "日期", "浏览次数", "阅读",
    "字号", "点击", "出品", "编者按", "编者的话", "编后", "导读", "摘要", "提要", "核心提示",
)
_LABEL_RE = "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True))
# A whole boilerplate line: optional bracket, a label, a colon or a space.
_BOILER_LINE = re.compile(rf"^[\s【\[（(]*(?:{_LABEL_RE})\s*[:：丨|/ 】\]]")
_BOILER_ANYWHERE = re.compile(rf"[【\[（(]\s*(?:{_LABEL_RE})\s*[:：][^】\]）)]{{0,60}}[】\]）)]")
# "本报讯（记者 张三 通讯员 李四）", "江州日报讯", bracketed bylines.
_BYLINE = re.compile(r"[（(【\[]\s*(?:本报|本台|融媒体|特约|见习)?\s*(?:记者|通讯员|实习生|特约记者|融媒体记者)"
                     r"[^）)】\]]{0,50}[）)】\]]")
_REPLY_PREFIX = re.compile(r"^回复\s*\d+\s*#\s*\S{0,20}\s*[:：]?\s*")
# Forum threads: floor numbers, user names and board chrome on lines of their own.
_FORUM_NOISE = re.compile(r"^(?:\d+\s*#|#\d+|\d+\s*楼|沙发|板凳|返回列表|统计|Powered by.*|查看\s*[:：].*)$", re.I)
_SENTENCE_PUNCT = re.compile(r"[，。！？、；,.!?;…]")
_NEWS_LEAD = re.compile(r"^\s*[\w·]{0,16}?(?:讯|电)(?=[\s（(【\[:：]|\d)[:：]?")
_FIELD = re.compile(rf"(?:^|[\s【\[（(])(?P<label>{B.alternation(B.SOURCE, B.REPOST, B.ORIGINAL_TITLE)})\s*[:：]\s*"
                    r"(?P<value>[^\n】\]）)|丨]{1,80})")
_NUMBER = re.compile(r"\d+(?:\.\d+)?[^\W\d_]?")
_NON_WORD = re.compile(r"[\W_]+")
_OUTLET_SUFFIX = re.compile(r"(?:官方网站|官网|客户端|微信公众号|公众号|官方微博|微博|app|网)$")
_META_TAIL = re.compile(r"\s+(?:\d{4}[-年/.]\d{1,2}|作者|编辑|责任编辑|发布时间|时间)\b.*$")

# Characters NFKC would change that matter here (fullwidth letters/digits, circled numbers,
# compatibility ideographs); CJK punctuation is left as is: the patterns accept both forms.
_COMPAT = re.compile(r"[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u2460-\u24FF\uF900-\uFAFF\u2F00-\u2FDF]")

_U64 = np.uint64


def normalize(text: str | None) -> str:
    """NFKC, skipped (it is slow on long CJK text) when nothing relevant would change."""
    text = text or ""
    return unicodedata.normalize("NFKC", text) if _COMPAT.search(text) else text
_MASK32 = _U64(0xFFFFFFFF)


def split_body(text: str | None, normalized: bool = False, forum: bool = False) -> tuple[str, str]:
    """(the story's own text, the boilerplate removed from it): 来源 / 编辑 lines, bylines, leads.

    For forum threads also floor numbers, board chrome and short unpunctuated lines (user names).
    """
    text = (text or "") if normalized else normalize(text)
    kept, meta = [], []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if forum and (_FORUM_NOISE.match(line) or (len(line) <= 12 and not _SENTENCE_PUNCT.search(line))):
            continue
        if _BOILER_LINE.match(line):
            meta.append(line)
            continue
        if not kept:
            line = _NEWS_LEAD.sub("", line)
        line = _REPLY_PREFIX.sub("", line)
        if "：" in line or ":" in line:
            meta.extend(m.group(0) for m in _BOILER_ANYWHERE.finditer(line))
            line = _BOILER_ANYWHERE.sub("", line)
        line = _BYLINE.sub("", line)
        if line.strip():
            kept.append(line.strip())
    return "\n".join(kept), "\n".join(meta)


def clean_body(text: str | None, normalized: bool = False) -> str:
    """The story's own text: boilerplate lines and bylines removed."""
    return split_body(text, normalized)[0]


def squeeze(text: str | None, normalized: bool = False) -> str:
    """Letters, digits and CJK only (what shingles and title comparisons use)."""
    text = (text or "") if normalized else normalize(text)
    return _NON_WORD.sub("", text).lower()


_FIELD_HINTS = ("来源", "稿源", "出处", *B.REPOST, *B.ORIGINAL_TITLE)   # every label holds one of these


def parse_fields(text: str | None, normalized: bool = False) -> dict[str, str]:
    """来源 / 原标题 named in the text itself (when extraction did not fill the columns)."""
    found: dict[str, str] = {}
    text = text or ""
    if not any(h in text for h in _FIELD_HINTS):
        return found
    for m in _FIELD.finditer(text if normalized else normalize(text)):
        key = "original_title" if m.group("label") in B.ORIGINAL_TITLE else "origin_source"
        value = _META_TAIL.sub("", m.group("value").strip()).strip(" 　,，。")
        if value and key not in found:
            found[key] = value
    return found


def norm_outlet(name: str | None) -> str:
    """An outlet's name for comparison: 江州日报网 / 江州日报客户端 -> 江州日报."""
    s = squeeze(name)
    for _ in range(2):
        s = _OUTLET_SUFFIX.sub("", s)
    return s


def outlets_match(a: str | None, b: str | None) -> bool:
    a, b = norm_outlet(a), norm_outlet(b)
    if len(a) < 2 or len(b) < 2:
        return False
    return a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a))


def shingle_hashes(body: str, normalized: bool = False) -> np.ndarray:
    """Sorted unique 32-bit hashes of the character 5-grams of ``squeeze(body)``."""
    s = squeeze(body, normalized)
    if len(s) < SHINGLE:
        return np.empty(0, dtype=np.uint32)
    codes = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(_U64)
    n = len(codes) - SHINGLE + 1
    h = np.zeros(n, dtype=_U64)
    for i in range(SHINGLE):
        h *= _U64(1000003)
        h += codes[i:i + n]
    # splitmix64 finaliser: spread the polynomial hash over all bits
    h ^= h >> _U64(30)
    h *= _U64(0xBF58476D1CE4E5B9)
    h ^= h >> _U64(27)
    h *= _U64(0x94D049BB133111EB)
    h ^= h >> _U64(31)
    h = np.sort((h & _MASK32).astype(np.uint32))
    return h[np.concatenate(([True], h[1:] != h[:-1]))]


@lru_cache(maxsize=1)
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    a, b = MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32").permutations
    return a.astype(np.uint32), b.astype(np.uint32)


@lru_cache(maxsize=1)
def _band_salts() -> np.ndarray:
    return np.random.RandomState(SEED).randint(0, 2**63 - 1, size=BANDS, dtype=np.int64).astype(_U64)


def signature(shingles: np.ndarray) -> np.ndarray:
    """MinHash values (uint32, NUM_PERM) using datasketch's affine32 permutations.

    Same arithmetic as ``MinHash.update_batch`` (h * a + b mod 2**32, column minimum) minus its
    input mixing (our shingle hashes are already mixed), done in place: five times faster.
    """
    a, b = _permutations()
    if not len(shingles):
        return np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
    phv = shingles.reshape(-1, 1) * a
    phv += b
    return phv.min(axis=0)


def as_minhash(sig: np.ndarray) -> MinHash:
    """The signature as a datasketch MinHash (for ``jaccard`` estimates and LSH experiments)."""
    a, b = _permutations()
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32", hashvalues=sig,
                   permutations=(a, b))


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band (SQLite INTEGER)."""
    pairs = sig.astype(_U64).reshape(BANDS, ROWS)
    keys = (pairs[:, 0] << _U64(32)) | pairs[:, 1]
    keys ^= _band_salts()
    return keys.view(np.int64).tolist()


def title_key(title: str) -> int:
    digest = hashlib.blake2b(("T" + title).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


@dataclass
class Features:
    """What the decision needs about one clipping."""

    id: int
    shingles: np.ndarray
    districts: frozenset = frozenset()
    title_districts: frozenset = frozenset()
    lead_districts: frozenset = frozenset()
    numbers: frozenset = frozenset()
    titles: frozenset = frozenset()       # squeezed title and 原标题 (>= 6 chars)
    keys: list[int] = field(default_factory=list)          # band keys, then title keys
    title_keys: list[int] = field(default_factory=list)
    sig: np.ndarray | None = None
    lead: np.ndarray | None = None        # shingles of the first paragraph (>= LEAD_CHARS characters)
    outlet: str = ""                      # source_title (or source)
    origin: str = ""                      # outlet named by a 来源 / 转自 line

    @property
    def empty(self) -> bool:
        return len(self.shingles) < MIN_SHINGLES


class Gazetteer:
    """District mentions in a text, from the bureau profile (names, aliases, streets)."""

    def __init__(self, profile=None):
        names: dict[str, str] = {}
        for d in getattr(profile, "districts", None) or []:
            for n in (d.name, *d.aliases, *d.streets):
                if n and len(n) >= 2:
                    names[n] = d.name
        self._names = names
        pattern = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
        self._re = re.compile(pattern) if pattern else None

    def districts(self, text: str) -> frozenset:
        if self._re is None:
            return frozenset()
        return frozenset(self._names[m.group(0)] for m in self._re.finditer(text))


def features(row: dict, gazetteer: Gazetteer) -> Features:
    """Fingerprint one clipping row (needs id, title, text; origin columns optional)."""
    body, meta = split_body(row.get("text"), forum=row.get("kind") == "forum")
    lead = _lead(body)
    shingles = shingle_hashes(body, normalized=True)
    parsed = {} if row.get("original_title") and row.get("origin_source") else parse_fields(meta, normalized=True)
    titles = set()
    for t in (row.get("title"), row.get("original_title") or parsed.get("original_title")):
        t = squeeze(t)
        if len(t) >= 6:
            titles.add(t)
    feat = Features(
        id=row["id"],
        shingles=shingles,
        districts=gazetteer.districts(body),
        title_districts=gazetteer.districts(normalize(row.get("title"))),
        numbers=frozenset(_NUMBER.findall(body)),
        titles=frozenset(titles),
        lead=shingle_hashes(lead, normalized=True),
        lead_districts=gazetteer.districts(lead),
        outlet=row.get("source_title") or row.get("source") or "",
        origin=row.get("origin_source") or parsed.get("origin_source") or "",
    )
    if not feat.empty:
        feat.sig = signature(shingles)
        feat.title_keys = [title_key(t) for t in sorted(titles)]
        feat.keys = band_keys(feat.sig) + feat.title_keys
    return feat


def _lead(body: str) -> str:
    """The first paragraph (joined with the next ones while shorter than LEAD_CHARS)."""
    lead = ""
    for line in body.split("\n"):
        lead += line
        if len(lead) >= LEAD_CHARS:
            break
    return lead
