"""Machine-readable feeds of 江州在线: RSS 2.0, Atom, the sitemap index, the Google News
sitemap and the per-month sitemaps. Absolute URLs are built from the request's Host.
"""

from __future__ import annotations

from datetime import timedelta

from demosites.corpus import Corpus
from demosites.render_common import Response, esc, newest, page, rfc822


def _base(host: str) -> str:
    return f"http://{host}"


def jzol_rss(corpus: Corpus, edition: int, host: str) -> Response:
    items = corpus.visible(edition, "jzol")[:30]
    b = _base(host)
    entries = []
    for i in items:
        link = f"{b}{i.path}?from=rss&amp;utm_source=rss"
        desc = esc(i.body_at(edition)[0][:120])
        entries.append(f"""<item>
<title>{esc(i.title)}</title>
<link>{link}</link>
<guid isPermaLink="false">jzol-{i.num_id}</guid>
<pubDate>{rfc822(i.published_at)}</pubDate>
<description>{desc}</description>
</item>""")
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>江州在线 - 本地新闻</title>
<link>{b}/jzol/list/index.html</link>
<description>江州在线本地新闻频道（演示数据）</description>
<language>zh-cn</language>
<lastBuildDate>{rfc822(items[0].published_at if items else corpus.now(edition))}</lastBuildDate>
{chr(10).join(entries)}
</channel>
</rss>"""
    return page(xml, newest(items, edition), "application/rss+xml; charset=utf-8")


def jzol_atom(corpus: Corpus, edition: int, host: str) -> Response:
    items = corpus.visible(edition, "jzol")[:30]
    b = _base(host)
    entries = []
    for i in items:
        entries.append(f"""<entry>
<title>{esc(i.title)}</title>
<link rel="alternate" type="text/html" href="{b}{i.path}?from=atom&amp;utm_source=atom"/>
<id>tag:jzol.example,2026:a{i.num_id}</id>
<published>{i.published_at.isoformat()}</published>
<updated>{i.modified_at(edition).isoformat()}</updated>
<summary>{esc(i.body_at(edition)[0][:120])}</summary>
</entry>""")
    upd = newest(items, edition) or corpus.now(edition)
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>江州在线 - 本地新闻</title>
<link rel="self" href="{b}/jzol/atom.xml"/>
<link rel="alternate" href="{b}/jzol/list/index.html"/>
<id>tag:jzol.example,2026:news</id>
<updated>{upd.isoformat()}</updated>
{chr(10).join(entries)}
</feed>"""
    return page(xml, upd, "application/atom+xml; charset=utf-8")


def jzol_sitemap_months(corpus: Corpus, edition: int) -> list[str]:
    return sorted({i.published_at.strftime("%Y-%m") for i in corpus.visible(edition, "jzol")})


def jzol_sitemap_index(corpus: Corpus, edition: int, host: str) -> Response:
    b = _base(host)
    items = corpus.visible(edition, "jzol")
    lm = newest(items, edition) or corpus.now(edition)
    maps = [f"<sitemap><loc>{b}/jzol/sitemap-news.xml</loc><lastmod>{lm.isoformat()}</lastmod></sitemap>"]
    for m in jzol_sitemap_months(corpus, edition):
        mi = [i for i in items if i.published_at.strftime("%Y-%m") == m]
        maps.append(f"<sitemap><loc>{b}/jzol/sitemap-{m}.xml</loc><lastmod>{newest(mi, edition).isoformat()}</lastmod></sitemap>")
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
           + "\n".join(maps) + "\n</sitemapindex>")
    return page(xml, lm, "application/xml; charset=utf-8")


def jzol_sitemap_news(corpus: Corpus, edition: int, host: str) -> Response:
    b = _base(host)
    cutoff = corpus.now(edition) - timedelta(days=2)
    items = [i for i in corpus.visible(edition, "jzol") if i.published_at >= cutoff]
    urls = [f"""<url><loc>{b}{i.path}</loc><news:news><news:publication><news:name>江州在线</news:name><news:language>zh</news:language></news:publication>
<news:publication_date>{i.published_at.isoformat()}</news:publication_date><news:title>{esc(i.title)}</news:title></news:news></url>"""
            for i in items]
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
           'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + "\n".join(urls) + "\n</urlset>")
    return page(xml, newest(items, edition), "application/xml; charset=utf-8")


def jzol_sitemap_month(corpus: Corpus, edition: int, host: str, month: str) -> Response | None:
    if month not in jzol_sitemap_months(corpus, edition):
        return None
    b = _base(host)
    items = [i for i in corpus.visible(edition, "jzol") if i.published_at.strftime("%Y-%m") == month]
    urls = [f"<url><loc>{b}{i.path}</loc><lastmod>{i.modified_at(edition).isoformat()}</lastmod>"
            f"<changefreq>never</changefreq></url>" for i in items]
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
           + "\n".join(urls) + "\n</urlset>")
    return page(xml, newest(items, edition), "application/xml; charset=utf-8")
