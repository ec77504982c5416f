"""What every demo-site page shares: the `Response` type, the `page()` encoder, small
formatting helpers (dates, paragraphs, paging), the site-wide pages (root, robots.txt, error
pages) and the fault fixtures (the ~12 MB page, deterministic binary blobs).
"""

from __future__ import annotations

import html
import math
import random
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime

from demosites import gazetteer as gz
from demosites.corpus import Corpus
from demosites.model import Item

esc = html.escape


@dataclass
class Response:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    last_modified: datetime | None = None
    headers: dict = field(default_factory=dict)
    delay: float = 0.0


def page(html_text: str, lm: datetime | None = None, ctype="text/html; charset=utf-8",
         encoding="utf-8", status=200) -> Response:
    return Response(status, html_text.encode(encoding, errors="xmlcharrefreplace"), ctype, lm)


def fmt_cn(d: datetime) -> str:
    return f"{d.year}年{d.month}月{d.day}日 {d:%H:%M}"


def rfc822(d: datetime) -> str:
    return format_datetime(d)  # 'Wed, 25 Nov 2026 09:12:00 +0800'


def paras_html(paras: list[str]) -> str:
    return "\n".join(f"<p>{esc(p, quote=False)}</p>" for p in paras)


def newest(items: list[Item], edition: int) -> datetime | None:
    return max((i.modified_at(edition) for i in items), default=None)


def pager_slice(items: list, page_no: int, per: int) -> tuple[list, int]:
    pages = max(1, math.ceil(len(items) / per))
    return items[(page_no - 1) * per: page_no * per], pages


# ============================================================================ root / misc
def root(corpus: Corpus, edition: int, bench: int) -> Response:
    links = [("/jzrb/index.html", "江州日报网"), ("/jzol/list/index.html", "江州在线"),
             ("/bbs/forum.php", "江州论坛"), ("/jzcg/index.html", "江州市城管执法局")]
    if bench:
        links.append(("/bench/list_1.html", "基准测试站点"))
    lis = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in links)
    return page(f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>江州演示网站</title></head>"
                f"<body><h1>江州演示网站（本地测试数据，纯属虚构）</h1><ul>{lis}</ul>"
                f"<p>当前版本：{edition}</p></body></html>")


def robots(host: str) -> Response:
    txt = ("User-agent: *\nDisallow: /private/\nDisallow: /bbs/home.php\nDisallow: /bbs/misc.php\n"
           "Disallow: /__admin/\n\n"
           f"Sitemap: http://{host}/jzol/sitemap.xml\n")
    return Response(200, txt.encode(), "text/plain; charset=utf-8")


def not_found(path: str, status: int = 404) -> Response:
    title = {404: "404 Not Found 页面不存在", 410: "410 Gone 该页面已被删除", 500: "500 Internal Server Error"}[status]
    return page(f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>"
                f"<body><h1>{title}</h1><p>{esc(path)}</p></body></html>", status=status)


# ============================================================================ fault fixtures
_HUGE: dict[str, bytes] = {}


def jzol_huge(target_bytes: int = 12 * 1024 * 1024) -> Response:
    """A ~12 MB data page (a long table): tests size limits."""
    if "b" not in _HUGE:
        rng = random.Random(7)
        ds = list(gz.DISTRICTS)
        kinds = ["占道经营", "乱堆乱放", "违规户外广告", "渣土撒漏", "违法建设", "噪音扰民", "油烟污染", "违规停放"]
        head = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市管理执法数据公开（全量明细）_江州在线</title>'
                '</head><body><h1>江州市城管执法案件明细数据公开</h1><p>以下为江州市城管执法局公开的案件明细（演示数据）。</p>'
                '<table class="data"><tr><th>序号</th><th>区县</th><th>街道</th><th>案由</th><th>处理结果</th></tr>\n')
        parts = [head]
        size = len(head.encode())
        n = 0
        while size < target_bytes:
            n += 1
            d = rng.choice(ds)
            row = (f"<tr><td>{n}</td><td>{d}</td><td>{rng.choice(gz.DISTRICTS[d])}</td><td>{rng.choice(kinds)}</td>"
                   f"<td>{rng.choice(['责令改正', '警告', '罚款' + str(rng.randint(1, 20) * 100) + '元', '已整改'])}</td></tr>\n")
            parts.append(row)
            size += len(row.encode())
        parts.append("</table></body></html>")
        _HUGE["b"] = "".join(parts).encode()
    return Response(200, _HUGE["b"], "text/html; charset=utf-8")


def binary_blob(seed: str, n: int, prefix: bytes = b"", suffix: bytes = b"") -> bytes:
    rng = random.Random(seed)
    return prefix + rng.randbytes(n) + suffix

