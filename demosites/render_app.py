"""江州城事 (/jzapp/): an outlet whose article list and article text arrive by script.

Every HTML page is an empty shell ("正在加载…") with an inline script that fetches JSON from the
same server and builds the list or the article in the DOM; fetched plainly, no page has any article
text. ``/jzapp/live.html`` never settles: its script polls the server every 200 ms, so a browser
waiting for the network to go quiet times out (the render-timeout fault).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from demosites.render_common import Response, esc, page

OUTLET = "江州城事"


@dataclass
class AppArticle:
    id: int
    title: str
    published: datetime
    paragraphs: list[str]

    @property
    def path(self) -> str:
        return f"/jzapp/news/{self.id}.html"


_SPECS = [  # (title, days before the anchor, hour, paragraphs)
    ("东湖区城管执法中队夜查渣土车 六辆未密闭车辆被依法处理", 1, 22,
     ["11月下旬以来，东湖区城管执法中队联合交警在湖滨路、江北大道沿线开展夜间渣土运输专项检查。",
      "执法队员对未密闭运输、带泥上路的六辆渣土车依法立案处理，并约谈了两家运输企业负责人。",
      "中队负责人表示，夜查将持续到年底，市民发现渣土抛洒可拨打12319城管热线反映。"]),
    ("西城区老旧小区楼道杂物清理 城管队员与居民一起动手", 2, 10,
     ["西城区城管执法中队组织队员走进解放路周边三个老旧小区，与社区志愿者一起清理楼道堆放的杂物。",
      "不少居民主动搬出自家旧家具，一位老人说，楼道清爽了，晚上下楼也不怕磕碰。",
      "社区表示将把楼道管理写进居民公约，城管中队每月回访一次。"]),
    ("网友吐槽：南山大道早市摊贩占道 城管来了又走", 3, 8,
     ["有网友在本站留言称，南山大道早市摊贩把人行道占满，行人只能走机动车道。",
      "网友说，城管执法车每天早上都来，但队员下车转一圈就走，摊子很快又摆回来，问题一直没解决。",
      "记者联系南山区城管执法中队，对方表示已注意到该问题，正在研究设置临时疏导点。"]),
    ("江州发布冬季城市管理安全提示", 4, 15,
     ["江州市城管执法局发布冬季城市管理安全提示，提醒沿街商户加固户外招牌，防止大风天气坠落伤人。",
      "提示还要求各施工工地落实扬尘防控措施，夜间施工须依法办理许可。"]),
    ("江州城事周末好去处：湖滨公园菊花展开幕", 5, 9,
     ["湖滨公园菊花展本周末开幕，展出菊花品种三百余个，市民可免费入园观赏。",
      "公园管理处提醒游客错峰出行，文明赏花。"]),
]


def app_articles(anchor: datetime, count: int = len(_SPECS)) -> list[AppArticle]:
    """The outlet's articles; a ``count`` above the five written ones repeats them as later issues
    (for benchmarks/render_bench.py)."""
    out = []
    for i in range(max(count, len(_SPECS))):
        title, days, hour, paras = _SPECS[i % len(_SPECS)]
        if i >= len(_SPECS):
            title = f"{title}（第{i // len(_SPECS) + 1}期）"
        when = (anchor - timedelta(days=days)).replace(hour=hour, minute=(13 * i) % 60)
        out.append(AppArticle(7001 + i, title, when, paras))
    return out


_SHELL = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="{outlet}"></head>
<body><header><a href="/jzapp/">{outlet}</a></header>
<main id="app"><p class="loading">正在加载…</p></main>
<script>{script}</script></body></html>"""

_LIST_SCRIPT = """
fetch('/jzapp/api/list.json').then(r => r.json()).then(items => {
  const app = document.getElementById('app');
  app.innerHTML = '';
  const ul = document.createElement('ul'); ul.className = 'news-list';
  for (const it of items) {
    const li = document.createElement('li'); const a = document.createElement('a');
    a.href = it.url; a.textContent = it.title; li.appendChild(a);
    const span = document.createElement('span'); span.textContent = ' ' + it.date; li.appendChild(span);
    ul.appendChild(li);
  }
  app.appendChild(ul);
});"""

_ARTICLE_SCRIPT = """
fetch('/jzapp/api/news/{id}.json').then(r => r.json()).then(a => {{
  document.title = a.title + ' - {outlet}';
  const app = document.getElementById('app');
  app.innerHTML = '';
  const h1 = document.createElement('h1'); h1.textContent = a.title; app.appendChild(h1);
  const info = document.createElement('div'); info.className = 'info';
  info.textContent = '来源：' + a.source + '　发布时间：' + a.time; app.appendChild(info);
  const body = document.createElement('div'); body.className = 'article-content';
  for (const p of a.paragraphs) {{ const el = document.createElement('p'); el.textContent = p; body.appendChild(el); }}
  app.appendChild(body);
}});"""

_LIVE_SCRIPT = """
document.getElementById('app').textContent = '直播中，内容实时更新';
setInterval(() => fetch('/jzapp/api/ping?' + Date.now()), 200);"""


def _json(value) -> Response:
    return Response(200, json.dumps(value, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")


def app_route(articles: list[AppArticle], path: str) -> Response | None:
    """The /jzapp/ pages and their JSON; None for a path that is not one of them."""
    by_id = {a.id: a for a in articles}
    if path in ("/jzapp/", "/jzapp/index.html"):
        return page(_SHELL.format(title=OUTLET, outlet=OUTLET, script=_LIST_SCRIPT))
    if path == "/jzapp/api/list.json":
        return _json([{"url": a.path, "title": a.title, "date": f"{a.published:%Y-%m-%d}"} for a in articles])
    if path == "/jzapp/live.html":
        return page(_SHELL.format(title=f"直播 - {OUTLET}", outlet=OUTLET, script=_LIVE_SCRIPT))
    if path == "/jzapp/api/ping":
        return _json({"ok": True})
    for prefix, suffix in (("/jzapp/news/", ".html"), ("/jzapp/api/news/", ".json")):
        if path.startswith(prefix) and path.endswith(suffix):
            num = path[len(prefix):-len(suffix)]
            art = by_id.get(int(num)) if num.isdigit() else None
            if art is None:
                return None
            if suffix == ".json":
                return _json({"title": art.title, "source": OUTLET, "time": f"{art.published:%Y-%m-%d %H:%M}",
                              "paragraphs": art.paragraphs})
            return page(_SHELL.format(title=esc(OUTLET), outlet=OUTLET,
                                      script=_ARTICLE_SCRIPT.format(id=art.id, outlet=OUTLET)))
    return None
