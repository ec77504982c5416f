"""The demo web server: one loopback HTTP server hosting all four fictional sites.

    srv = DemoServer(host="127.0.0.1", port=0, anchor_date="2026-11-25", bench_articles=0)
    srv.start(); srv.base_url; srv.set_edition(2); srv.requests; srv.reset_log(); srv.stop()
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
import socket
import threading
import time
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from demosites.corpus import Corpus, build_corpus
from demosites.render_bench import bench_article, bench_list
from demosites.realistic import real_article, real_list
from demosites.render_common import Response, binary_blob, esc, jzol_huge, not_found, page, robots, root
from demosites.render_feeds import jzol_atom, jzol_rss, jzol_sitemap_index, jzol_sitemap_month, jzol_sitemap_news
from demosites.render_forum import bbs_blocked, bbs_forumdisplay, bbs_index, bbs_message, bbs_viewthread
from demosites.render_gov import jzcg_article, jzcg_index, jzcg_list
from demosites.render_search import COUNTY_HOST, captcha_page, extra_article_page, extra_articles, search_page
from demosites.render_app import app_articles, app_route
from demosites.render_board import board_list, board_message, board_messages
from demosites.render_news import jzol_article, jzol_list, jzrb_article, jzrb_index, jzrb_list, jzrb_page_path

PDF_BYTES = binary_blob("report.pdf", 24 * 1024, b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", b"\n%%EOF\n")
BIN_AS_HTML = binary_blob("scan.html", 16 * 1024, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

RE_JZRB_ARTICLE = re.compile(r"^/jzrb/content/\d{6}/\d{2}/content_(\d+)(?:_(\d+))?\.html$")
RE_JZRB_LIST = re.compile(r"^/jzrb/node_12(?:_(\d+))?\.html$")
RE_JZOL_ARTICLE = re.compile(r"^/jzol/(m/)?news/\d{8}/a(\d+)\.html$")
RE_JZOL_LIST = re.compile(r"^/jzol/list/index(?:_(\d+))?\.html$")
RE_JZOL_OLD = re.compile(r"^/jzol/old/a(\d+)\.html$")
RE_JZOL_SITEMAP_MONTH = re.compile(r"^/jzol/sitemap-(\d{4}-\d{2})\.xml$")
RE_JZCG_LIST = re.compile(r"^/jzcg/gzdt/index(?:_(\d+))?\.html$")
RE_JZCG_ARTICLE = re.compile(r"^/jzcg/gzdt/\d{6}/t\d{8}_(\d+)\.html$")
RE_BOARD = re.compile(r"^/lyb/(?:list_(\d+)\.html|(msg|bare)/(\d+)\.html)$")
RE_BENCH_LIST = re.compile(r"^/bench/list_(\d+)\.html$")
RE_BENCH_ARTICLE = re.compile(r"^/bench/a(\d+)\.html$")
RE_REAL_LIST = re.compile(r"^/bench/real/list_(\d+)\.html$")
RE_REAL_ARTICLE = re.compile(r"^/bench/real/a(\d+)\.html$")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _http_date(d: datetime) -> str:
    return format_datetime(d.astimezone(timezone.utc), usegmt=True)


class DemoServer:
    def __init__(self, host: str = "127.0.0.1", port: int = 0, anchor_date: str = "2026-11-25",
                 bench_articles: int = 0, slow_seconds: float = 10.0):
        if not _is_loopback(host):
            raise ValueError(f"demo sites may only bind a loopback address (127.0.0.1, ::1, localhost), not {host!r}")
        self.host = host
        self.port = port
        self.anchor_date = anchor_date
        self.bench_articles = int(bench_articles)
        self.slow_seconds = float(slow_seconds)
        self.corpus: Corpus = build_corpus(anchor_date)
        self.edition = 1
        self._lock = threading.Lock()
        self._requests: list[tuple[str, str, int, dict]] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        from datetime import datetime as _dt, timezone as _tz, timedelta as _td

        anchor = _dt(self.corpus.anchor.year, self.corpus.anchor.month, self.corpus.anchor.day, 23, 0,
                     tzinfo=_tz(_td(hours=8)))
        self.extras = extra_articles(anchor)
        self._extra_paths = {a.path: a for a in self.extras}
        self.board = {m.id: m for m in board_messages(anchor)}
        # 江州城事: built by script (render_app); more of them when serving benchmarks
        self.app_articles = app_articles(anchor, self.bench_articles)
        self._more_httpd: list = []   # the same site on 127.0.0.2 (an outlet on "another domain")
        self._ids = {s: {i.num_id: i for i in self.corpus.items if i.site == s} for s in ("jzrb", "jzol", "jzcg", "bbs")}
        self._fates: dict[str, str] = {}

    # ------------------------------------------------------------------ public API
    @property
    def base_url(self) -> str:
        h = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{h}:{self.port}"

    @property
    def requests(self) -> list[tuple[str, str, int, dict]]:
        with self._lock:
            return list(self._requests)

    def reset_log(self) -> None:
        with self._lock:
            self._requests.clear()

    def set_edition(self, n: int) -> None:
        n = int(n)
        if n not in (1, 2, 3, 4, 5, 6):
            raise ValueError("edition must be 1 to 6 (4-6: the incident evening, see generate_editions)")
        self.edition = n

    FATES = ("redirect_list", "redirect_home", "deleted_notice", "error_500", "empty")

    def set_fate(self, url_path: str, fate: str | None) -> None:
        """What a published page turns into after the fact, beside the editions (for re-check tests and
        demos): redirected to its list or home page, replaced by a "该帖已被删除" notice, failing with
        500 (a flapping server: set it back to None), or an empty page. ``url_path`` is the path with
        its query, as linked."""
        if fate is not None and fate not in self.FATES:
            raise ValueError(f"fate must be one of {self.FATES}")
        with self._lock:
            if fate is None:
                self._fates.pop(url_path, None)
            else:
                self._fates[url_path] = fate

    def _fate(self, path: str, query: str) -> Response | None:
        with self._lock:
            fate = self._fates.get(path + (f"?{query}" if query else ""))
        if fate is None:
            return None
        if fate in ("redirect_list", "redirect_home"):
            if fate == "redirect_home":
                target = "/"
            else:
                target = "/bbs/forum.php?mod=forumdisplay&fid=2" if path.startswith("/bbs/") else path.rsplit("/", 2)[0] + "/"
            return Response(302, b"", "text/html", headers={"Location": target})
        if fate == "deleted_notice":
            return page('<!DOCTYPE html><html><head><meta charset="utf-8"><title>提示信息 - 江州论坛</title></head>'
                        '<body><div id="messagetext"><p>抱歉，指定的主题不存在或已被删除或正在被审核</p>'
                        '<p>该帖已被删除</p></div></body></html>')
        if fate == "error_500":
            return not_found(path, 500)
        return page('<!DOCTYPE html><html><head><meta charset="utf-8"><title></title></head><body></body></html>')

    def changes(self, edition: int | None = None) -> dict[str, list[str]]:
        """URL paths that changed when moving to `edition` (default: the current one)."""
        return self.corpus.changes(edition or self.edition)

    def url(self, path: str) -> str:
        return self.base_url + path

    def start(self) -> "DemoServer":
        server = self

        class Handler(_Handler):
            srv = server

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            allow_reuse_address = True
            address_family = socket.AF_INET6 if ":" in self.host else socket.AF_INET

            def handle_error(self, request, client_address):
                import sys
                if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
                    return  # a client went away (e.g. a killed crawler): not worth a traceback
                super().handle_error(request, client_address)

        family_cls = Server
        self._httpd = family_cls((self.host, self.port), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="demosites", daemon=True)
        self._thread.start()
        if self.host == "127.0.0.1":
            try:
                more = family_cls((COUNTY_HOST, self.port), Handler)
            except OSError:   # the port is taken there: the county outlet's links will fail, counted
                more = None
            if more is not None:
                self._more_httpd.append(more)
                threading.Thread(target=more.serve_forever, name="demosites-2", daemon=True).start()
        return self

    def stop(self) -> None:
        for more in self._more_httpd:
            more.shutdown()
            more.server_close()
        self._more_httpd = []
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    def serve_forever(self) -> None:
        """Block until stop() (used by `python -m demosites`)."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)

    # ------------------------------------------------------------------ routing
    def fault_links(self) -> str:
        c = self.corpus
        old = c.flagged("old_redirect")[0]
        links = [
            ("/faults/slow.html", "【专题】城管执法十年回顾（加载较慢）"),
            ("/faults/error.html", "【专题】城管便民服务地图"),
            ("/faults/missing.html", "【专题】已下线的专题页"),
            (f"/jzol/old/a{old.num_id}.html", old.title),
            ("/jzol/special/huge.html", "城管执法案件明细数据公开（全量）"),
            ("/jzol/files/report.pdf", "江州市城市管理年度报告（PDF）"),
            ("/jzol/files/scan.html", "执法公示扫描件"),
            ("/private/x.html", "内部资料"),
        ]
        lis = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in links)
        return f'<div class="special"><h3>专题推荐</h3><ul>{lis}</ul></div>'

    def route(self, path: str, query: str, host: str) -> Response:
        c, ed = self.corpus, self.edition
        qs = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
        fated = self._fate(path, query)
        if fated is not None:
            return fated

        def item(site: str, num: str):
            it = self._ids[site].get(int(num))
            if it is None or it.edition > ed:
                return None, not_found(path)
            st = it.status_at(ed)
            if st in (404, 410):
                return None, not_found(path, st)
            return it, None

        if path in ("/", "/index.html"):
            return root(c, ed, self.bench_articles)
        if path == "/robots.txt":
            return robots(host)
        if path == "/__admin/edition":
            if "n" in qs:
                try:
                    self.set_edition(int(qs["n"]))
                except ValueError as e:
                    return Response(400, str(e).encode(), "text/plain; charset=utf-8")
            return Response(200, f"edition={self.edition}\n".encode(), "text/plain; charset=utf-8")
        # ---- faults
        if path == "/faults/slow.html":
            r = page('<!DOCTYPE html><html><head><meta charset="utf-8"><title>城管执法十年回顾</title></head>'
                       '<body><h1>城管执法十年回顾</h1><p>本页加载较慢。</p></body></html>')
            r.delay = self.slow_seconds
            return r
        if path == "/faults/error.html":
            return not_found(path, 500)
        if path.startswith("/private/"):
            return page('<!DOCTYPE html><html><head><meta charset="utf-8"><title>内部资料</title></head>'
                          '<body><p>内部资料，禁止抓取（robots.txt 已禁止）。</p></body></html>')
        # ---- the news search engine and the outlets only it knows (render_search)
        if path == "/search/s":
            return search_page(c, ed, host, self.extras, qs)
        if path == "/search/captcha":
            return captcha_page()
        if path in self._extra_paths:
            return extra_article_page(self._extra_paths[path])
        # ---- 江州城事: list and articles arrive by script (render_app)
        if path.startswith("/jzapp/"):
            return app_route(self.app_articles, path) or not_found(path)
        # ---- 江州市民留言板 (render_board); /lyb/bare/ID.html: a message page without a reply block
        m = RE_BOARD.match(path)
        if m:
            if m.group(1):
                return board_list(list(self.board.values()), ed, int(m.group(1))) or not_found(path)
            msg = self.board.get(int(m.group(3)))
            return board_message(msg, ed, no_reply_block=m.group(2) == "bare") if msg else not_found(path)
        # ---- 江州日报网
        if path in ("/jzrb/", "/jzrb/index.html"):
            return jzrb_index(c, ed)
        m = RE_JZRB_LIST.match(path)
        if m:
            return jzrb_list(c, ed, int(m.group(1) or 1))
        m = RE_JZRB_ARTICLE.match(path)
        if m:
            it, err = item("jzrb", m.group(1))
            page_no = int(m.group(2) or 1)
            if err or jzrb_page_path(it, page_no) != path or (m.group(2) and page_no < 2):
                return err or not_found(path)
            return jzrb_article(c, ed, it, page_no)
        # ---- 江州在线
        if path in ("/jzol/", "/jzol/index.html"):
            return Response(302, b"", "text/html", headers={"Location": "/jzol/list/index.html"})
        m = RE_JZOL_LIST.match(path)
        if m:
            return jzol_list(c, ed, int(m.group(1) or 1), self.fault_links())
        m = RE_JZOL_ARTICLE.match(path)
        if m:
            it, err = item("jzol", m.group(2))
            if err:
                return err
            if it.path != path.replace("/jzol/m/news/", "/jzol/news/"):
                return not_found(path)
            variant = "mobile" if m.group(1) else ("print" if qs.get("print") == "1" else "desktop")
            return jzol_article(c, ed, it, variant)
        m = RE_JZOL_OLD.match(path)
        if m:
            it = self._ids["jzol"].get(int(m.group(1)))
            if it is None:
                return not_found(path)
            return Response(301, b"", "text/html", headers={"Location": f"http://{host}{it.path}"})
        if path == "/jzol/rss.xml":
            return jzol_rss(c, ed, host)
        if path == "/jzol/atom.xml":
            return jzol_atom(c, ed, host)
        if path == "/jzol/sitemap.xml":
            return jzol_sitemap_index(c, ed, host)
        if path == "/jzol/sitemap-news.xml":
            return jzol_sitemap_news(c, ed, host)
        m = RE_JZOL_SITEMAP_MONTH.match(path)
        if m:
            return jzol_sitemap_month(c, ed, host, m.group(1)) or not_found(path)
        if path == "/jzol/special/huge.html":
            return jzol_huge()
        if path == "/jzol/files/report.pdf":
            return Response(200, PDF_BYTES, "application/pdf")
        if path == "/jzol/files/scan.html":
            return Response(200, BIN_AS_HTML, "text/html")
        # ---- 江州论坛
        if path in ("/bbs/", "/bbs/forum.php", "/bbs/index.php"):
            mod = qs.get("mod", "")
            if mod == "forumdisplay":
                return bbs_forumdisplay(c, ed, qs.get("fid", ""), _int(qs.get("page"), 1))
            if mod == "viewthread":
                it = self._ids["bbs"].get(_int(qs.get("tid"), -1))
                return bbs_viewthread(c, ed, it, _int(qs.get("page"), 1))
            if mod == "redirect" and "tid" in qs:
                it = self._ids["bbs"].get(_int(qs.get("tid"), -1))
                if it is None:
                    return bbs_message(c, ed, "抱歉，指定的主题不存在或已被删除或正在被审核")
                last = (len(it.posts_at(ed)) + 9) // 10
                loc = f"http://{host}/bbs/forum.php?mod=viewthread&tid={it.tid}&page={last}#lastpost"
                return Response(302, b"", "text/html", headers={"Location": loc})
            if mod in ("", "index"):
                return bbs_index(c, ed)
            return bbs_message(c, ed, "抱歉，您需要登录后才能继续本操作")
        if path in ("/bbs/home.php", "/bbs/misc.php", "/bbs/member.php"):
            return bbs_blocked(path.rsplit("/", 1)[-1])
        # ---- 江州市城管执法局
        if path in ("/jzcg/", "/jzcg/index.html"):
            return jzcg_index(c, ed)
        m = RE_JZCG_LIST.match(path)
        if m:
            return jzcg_list(c, ed, int(m.group(1) or 0))
        m = RE_JZCG_ARTICLE.match(path)
        if m:
            it, err = item("jzcg", m.group(1))
            return err or (jzcg_article(c, ed, it) if it.path == path else not_found(path))
        # ---- bench
        if self.bench_articles:
            m = RE_BENCH_LIST.match(path)
            if m:
                return bench_list(c, self.bench_articles, int(m.group(1))) or not_found(path)
            m = RE_BENCH_ARTICLE.match(path)
            if m:
                return bench_article(c, self.bench_articles, int(m.group(1))) or not_found(path)
            m = RE_REAL_LIST.match(path)
            if m:
                return real_list(c, self.bench_articles, int(m.group(1))) or not_found(path)
            m = RE_REAL_ARTICLE.match(path)
            if m:
                return real_article(c, self.bench_articles, int(m.group(1))) or not_found(path)
        return not_found(path)


def _int(v, default: int) -> int:
    try:
        return int(v)
    except (TypeError, ValueError):
        return default


class _Handler(BaseHTTPRequestHandler):
    srv: DemoServer
    protocol_version = "HTTP/1.1"
    server_version = "JiangzhouDemo/1.0"

    def log_message(self, fmt, *args):  # quiet
        pass

    def setup(self):
        super().setup()
        try:  # small responses go out in one segment; avoid Nagle/delayed-ACK stalls on keep-alive
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        except OSError:
            pass

    def do_GET(self):
        self._serve(head=False)

    def do_HEAD(self):
        self._serve(head=True)

    def do_POST(self):
        self._send(405, b"method not allowed", "text/plain", {}, head=False)

    def _serve(self, head: bool):
        parts = urlsplit(self.path)
        host = self.headers.get("Host") or f"{self.srv.host}:{self.srv.port}"
        try:
            resp = self.srv.route(parts.path, parts.query, host)
        except Exception as e:  # noqa: BLE001 - a fixture must keep serving
            resp = Response(500, f"internal error: {e!r}".encode(), "text/plain; charset=utf-8")
        if resp.delay:
            time.sleep(resp.delay)
        headers = dict(resp.headers)
        status = resp.status
        body = resp.body
        if status == 200:
            etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
            headers["ETag"] = etag
            lm = resp.last_modified
            if lm is not None:
                headers["Last-Modified"] = _http_date(lm)
            if self._not_modified(etag, lm):
                status, body = 304, b""
        self._send(status, body, resp.content_type, headers, head)

    def _not_modified(self, etag: str, lm: datetime | None) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = [t.strip().removeprefix("W/") for t in inm.split(",")]
            return etag in tags or "*" in tags
        ims = self.headers.get("If-Modified-Since")
        if ims and lm is not None:
            try:
                since = parsedate_to_datetime(ims)
            except (TypeError, ValueError):
                return False
            if since.tzinfo is None:
                since = since.replace(tzinfo=timezone.utc)
            return lm.replace(microsecond=0) <= since
        return False

    def _send(self, status: int, body: bytes, ctype: str, headers: dict, head: bool):
        with self.srv._lock:
            self.srv._requests.append((self.command, self.path, status, dict(self.headers.items())))
        try:
            self.send_response(status)
            if status != 304:
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
            for k, v in headers.items():
                self.send_header(k, v)
            self._headers_buffer.append(b"\r\n")
            if not head and status != 304:
                self._headers_buffer.append(body)
            self.flush_headers()  # headers + body in one write
        except (BrokenPipeError, ConnectionResetError):
            pass
