"""State that script frameworks ship in a page, read as plain JSON for ``script_dates``: Nuxt 2's
IIFE with its values passed as arguments, Nuxt 3's and Qwik's flat arrays whose objects refer to their
values by index, Next.js's app-router flight chunks pushed as string literals."""
from __future__ import annotations

import json
import re


_NUXT = re.compile(r"__NUXT__=\(function\(([\w$,]{0,2000})\)\{(.{0,500000}?)\}\((.{0,20000}?)\)\);?\s*</script", re.S)
_NUXT_ARG = re.compile(r'\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null|void 0)\s*(?:,|$)')
_NUXT_VALUE = re.compile(r":\s*([A-Za-z_$][\w$]{0,2})(?=[,}\]])")


def with_nuxt_state(raw: str) -> str:
    """The page with its Nuxt 2 state's parameters replaced by their arguments
    (``window.__NUXT__=(function(a,b,c){…pubDate:c…}("…","…","2024-06-18 08:30:00"))``), so its
    records read as literals where they stand: ``publishTime:b`` beside ``createTime:1689295697000``."""
    m = _NUXT.search(raw)
    if m is None:
        return raw
    names = [n for n in m.group(1).split(",") if n]
    args, pos, text = [], 0, m.group(3)
    while pos < len(text) and len(args) < len(names):
        a = _NUXT_ARG.match(text, pos)
        if a is None:
            break
        args.append(a.group(1))
        pos = a.end()
    values = dict(zip(names, args))
    body = _NUXT_VALUE.sub(lambda v: ":" + values.get(v.group(1), v.group(1)), m.group(2))
    return raw[:m.start(2)] + body + raw[m.end(2):]


_NUXT_DATA = re.compile(r"""<script\b[^>]*\bid=["']__NUXT_DATA__["'][^>]*>(.{2,2000000}?)</script""", re.S)
_DEVALUE_WRAPPERS = {"Reactive", "ShallowReactive", "Ref", "ShallowRef"}


def nuxt_data(raw: str) -> str:
    """A Nuxt 3 page's state (``<script id="__NUXT_DATA__">``, devalue's flat array whose objects
    give each value as the index of another entry), rebuilt as nested JSON in a script."""
    m = _NUXT_DATA.search(raw)
    flat = _json(m.group(1)) if m else None
    if not isinstance(flat, list) or not flat:
        return ""
    return _rebuilt(flat, lambda x: x if isinstance(x, int) and not isinstance(x, bool) else None)


_QWIK_JSON = re.compile(r"""<script\b[^>]*\btype=["']qwik/json["'][^>]*>(.{2,2000000}?)</script""", re.S)
_BASE36 = re.compile(r"[0-9a-z]{1,6}")


def qwik_data(raw: str) -> str:
    """A Qwik page's state (``<script type="qwik/json">{"objs": […]}``, a flat array whose objects
    and arrays give each value as a base-36 index of another entry), rebuilt as nested JSON."""
    m = _QWIK_JSON.search(raw)
    state = _json(m.group(1)) if m else None
    flat = state.get("objs") if isinstance(state, dict) else None
    if not isinstance(flat, list) or not flat:
        return ""
    return _rebuilt(flat, lambda x: int(x, 36) if isinstance(x, str) and _BASE36.fullmatch(x) else None)


def _json(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return None


def _rebuilt(flat: list, ref) -> str:
    """The nested value of ``flat[0]``, each object's and array's members looked up by ``ref``
    (an entry's index, or None for a literal), as a script."""
    done: dict[int, object] = {}

    def value(i, depth: int = 0):
        if i is None or not 0 <= i < len(flat) or depth > 60:
            return None
        if i in done:
            return done[i]
        done[i] = None   # (a cycle reads as null)
        v = flat[i]
        if isinstance(v, list) and v and isinstance(v[0], str) and len(v) == 2 and (v[0] in _DEVALUE_WRAPPERS or v[0] == "Date"):
            out = v[1] if v[0] == "Date" else value(ref(v[1]), depth + 1)
        elif isinstance(v, list):
            out = [value(ref(x), depth + 1) for x in v]
        elif isinstance(v, dict):
            out = {k: value(ref(x), depth + 1) for k, x in v.items()}
        else:
            out = v
        done[i] = out
        return out

    return "<script>" + json.dumps(value(0), ensure_ascii=False) + "</script>"


_FLIGHT = re.compile(r'self\.__next_f\.push\(\[1,\s*("(?:[^"\\]|\\.){0,500000}")\]\)')
_FLIGHT_ROW = re.compile(r"^[0-9a-f]{1,6}:", re.M)


def next_flight(raw: str) -> str:
    """Next.js app-router flight data (``self.__next_f.push([1,"8:{\\"article\\":…}\\n"])``) decoded
    from its string literals, each row a script of its own without its "8:" reference."""
    rows = []
    for m in _FLIGHT.finditer(raw, 0, 2_000_000):
        try:
            chunk = json.loads(m.group(1))
        except ValueError:
            continue
        rows.extend(r for r in _FLIGHT_ROW.split(chunk) if r.strip())
    return "".join(f"<script>{r}</script>" for r in rows)


_JSON_API = re.compile(r'<script[^>]*\bid="flarum-json-payload"[^>]*>(.{20,2000000}?)</script', re.S)


# ... and Flarum's beta, which boots with it: app.boot({"resources": [...], "document": {...}})
_BOOT = re.compile(r"\bapp\.boot\((\{.{20,2000000}?\})\);?\s*(?:</script|\n)", re.S)


def json_api_opening(raw: str) -> str | None:
    """A JSON:API payload's discussion (Flarum's ``flarum-json-payload``, or the document its beta
    passes to ``app.boot``): the creation time of the opening post, the first of the discussion's
    posts (the included records list the users and other discussions first, alike in shape)."""
    m = _JSON_API.search(raw)
    doc = _json(m.group(1)) if m else None
    api = doc.get("apiDocument") if isinstance(doc, dict) else None
    if api is None and (m := _BOOT.search(raw)):
        doc = _json(m.group(1))
        api = doc.get("document") if isinstance(doc, dict) else None
    data = api.get("data") if isinstance(api, dict) else None
    if not isinstance(data, dict):
        return None
    attrs = data.get("attributes") or {}
    for key in ("createdAt", "startTime"):   # (startTime: the beta's name)
        if isinstance(attrs.get(key), str):
            return attrs[key]
    refs = (((data.get("relationships") or {}).get("posts") or {}).get("data")) or []
    ids = [r.get("id") for r in refs if isinstance(r, dict)]
    posts = {p.get("id"): p.get("attributes") or {} for p in api.get("included") or []
             if isinstance(p, dict) and p.get("type") == "posts"}
    for pid in ids:
        a = posts.get(pid) or {}
        when = a.get("createdAt") or a.get("time")
        if a.get("contentType", "comment") == "comment" and isinstance(when, str):
            return when
    return None
