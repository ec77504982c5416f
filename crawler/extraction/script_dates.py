"""Publish times a page gives in its scripts rather than in its text: epoch seconds or milliseconds,
ISO strings and shown forms ("今天 09:12") assigned in inline JavaScript or a JSON blob, the page's own
(not a comment's or a related item's); and whether a time is plausible at all. (Times in attributes:
``attr_dates``.)"""
from __future__ import annotations

import html
import json
import re
from datetime import datetime, timedelta
from urllib.parse import unquote

from .dates import parse_chinese_datetime
from .script_state import json_api_opening, next_flight, nuxt_data, qwik_data, with_nuxt_state


def date_plausible(dt: datetime | None, now: datetime) -> bool:
    """A publish time cannot be (much) later than the crawl time, nor before the web."""
    return dt is not None and 1995 <= dt.year and dt <= now + timedelta(days=2)


_SCRIPT_DATE = re.compile(   # (the lookahead first: most characters fail it at once, the alternation is slow;
    # it asks for the second letter too, u, t, e, a, o or r in every key: "pu", "pt", "re", "da", "do", "cr", "ct",
    # "su", "le", as a script's p, d, c, s, l and r are many)
    r"""(?=[pdcslrPDCSLR][uteaor])(?:[pP]ublish_?[tT]ime|[pP]ublic_?[tT]ime|ptime|[rR]eleased?_?(?:[aA]t|[tT]ime|[dD]ate)|[pP]ublish_?[dD]ate|[pP]ub_?[dD]ate|[pP]ub_?[tT]ime|datePublished|"""
    r"""[pP]ublish_?[aA]t|[pP]ublished[_-]?[aA]t|[pP]ublished_?[Tt]ime|published(?![\w$-])|doc_?rel_?time|docRelTime|"""   # (TRS: docreltime)
    r"""publish_?ts|publishTs|pub_?ts|pubTs|"""   # (an epoch's "_ts": "publish_ts": 1732008000000)
    r"""[cC]reate_?[tT]ime|[cC]reated_?[Tt]ime|"""
    r"""[cC]reated_?[aA]t|create_?at|ctime|\bct|"""
    r"""[sS]ubmit_?[tT]ime|submitted_?at|submittedAt|[lL]etter_?[tT]ime)"""   # (a message's: "submitTime": 1680016500,
    # ASP.NET's PascalCase "PublishTime", a 信箱's "LetterTime"; 搜狐号's "publicTime")
    r"""(?:_?[Tt]ext|_?[Ss]tr|_?[Ss]how|Long)?["']?\]?\s*[:=]\s*(?:\[\d,\s*)?"""   # ("pubTimeLong": ms; "$CONFIG['pubTime'] = …")   # ("publishTimeText": "11月3日 20:15", a
    # shown form; Astro's props give each value its type first: "pubDate":[3,"2022-08-14T23:05:00.000Z"])
    r"""["']?\s*(\d{13}|\d{10}|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} \d{1,2} \d\d:\d\d:\d\d [+-]\d{4} (?:19|20)\d\d|"""
    r"""(?:今天|昨天|前天)\s*[0-2]?\d:[0-5]\d|\d{1,2}月\d{1,2}日\s*[0-2]?\d:[0-5]\d|"""   # (as a microblog prints it)
    r"""(?:19|20)\d{6}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?(?![\d:])|"""   # (compact: "20230405 14:26")
    r"""(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}"""
    r"""(?:[ T]\d{1,2}:\d\d(?::\d\d(?:\.\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?)?)""")
# keys of arrays / objects that hold other items (comments, related stories), not the page itself
_OTHER_KEY = re.compile(r"comment|reply|replies|review|related|relate|recommend|rec_?list|hot|list|items|feed|"
                        r"more|next|prev|other|similar|guess|top(?!ic)|rank|sidebar|cmt|answers|children|data_list|"   # (a "topic" is the page's)
                        r"music|audio|bgm|sound|song",   # (a video's sound track: its own times)
                        re.I)
_KEY_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def other_key(name: str) -> bool:
    """A key naming other items (commentList, hot_list, recoFeed, moreFromAuthor), by its words: "hot"
    in "photo" is none."""
    return any(_OTHER_KEY.match(w.lower()) for w in _KEY_WORDS.findall(name)) or _OTHER_KEY.match(name.lower()) is not None


_KEY_BEFORE = re.compile(r"""["']?([A-Za-z_$][\w$]*)["']?\s*[:=]\s*$""")


def _after_object(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\r\n":
        j -= 1
    return j >= 0 and text[j] == "}"


_STRUCTURE = re.compile(r"[\"'\[\]{},]")
_IN_QUOTE = {'"': re.compile(r'[\\"]'), "'": re.compile(r"[\\']")}


class _Nesting:
    """Bracket nesting of one script, scanned once from its start as matches come in order."""

    def __init__(self, script_start: int, by_words: bool = False):
        self.by_words = by_words   # (a key names other items by its words, not by a piece of one)
        self.start = script_start
        self.pos = script_start
        self.stack: list[tuple[str, int]] = []
        self.items: dict[int, int] = {}   # array start → commas read at its own level (its later items)
        self.quote: str | None = None
        self.holds: dict[int, bool] = {}   # object start → holds the headline

    def _names_other(self, key: str) -> bool:
        return other_key(key) if self.by_words else _OTHER_KEY.search(key) is not None

    def advance(self, text: str, to: int) -> None:
        i, stack, quote = self.pos, self.stack, self.quote
        while i < to:
            # (from one character that matters to the next: a quote, a bracket, a comma, or inside a
            # string its closing quote and escapes; the rest is skipped by the pattern, not a loop)
            m = (_IN_QUOTE[quote] if quote else _STRUCTURE).search(text, i, to)
            if m is None:
                i = to
                break
            i = m.start()
            ch = text[i]
            if quote:
                if ch == "\\":
                    i += 2
                    continue
                quote = None
            elif ch == '"' or ch == "'":
                quote = ch
            elif ch == "[" or ch == "{":
                stack.append((ch, i))
            elif ch == "]" or ch == "}":
                if stack:
                    stack.pop()
            elif stack and stack[-1][0] == "[" and _after_object(text, i):   # (a comma)
                self.items[stack[-1][1]] = self.items.get(stack[-1][1], 0) + 1   # (an object item ended
                # at the array's level: its next item follows)
            i += 1
        self.pos, self.quote = max(i, to), quote

    def own(self, text: str) -> bool:
        """The current position is the page's own: not inside an array, not inside an object or
        variable named like a comment / related-story list."""
        for ch, at in self.stack:
            if ch == "[" and at > self.start and (text[at - 1].isalnum() or text[at - 1] in "_$])"):
                continue   # (a subscript, "$CONFIG['pubTime'] = …": no array)
            if ch == "[" and not self._first_item(text, at):
                return False   # (an array's first item is the page's, when the array's name does not say it
                # holds other items: var $render_data = [{…}], "superlanding":[{"itemData":{…}}])
            m = _KEY_BEFORE.search(text[max(self.start, at - 60):at])
            if m and self._names_other(m.group(1)) and not (ch == "{" and m.group(1) == "feed"):
                return False   # (a share page's one "feed": {…} object is the page's own record; a feed's
        return True            # items are in an array)


    def in_named_other(self, text: str) -> bool:
        """Inside an array or object whose key names other items (comments, related stories)."""
        for ch, at in self.stack:
            m = _KEY_BEFORE.search(text[max(self.start, at - 60):at])
            if m and self._names_other(m.group(1)):
                return True
        return False

    def _first_item(self, text: str, at: int) -> bool:
        """Still in the first item of the array opened at ``at``, which is assigned to a name that
        does not say it holds other items."""
        m = _KEY_BEFORE.search(text[max(self.start, at - 60):at])
        return m is not None and not self._names_other(m.group(1)) \
            and not self.items.get(at)   # (no comma yet at the array's own level: a nested list's don't count)



_EJSON_DATE = re.compile(r'\{\s*"\$date"\s*:\s*(\d{13}|"[^"]{10,30}")\s*\}')
_MS_JSON_DATE = re.compile(r"\\?/Date\((\d{10,13})(?:[+-]\d{4})?\)\\?/")


_MSG_CT = re.compile(r"\bmsg_?[cC]t\b")


def script_date(raw: str, now, title: str | None = None, own_only: bool = False):
    """Publish time assigned in inline JavaScript or a JSON blob (pages that fill the date
    client-side): epoch seconds or milliseconds, or an ISO string, the first one that belongs to the
    page itself (not to an item of a comment or related-story list). A JSON blob shipped URL-encoded
    (a video share page's ``<script id="RENDER_DATA">%7B%22app%22…``) is read decoded. Given the
    page's headline, a time in the object that holds it comes first (a normalized store lists the
    related articles' records, alike, before the page's own). ``own_only``: that record's time or
    none (a thread's opening post, whose replies' records carry times of their own)."""
    if "__NUXT__=(function(" in raw:   # Nuxt 2: its values passed as arguments, read in their places
        raw = with_nuxt_state(raw)
    if "/Date(" in raw:   # ASP.NET's JSON dates, "\/Date(1315141653000)\/": the milliseconds they hold
        raw = _MS_JSON_DATE.sub(r"\1", raw)
    if '"$date"' in raw:   # Meteor's EJSON dates, {"$date": 1436401601000}: the milliseconds they hold
        raw = _EJSON_DATE.sub(r"\1", raw)
    if "msgCt" in raw or "msg_ct" in raw:   # a 公众号's "var msgCt = …": its "ct" (one pass over the page, only here:
        raw = _MSG_CT.sub("ct", raw)          # a key in the pattern costs every page's scan)
    if own_only:
        key = _title_key(title)
        if not key:
            return None
        found = _script_date(raw[:1_000_000], now, key, own_only=True)
        for marker, rebuilt in (("__NUXT_DATA__", nuxt_data), ("qwik/json", qwik_data), ("self.__next_f.push", next_flight)):
            if found is None and marker in raw:   # (or in a state kept flat or in string literals, rebuilt)
                found = _script_date(rebuilt(raw), now, key, own_only=True)
        return found
    from .written_dates import filled_date, sunk_date, written_date

    found = filled_date(raw, now) if ").text(" in raw or ").html(" in raw else None
    found = found or (written_date(raw, now) if "document.write(" in raw else None)
    found = found or (sunk_date(raw, now) if "document.write(" in raw or "innerHTML" in raw or ").text(" in raw else None)
    found = found or _script_date(raw[:1_000_000], now, _title_key(title))
    if found is None and "__NUXT_DATA__" in raw:   # Nuxt 3: a flat array, values referred to by index
        found = _script_date(nuxt_data(raw), now, _title_key(title))
    if found is None and "qwik/json" in raw:   # Qwik: the same, by base-36 index
        found = _script_date(qwik_data(raw), now, _title_key(title))
    if found is None and ("flarum-json-payload" in raw or "flarum/app" in raw) and (opening := json_api_opening(raw)):
        found = parse_chinese_datetime(opening, now)   # (Flarum: the opening post's record by its id)
    if found is None and "self.__next_f.push" in raw:   # Next.js app router: flight rows in string literals
        found = _script_date(next_flight(raw), now, _title_key(title))
    if found is None and ('\\":' in raw or "&q;" in raw):   # JSON kept as an escaped string in a script
        # (SvelteKit's data-sveltekit-fetched "body":"{\\"title\\":…}") or in Angular's transfer state (&q; for ")
        found = _script_date(_unescaped_scripts(raw[:1_000_000]), now, _title_key(title))
    if found is None and "&quot;" in raw:   # a component's state in an attribute, HTML-escaped (an Astro
        # island's props="{&quot;pubDate&quot;:…}", Inertia's data-page, React on Rails' data-react-props)
        for m in _STATE_ATTR.finditer(raw, 0, 1_000_000):
            found = _script_date("<script>" + html.unescape(m.group(1)) + "</script>", now, _title_key(title))
            if found is not None:
                break
    if found is None and "x-data" in raw:   # Alpine.js: a component's state in its x-data attribute
        for m in _X_DATA.finditer(raw, 0, 1_000_000):
            found = _script_date("<script>" + html.unescape(m.group(1)) + "</script>", now)
            if found is not None:
                break
    if found is None and ("pub" in raw or "Pub" in raw) and (m := _PUB_CALL.search(raw, 0, 1_000_000)):
        found = parse_chinese_datetime(compact_stamp(m.group(1)), now)   # writePubInfo({…, t:"20150612093000"})
        found = found if found is not None and date_plausible(found, now) else None
    if found is None and "astro-island" in raw:
        found = _island_date(raw, now)
    if found is None and "%22" in raw:
        for m in _ENCODED_SCRIPT.finditer(raw, 0, 1_000_000):
            found = _script_date("<script>" + unquote(m.group(1)) + "</script>", now)
            if found is not None:
                break
    return found


_X_DATA = re.compile(r'\sx-data\s*=\s*"([^"]{20,2000})"')
# a call writing the page's publish line, given the time as a compact stamp: writePubInfo({t:"20150612093000"})
_PUB_CALL = re.compile(r"""\b\w*(?:[Pp]ub|[Pp]ublish)\w*\s*\(\s*\{[^{}]{0,200}?[:=]\s*["'](\d{14}|\d{12})["']""")


def compact_stamp(value: str) -> str:
    """``201506121640`` / ``20150612164000`` → ``2015-06-12 16:40``; other values unchanged."""
    if len(value) in (12, 14) and value[:2] in ("19", "20") and value.isdigit():
        return f"{value[:4]}-{value[4:6]}-{value[6:8]} {value[8:10]}:{value[10:12]}"
    return value


_STATE_ATTR = re.compile(r'\s(?:props|data-props|data-page|data-react-props|data-state|data-initial-state)\s*=\s*"(\{&quot;[^"]{20,})"')


# an Astro island given a Date of its own (type 3) at the top of its props: a time component's value
# ("<astro-island component-url="/_astro/PubTime.js" props="{&quot;date&quot;:[3,&quot;2025-03-02T23:40:00.000Z&quot;]}">)
_ISLAND_PROPS = re.compile(r'<astro-island\b[^>]*?\sprops\s*=\s*"(\{[^"]{10,2000})"')
_LATER_KEY = re.compile(r"updat|modif|edit|expir|end|server|now", re.I)


def _island_date(raw: str, now):
    for m in _ISLAND_PROPS.finditer(raw, 0, 1_000_000):
        try:
            props = json.loads(html.unescape(m.group(1)))
        except ValueError:
            continue
        if not isinstance(props, dict):
            continue
        for key, value in props.items():
            if isinstance(value, list) and len(value) == 2 and value[0] == 3 and isinstance(value[1], str) \
                    and not other_key(key) and not _LATER_KEY.search(key):
                dt = parse_chinese_datetime(value[1], now)
                if dt is not None and date_plausible(dt, now):
                    return dt
    return None


_ENCODED_SCRIPT = re.compile(r"<script\b[^>]*>\s*(%(?:7B|5B)%22[^<\s]{20,})\s*</script", re.I)


def _scripts(text: str):
    """(start, end) of each script: from its ``<script`` to its ``</script`` (or the text's end)."""
    at = text.find("<script")
    while at >= 0:
        end = text.find("</script", at + 7)
        if end < 0:
            end = len(text)
        cdata = text.find("<![CDATA[", at, min(end, at + 300))
        yield (cdata + 9 if cdata >= 0 else at), end   # (past a CDATA mark: its brackets open no array)
        at = text.find("<script", end)


# a script printing the time into its element: $("#time").text(formatDate(1371623000)) (not "#modtime")
_ANGULAR_ESCAPES = (("&q;", '"'), ("&s;", "'"), ("&l;", "<"), ("&g;", ">"), ("&a;", "&"))


# a string literal holding escaped JSON ("body":"{\"related\":[…],\"article\":{…}}")
_ESCAPED_JSON = re.compile(r'"((?:\{|\[)(?:[^"\\]|\\.){20,})"')


def _json_string(literal: str) -> str | None:
    try:
        return json.loads('"' + literal + '"')
    except ValueError:
        return None


def _unescaped_scripts(raw: str) -> str:
    """The scripts holding escaped JSON, unescaped, as scripts of their own."""
    out = []
    for start, end in _scripts(raw):
        body = raw[start:end]
        if '\\":' in body:
            decoded = [d for d in map(_json_string, _ESCAPED_JSON.findall(body)) if d]
            if decoded:   # (each string literal read as JSON reads it: its brackets nest again)
                out.extend("<script>" + d + "</script>" for d in decoded)
            else:
                out.append("<script>" + body.replace('\\"', '"').replace("\\/", "/") + "</script>")
        elif "&q;" in body:
            for code, ch in _ANGULAR_ESCAPES:
                body = body.replace(code, ch)
            out.append("<script>" + body + "</script>")
    return "".join(out)


def _title_key(title: str | None) -> str | None:
    """The start of the headline, as a script's record of the page would hold it."""
    t = (title or "").strip()
    return t[:12] if len(t) >= 6 else None


def record_timestamp(raw: str, now, title: str | None):
    """A bare "timestamp" / "ts" in the record that holds the headline (a short-video page's
    "photo": {"title": …, "timestamp": 1794876310000}): too common a key to read anywhere else."""
    key = _title_key(title)
    return _script_date(raw[:1_000_000], now, key, own_only=True, pattern=_BARE_TS) if key else None


_BARE_TS = re.compile(r"""(?=[t])(?<![\w$])(?:timestamp|ts|time)["']?\s*[:=]\s*["']?(\d{13}|\d{10})(?!\d)""")   # (the key itself,
# not the end of another: "grab_time", a crawler's)


def _script_date(text: str, now, title: str | None = None, own_only: bool = False, pattern=_SCRIPT_DATE):
    # (the key pattern runs inside scripts only: visible text is read elsewhere, and a scan of the
    # whole page with it costs a 90 KB page 2 ms)
    first = created = own_created = day = None
    n = 0
    for start, end in _scripts(text):
        nest = _Nesting(start, by_words=True)
        for m in pattern.finditer(text, start, end):
            n += 1
            if n > 200:
                return own_created if own_only else own_created or first or created or day
            nest.advance(text, m.start())
            if not nest.own(text) and (title is None or nest.in_named_other(text) or not _holds(text, nest, end, title)):
                continue   # (a later item of a list is the page's only when it holds the headline: SvelteKit's
                # route nodes, [{layout data}, {"article": {…}}])
            dt = parse_chinese_datetime(m.group(1), now)
            if dt is not None and date_plausible(dt, now) and ":" not in m.group(1) and not m.group(1).isdigit():
                day = day or dt   # a day only ("datePublished": "2019-08-23"): a time of that day, if any, first
                continue
            if dt is not None and date_plausible(dt, now):
                is_created = bool(_CREATED_KEY.match(m.group(0))) or pattern is _BARE_TS
                if title is not None and _holds(text, nest, end, title):
                    if not is_created:
                        return dt
                    own_created = own_created or dt   # (the headline's record's creation: before others')
                    continue
                if is_created:
                    created = created or dt   # a record's creation: the publish time, when given, wins
                elif title is None:
                    return dt
                else:
                    first = first or dt   # (another record's, perhaps: the headline's record first)
    if own_only:
        return own_created
    found = own_created or first or created
    return found if day is None or found is not None and found.date() == day.date() else day


_U_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def _holds(text: str, nest: "_Nesting", end: int, title: str) -> bool:
    """The innermost object around the current position holds ``title`` (``\\uXXXX`` escapes read;
    an object's first 30 KB: a record's headline comes early in it)."""
    at = next((i for ch, i in reversed(nest.stack) if ch == "{"), None)
    if at is None:
        return False
    known = nest.holds.get(at)
    if known is not None:
        return known
    depth, quote, close = 0, None, min(end, at + 30_000)
    for m in _STRUCTURAL.finditer(text, at, close):   # (to the object's closing brace)
        ch = m.group()
        if quote:
            if ch == quote and not _escaped(text, m.start()):
                quote = None
        elif ch == '"' or ch == "'":
            quote = ch
        elif ch == "{" or ch == "[":
            depth += 1
        elif ch == "}" or ch == "]":
            depth -= 1
            if depth == 0:
                close = m.end()
                break
    span = text[at:close]
    found = title in span or "\\u" in span and title in _U_ESCAPE.sub(lambda u: chr(int(u.group(1), 16)), span)
    nest.holds[at] = found
    return found


_STRUCTURAL = re.compile(r"""["'{}\[\]]""")


def _escaped(text: str, i: int) -> bool:
    n = 0
    while i > 0 and text[i - 1] == "\\":
        n, i = n + 1, i - 1
    return n % 2 == 1


# (and "publicTime": 搜狐号's publish time, but a message board's time of making a letter public, after its
# createTime: as weak as a creation's, the first of them in the record wins)
_CREATED_KEY = re.compile(r"create_?time|createTime|created_?time|created_?at|create_?at|createdAt|ctime|submit|public_?time", re.I)
