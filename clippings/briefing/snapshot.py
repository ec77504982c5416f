"""A briefing as JSON and back: the snapshot kept with each issue.

What was reviewed is what gets signed: every build stores its result with the issue, and a
signed issue is rebuilt from its snapshot instead of from the (possibly grown) archive.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from clippings.briefing.model import Briefing, Item, Section
from clippings.timeutil import parse_iso


def _default(value):
    if isinstance(value, date):          # datetime is a date too
        return value.isoformat()
    raise TypeError(f"cannot serialise {type(value).__name__}")


def to_json(b: Briefing) -> str:
    return json.dumps(dataclasses.asdict(b), ensure_ascii=False, default=_default)


def from_json(text: str) -> Briefing:
    data = json.loads(text)
    sections = []
    for s in data.pop("sections"):
        items = []
        for i in s.pop("items"):
            i["published_at"] = parse_iso(i.get("published_at"))
            items.append(Item(**{k: v for k, v in i.items() if k in _ITEM_FIELDS}))
        sections.append(Section(items=items, **{k: v for k, v in s.items() if k in _SECTION_FIELDS}))
    data["date"] = date.fromisoformat(data["date"])
    return Briefing(sections=sections, **{k: v for k, v in data.items() if k in _BRIEFING_FIELDS})


_ITEM_FIELDS = {f.name for f in dataclasses.fields(Item)}
_SECTION_FIELDS = {f.name for f in dataclasses.fields(Section)} - {"items"}
_BRIEFING_FIELDS = {f.name for f in dataclasses.fields(Briefing)} - {"sections"}
