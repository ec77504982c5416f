"""The 《城管执法月报》 draft for a month: five columns filled by the rules in ``config/monthly.toml``
from the adopted 信息 and the archive, each story (repost cluster) once.

Columns are filled in the file's order, so a story taken by 要点新闻 is not repeated in 八面来风.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from clippings.archive import monthly as store, submissions as sub_store
from clippings.clusters.pickup import month_bounds
from clippings.paths import config_path
from clippings.vocabulary import MONTHLY_COLUMNS, SENTIMENT

FROM = ("own", "outside", "district", "any")


class MonthlyRulesError(ValueError):
    """monthly.toml is wrong (Chinese message naming the column and key)."""


@dataclass(frozen=True)
class ColumnRule:
    key: str
    source: str = "any"
    sentiment: tuple = ()
    keywords: tuple = ()
    max_chars: int | None = None
    limit: int = 10


@dataclass
class Entry:
    kind: str                 # "submission" | "clipping"
    ref: int
    title: str
    origin: str               # unit or outlet
    when: str | None
    story: int | None = None
    summary: str = ""       # staff's text under the title (stored drafts)


@dataclass
class Draft:
    month: str
    columns: dict[str, list[Entry]] = field(default_factory=dict)


def parse_rules(data: dict, name: str = "monthly.toml") -> list[ColumnRule]:
    unknown = set(data) - set(MONTHLY_COLUMNS)
    if unknown:
        raise MonthlyRulesError(f"{name}：未知的栏目 {', '.join(sorted(unknown))}（可用：{', '.join(MONTHLY_COLUMNS)}）")
    rules = []
    for key, table in data.items():
        where = f"{name}：[{key}]"
        if not isinstance(table, dict):
            raise MonthlyRulesError(f"{where} 应为表")
        extra = set(table) - {"from", "sentiment", "keywords", "max_chars", "limit"}
        if extra:
            raise MonthlyRulesError(f"{where} 中未知的项 {', '.join(sorted(extra))}")
        source = table.get("from", "any")
        if source not in FROM:
            raise MonthlyRulesError(f"{where} from 只能是 {' / '.join(FROM)}，收到 {source!r}")
        sentiment = table.get("sentiment", [])
        if not isinstance(sentiment, list) or any(s not in SENTIMENT for s in sentiment):
            raise MonthlyRulesError(f"{where} sentiment 只能列出 negative / positive / neutral")
        keywords = table.get("keywords", [])
        if not isinstance(keywords, list) or any(not isinstance(k, str) or not k.strip() for k in keywords):
            raise MonthlyRulesError(f"{where} keywords 应为非空文字的列表")
        for num, low, high in (("max_chars", 20, 100_000), ("limit", 1, 100)):
            value = table.get(num)
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                      or not low <= value <= high):
                raise MonthlyRulesError(f"{where} {num} 应为 {low}–{high} 之间的整数，收到 {value!r}")
        rules.append(ColumnRule(key, source, tuple(sentiment), tuple(k.strip() for k in keywords),
                                table.get("max_chars"), table.get("limit", 10)))
    return rules


def load_rules(path=None) -> list[ColumnRule]:
    path = Path(config_path("monthly.toml", path, "CLIPPINGS_MONTHLY"))
    try:
        return parse_rules(tomllib.loads(path.read_text(encoding="utf-8")), path.name)
    except FileNotFoundError:
        raise MonthlyRulesError(f"找不到月报栏目规则文件 {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise MonthlyRulesError(f"{path.name} 格式错误：{exc}") from None


def matches(rule: ColumnRule, row: dict, own: set[str]) -> bool:
    """Whether a clipping row (``month_clippings``) fits the column's rule."""
    if rule.source == "own" and row["source"] not in own:
        return False
    if rule.source == "outside" and row["source"] in own:
        return False
    if rule.source == "district" and (not row["district"] or row["source"] in own):
        return False
    if rule.sentiment and row["sentiment"] not in rule.sentiment:
        return False
    if rule.keywords and not any(k in (row["title"] or "") + (row["lead"] or "") for k in rule.keywords):
        return False
    if rule.max_chars is not None and (row["chars"] or 0) > rule.max_chars:
        return False
    return True


def build_draft(db, rules: list[ColumnRule], month: str, own_sources) -> Draft:
    start, end = month_bounds(month)
    own = set(own_sources)
    clippings = store.month_clippings(db, start, end)
    adopted = [s for s in sub_store.month_items(db, month) if s["status"] == "adopted" and s["use"] == "monthly"]
    used_stories: set = set()
    draft = Draft(month)
    for rule in rules:
        entries: list[Entry] = []
        for s in adopted:
            if s["column_key"] == rule.key and len(entries) < rule.limit:
                entries.append(Entry("submission", s["id"], s["title"], s["unit"], s["happened_at"]))
        for row in clippings:
            if len(entries) >= rule.limit:
                break
            story = row["cluster_id"] if row["cluster_id"] is not None else f"c{row['id']}"
            if story in used_stories or not matches(rule, row, own):
                continue
            used_stories.add(story)
            entries.append(Entry("clipping", row["id"], row["title"], row["source_title"] or row["source"],
                                 row["published_at"], row["cluster_id"]))
        draft.columns[rule.key] = entries
    return draft
