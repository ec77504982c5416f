"""Proof that survives deletion: readable diffs between captures and the evidence package."""

from __future__ import annotations

import hashlib
import http.server
import json
import subprocess
import sys
import threading
import zipfile
import io

import pytest

from clippings.archive import open_archive, records, transaction
from clippings.evidence import WarcStore
from clippings.paths import DataDir
from clippings.proof.diff import compare_texts, sentences
from clippings.proof.package import EvidenceMissing, build_package
from tests.test_browser_web import CHROMIUM


def test_sentences_and_a_quiet_edit_shown_exactly():
    assert sentences("城管来了。 摊主跑了！\n 为什么？") == ["城管来了。", "摊主跑了！", "为什么？"]
    c = compare_texts("涉事队员已停职。将依法处理。市民反映强烈。", "涉事队员已调岗。市民反映强烈。相关部门正在调查。")
    kinds = [line.kind for line in c.lines]
    assert kinds == ["changed", "removed", "same", "added"]
    changed = c.lines[0].pieces
    assert [(p.kind, p.text) for p in changed if p.kind != "same"] == [("removed", "停职"), ("added", "调岗")]
    assert c.summary == "正文修改1句，新增1句，删除1句"
    assert not compare_texts("一句话。  两句话。", "一句话。\n两句话。").changed      # whitespace is not an edit
    many = compare_texts("".join(f"第{i}句。" for i in range(20)), "".join(f"第{i}句。" for i in range(19)) + "第十九句。",
                         context=1)
    assert [line.kind for line in many.lines] == ["skip", "same", "changed"]


class _Tracker(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        _Tracker.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write("<h1>今天的页面（已被修改）</h1>".encode())

    def log_message(self, *args):
        pass


@pytest.fixture
def live_site():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Tracker)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Tracker.hits = []
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture
def archive(tmp_path, live_site):
    data = DataDir.resolve(tmp_path / "data").ensure()
    db = open_archive(data.db_path)
    url = f"{live_site}/news/1.html"
    body = (f'<html><head><meta charset="utf-8"><title>城管推搡摊贩</title>'
            f'<link rel="stylesheet" href="{live_site}/style.css"><script src="{live_site}/app.js"></script></head>'
            f'<body><h1>城管推搡摊贩 视频曝光</h1><p>11月24日晚，东湖区夜市发生冲突。</p>'
            f'<img src="{live_site}/tracker.png"><script>document.title="脚本运行了"</script></body></html>').encode()
    store = WarcStore(data.warc_dir)
    ref = store.write(url, 200, "OK", [("Content-Type", "text/html; charset=utf-8")], body,
                      "2026-11-24T22:10:00+08:00")
    store.close()
    with transaction(db):
        cid = records.insert_clipping(db, {"url": url, "source": "jzol", "source_title": "江州在线",
                                           "title": "城管推搡摊贩 视频曝光", "text": "11月24日晚，东湖区夜市发生冲突。",
                                           "published_at": "2026-11-24T21:30:00+08:00",
                                           "fetched_at": "2026-11-24T22:10:00+08:00",
                                           "warc_file": ref.warc_file, "warc_offset": ref.offset})
        records.add_evidence(db, cid, url, "2026-11-24T22:10:00+08:00", 200, ref.warc_file, ref.offset, ref.length)
        imported = records.insert_clipping(db, {"url": "https://paper.example/1", "source": "import:paper",
                                                "title": "报纸稿", "text": "城管。"})
    return data, db, cid, imported, body


def test_package_has_the_original_bytes_hashes_and_an_offline_rendering(archive, tmp_path):
    if not CHROMIUM or not __import__("os").path.exists(CHROMIUM):
        pytest.skip("需要 Chromium")
    data, db, cid, _, body = archive
    db["clippings"].update(cid, {"status": "deleted"})          # the page is gone from the site since
    pkg = build_package(db, data, cid, tmp_path / "pkg")
    folder = tmp_path / "pkg"
    names = {p.name for p in folder.iterdir()}
    assert {"原始记录-1.warc.gz", "页面渲染.pdf", "页面渲染.png", "正文.txt", "manifest.json", "SHA256SUMS",
            "说明.txt"} <= names
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for name, entry in manifest["files"].items():               # every hash matches its file
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == entry["sha256"], name
    assert manifest["captures"][0]["payload_sha256"] == hashlib.sha256(body).hexdigest()
    assert manifest["status_text"] == "来源已删除" and manifest["captures"][0]["captured_at_beijing"] == "2026-11-24 22:10"
    ref = next(db.query("SELECT warc_file, warc_offset, warc_length FROM evidence WHERE clipping_id = ?", [cid]))
    with open(data.warc_dir / ref["warc_file"], "rb") as fh:
        fh.seek(ref["warc_offset"])
        assert (folder / "原始记录-1.warc.gz").read_bytes() == fh.read(ref["warc_length"])   # byte-for-byte
    # rendering: made from the capture, nothing fetched from the live site (page, css, script, image)
    assert pkg.rendered and _Tracker.hits == []
    refused = manifest["rendering"]["refused_requests"]
    assert any(u.endswith("/style.css") for u in refused) and any(u.endswith("/tracker.png") for u in refused)
    assert (folder / "页面渲染.pdf").read_bytes()[:5] == b"%PDF-" and (folder / "页面渲染.png").stat().st_size > 1000
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "离线生成" in (folder / "说明.txt").read_text(encoding="utf-8")


def test_package_refusals(archive, tmp_path):
    data, db, cid, imported, _ = archive
    with pytest.raises(EvidenceMissing, match="没有原始网页存档"):
        build_package(db, data, imported, tmp_path / "a")
    with pytest.raises(EvidenceMissing, match="没有编号为"):
        build_package(db, data, 999999, tmp_path / "b")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "x").write_text("keep me")
    with pytest.raises(FileExistsError):
        build_package(db, data, cid, tmp_path / "c", render=False)
    assert (tmp_path / "c" / "x").read_text() == "keep me"


def test_cli_evidence(archive, tmp_path):
    data, _, cid, imported, _ = archive

    def run(*args):
        return subprocess.run([sys.executable, "-m", "clippings", "--data-dir", str(data.root), "evidence", *args],
                              capture_output=True, text=True, timeout=120)

    ok = run(str(cid), "--out", str(tmp_path / "out"), "--no-render")
    assert ok.returncode == 0 and "证据包已生成" in ok.stdout and (tmp_path / "out" / "manifest.json").exists()
    bad = run(str(imported), "--out", str(tmp_path / "out2"))
    assert bad.returncode == 1 and "没有原始网页存档" in bad.stderr and "Traceback" not in bad.stderr


def test_web_download_and_diff_on_the_detail_page(archive):
    from clippings.accounts import create_user
    from clippings.web import create_app
    from tests.test_web_fixtures import PASSWORD, PROFILE, SOURCES, login

    data, db, cid, _, _ = archive
    with transaction(db):
        db["clipping_versions"].insert({"clipping_id": cid, "title": "城管推搡摊贩 视频曝光",
                                        "text": "11月24日晚，东湖区夜市发生冲突。队员已停职。",
                                        "fetched_at": "2026-11-24T20:00:00+08:00",
                                        "replaced_at": "2026-11-24T22:10:00+08:00"})
    create_user(db, "张局长", "leader", PASSWORD)
    app = create_app(data.root, SOURCES, PROFILE, testing=True)
    client = app.test_client()
    login(client, username="张局长")
    page = client.get(f"/clipping/{cid}").get_data(as_text=True)
    assert "与首次抓取相比：正文删除1句" in page and "<del>队员已停职。</del>" in page
    resp = client.get(f"/clipping/{cid}/evidence.zip")
    assert resp.status_code == 200 and resp.mimetype == "application/zip"
    with zipfile.ZipFile(io.BytesIO(resp.data)) as zf:
        assert f"证据包-{cid}/manifest.json" in zf.namelist()
