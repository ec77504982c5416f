"""Load the sentiment data files in ``config/sentiment/`` (lexicon.toml, rules.toml) into one
:class:`Lexicon`: the scored phrases with their categories, and the word lists the rules use,
compiled into regular expressions once. A bad file raises :class:`ConfigError` naming it.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from clippings.config import ConfigError, read_toml
from clippings.paths import DEFAULT_CONFIG_DIR

SENTIMENT_DIR = DEFAULT_CONFIG_DIR / "sentiment"
POLARITY = {"positive": 1, "negative": -1, "actor_sensitive": -1, "neutral": 0}


_NEVER = re.compile(r"(?!x)x")


@dataclass(frozen=True)
class Entry:
    phrase: str
    polarity: int          # +1 positive, -1 negative, 0 neutral shadow
    weight: float
    category: str          # e.g. 正面·救助帮扶
    actor_sensitive: bool = False


@dataclass
class Lexicon:
    entries: dict[str, Entry]
    phrase_re: re.Pattern
    weights: dict[str, float]
    negators: tuple[str, ...]          # words that negate a following phrase
    between: tuple[str, ...]           # may stand between a negator and the phrase (不太满意)
    degree: dict[str, float]
    degree_words: tuple[str, ...]      # longest first
    contrast_re: re.Pattern
    not_contrast: tuple[str, ...]
    reported_re: re.Pattern
    denial: tuple[str, ...]
    cleared_re: re.Pattern
    not_bureau_re: re.Pattern
    balanced_re: re.Pattern
    framing_re: re.Pattern
    sarcasm_before: tuple[str, ...]
    sarcasm_unquoted: tuple[str, ...]
    sarcasm_after: tuple[str, ...]
    sarcasm_re: re.Pattern
    praise_verbs: tuple[str, ...]
    bureau_actor_re: re.Pattern
    civilian_actor_re: re.Pattern
    passive: tuple[str, ...]
    remedy_re: re.Pattern
    notice_re: re.Pattern
    meeting_re: re.Pattern
    stats_re: re.Pattern
    question_re: re.Pattern
    rhetorical_re: re.Pattern
    complaint_categories: tuple[str, ...]
    not_places: tuple[str, ...] = ()
    victim_re: re.Pattern = _NEVER                 # staff attacked or obstructed (暴力抗法, 队员被打)
    victim_symmetric: tuple[str, ...] = ()         # conflict words that name no side (冲突, 争执)
    perception_re: re.Pattern = _NEVER             # a stereotype or hearsay about the bureau (心目中, 代名词)
    routine_words: frozenset = frozenset()         # the bureau's words for its own work (及时, 整洁, 守护)
    routine_re: re.Pattern = _NEVER                # routine work (整治, 巡查, 保障)
    staff_voice_re: re.Pattern = _NEVER            # the staff speak or feel (我是一名城管, 队长叹气流泪)
    staff_feelings: frozenset = frozenset()        # their feelings, no complaint about the bureau (无奈, 委屈)
    past_re: re.Pattern = _NEVER                   # 以前/过去: the old image
    improved_re: re.Pattern = _NEVER               # 好多了/改观: and now it is better
    fingerprint: str = ""
    files: list[str] = field(default_factory=list)


def _trie_pattern(words) -> str:
    """A regex for the literal ``words`` built as a character trie: fast on hundreds of phrases,
    and greedy, so the longest phrase at a position wins (as with longest-first alternation)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return build(trie)


def _alternation(words, *, regexes: bool = False) -> re.Pattern:
    words = set(words)
    patterns = [w[3:] for w in words if regexes and w.startswith("re:")]
    literals = [w for w in words if not (regexes and w.startswith("re:"))]
    parts = patterns + ([_trie_pattern(literals)] if literals else [])
    return re.compile("|".join(f"(?:{p})" for p in parts) if parts else r"(?!x)x")


def _words(path: Path, data: dict, section: str, key: str) -> list[str]:
    value = (data.get(section) or {}).get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(path, "应为非空字符串列表", field=f"{section}.{key}")
    return value


def _entries(path: Path, data: dict) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    labels = {"positive": "正面", "negative": "负面", "actor_sensitive": "负面", "neutral": "中性"}
    for kind, polarity in POLARITY.items():
        for category, table in (data.get(kind) or {}).items():
            if not isinstance(table, dict):
                raise ConfigError(path, "应为 词语 = 权重 的表", field=f"{kind}.{category}")
            for phrase, weight in table.items():
                if not isinstance(weight, (int, float)) or isinstance(weight, bool) or not 0 <= weight <= 5:
                    raise ConfigError(path, f"权重应为 0–5 的数字：{phrase!r}", field=f"{kind}.{category}")
                if phrase in entries:
                    raise ConfigError(path, f"词语重复：{phrase!r}", field=f"{kind}.{category}")
                pol = polarity
                if kind == "neutral" and weight:
                    raise ConfigError(path, f"中性屏蔽词的权重应为 0：{phrase!r}", field=f"{kind}.{category}")
                entries[phrase] = Entry(phrase, pol, float(weight), f"{labels[kind]}·{category}",
                                        actor_sensitive=kind == "actor_sensitive")
    if not entries:
        raise ConfigError(path, "词典为空")
    return entries


def load_lexicon(directory: str | Path | None = None) -> Lexicon:
    """Read lexicon.toml, rules.toml and places.toml from ``directory`` (default config/sentiment)."""
    directory = Path(directory or SENTIMENT_DIR)
    lex_path, rules_path, places_path = (directory / n for n in ("lexicon.toml", "rules.toml", "places.toml"))
    lex, rules = read_toml(lex_path), read_toml(rules_path)
    places = read_toml(places_path) if places_path.exists() else {}
    digest = hashlib.sha1()
    for p in (lex_path, rules_path):
        digest.update(p.read_bytes())
    entries = _entries(lex_path, lex)
    weights = {k: float(v) for k, v in (rules.get("weights") or {}).items()}
    for key in ("title", "lead", "body", "tail", "max_chars", "before_contrast", "after_contrast",
                "negated_positive", "negated_negative", "quoted_positive", "genre_damping",
                "question_damping", "balanced_damping", "accusation", "sarcasm", "remedy_damping", "neutral_band"):
        if key not in weights:
            raise ConfigError(rules_path, "缺少权重", field=f"weights.{key}")
    degree = {k: float(v) for k, v in (rules.get("degree") or {}).items()}
    negators = _words(rules_path, rules, "negation", "words")
    between = _words(rules_path, rules, "negation", "between")
    genre = rules.get("genre") or {}
    for key in ("notice", "meeting", "statistics"):
        for pattern in genre.get(key, []):
            if pattern.startswith("re:"):
                try:
                    re.compile(pattern[3:])
                except re.error as exc:
                    raise ConfigError(rules_path, f"正则表达式无效 {pattern!r}：{exc}", field=f"genre.{key}") from None
    return Lexicon(
        entries=entries,
        phrase_re=_alternation(entries),
        weights=weights,
        negators=tuple(sorted(set(negators), key=len, reverse=True)),
        between=tuple(sorted(set(between) | set(degree), key=len, reverse=True)),
        degree=degree,
        degree_words=tuple(sorted(degree, key=len, reverse=True)),
        contrast_re=_alternation(_words(rules_path, rules, "contrast", "words")),
        not_contrast=tuple(_words(rules_path, rules, "contrast", "not_contrast")),
        reported_re=_alternation(_words(rules_path, rules, "reported", "markers"), regexes=True),
        denial=tuple(_words(rules_path, rules, "reported", "denial")),
        cleared_re=_alternation(_words(rules_path, rules, "reported", "cleared")),
        not_bureau_re=_alternation(_words(rules_path, rules, "reported", "not_bureau")),
        balanced_re=_alternation(_words(rules_path, rules, "balanced", "markers"), regexes=True),
        framing_re=_alternation(_words(rules_path, rules, "framing", "markers")),
        sarcasm_before=tuple(sorted(_words(rules_path, rules, "sarcasm", "before_quote"), key=len, reverse=True)),
        sarcasm_unquoted=tuple(_words(rules_path, rules, "sarcasm", "unquoted_before")),
        sarcasm_after=tuple(_words(rules_path, rules, "sarcasm", "after_quote")),
        sarcasm_re=_alternation(_words(rules_path, rules, "sarcasm", "markers"), regexes=True),
        praise_verbs=tuple(_words(rules_path, rules, "sarcasm", "praise_verbs")),
        bureau_actor_re=_alternation(_words(rules_path, rules, "actors", "bureau")),
        civilian_actor_re=_alternation(_words(rules_path, rules, "actors", "civilian")),
        passive=tuple(sorted(_words(rules_path, rules, "actors", "passive"), key=len, reverse=True)),
        remedy_re=_alternation(_words(rules_path, rules, "remedy", "markers")),
        notice_re=_alternation(_words(rules_path, rules, "genre", "notice"), regexes=True),
        meeting_re=_alternation(_words(rules_path, rules, "genre", "meeting"), regexes=True),
        stats_re=_alternation(_words(rules_path, rules, "genre", "statistics"), regexes=True),
        question_re=_alternation(_words(rules_path, rules, "question", "markers")),
        rhetorical_re=_alternation(_words(rules_path, rules, "question", "rhetorical"), regexes=True),
        victim_re=_alternation(_words(rules_path, rules, "victim", "markers"), regexes=True),
        victim_symmetric=tuple(_words(rules_path, rules, "victim", "symmetric")),
        perception_re=_alternation(_words(rules_path, rules, "perception", "markers")),
        routine_words=frozenset(_words(rules_path, rules, "routine", "work_words")),
        routine_re=_alternation(_words(rules_path, rules, "routine", "markers")),
        staff_voice_re=_alternation(_words(rules_path, rules, "staff_voice", "markers"), regexes=True),
        staff_feelings=frozenset(_words(rules_path, rules, "staff_voice", "feelings")),
        past_re=_alternation(_words(rules_path, rules, "past", "markers")),
        improved_re=_alternation(_words(rules_path, rules, "past", "improved")),
        complaint_categories=tuple(_words(rules_path, rules, "question", "complaint_categories")),
        not_places=tuple(places.get("not_places", [])),
        fingerprint=digest.hexdigest()[:12],
        files=[str(lex_path), str(rules_path)],
    )


@lru_cache(maxsize=4)
def default_lexicon(directory: str | None = None) -> Lexicon:
    return load_lexicon(directory)
