"""信息报送考核: the rules (``config/assessment.toml``, validated at load) and the month's scores per
district / unit: counts, points, rank, the change against the previous month, the best items.

Media pickup comes from the pickup of own releases (:func:`clippings.clusters.pickup.pickup_report`):
a 信息 adopted for 对外发布 counts the outlets that carried the own release of the same title.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from clippings.archive import submissions as store
from clippings.paths import config_path
from clippings.timeutil import parse_iso

POINT_KEYS = ("submitted", "adopted", "higher_level", "carried_by_media")
DEDUCTION_KEYS = ("late", "returned")
RULE_KEYS = {"late_days": (0, 60), "best_items": (0, 20)}
_MONTH = re.compile(r"^(20\d\d)-(0[1-9]|1[0-2])$")


class RulesError(ValueError):
    """assessment.toml is missing or wrong (message in Chinese, naming the key to fix)."""


@dataclass(frozen=True)
class Rules:
    points: dict
    deductions: dict
    late_days: int = 3
    best_items: int = 3


def _number(where: str, value) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0 or value > 1000:
        raise RulesError(f"{where} 应为 0–1000 之间的数字，收到 {value!r}")
    return float(value)


def parse_rules(data: dict, name: str = "assessment.toml") -> Rules:
    """Rules from a parsed TOML table; ConfigError (Chinese) naming the bad key."""
    unknown = set(data) - {"points", "deductions", "rules"}
    if unknown:
        raise RulesError(f"{name}：未知的表 {', '.join(sorted(unknown))}（只能是 points、deductions、rules）")
    tables = {}
    for table, keys in (("points", POINT_KEYS), ("deductions", DEDUCTION_KEYS)):
        given = data.get(table, {})
        if not isinstance(given, dict):
            raise RulesError(f"{name}：[{table}] 应为表")
        extra = set(given) - set(keys)
        if extra:
            raise RulesError(f"{name}：[{table}] 中未知的项 {', '.join(sorted(extra))}（可用：{', '.join(keys)}）")
        missing = [k for k in keys if k not in given]
        if missing:
            raise RulesError(f"{name}：[{table}] 缺少 {', '.join(missing)}")
        tables[table] = {k: _number(f"{name}：[{table}] {k}", given[k]) for k in keys}
    rules = data.get("rules", {})
    if not isinstance(rules, dict) or set(rules) - set(RULE_KEYS):
        raise RulesError(f"{name}：[rules] 只能有 {', '.join(RULE_KEYS)}")
    values = {}
    for key, (low, high) in RULE_KEYS.items():
        value = rules.get(key, Rules.__dataclass_fields__[key].default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise RulesError(f"{name}：[rules] {key} 应为 {low}–{high} 之间的整数，收到 {value!r}")
        values[key] = value
    return Rules(tables["points"], tables["deductions"], **values)


def load_rules(path=None) -> Rules:
    path = Path(config_path("assessment.toml", path, "CLIPPINGS_ASSESSMENT"))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(f"找不到考核规则文件 {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path.name} 格式错误：{exc}") from None
    return parse_rules(data, path.name)


def check_month(month: str) -> str:
    if not _MONTH.match(month or ""):
        raise ValueError(f"月份格式应为 2026-11，收到 {month!r}")
    return month


def previous_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    return f"{year - (mon == 1)}-{(mon - 2) % 12 + 1:02d}"


def _norm(title: str) -> str:
    return re.sub(r"[\s\W_]+", "", title or "")


def carried_outlets(pickup: dict | None) -> dict[str, list[str]]:
    """Normalised own-release title → the outlets that carried it."""
    out: dict[str, list[str]] = {}
    for release in (pickup or {}).get("releases", []):
        out.setdefault(_norm(release["title"]), []).extend(
            o for o in release["outlets"] if o not in out.get(_norm(release["title"]), []))
    return out


def item_score(item: dict, rules: Rules, outlets: dict[str, list[str]]) -> dict:
    """One 信息's counts and points."""
    p, d = rules.points, rules.deductions
    adopted = item["status"] == "adopted"
    higher = adopted and bool(item["higher_level"])
    carried = outlets.get(_norm(item["title"]), []) if adopted and item["use"] == "release" else []
    delay = (parse_iso(item["submitted_at"]) - parse_iso(item["happened_at"])).total_seconds() / 86400
    late = delay > rules.late_days
    returns = int(item.get("returns") or 0)
    points = (p["submitted"] + (p["adopted"] if adopted else 0) + (p["higher_level"] if higher else 0)
              + p["carried_by_media"] * len(carried) - (d["late"] if late else 0) - d["returned"] * returns)
    return {"adopted": adopted, "higher": higher, "carried": carried, "late": late, "returns": returns,
            "points": round(points, 2)}


def score_month(db, rules: Rules, month: str, pickup: dict | None = None) -> dict:
    """{"month", "units": [{unit, submitted, adopted, higher, carried, late, returned, points, rank}],
    "items": [item + score]} — units ranked by points, then adoptions, then name."""
    check_month(month)
    outlets = carried_outlets(pickup)
    units = {u: {"unit": u, "submitted": 0, "adopted": 0, "higher": 0, "carried": 0, "late": 0, "returned": 0,
                 "points": 0.0} for u in store.reporter_units(db)}
    items = []
    for item in store.month_items(db, month):
        score = item_score(item, rules, outlets)
        items.append({**item, **score})
        u = units.setdefault(item["unit"], {"unit": item["unit"], "submitted": 0, "adopted": 0, "higher": 0,
                                            "carried": 0, "late": 0, "returned": 0, "points": 0.0})
        u["submitted"] += 1
        u["adopted"] += score["adopted"]
        u["higher"] += score["higher"]
        u["carried"] += len(score["carried"])
        u["late"] += score["late"]
        u["returned"] += score["returns"]
        u["points"] = round(u["points"] + score["points"], 2)
    ranked = sorted(units.values(), key=lambda u: (-u["points"], -u["adopted"], u["unit"]))
    for rank, u in enumerate(ranked, 1):
        u["rank"] = rank
    return {"month": month, "units": ranked, "items": items}


def assess(db, rules: Rules, month: str, pickup_for=None) -> dict:
    """This month's scores with the change against the previous month and the best items.
    ``pickup_for(month)`` gives the pickup report of a month (None: no media pickup counted)."""
    current = score_month(db, rules, month, pickup_for(month) if pickup_for else None)
    before_month = previous_month(month)
    before = {u["unit"]: u for u in score_month(db, rules, before_month,
                                                pickup_for(before_month) if pickup_for else None)["units"]}
    for u in current["units"]:
        prev = before.get(u["unit"])
        had = prev is not None and prev["submitted"] > 0
        u["points_change"] = round(u["points"] - prev["points"], 2) if had else None
        u["rank_change"] = (prev["rank"] - u["rank"]) if had else None
    best = sorted((i for i in current["items"] if i["adopted"]),
                  key=lambda i: (-i["points"], i["submitted_at"], i["id"]))[:rules.best_items]
    totals = {k: sum(u[k] for u in current["units"]) for k in ("submitted", "adopted", "higher", "carried",
                                                               "late", "returned")}
    return {**current, "previous_month": before_month, "best": best, "totals": totals, "rules": rules}
