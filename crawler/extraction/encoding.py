"""Byte-to-text decoding for Chinese web pages: declared charset, then meta, then detection.

GB2312/GBK are decoded as GB18030 (a superset), Big5 as Big5-HKSCS (a superset). A declared
charset is only trusted when the bytes decode cleanly with it; valid multi-byte UTF-8 wins over a
wrong non-UTF-8 declaration. Never raises: ``errors="replace"`` is the last resort.
"""
from __future__ import annotations

import codecs
import re

_META_RE = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{2,40})""", re.I)
_XML_RE = re.compile(rb"""<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:\-]{2,40})""", re.I)

_ALIASES = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030", "gb_2312": "gb18030",
    "gb_2312-80": "gb18030", "cp936": "gb18030", "ms936": "gb18030", "windows-936": "gb18030", "euc-cn": "gb18030",
    "csgb2312": "gb18030", "chinese": "gb18030", "hz-gb-2312": "hz",
    "big5": "big5hkscs", "big-5": "big5hkscs", "big5-hkscs": "big5hkscs", "big5hkscs": "big5hkscs", "cp950": "big5hkscs",
    "x-x-big5": "big5hkscs", "cn-big5": "big5hkscs",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode-1-1-utf-8": "utf-8", "utf-16": "utf-16",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "windows-1252": "cp1252",
}

# Frequent Chinese characters (simplified and traditional forms): a correctly decoded page is full
# of them, a mis-decoded one is mostly rare characters.
_COMMON = set(
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行"
    "所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它"
    "与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新"
    "己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平"
    "系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统区保至队形"
    "社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死张该交规万取"
    "拉格望觉术领共确传师观清今切院让识候带导争运笔們來為國說時會對於著後裡種經麼學現當動還進樣實從開與長機無"
    "問業間兩頭體產應戰見給東聲員處條氣題爾別電數報結場資區隊書計論義幾認發據導學內")


def normalize_codec(name: str | None) -> str | None:
    if not name:
        return None
    n = name.strip().strip("\"'").lower().replace("_", "-")
    if n in _ALIASES:
        return _ALIASES[n]
    n2 = n.replace("-", "")
    for k, v in _ALIASES.items():
        if k.replace("-", "") == n2:
            return v
    try:
        return codecs.lookup(n).name
    except LookupError:
        return None


def sniff_declared(body: bytes) -> str | None:
    """Charset named by <meta charset>, <meta http-equiv> or the XML declaration."""
    head = body[:16384]
    m = _XML_RE.search(head[:512]) or _META_RE.search(head)
    if not m:
        return None
    return normalize_codec(m.group(1).decode("ascii", "ignore"))


def _bom(body: bytes) -> tuple[str, int] | None:
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if body.startswith(codecs.BOM_UTF32_LE) or body.startswith(codecs.BOM_UTF32_BE):
        return ("utf-32", 0)
    if body.startswith(codecs.BOM_UTF16_LE) or body.startswith(codecs.BOM_UTF16_BE):
        return ("utf-16", 0)
    return None


def _errors(body: bytes, codec: str, limit: int = 400_000) -> tuple[int, int]:
    """(decode errors, non-ascii chars) on a bounded sample of ``body``."""
    sample = body[:limit]
    try:
        text = sample.decode(codec, errors="replace")
    except (LookupError, UnicodeError):
        return 10**9, 0
    if len(body) > limit:
        text = text[:-2]  # a multi-byte char may be cut at the end of the sample
    bad = text.count("\ufffd") - (sample.count(b"\xef\xbf\xbd") if codec == "utf-8" else 0)
    return bad, 0


def _common_score(body: bytes, codec: str) -> float:
    text = body[:200_000].decode(codec, errors="replace")
    cjk = [ch for ch in text if ord(ch) > 0x2E80]
    if not cjk:
        return 0.0
    bad = text.count("\ufffd")
    common = sum(1 for ch in cjk if ch in _COMMON)
    return (common - 5 * bad) / (len(cjk) + 1)


def _clean_ok(body: bytes, codec: str) -> bool:
    if len(body) > 2 * _HEAD and _errors(body, codec, _HEAD)[0] > 4:
        return False   # already more bad characters in the first 32 KB than a clean page has: no need to read on
    bad, _ = _errors(body, codec)
    if bad == 0:
        return True
    # tolerate a handful of broken bytes on a long page (truncated characters, junk in ads)
    if bad > 3:
        return False
    nonascii = len(_HIGH.findall(body[:400_000]))
    return bad * 200 < max(nonascii, 1)


_HIGH = re.compile(rb"[\x80-\xff]")
_HEAD = 32_768


def _has_utf8_multibyte(body: bytes) -> bool:
    return re.search(rb"[\xe0-\xef][\x80-\xbf]{2}", body[:400_000]) is not None


def decode_html(body: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode page bytes. Returns (text, codec actually used)."""
    text, codec, _ = decode_page(body, declared)
    return text, codec


def decode_page(body: bytes, declared: str | None = None) -> tuple[str, str, bool]:
    """``decode_html``'s (text, codec), and whether the text is the whole of ``body`` read as strict
    UTF-8 (then the parser may read the bytes themselves: ``dom.parse``)."""
    if not body:
        return "", (normalize_codec(declared) or "utf-8"), False
    if isinstance(body, str):  # tolerate callers passing text
        return body, "utf-8", False
    bom = _bom(body)
    if bom:
        codec, skip = bom
        return body[skip:].decode(codec, errors="replace"), codec, False

    header = normalize_codec(declared)
    meta = sniff_declared(body)
    tried: list[str] = []
    for cand in (header, meta):
        if not cand or cand in tried:
            continue
        tried.append(cand)
        if cand in ("utf-16", "utf-32"):
            continue  # without a BOM a declared UTF-16 on an HTML page is almost always wrong
        if cand == "utf-8":
            try:
                return body.decode("utf-8"), "utf-8", True  # valid UTF-8 as declared: the common case, one pass
            except UnicodeDecodeError:
                pass
        if cand != "utf-8" and _has_utf8_multibyte(body) and _clean_ok(body, "utf-8"):
            # bytes are valid multi-byte UTF-8: the declaration is wrong
            return body.decode("utf-8", errors="replace"), "utf-8", False
        try:
            text = body.decode(cand)   # clean as declared: decoded once, not checked and decoded again
        except (LookupError, UnicodeError):
            text = None
        if text is not None or _clean_ok(body, cand):
            if cand == "cp1252" and _HIGH.search(body[:400_000]):
                break  # "latin-1" pages in China are mostly mislabelled GBK: detect
            if cand in ("gb18030", "big5hkscs"):
                other = "big5hkscs" if cand == "gb18030" else "gb18030"
                # a wrong GB/Big5 declaration still decodes: compare plausibility
                if _clean_ok(body, other) and _common_score(body, other) > _common_score(body, cand) + 0.15:
                    return body.decode(other, errors="replace"), other, False
            return (text if text is not None else body.decode(cand, errors="replace")), cand, False

    # detection
    try:
        return body.decode("utf-8"), "utf-8", True   # valid UTF-8 throughout: one pass (as _clean_ok would pass it)
    except UnicodeDecodeError:
        pass
    if _clean_ok(body, "utf-8"):
        return body.decode("utf-8", errors="replace"), "utf-8", False
    best, best_score = None, -1e9
    for cand in ("gb18030", "big5hkscs"):
        bad, _ = _errors(body, cand)
        score = _common_score(body, cand) - bad * 0.01
        if score > best_score:
            best, best_score = cand, score
    if best and best_score > 0.05:
        return body.decode(best, errors="replace"), best, False
    try:
        from charset_normalizer import from_bytes
        res = from_bytes(body[:200_000]).best()
        if res is not None and res.encoding:
            codec = normalize_codec(res.encoding) or res.encoding
            return body.decode(codec, errors="replace"), codec, False
    except Exception:  # pragma: no cover - detector failures fall through
        pass
    return body.decode("utf-8", errors="replace"), "utf-8", False
