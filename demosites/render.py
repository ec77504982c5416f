"""Compatibility facade: the demo-site renderers under their historical `demosites.render` names.

The code lives in `render_common` (Response, helpers, site-wide and fault pages), `render_news`
(江州日报网, 江州在线), `render_feeds` (RSS/Atom/sitemaps), `render_forum` (江州论坛),
`render_gov` (江州市城管执法局) and `render_bench` (benchmark site); new code imports from those.
"""

from demosites.render_bench import BENCH_PER_LIST, bench_article, bench_list
from demosites.render_common import (Response, binary_blob, esc, fmt_cn, jzol_huge, newest, not_found, page,
                                     pager_slice, paras_html, rfc822, robots, root)
from demosites.render_feeds import (jzol_atom, jzol_rss, jzol_sitemap_index, jzol_sitemap_month,
                                    jzol_sitemap_months, jzol_sitemap_news)
from demosites.render_forum import (FORUM_NAME, bbs_blocked, bbs_forumdisplay, bbs_index, bbs_message,
                                    bbs_viewthread, rel_time)
from demosites.render_gov import jzcg_article, jzcg_index, jzcg_list
from demosites.render_news import JZRB_META, jzol_article, jzol_article_url, jzol_list, jzrb_article, jzrb_index, jzrb_list

__all__ = [
    "BENCH_PER_LIST", "FORUM_NAME", "JZRB_META", "Response", "bbs_blocked", "bbs_forumdisplay", "bbs_index",
    "bbs_message", "bbs_viewthread", "bench_article", "bench_list", "binary_blob", "esc", "fmt_cn", "jzcg_article",
    "jzcg_index", "jzcg_list", "jzol_article", "jzol_article_url", "jzol_atom", "jzol_huge", "jzol_list", "jzol_rss",
    "jzol_sitemap_index", "jzol_sitemap_month", "jzol_sitemap_months", "jzol_sitemap_news", "jzrb_article",
    "jzrb_index", "jzrb_list", "newest", "not_found", "page", "pager_slice", "paras_html", "rel_time", "rfc822",
    "robots", "root",
]
