"""Coverage beyond the configured sites: keyword search sources (``kind = "search"``).

A search source names a results-page URL template with ``{query}`` and ``{page}``; its queries
default to the bureau's aliases (a generic alias such as 城管 is combined with the city: 江州 城管).
Result links lead to any domain; ``domains_allow`` / ``domains_deny`` filter them, and the outlet
name seen on a page is remembered per domain (``clippings outlets``) so staff can rename it once.
Imports no Scrapy.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit

from clippings.config import ConfigError

_FIELDS = re.compile(r"\{([^{}]*)\}")


def _strings(path, name, key, value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(path, "应为非空字符串列表", name, key)
    return value


def search_config(path, name: str, block: dict) -> dict:
    """Validate the search fields of one source block; ConfigError names the source and field."""
    template = block.get("search_url")
    if not isinstance(template, str) or not template.strip():
        raise ConfigError(path, "搜索类信息源需要 search_url（含 {query} 和 {page} 的网址模板）", name, "search_url")
    fields = _FIELDS.findall(template)
    unknown = sorted(set(fields) - {"query", "page"})
    if unknown:
        raise ConfigError(path, f"网址模板中有未知占位符 {{{unknown[0]}}}（只能用 {{query}} 和 {{page}}）",
                          name, "search_url")
    for needed in ("query", "page"):
        if needed not in fields:
            raise ConfigError(path, f"网址模板缺少 {{{needed}}}", name, "search_url")
    if template.count("{") != template.count("}"):
        raise ConfigError(path, "网址模板的花括号不成对", name, "search_url")
    first = fill(template, "x", 1)
    parts = urlsplit(first)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(path, f"不是有效的 http(s) 网址模板：{template!r}", name, "search_url")
    sort = block.get("sort_param")
    if sort is not None and (not isinstance(sort, str) or not re.fullmatch(r"[\w.-]+=[\w.,-]*", sort)):
        raise ConfigError(path, "应为 参数=值，例如 sort=time", name, "sort_param")
    links = _strings(path, name, "result_links", block.get("result_links"))
    for pattern in links:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(path, f"正则表达式无效 {pattern!r}：{exc}", name, "result_links") from None
    selector = block.get("result_selector")
    if selector is not None:
        if not isinstance(selector, str) or not selector.strip():
            raise ConfigError(path, "选择器应为非空字符串（css:… 或 xpath:…）", name, "result_selector")
        from clippings.config import check_selector

        check_selector(path, name, "result_selector", selector)
    if not links and selector is None:
        raise ConfigError(path, "需要 result_links（结果链接正则）或 result_selector", name, "result_links")
    pages = block.get("pages_per_query", 2)
    if not isinstance(pages, int) or isinstance(pages, bool) or not 1 <= pages <= 50:
        raise ConfigError(path, "应为 1 到 50 的整数", name, "pages_per_query")
    allow = [d.lower() for d in _strings(path, name, "domains_allow", block.get("domains_allow"))]
    deny = [d.lower() for d in _strings(path, name, "domains_deny", block.get("domains_deny"))]
    return {"template": template, "queries": _strings(path, name, "queries", block.get("queries")),
            "sort_param": sort, "result_links": links, "result_selector": selector, "pages": pages,
            "allow": allow, "deny": deny, "first_url": first}


def fill(template: str, query: str, page: int, sort_param: str | None = None) -> str:
    url = template.replace("{query}", quote(query, safe="")).replace("{page}", str(page))
    if sort_param:
        url += ("&" if "?" in url else "?") + sort_param
    return url


def default_queries(profile) -> list[str]:
    """The bureau's aliases; a generic one (not naming the city) is combined with the city name."""
    city = profile.city.removesuffix("市") or profile.city
    out: list[str] = []
    for alias in profile.aliases:
        query = alias if city in alias else f"{city} {alias}"
        if query not in out:
            out.append(query)
    return out


def domain_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def _matches(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def domain_allowed(url: str, allow: list[str], deny: list[str]) -> bool:
    host = domain_of(url)
    if not host or any(_matches(host, d) for d in deny):
        return False
    return not allow or any(_matches(host, d) for d in allow)
