"""Test helpers for alerts: a small archive of stories, an SMTP server and a webhook receiver."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from clippings.archive import transaction
from clippings.archive.records import insert_clipping
from clippings.paths import REPO_ROOT

PROFILE = REPO_ROOT / "config" / "bureau.toml"
STORY = ("网友发帖称，11月25日晚在江州市东湖区湖滨街道，几名城管队员与一名卖水果的摊主发生冲突，"
         "视频显示摊主的三轮车被强行拖走，围观群众质疑执法方式粗暴。记者联系了东湖区城管执法大队，"
         "对方表示正在核实情况。不少市民认为执法应当文明规范，也有人表示占道经营确实影响通行。")
OTHER = ("江州市城管执法局今天召开年度工作会议，总结今年市容环境整治成效，部署明年重点工作，"
         "会议要求各大队继续做好便民服务，推进智慧城管建设，提升城市精细化管理水平。")


def add(db, n: int, source: str, title: str, text: str, published: str, sentiment: str = "negative") -> int:
    with transaction(db):
        cid = insert_clipping(db, {"url": f"http://example.org/{source}/{n}.html", "source": source,
                                   "source_title": f"媒体{source}", "title": title, "text": text,
                                   "published_at": published})
        db.execute("UPDATE clippings SET sentiment = ?, tagged_at = ?, tagged_by = 'auto' WHERE id = ?",
                   [sentiment, published, cid])
    return cid


def write_config(path: Path, channels: str = "", extra: str = "") -> Path:
    path.write_text(f"""
[[alerts]]
name = "负面"
sentiment = ["负面"]
keywords = ["城管", "+江州", "!招聘"]
grade = "一般"

[[grading]]
name = "三家转载"
sentiment = ["负面"]
min_outlets = 3
within_hours = 6
grade = "较大"

[[grading]]
name = "五家转载"
min_outlets = 5
within_hours = 6
grade = "重大"
{extra}
{channels}
""", encoding="utf-8")
    return path


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Receiver:
    """A local HTTP server that records the JSON posted to it (and checks 钉钉 signatures)."""

    def __init__(self, dingtalk_secret: str | None = None, status: int = 200):
        self.posts: list[dict] = []
        self.status = status
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                record = {"path": url.path, "query": query, "body": json.loads(body or b"{}"),
                          "signature_ok": None}
                if dingtalk_secret and "sign" in query:
                    raw = f"{query['timestamp']}\n{dingtalk_secret}".encode()
                    expect = base64.b64encode(hmac.new(dingtalk_secret.encode(), raw, hashlib.sha256).digest()).decode()
                    # apprise percent-encodes the signature before requests encodes the query again
                    from urllib.parse import unquote

                    record["signature_ok"] = expect in (query["sign"], unquote(query["sign"]))
                outer.posts.append(record)
                reply = json.dumps({"errcode": 0, "errmsg": "ok"}).encode()
                self.send_response(outer.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class SMTPSink:
    """aiosmtpd on 127.0.0.1: a real SMTP server keeping the messages it receives."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        self.messages: list = []
        outer = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                from email import message_from_bytes, policy

                outer.messages.append(message_from_bytes(envelope.content, policy=policy.default))
                return "250 OK"

        self.port = free_port()
        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        self.controller.stop()
