"""Load and validate the two config files: ``sources.toml`` (sites to watch) and
``bureau.toml`` (who we are: names, topics, districts, synonyms).

A bad file is refused with a :class:`ConfigError` naming the file, the source and the field.
String values may use ``${VAR}`` or ``${VAR:-default}`` to read the environment.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

KINDS = ("news", "feed", "sitemap", "forum", "search", "board")
SELECTOR_KEYS = ("title", "published_at", "author", "body", "post", "post_author", "post_time", "post_text")
_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?\}")


class ConfigError(ValueError):
    def __init__(self, file: str | Path, message: str, source: str | None = None, field: str | None = None):
        self.file, self.source, self.field, self.message = str(file), source, field, message
        where = self.file
        if source:
            where += f" 信息源 [{source}]"
        if field:
            where += f" 字段 {field}"
        super().__init__(f"配置错误：{where}：{message}")


@dataclass
class Source:
    name: str
    title: str
    kind: str
    start_urls: list[str]
    allowed_domains: list[str]
    article_links: list[str] = field(default_factory=list)   # regexes: list page -> article
    pagination: list[str] = field(default_factory=list)      # regexes: list page -> next list page
    thread_links: list[str] = field(default_factory=list)    # forum: board -> thread
    thread_pages: list[str] = field(default_factory=list)    # forum: thread -> its later pages
    deny: list[str] = field(default_factory=list)            # regexes never followed
    selectors: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    district: str | None = None
    own: bool = False
    max_pages: int = 2000
    max_depth: int = 6
    recheck_days: int = 3            # re-check known pages published this recently (conditional GET)
    canonical: dict = field(default_factory=dict)   # strip_params: [...], rewrite: [[regex, repl], ...]
    enabled: bool = True
    interval_minutes: int = 30       # `clippings watch`: crawl this source every N minutes (min 5)
    search: dict = field(default_factory=dict)   # kind = "search": see clippings.discovery.search_config
    render: str = "plain"            # "browser": pages are rendered in headless Chromium (crawler.rendering)
    render_patterns: list[str] = field(default_factory=list)   # regexes: render only these URLs (default all)
    render_budget: int = 200         # rendered pages per run at most; the rest stay plain
    render_timeout: float = 15.0     # seconds for one page to load and settle in the browser

    def compiled(self, attr: str) -> list[re.Pattern]:
        return [re.compile(p) for p in getattr(self, attr)]


@dataclass
class Topic:
    name: str
    keywords: list[str]


@dataclass
class District:
    name: str
    aliases: list[str]
    streets: list[str]


@dataclass
class Profile:
    name: str
    short_name: str
    city: str
    aliases: list[str]
    topic_terms: list[str]
    synonyms: list[list[str]]
    topics: list[Topic]
    districts: list[District]
    path: str = ""

    def user_words(self) -> list[str]:
        """Domain terms the segmenter must keep whole."""
        words = [self.name, self.short_name, self.city, *self.aliases, *self.topic_terms]
        for t in self.topics:
            words += t.keywords
        for d in self.districts:
            words += [d.name, *d.aliases, *d.streets]
        for group in self.synonyms:
            words += group
        seen: dict[str, None] = {}
        for w in words:
            if w and len(w) > 1:
                seen.setdefault(w, None)
        return list(seen)


def _expand(value, env):
    if isinstance(value, str):
        def sub(m):
            if m.group(1) in env:
                return env[m.group(1)]
            if m.group(2) is not None:
                return m.group(2)
            return m.group(0)
        return _ENV.sub(sub, value)
    if isinstance(value, list):
        return [_expand(v, env) for v in value]
    if isinstance(value, dict):
        return {k: _expand(v, env) for k, v in value.items()}
    return value


def read_toml(path: Path) -> dict:
    """Parse a TOML file; a missing, unreadable or malformed file is a ConfigError naming it."""
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except FileNotFoundError:
        raise ConfigError(path, "文件不存在") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"TOML 语法错误：{exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"无法读取：{exc}") from None


def _str_list(path, src, key, value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(path, "应为字符串列表", src, key)
    for i, v in enumerate(value, 1):
        if not v.strip():
            # an empty alias or term matches every page: refuse it instead of monitoring everything
            raise ConfigError(path, f"第 {i} 项是空字符串或只有空格", src, key)
    return value


def check_selector(path, src, key, spec: str) -> None:
    """ConfigError for a CSS or XPath selector that does not compile (the extractor's own
    compiler, so what passes here is what the crawl runs)."""
    from crawler.extraction.selectors import _compile

    try:
        _compile(spec)
    except Exception as exc:  # lxml/cssselect raise several unrelated types
        raise ConfigError(path, f"选择器无效 {spec!r}：{exc}", src, key) from None


def _regex_list(path, src, key, value) -> list[str]:
    items = _str_list(path, src, key, value)
    for pattern in items:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(path, f"正则表达式无效 {pattern!r}：{exc}", src, key) from None
    return items


_SOURCE_KEYS = {
    "name", "title", "kind", "start_urls", "allowed_domains", "article_links", "pagination",
    "thread_links", "thread_pages", "deny", "selectors", "encoding", "district", "own",
    "max_pages", "max_depth", "recheck_days", "canonical", "enabled", "interval_minutes",
    "search_url", "queries", "sort_param", "result_links", "result_selector", "pages_per_query",
    "domains_allow", "domains_deny", "render", "render_patterns", "render_budget", "render_timeout",
}
RENDER_MODES = ("plain", "browser")
_SEARCH_ONLY = {"search_url", "queries", "sort_param", "result_links", "result_selector", "pages_per_query",
                "domains_allow", "domains_deny"}


def load_sources(path: str | Path, env: dict | None = None) -> list[Source]:
    """Read and validate sources.toml. Raises ConfigError on the first problem found."""
    path = Path(path)
    env = dict(os.environ if env is None else env)
    data = _expand(read_toml(path), env)
    raw = data.get("source")
    if not isinstance(raw, list) or not raw:
        raise ConfigError(path, "没有定义任何信息源（需要至少一个 [[source]] 块）")
    sources: list[Source] = []
    names: set[str] = set()
    for i, block in enumerate(raw, 1):
        label = block.get("name") if isinstance(block.get("name"), str) else f"#{i}"
        unknown = set(block) - _SOURCE_KEYS
        if unknown:
            raise ConfigError(path, f"未知字段 {', '.join(sorted(unknown))}", label, sorted(unknown)[0])
        name = block.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name or ""):
            raise ConfigError(path, "必填，只能用小写字母、数字、- 和 _", label, "name")
        if name in names:
            raise ConfigError(path, "信息源名称重复", name, "name")
        names.add(name)
        kind = block.get("kind")
        if kind not in KINDS:
            raise ConfigError(path, f"应为 {' / '.join(KINDS)} 之一，实际为 {kind!r}", name, "kind")
        search = {}
        if kind == "search":
            from clippings.discovery import search_config

            search = search_config(path, name, block)
            block = {**block, "start_urls": block.get("start_urls") or [search["first_url"]]}
        else:
            stray = sorted(set(block) & _SEARCH_ONLY)
            if stray:
                raise ConfigError(path, "只用于 kind = \"search\" 的信息源", name, stray[0])
        start_urls = _str_list(path, name, "start_urls", block.get("start_urls"))
        if not start_urls:
            raise ConfigError(path, "至少需要一个起始网址", name, "start_urls")
        for u in start_urls:
            parts = urlsplit(u)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise ConfigError(path, f"不是有效的 http(s) 网址：{u!r}", name, "start_urls")
        domains = _str_list(path, name, "allowed_domains", block.get("allowed_domains"))
        if kind == "search":
            domains = []   # results lead to any domain; domains_allow / domains_deny filter them
        elif not domains:
            domains = sorted({urlsplit(u).hostname for u in start_urls})
        selectors = block.get("selectors") or {}
        if not isinstance(selectors, dict):
            raise ConfigError(path, "应为表（键为 title/published_at/author/body…）", name, "selectors")
        for key, value in selectors.items():
            if key not in SELECTOR_KEYS:
                raise ConfigError(path, f"未知选择器 {key}", name, f"selectors.{key}")
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(path, "选择器应为非空字符串（css:… 或 xpath:…）", name, f"selectors.{key}")
            check_selector(path, name, f"selectors.{key}", value)
        encoding = block.get("encoding")
        if encoding is not None:
            import codecs
            try:
                codecs.lookup(encoding)
            except (LookupError, TypeError):
                raise ConfigError(path, f"未知编码 {encoding!r}", name, "encoding") from None
        ints = {}
        for key, default, lo in (("max_pages", 2000, 1), ("max_depth", 6, 0), ("recheck_days", 3, 0),
                                 ("interval_minutes", 30, 5)):
            value = block.get(key, default)
            if not isinstance(value, int) or isinstance(value, bool) or value < lo:
                raise ConfigError(path, f"应为不小于 {lo} 的整数", name, key)
            ints[key] = value
        canonical = block.get("canonical") or {}
        if not isinstance(canonical, dict) or set(canonical) - {"strip_params", "rewrite"}:
            raise ConfigError(path, "只支持 strip_params 和 rewrite", name, "canonical")
        _str_list(path, name, "canonical.strip_params", canonical.get("strip_params"))
        for rule in canonical.get("rewrite", []) or []:
            if not (isinstance(rule, list) and len(rule) == 2 and all(isinstance(r, str) for r in rule)):
                raise ConfigError(path, "每条规则应为 [正则, 替换]", name, "canonical.rewrite")
            _regex_list(path, name, "canonical.rewrite", rule[:1])
        for key in ("own", "enabled"):
            if key in block and not isinstance(block[key], bool):
                raise ConfigError(path, "应为 true 或 false", name, key)
        render = block.get("render", "plain")
        if render not in RENDER_MODES:
            raise ConfigError(path, f"应为 {' / '.join(RENDER_MODES)} 之一，实际为 {render!r}", name, "render")
        if render != "browser":
            stray = sorted(set(block) & {"render_patterns", "render_budget", "render_timeout"})
            if stray:
                raise ConfigError(path, "只用于 render = \"browser\" 的信息源", name, stray[0])
        budget = block.get("render_budget", 200)
        if not isinstance(budget, int) or isinstance(budget, bool) or not 1 <= budget <= 100_000:
            raise ConfigError(path, "应为 1 到 100000 之间的整数（每次运行最多渲染的页面数）", name, "render_budget")
        timeout = block.get("render_timeout", 15)
        if not isinstance(timeout, (int, float)) or isinstance(timeout, bool) or not 1 <= timeout <= 120:
            raise ConfigError(path, "应为 1 到 120 之间的秒数", name, "render_timeout")
        district = block.get("district")
        if district is not None and not isinstance(district, str):
            raise ConfigError(path, "应为字符串", name, "district")
        title = block.get("title", name)
        if not isinstance(title, str):
            raise ConfigError(path, "应为字符串", name, "title")
        if kind == "forum" and not block.get("thread_links"):
            raise ConfigError(path, "论坛类信息源需要 thread_links", name, "thread_links")
        if kind == "board" and not block.get("article_links"):
            raise ConfigError(path, "留言板类信息源需要 article_links（留言详情页网址正则）", name, "article_links")
        if kind == "news" and not block.get("article_links"):
            raise ConfigError(path, "新闻列表类信息源需要 article_links", name, "article_links")
        sources.append(
            Source(
                name=name,
                title=title,
                kind=kind,
                start_urls=start_urls,
                allowed_domains=domains,
                article_links=_regex_list(path, name, "article_links", block.get("article_links")),
                pagination=_regex_list(path, name, "pagination", block.get("pagination")),
                thread_links=_regex_list(path, name, "thread_links", block.get("thread_links")),
                thread_pages=_regex_list(path, name, "thread_pages", block.get("thread_pages")),
                deny=_regex_list(path, name, "deny", block.get("deny")),
                selectors=dict(selectors),
                encoding=encoding,
                district=district,
                own=bool(block.get("own", False)),
                canonical=canonical,
                enabled=bool(block.get("enabled", True)),
                search=search,
                render=render,
                render_patterns=_regex_list(path, name, "render_patterns", block.get("render_patterns")),
                render_budget=budget,
                render_timeout=float(timeout),
                **ints,
            )
        )
    return sources


def load_profile(path: str | Path) -> Profile:
    """Read and validate bureau.toml."""
    path = Path(path)
    data = read_toml(path)
    bureau = data.get("bureau")
    if not isinstance(bureau, dict):
        raise ConfigError(path, "缺少 [bureau] 表", field="bureau")
    for key in ("name", "short_name", "city"):
        if not isinstance(bureau.get(key), str) or not bureau[key].strip():
            raise ConfigError(path, "必填字符串", field=f"bureau.{key}")
    aliases = _str_list(path, None, "bureau.aliases", bureau.get("aliases"))
    if not aliases:
        raise ConfigError(path, "至少需要一个名称或别名", field="bureau.aliases")
    groups = (data.get("synonyms") or {}).get("groups", [])
    if not isinstance(groups, list) or not all(isinstance(g, list) and all(isinstance(w, str) for w in g) for g in groups):
        raise ConfigError(path, "应为字符串列表的列表", field="synonyms.groups")
    for i, g in enumerate(groups, 1):
        _str_list(path, None, f"synonyms.groups[{i}]", g)
    topics = []
    for i, t in enumerate(data.get("topics", []), 1):
        if not isinstance(t, dict) or not isinstance(t.get("name"), str) or not t["name"].strip():
            raise ConfigError(path, "每个话题需要 name", field=f"topics[{i}].name")
        topics.append(Topic(t["name"], _str_list(path, None, f"topics[{i}].keywords", t.get("keywords"))))
    districts = []
    for i, d in enumerate(data.get("districts", []), 1):
        if not isinstance(d, dict) or not isinstance(d.get("name"), str) or not d["name"].strip():
            raise ConfigError(path, "每个区县需要 name", field=f"districts[{i}].name")
        districts.append(
            District(
                d["name"],
                _str_list(path, None, f"districts[{i}].aliases", d.get("aliases")),
                _str_list(path, None, f"districts[{i}].streets", d.get("streets")),
            )
        )
    return Profile(
        name=bureau["name"],
        short_name=bureau["short_name"],
        city=bureau["city"],
        aliases=aliases,
        topic_terms=_str_list(path, None, "bureau.topic_terms", bureau.get("topic_terms")),
        synonyms=groups,
        topics=topics,
        districts=districts,
        path=str(path),
    )
