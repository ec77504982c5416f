"""A small real archive for the web app tests: clippings, a repost cluster, the demo corpus's XSS
article archived in a real WARC, a search index, and one account per role. Also the helpers to
sign in with the test client. (Imported by the other tests/test_web*.py and tests/test_browser*.py.)
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from clippings import accounts
from clippings.archive import open_archive, records, transaction
from clippings.config import load_profile
from clippings.evidence import WarcStore
from clippings.paths import REPO_ROOT, DataDir

ANCHOR_DATE = "2026-11-25"
ANCHOR_NOW = "2026-11-25T20:00:00+08:00"
PROFILE = REPO_ROOT / "config" / "bureau.toml"
SOURCES = REPO_ROOT / "config" / "sources.toml"
PASSWORD = "correct-horse-42"
USERS = {"admin": "王管理", "staff": "李干事", "reviewer": "赵科长", "leader": "张局长"}
# appended to the archived XSS page: would change the parent's title / set a global if it ever ran
EXTRA_ATTACK = (b'<script>top.document.title="pwned";top.__pwned=1;</script>'
                b'<a id="jslink" href="javascript:top.document.title=\'pwned\'">javascript-link</a>'
                b'<div onmouseover="top.__pwned=2">hover me</div><iframe src="javascript:alert(9)"></iframe>'
                b'<form action="http://evil.example/"><input name="x"></form>')
HOSTILE_TITLE = '<img src=x onerror="top.__pwned=3">城管执法车辆违停引质疑'
HOSTILE_TEXT = '网友发帖称<script>top.__pwned=4;document.title="pwned"</script>城管执法车辆违停，城管回应称系执行任务。'
FILLER = ("江州市城管执法局持续开展市容环境整治，城管队员在{d}巡查，规劝流动摊贩{n}处，"
          "清理乱堆乱放，市民对城管工作表示认可。")


def _xss_row(data: DataDir) -> dict:
    from demosites.corpus import build_corpus
    from demosites.render import jzol_article

    corpus = build_corpus(ANCHOR_DATE)
    item = corpus.flagged("xss")[0]
    resp = jzol_article(corpus, 1, item)
    body = resp.body.replace(b"</body>", EXTRA_ATTACK + b"</body>")
    url = "http://127.0.0.1:8765" + item.path
    store = WarcStore(data.warc_dir, prefix="test")
    ref = store.write(url, 200, "OK", [("Content-Type", resp.content_type)], body,
                      fetched_at="2026-11-25T09:00:00+08:00")
    store.close()
    return {"url": url, "source": "jzol", "source_title": "江州在线", "title": item.title,
            "text": item.text(1), "published_at": "2026-11-25T07:19:00+08:00", "sentiment": "negative",
            "topics": ["市容环卫"], "district": "南山区", "warc_file": ref.warc_file, "warc_offset": ref.offset,
            "fetched_at": "2026-11-25T09:00:00+08:00", "_ref": ref}


def build_archive(root: Path) -> dict:
    """Create the archive, index and accounts under ``root``; returns the ids of note."""
    from clippings.clusters import assign_pending
    from indexer.build import rebuild_index

    data = DataDir.resolve(root).ensure()
    db = open_archive(data.db_path)
    profile = load_profile(PROFILE)
    ids = {}
    story = ("11月24日晚，有市民反映东湖区湖滨街道一处工地渣土车夜间撒漏严重，道路泥泞不堪，"
             "多次拨打12345热线投诉后仍未见城管部门处理。记者现场看到，工地出入口没有冲洗设施，"
             "渣土车带泥上路，沿线商户苦不堪言。市民质疑城管执法不力，希望有关部门尽快整治。")
    with transaction(db):
        xss = _xss_row(data)
        ref = xss.pop("_ref")
        ids["xss"] = records.insert_clipping(db, xss)
        records.add_evidence(db, ids["xss"], xss["url"], xss["fetched_at"], 200, ref.warc_file, ref.offset,
                             ref.length)
        ids["negative"] = records.insert_clipping(db, {
            "url": "http://jzrb.example/a1.html", "source": "jzrb", "source_title": "江州日报网",
            "title": "渣土车夜间撒漏 市民投诉城管执法不力", "text": story, "published_at": "2026-11-25T08:00:00+08:00",
            "sentiment": "negative", "sentiment_score": 0.91, "sentiment_evidence": ["负面词：投诉、执法不力"],
            "topics": ["渣土运输"], "district": "东湖区", "districts": ["东湖区"]})
        ids["repost"] = records.insert_clipping(db, {
            "url": "http://jzol.example/r1.html", "source": "jzol", "source_title": "江州在线",
            "title": "渣土车夜间撒漏 市民投诉城管执法不力", "text": story, "published_at": "2026-11-25T11:30:00+08:00",
            "sentiment": "negative", "topics": ["渣土运输"], "district": "东湖区"})
        ids["positive"] = records.insert_clipping(db, {
            "url": "http://jzcg.example/t1.html", "source": "jzcg", "source_title": "江州市城管执法局",
            "title": "市城管执法局开展占道经营专项整治", "text": "江州市城管执法局在西城区开展占道经营专项整治行动，"
            "规范沿街商铺经营秩序，设置便民疏导点，市民点赞。", "published_at": "2026-11-25T10:00:00+08:00",
            "sentiment": "positive", "topics": ["占道经营"], "district": "西城区"})
        ids["forum"] = records.insert_clipping(db, {
            "url": "http://bbs.example/t1", "source": "jzbbs", "source_title": "江州论坛", "kind": "forum",
            "title": "夜市摊贩何去何从", "text": "北江区夜市的流动摊贩越来越多，城管来了就跑，希望设置疏导点。",
            "published_at": "2026-11-24T21:00:00+08:00", "sentiment": "neutral", "topics": ["流动摊贩"],
            "district": "北江区"})
        ids["hostile"] = records.insert_clipping(db, {
            "url": "javascript:alert(1)", "canonical_url": "http://bbs.example/hostile", "source": "jzbbs",
            "source_title": "江州论坛", "kind": "forum", "title": HOSTILE_TITLE, "text": HOSTILE_TEXT,
            "published_at": "2026-11-23T12:00:00+08:00", "sentiment": "neutral", "topics": ["违停"],
            "district": "南山区"})
        for n in range(30):
            records.insert_clipping(db, {
                "url": f"http://jzrb.example/f{n}.html", "source": "jzrb", "source_title": "江州日报网",
                "title": f"城管市容巡查简报（第{n + 1}期）", "text": FILLER.format(d="东湖区", n=n + 3),
                "published_at": f"2026-11-{10 + n % 14:02d}T09:{n:02d}:00+08:00", "sentiment": "neutral",
                "topics": ["市容环卫"], "district": "东湖区"})
    assign_pending(db, profile)
    rebuild_index(db, data.index_dir, user_words=profile.user_words(), synonyms=profile.synonyms)
    for role, name in USERS.items():
        accounts.create_user(db, name, role, PASSWORD)
    db.conn.close()
    return ids


@pytest.fixture(scope="session")
def web_template(tmp_path_factory):
    """One archive built per test session; tests that write get their own copy (``web_data``)."""
    from argon2 import PasswordHasher

    mp = pytest.MonkeyPatch()
    mp.setenv("CLIPPINGS_NOW", ANCHOR_NOW)
    # real argon2id, cheaper parameters: the production ones cost ~0.5 s per sign-in here
    previous = accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1))
    root = tmp_path_factory.mktemp("web-template")
    ids = build_archive(root)
    yield root, ids
    accounts.use_hasher(previous)
    mp.undo()


@pytest.fixture
def web_data(web_template, tmp_path, monkeypatch):
    import shutil

    monkeypatch.setenv("CLIPPINGS_NOW", ANCHOR_NOW)
    root, ids = web_template
    target = tmp_path / "data"
    shutil.copytree(root, target)
    (target / "web_secret_key").unlink(missing_ok=True)
    return target, ids


@pytest.fixture
def app(web_data):
    from clippings.web import create_app

    root, _ = web_data
    return create_app(root, SOURCES, PROFILE, testing=True)


@pytest.fixture
def ids(web_data):
    return web_data[1]


_TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def csrf_from(html: str) -> str:
    match = _TOKEN.search(html)
    assert match, "page has no CSRF token"
    return match.group(1)


def login(client, role: str | None = None, username: str | None = None, password: str = PASSWORD):
    page = client.get("/login")
    return client.post("/login", data={"username": username or USERS[role], "password": password,
                                       "csrf_token": csrf_from(page.get_data(as_text=True))})


def post(client, url: str, data: dict | None = None, page: str = "/search"):
    """POST ``data`` with the CSRF token taken from a page the user can see."""
    token = csrf_from(client.get(page).get_data(as_text=True))
    return client.post(url, data={**(data or {}), "csrf_token": token})


def test_fixture_archive_is_real(web_data):
    root, ids = web_data
    db = open_archive(Path(root) / "clippings.db")
    assert records.count_clippings(db) == 36
    cluster = db.execute("SELECT cluster_id FROM clippings WHERE id = ?", [ids["negative"]]).fetchone()[0]
    assert cluster is not None
    assert db.execute("SELECT cluster_id FROM clippings WHERE id = ?", [ids["repost"]]).fetchone()[0] == cluster
    assert {u["role"] for u in accounts.list_users(db)} == {"admin", "staff", "reviewer", "leader"}
