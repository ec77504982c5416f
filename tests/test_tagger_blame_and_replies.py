"""Rules added after reading the misses on real web text by category (tagger-7): negators such as
无法, service names that contain 投诉, 笑呵呵 (no sarcasm), staff as the victims of violence,
stereotypes the text reports rather than events, official replies quoted inside a post.
All examples are written for these tests (fictional places)."""

from __future__ import annotations

import pytest

from clippings.tagger.rules import RuleScorer


@pytest.fixture(scope="module")
def rules():
    return RuleScorer()


def reasons(result) -> str:
    return "\n".join(h.reason for h in result.hits)


def test_wufa_negates_a_positive_word(rules):
    r = rules.score("青石路夜市噪音", "虽然执法队员常来巡查，还是无法解决噪音问题，居民夜里睡不着。")
    assert r.neg > r.pos
    assert "“解决”（被否定）" in reasons(r)


def test_complaint_hotline_is_a_service_name(rules):
    r = rules.score("城市管理投诉热线今起更换号码", "市民发现井盖破损等问题可拨打投诉热线，24小时有人接听。")
    assert r.neg == 0


def test_xiaohehe_is_no_sarcasm(rules):
    r = rules.score("我们这里的城管", "城管笑呵呵地请摊主把货收一收，还帮着一起搬。")
    assert not r.flags.get("sarcasm")
    assert r.net > 0
    assert rules.score("我们这里的城管", "城管的服务，呵呵。").flags.get("sarcasm")


def test_staff_attacked_is_not_the_bureaus_violence(rules):
    r = rules.score("摊贩与城管发生冲突 执法队员被推倒在地",
                    "有网友发布视频，曝光青石路口一名摊贩与执法队员发生冲突。记者了解到，执法队员劝离时被摊贩推倒在地，"
                    "摊贩已被警方带走。")
    assert r.flags.get("victim") and not r.flags.get("accusation")
    assert "本局人员是受害方" in reasons(r)
    assert r.label != "negative"


def test_staff_violence_named_keeps_the_story_negative(rules):
    r = rules.score("摊主称被执法队员打伤", "一名摊主称在收摊时被执法队员打伤，执法局回应称系摊主先动手袭击执法人员。")
    assert not r.flags.get("victim")
    assert r.label == "negative"


def test_object_after_ba_is_not_the_actor(rules):
    r = rules.score("老人抡起拐杖将一名执法人员打伤", "")
    assert "“打伤”的施动者不是本局人员" in reasons(r)


def test_victim_flag_moves_the_models_negative_reading_to_neutral():
    from clippings.tagger.core import combine

    rules_p = {"positive": 0.2, "negative": 0.1, "neutral": 0.7}
    model_p = {"positive": 0.0, "negative": 1.0, "neutral": 0.0}
    assert combine(rules_p, model_p, True, False)[0] == "negative"
    assert combine(rules_p, model_p, True, False, blame=True)[0] == "neutral"


def test_a_conflict_with_a_vendor_names_no_victim(rules):
    r = rules.score("关于网传执法人员与摊贩发生冲突情况的通报",
                    "经初步调查，两名协管员在劝导一名流动摊贩离开机动车道时，与该摊贩发生肢体冲突，致其受伤。")
    assert not r.flags.get("victim")


def test_a_reported_stereotype_is_no_event(rules):
    text = "在很多人心中，城管就是暴力执法的代名词。其实我们每天做的，就是劝摊主别占盲道。"
    r = rules.score("我当城管的第五年", text)
    assert r.flags.get("perception")
    assert "转述的刻板印象或传闻" in reasons(r)
    hit = next(h for h in r.hits if h.phrase == "暴力执法")
    plain = next(h for h in rules.score("我当城管的第五年", "城管就是暴力执法。").hits if h.phrase == "暴力执法")
    assert abs(hit.value) < abs(plain.value) * 0.5


def test_a_reply_quoted_inside_the_page_is_cut_off():
    from clippings.tagger.normalise import without_official_reply

    text = "青石巷口每天早上都有菜摊占道，希望城管管一管。\n网友您好，感谢您对城市管理工作的关心和支持！我局已安排中队巡查。"
    kept, cut = without_official_reply(text)
    assert cut and kept.startswith("青石巷口") and "感谢" not in kept
    only_reply = "网友您好，您反映的问题已收悉，执法中队将加强巡查。"
    assert without_official_reply(only_reply) == (only_reply, False)


def test_a_routine_reply_is_neutral_genre(rules):
    r = rules.score("网友您好，您反映的占道问题已收悉",
                    "网友您好，您反映的占道问题已收悉。该路段不属于市政道路，执法中队不能强行执法，只能劝导，并将定期巡逻。")
    assert r.flags.get("reply")
    assert "官方答复类文体" in reasons(r)
    assert r.label == "neutral"


def test_a_post_with_a_reply_about_someone_elses_problem_is_routine(rules):
    post = "青石巷口每天早上菜摊占道，出行很不方便，希望城管重点整治。"
    assert rules.score("菜摊占道", post).label == "negative"
    r = rules.score("菜摊占道", post, replied=True)
    assert r.flags.get("reply") and r.label == "neutral"


def test_praise_or_a_complaint_about_the_bureau_survives_the_reply(rules):
    praise = rules.score("我要表扬湖滨中队", "昨天队员帮我家老人找到了走失的小狗，特别感谢，给他们点赞！", replied=True)
    assert praise.label == "positive" and not praise.flags.get("reply")
    complaint = rules.score("投诉城管推诿", "反映了三次都没人管，城管一直推诿扯皮，敷衍了事。", replied=True)
    assert complaint.label == "negative" and not complaint.flags.get("reply")


def test_a_person_in_the_story_asking_for_help_is_no_consultation(rules):
    story = ("【暖心】城管队员每天给摆摊男孩送午餐", "男孩一家生活困难，一个月来每天中午都收到城管队员送来的爱心午餐。"
             "男孩想当面表示感谢，于是求助记者，记者找到了这位队员。")
    r = rules.score(*story)
    assert not r.flags.get("question") and r.label == "positive"
    assert rules.score("求助：摆摊的三轮车被暂扣了怎么领回？", "请问需要什么手续？").flags.get("question")


def test_bushi_x_zheshi_sha_is_an_assertion(rules):
    r = rules.score("夜市一刀切", "八点前不让摆，八点后全放开，路全堵了。这不是懒政这是啥？")
    hit = next(h for h in r.hits if h.phrase == "懒政")
    assert hit.value < 0 and "被否定" not in hit.reason
