"""待复核: which automatic labels join the queue, in what order, and deciding from the web page."""

from __future__ import annotations

import re

from clippings.archive import open_archive, records, transaction
from clippings.archive import tags as tag_sql
from clippings.tagger.review import review_queue
from tests.test_web_fixtures import app, ids, login, post, web_data, web_template  # noqa: F401  (fixtures)

NEG = "正文·不作为“推诿” → 负面 -2.0"
DISAGREE = "规则与模型合并后判为正面；模型判断倾向中性 0.55"


def _auto(db, n, label, score, evidence, when, cluster=None):
    cid = records.insert_clipping(db, {"url": f"http://review.example/{n}", "source": "jzrb", "source_title": "江州日报网",
                                       "title": f"复核样例{n}", "text": "城管执法队员到场处置。", "published_at": when})
    tag_sql.write_auto_tags(db, cid, {"sentiment": label, "sentiment_score": score, "sentiment_evidence": evidence},
                            set(), "k", "2026-11-25T23:00:00+08:00")
    if cluster is not None:
        db.execute("UPDATE clippings SET cluster_id = ? WHERE id = ?", [cluster, cid])
    return cid


def _fill(db):
    with transaction(db):
        a = _auto(db, "a", "negative", 0.5, [NEG], "2026-11-24T08:00:00+08:00")
        b = [_auto(db, f"b{k}", "neutral", 0.55, [NEG], f"2026-11-23T0{8 + k}:00:00+08:00", cluster=9001)
             for k in range(3)]
        c = _auto(db, "c", "positive", 0.9, ["正文·表扬感谢“点赞” → 正面 +1.5", DISAGREE], "2026-11-25T08:00:00+08:00")
        _auto(db, "d", "positive", 0.9, ["正文·表扬感谢“点赞” → 正面 +1.5"], "2026-11-25T09:00:00+08:00")
        e = _auto(db, "e", "neutral", 0.5, [], "2026-11-24T09:00:00+08:00")
        _auto(db, "old", "negative", 0.4, [NEG], "2026-10-01T08:00:00+08:00")
    return a, b, c, e


def test_the_queue_holds_uncertain_and_disputed_labels_most_consequential_first(web_data):
    root, _ = web_data
    db = open_archive(root / "clippings.db")
    a, b, c, e = _fill(db)
    queue = review_queue(db, days=7)
    mine = [i for i in queue if i.title.startswith("复核样例")]
    # negative first, then negative evidence (one entry for the 3-copy story), then newest; confident
    # labels the rules and the model agree on, and older items, stay out
    assert [i.id for i in mine][:1] + [i.id for i in mine][2:] == [a, c, e] and mine[1].id in b
    assert mine[1].copies == 3 and mine[2].reasons == ["disagree"] and mine[3].reasons == ["low_score"]


def test_confirming_or_correcting_from_the_page_takes_the_story_out_of_the_queue(app, web_data):
    root, _ = web_data
    db = open_archive(root / "clippings.db")
    a, b, c, e = _fill(db)
    client = app.test_client()
    login(client, "staff")
    html = client.get("/review").get_data(as_text=True)
    rows = re.findall(r'<tr id="review-(\d+)"', html)
    story = int(rows[1])
    assert int(rows[0]) == a and story in b and "规则与模型意见不一" in html
    done = post(client, f"/review/{story}", {"sentiment": "neutral"}, page="/review")
    assert done.status_code == 302
    page = client.get("/review").get_data(as_text=True)
    assert "确认为中性（同一报道 3 条）" in page and not any(f'id="review-{x}"' in page for x in b)
    post(client, f"/review/{a}", {"sentiment": "positive"}, page="/review")
    assert records.get_clipping(db, a)["sentiment"] == "positive"
    assert [r["new_value"] for r in tag_sql.list_corrections(db, a)] == ["positive"]
    assert all(i.id not in (a, *b) for i in review_queue(db, days=7))
    leader = app.test_client()
    login(leader, "leader")
    assert leader.get("/review").status_code == 403
    assert client.get("/review?days=abc").status_code == 400
