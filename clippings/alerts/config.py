"""Read and validate config/alerts.toml: rules, grading, channels, deadlines; units from bureau.toml.

Every problem raises :class:`clippings.config.ConfigError` naming the file, the rule or channel and
the field. Channel secrets stay ``${VAR}`` here; they are read from the environment only when a
message is sent (:mod:`clippings.alerts.channels`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path

from clippings.config import ConfigError, read_toml
from clippings.vocabulary import ALERT_GRADES, SENTIMENT

GRADE_BY_LABEL = {v: k for k, v in ALERT_GRADES.items()}
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_COND_KEYS = {"sentiment", "topics", "districts", "keywords", "kinds", "sources", "min_outlets", "within_hours",
              "unanswered_days"}
CLIPPING_KINDS = ("news", "forum", "complaint")
_RULE_KEYS = _COND_KEYS | {"name", "grade"}
_CHANNEL_KEYS = {"name", "url", "grades", "quiet_hours", "leaders"}
DEFAULT_DEADLINES = {"high": (1.0, 5.0), "medium": (None, 24.0), "low": (None, 48.0)}


@dataclass
class Condition:
    sentiment: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    any_words: list[str] = field(default_factory=list)
    must_words: list[str] = field(default_factory=list)
    exclude_words: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    min_outlets: int = 1
    within_hours: float = 24.0
    unanswered_days: int | None = None   # a 留言 still unanswered this many days after it was posted


@dataclass
class Rule:
    name: str
    grade: str            # low | medium | high
    when: Condition


@dataclass
class Channel:
    name: str
    url: str              # as written, ${VAR} not expanded
    grades: list[str]
    quiet: tuple[time, time] | None = None
    leaders: bool = False

    @property
    def variables(self) -> list[str]:
        return _VAR.findall(self.url)


@dataclass
class AlertConfig:
    rules: list[Rule] = field(default_factory=list)
    grading: list[Rule] = field(default_factory=list)
    channels: list[Channel] = field(default_factory=list)
    deadlines: dict[str, tuple[float | None, float]] = field(default_factory=lambda: dict(DEFAULT_DEADLINES))
    units: list[str] = field(default_factory=list)
    web_url: str = "http://127.0.0.1:8000"
    max_age_hours: float = 24.0    # a story whose newest item is older than this raises no new alert
    path: str = ""

    def channel(self, name: str) -> Channel | None:
        return next((c for c in self.channels if c.name == name), None)


def _strs(path, who, key, value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(path, "应为字符串或字符串列表", who, key)
    return [v.strip() for v in value]


def _grade(path, who, value) -> str:
    if value in GRADE_BY_LABEL:
        return GRADE_BY_LABEL[value]
    if value in ALERT_GRADES:
        return value
    raise ConfigError(path, f"敏感度应为 一般 / 较大 / 重大，实际为 {value!r}", who, "grade")


def _condition(path, who, block: dict) -> Condition:
    c = Condition()
    sentiments = _strs(path, who, "sentiment", block.get("sentiment"))
    by_label = {v: k for k, v in SENTIMENT.items()}
    for s in sentiments:
        if s not in SENTIMENT and s not in by_label:
            raise ConfigError(path, f"倾向应为 负面 / 正面 / 中性，实际为 {s!r}", who, "sentiment")
    c.sentiment = [by_label.get(s, s) for s in sentiments]
    c.topics = _strs(path, who, "topics", block.get("topics"))
    c.districts = _strs(path, who, "districts", block.get("districts"))
    c.kinds = _strs(path, who, "kinds", block.get("kinds"))
    for k in c.kinds:
        if k not in CLIPPING_KINDS:
            raise ConfigError(path, f"来源类型应为 {' / '.join(CLIPPING_KINDS)}，实际为 {k!r}", who, "kinds")
    c.sources = _strs(path, who, "sources", block.get("sources"))
    for word in _strs(path, who, "keywords", block.get("keywords")):
        if word[0] == "+" and word[1:].strip():
            c.must_words.append(word[1:].strip())
        elif word[0] == "!" and word[1:].strip():
            c.exclude_words.append(word[1:].strip())
        elif word[0] in "+!":
            raise ConfigError(path, f"关键词 {word!r} 的 + / ! 后面缺少词语", who, "keywords")
        else:
            c.any_words.append(word)
    outlets = block.get("min_outlets", 1)
    if not isinstance(outlets, int) or isinstance(outlets, bool) or outlets < 1:
        raise ConfigError(path, "应为不小于 1 的整数", who, "min_outlets")
    hours = block.get("within_hours", 24)
    if not isinstance(hours, (int, float)) or isinstance(hours, bool) or hours <= 0:
        raise ConfigError(path, "应为大于 0 的小时数", who, "within_hours")
    c.min_outlets, c.within_hours = outlets, float(hours)
    days = block.get("unanswered_days")
    if days is not None:
        if not isinstance(days, int) or isinstance(days, bool) or not 1 <= days <= 3650:
            raise ConfigError(path, "应为 1 到 3650 之间的整数（天）", who, "unanswered_days")
        if c.kinds and c.kinds != ["complaint"]:
            raise ConfigError(path, "超期未回复只适用于留言：kinds 应为 [\"complaint\"] 或不写", who, "kinds")
        c.kinds, c.unanswered_days = ["complaint"], days
    return c


def _rules(path, blocks, table: str) -> list[Rule]:
    if not isinstance(blocks, list):
        raise ConfigError(path, f"应为 [[{table}]] 表的列表", field=table)
    rules, names = [], set()
    for i, block in enumerate(blocks, 1):
        if not isinstance(block, dict):
            raise ConfigError(path, "应为表", f"{table}#{i}")
        name = block.get("name") if isinstance(block.get("name"), str) else f"{table}#{i}"
        unknown = set(block) - _RULE_KEYS
        if unknown:
            raise ConfigError(path, f"未知字段 {', '.join(sorted(unknown))}", name, sorted(unknown)[0])
        if name in names:
            raise ConfigError(path, "规则名称重复", name, "name")
        names.add(name)
        rules.append(Rule(name, _grade(path, name, block.get("grade", "一般")), _condition(path, name, block)))
    return rules


def _quiet(path, name, value) -> tuple[time, time] | None:
    if value in (None, ""):
        return None
    m = re.fullmatch(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})", value) if isinstance(value, str) else None
    if not m or int(m[1]) > 23 or int(m[3]) > 23 or int(m[2]) > 59 or int(m[4]) > 59:
        raise ConfigError(path, f"免打扰时段应写成 22:00-07:00，实际为 {value!r}", name, "quiet_hours")
    return time(int(m[1]), int(m[2])), time(int(m[3]), int(m[4]))


def _channels(path, blocks) -> list[Channel]:
    from clippings.alerts.channels import check_url

    if not isinstance(blocks, list):
        raise ConfigError(path, "应为 [[channels]] 表的列表", field="channels")
    out, names = [], set()
    for i, block in enumerate(blocks, 1):
        name = block.get("name") if isinstance(block, dict) and isinstance(block.get("name"), str) else f"channels#{i}"
        if not isinstance(block, dict):
            raise ConfigError(path, "应为表", name)
        unknown = set(block) - _CHANNEL_KEYS
        if unknown:
            raise ConfigError(path, f"未知字段 {', '.join(sorted(unknown))}", name, sorted(unknown)[0])
        if name in names:
            raise ConfigError(path, "通道名称重复", name, "name")
        names.add(name)
        url = block.get("url")
        if not isinstance(url, str) or not url.strip():
            raise ConfigError(path, "必填：通道地址（apprise URL）", name, "url")
        problem = check_url(url)
        if problem:
            raise ConfigError(path, problem, name, "url")
        grades = [_grade(path, name, g) for g in _strs(path, name, "grades", block.get("grades"))] or list(ALERT_GRADES)
        leaders = block.get("leaders", False)
        if not isinstance(leaders, bool):
            raise ConfigError(path, "应为 true 或 false", name, "leaders")
        out.append(Channel(name, url.strip(), grades, _quiet(path, name, block.get("quiet_hours")), leaders))
    return out


def units_from_profile(profile_path: Path) -> list[str]:
    """责任单位: each district's 大队 and the bureau's offices (``[units] offices`` in bureau.toml)."""
    data = read_toml(Path(profile_path))
    units = [f"{d['name']}大队" for d in data.get("districts", []) if isinstance(d, dict) and isinstance(d.get("name"), str)]
    offices = (data.get("units") or {}).get("offices", [])
    units += _strs(profile_path, None, "units.offices", offices)
    return units


def load_alerts(path: str | Path, profile_path: str | Path | None = None) -> AlertConfig:
    """Read alerts.toml (a missing file means: no rules, no channels)."""
    path = Path(path)
    cfg = AlertConfig(path=str(path))
    if profile_path is not None and Path(profile_path).exists():
        cfg.units = units_from_profile(Path(profile_path))
    if not path.exists():
        return cfg
    data = read_toml(path)
    unknown = set(data) - {"alerts", "grading", "channels", "deadlines", "web", "limits"}
    if unknown:
        raise ConfigError(path, f"未知的表 {', '.join(sorted(unknown))}", field=sorted(unknown)[0])
    cfg.rules = _rules(path, data.get("alerts", []), "alerts")
    cfg.grading = _rules(path, data.get("grading", []), "grading")
    for g in cfg.grading:
        if g.when.unanswered_days:
            raise ConfigError(path, "定级规则不支持超期未回复条件，请写在 [[alerts]] 规则中", g.name, "unanswered_days")
    cfg.channels = _channels(path, data.get("channels", []))
    deadlines = data.get("deadlines", {})
    if not isinstance(deadlines, dict):
        raise ConfigError(path, "应为表", field="deadlines")
    for label, value in deadlines.items():
        grade = _grade(path, f"deadlines.{label}", label)
        if not isinstance(value, dict) or set(value) - {"report_hours", "respond_hours"}:
            raise ConfigError(path, "应为 { report_hours = 小时, respond_hours = 小时 }", f"deadlines.{label}")
        nums = {}
        for key in ("report_hours", "respond_hours"):
            v = value.get(key)
            if v is not None and (not isinstance(v, (int, float)) or isinstance(v, bool) or v <= 0):
                raise ConfigError(path, "应为大于 0 的小时数", f"deadlines.{label}", key)
            nums[key] = float(v) if v is not None else None
        cfg.deadlines[grade] = (nums["report_hours"], nums["respond_hours"] or DEFAULT_DEADLINES[grade][1])
    import os

    from clippings.config import _expand

    limits = data.get("limits", {})
    age = limits.get("max_age_hours", 24) if isinstance(limits, dict) else None
    if not isinstance(age, (int, float)) or isinstance(age, bool) or age <= 0:
        raise ConfigError(path, "应为大于 0 的小时数", "limits", "max_age_hours")
    cfg.max_age_hours = float(age)
    web = _expand(data.get("web", {}), dict(os.environ))
    if isinstance(web.get("base_url"), str) and web["base_url"].strip():
        cfg.web_url = web["base_url"].strip().rstrip("/")
    return cfg
