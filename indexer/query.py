"""The query language: parse a user's query into a Whoosh query, or explain in Chinese what is wrong.

Syntax: words (all must match), AND / OR / NOT, "phrases" (also “…”), "phrase"~N proximity,
field:value with English or Chinese field names (标题:占道经营, 来源:江州日报网, 倾向:负面),
parentheses. Synonym groups from the profile expand plain words (城管 ⇄ 城市管理 ⇄ 综合执法);
quoted phrases stay exact.
"""

from __future__ import annotations

import re

from whoosh import query as wq
from whoosh.qparser import FieldAliasPlugin, MultifieldParser

DEFAULT_FIELDS = ("title", "text")
FIELD_ALIASES = {
    "title": ["标题"],
    "text": ["正文", "内容"],
    "source": ["来源", "媒体", "网站"],
    "kind": ["类型"],
    "sentiment": ["倾向", "情感", "情绪"],
    "topics": ["话题", "主题", "topic"],
    "district": ["区县", "地区", "区域"],
    "id": ["编号"],
    "status": ["状态"],
}
SEARCHABLE = {"title", "text", "source", "source_title", "kind", "sentiment", "topics", "district", "id",
              "status", "cluster"}
VALUE_ALIASES = {
    "sentiment": {"负面": "negative", "正面": "positive", "中性": "neutral", "未标注": ""},
    "kind": {"新闻": "news", "论坛": "forum", "留言": "complaint"},
    "status": {"正常": "live", "已修改": "changed", "已更新": "changed", "已删除": "deleted", "来源已删除": "deleted"},
}
OPERATORS = ("AND", "OR", "NOT", "ANDNOT", "ANDMAYBE")
_ALIAS_TO_FIELD = {a: f for f, aliases in FIELD_ALIASES.items() for a in aliases}
_FIELD_TOKEN = re.compile(r"^([^\W\d][\w]*):(.*)$", re.S)


class QueryError(ValueError):
    """A malformed query; the message is Chinese and meant for the user."""


# --- the query budget: every caller (CLI, web, export, briefing) goes through QueryParser.parse ---
MAX_QUERY_CHARS = 500      # characters in the query as typed
MAX_TERMS = 32             # words, phrase words and field values, before synonym expansion
MAX_SLOP = 20              # "a b"~N: at most N positions apart
MAX_EXPANSION = 200        # index terms one wildcard or prefix (城*, *管*) may stand for


class QueryBudgetExceeded(QueryError):
    """The query is well formed but over one of the limits above (or ran out of time)."""


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def check_length(text: str) -> None:
    """The query's length, and characters the index can hold (a lone surrogate, from a broken
    paste or a crafted request, cannot be encoded and would reach the index raw)."""
    if len(text) > MAX_QUERY_CHARS:
        raise QueryBudgetExceeded(f"检索式过长：最多 {MAX_QUERY_CHARS} 个字符，当前 {len(text)} 个，请精简后再试")
    if _SURROGATE.search(text):
        raise QueryError("检索式含有无法识别的字符（不成对的 Unicode 代理字符），请删去后再试")


def normalize_value(field: str, value: str) -> str:
    """Chinese value names (负面, 论坛) to the stored codes."""
    return VALUE_ALIASES.get(field, {}).get(value, value)


def _normalize(text: str) -> str:
    text = text.replace("“", '"').replace("”", '"').replace("（", "(").replace("）", ")")
    names = "|".join(map(re.escape, sorted([*SEARCHABLE, *_ALIAS_TO_FIELD], key=len, reverse=True)))
    return re.sub(rf"(^|[\s(])({names})：", r"\1\2:", text)


def _lex(text: str) -> list[str]:
    """Split outside quotes into words and parentheses; a quoted part stays inside its word."""
    tokens, cur, i = [], "", 0
    while i < len(text):
        ch = text[i]
        if ch == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QueryError('引号不成对：短语缺少结尾的引号 "')
            cur += text[i:end + 1]
            i = end + 1
            continue
        if ch.isspace() or ch in "()":
            if cur:
                tokens.append(cur)
                cur = ""
            if ch in "()":
                tokens.append(ch)
        else:
            cur += ch
        i += 1
    if cur:
        tokens.append(cur)
    return tokens


def validate(text: str) -> None:
    """Raise QueryError for the mistakes Whoosh would silently swallow."""
    tokens = _lex(text)
    depth = 0
    for i, tok in enumerate(tokens):
        prev = tokens[i - 1] if i else None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if tok == "(":
            depth += 1
            if nxt == ")":
                raise QueryError("括号里没有检索词：( )")
        elif tok == ")":
            depth -= 1
            if depth < 0:
                raise QueryError("括号不成对：多了右括号 )")
        elif tok in OPERATORS:
            if tok != "NOT" and (prev is None or prev == "(" or prev in OPERATORS):
                raise QueryError(f"“{tok}”前面缺少检索词")
            if nxt is None or nxt == ")" or (nxt in OPERATORS and nxt != "NOT"):
                raise QueryError(f"“{tok}”后面缺少检索词")
        else:
            m = _FIELD_TOKEN.match(tok)
            if m and not tok.startswith('"'):
                name, value = m.groups()
                if name not in SEARCHABLE and name not in _ALIAS_TO_FIELD:
                    known = "、".join(aliases[0] for aliases in FIELD_ALIASES.values())
                    raise QueryError(f"未知字段“{name}”；可用字段：{known}（或英文 title、text、source…）")
                if not value and nxt != "(":
                    raise QueryError(f"字段“{name}”后面缺少检索词")
    if depth > 0:
        raise QueryError("括号不成对：缺少右括号 )")


class QueryParser:
    """Parses user queries against one schema; keeps the synonym map."""

    def __init__(self, schema, synonyms=()):
        self.schema = schema
        self.parser = MultifieldParser(list(DEFAULT_FIELDS), schema)
        self.parser.add_plugin(FieldAliasPlugin(FIELD_ALIASES))
        self.analyzer = schema["text"].analyzer
        self.synonyms: dict[str, list[str]] = {}
        for group in synonyms:
            members = [w.strip().lower() for w in group if w.strip()]
            for word in members:
                self.synonyms.setdefault(word, [])
                for other in members:
                    if other not in self.synonyms[word]:
                        self.synonyms[word].append(other)

    def parse(self, text: str, reader=None) -> wq.Query | None:
        """A Whoosh query, or None for an empty query (match everything). With ``reader`` (an index
        reader) wildcards and prefixes are expanded here into their index terms, within MAX_EXPANSION."""
        check_length(text or "")
        text = _normalize(text or "").strip()
        if not text:
            return None
        validate(text)
        try:
            q = self.parser.parse(text)
        except Exception as exc:  # Whoosh rarely raises; never let it reach the user raw
            raise QueryError(f"无法解析检索式：{exc}") from None
        # a quoted single word comes back from Whoosh as a plain term: keep it exact too
        exact = set()
        for quoted in re.findall(r'"([^"]*)"', text):
            words = self._words(quoted)
            if len(words) == 1:
                exact.add(words[0])
        self._check_budget(q)
        q = self._rewrite(q, frozenset(exact), reader)
        if q is wq.NullQuery or isinstance(q, type(wq.NullQuery)) or not list(q.leaves() or [q]):
            raise QueryError("检索式中没有可检索的词语（标点和空格会被忽略）")
        return q

    @staticmethod
    def _check_budget(q: wq.Query) -> None:
        """QueryBudgetExceeded for too many terms, a too-wide proximity or a bare wildcard."""
        terms = 0
        for leaf in (q.leaves() if not q.is_leaf() else [q]):
            if isinstance(leaf, wq.Every):
                raise QueryBudgetExceeded("通配符（* 或 ?）不能单独使用：请在前后写上至少一个字，如 渣土*")
            if isinstance(leaf, wq.Phrase):
                terms += len(leaf.words)
                if leaf.slop > MAX_SLOP:
                    raise QueryBudgetExceeded(f"邻近检索的距离过大：~{leaf.slop} 超过上限 ~{MAX_SLOP}")
            elif isinstance(leaf, (wq.Wildcard, wq.Prefix)):
                terms += 1
                if not str(leaf.text).strip("*?"):
                    raise QueryBudgetExceeded("通配符（* 或 ?）不能单独使用：请在前后写上至少一个字，如 渣土*")
                if str(leaf.text)[:1] in ("*", "?"):
                    # a leading wildcard must test every word of the index
                    raise QueryBudgetExceeded(f"通配符不能放在词首：“{leaf.text}”，请以文字开头，如 渣土*")
            else:
                terms += 1
        # a query over title and text doubles every word: count what the user typed
        terms = -(-terms // len(DEFAULT_FIELDS)) if _all_doubled(q) else terms
        if terms > MAX_TERMS:
            raise QueryBudgetExceeded(f"检索词过多：最多 {MAX_TERMS} 个，当前 {terms} 个，请拆成几次检索")

    def _expand(self, q, reader) -> wq.Query:
        """A wildcard or prefix as an OR of the index terms it matches (QueryBudgetExceeded past
        MAX_EXPANSION; a query that matches no term matches nothing)."""
        from indexer.engine import check_deadline

        terms = []
        for i, t in enumerate(q._btexts(reader)):
            if i % 256 == 0:
                check_deadline()
            terms.append(t)
            if len(terms) > MAX_EXPANSION:
                raise QueryBudgetExceeded(
                    f"通配符“{q.text}”匹配的词语过多（超过 {MAX_EXPANSION} 个）：请多写几个字缩小范围")
        field = self.schema[q.fieldname]
        subs = [wq.Term(q.fieldname, field.from_bytes(t), boost=q.boost) for t in terms]
        if not subs:  # matches no index term: the literal pattern, which matches nothing either
            return wq.Term(q.fieldname, q.text, boost=q.boost)
        return subs[0] if len(subs) == 1 else wq.Or(subs)

    def _words(self, word: str) -> list[str]:
        return [t.text for t in self.analyzer(word, mode="query")]

    def _rewrite(self, q: wq.Query, exact: frozenset = frozenset(), reader=None) -> wq.Query:
        if reader is not None and isinstance(q, (wq.Wildcard, wq.Prefix)):
            return self._expand(q, reader)
        if isinstance(q, wq.Term):
            field, value = q.fieldname, q.text
            if field in VALUE_ALIASES:
                return wq.Term(field, normalize_value(field, value), boost=q.boost)
            if field == "source":
                return wq.Or([wq.Term("source", value), wq.Term("source_title", value)], boost=q.boost)
            if field in DEFAULT_FIELDS and value in self.synonyms and value not in exact:
                alts = []
                for member in self.synonyms[value]:
                    words = self._words(member)
                    if len(words) == 1:
                        alts.append(wq.Term(field, words[0], boost=q.boost))
                    elif words:
                        alts.append(wq.Phrase(field, words, boost=q.boost))
                return wq.Or(alts) if len(alts) > 1 else q
            return q
        if isinstance(q, wq.Phrase):
            return q
        if q.is_leaf():
            return q
        return q.apply(lambda sub: self._rewrite(sub, exact, reader))


def _all_doubled(q: wq.Query) -> bool:
    """True when every leaf came from a plain word searched in both default fields."""
    leaves = list(q.leaves()) if not q.is_leaf() else [q]
    return bool(leaves) and all(getattr(leaf, "fieldname", None) in DEFAULT_FIELDS for leaf in leaves) \
        and len(leaves) % len(DEFAULT_FIELDS) == 0


def highlight_terms(q: wq.Query | None) -> list[list[str]]:
    """Words to mark in titles and snippets: a phrase is one entry of several words; NOT is skipped."""
    out: list[list[str]] = []

    def walk(node):
        if node is None:
            return
        if isinstance(node, wq.Not):
            return
        if isinstance(node, wq.AndNot):
            walk(node.a)
            return
        if isinstance(node, wq.Phrase):
            if node.fieldname in DEFAULT_FIELDS:
                if node.slop > 1:  # proximity: the words need not be adjacent
                    out.extend([w] for w in node.words)
                else:
                    out.append(list(node.words))
            return
        if isinstance(node, wq.Term):
            if node.fieldname in DEFAULT_FIELDS:
                out.append([str(node.text)])
            return
        if isinstance(node, (wq.Prefix, wq.Wildcard)):
            return
        for child in node.children():
            walk(child)

    walk(q)
    seen, unique = set(), []
    for words in out:
        key = tuple(words)
        if key not in seen:
            seen.add(key)
            unique.append(words)
    return unique
