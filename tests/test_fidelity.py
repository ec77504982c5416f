"""A repost of the bureau's release compared with the release: headline, dropped and added sentences."""

from clippings.clusters.fidelity import compare_to_release

RELEASE_TITLE = "市城管执法局开展夜市油烟专项整治"
RELEASE = ("11月20日晚，市城管执法局在东湖区夜市开展油烟专项整治。\n"
           "执法队员逐户检查油烟净化设施，现场督促12户商户整改。\n"
           "下一步，市城管执法局将建立夜市常态巡查机制。\n"
           "（来源：江州城管）")


def test_a_faithful_repost_with_its_own_byline_is_the_same():
    copy = RELEASE.replace("（来源：江州城管）", "来源：江州日报网  责任编辑：王敏") + "\n"
    f = compare_to_release(RELEASE_TITLE, RELEASE, RELEASE_TITLE + " ", copy.replace("。", "。 "))
    assert f.same and f.kept == 3 and f.text == "与原稿一致"


def test_changed_headline_cut_paragraph_and_commentary_are_counted():
    copy = ("11月20日晚，市城管执法局在东湖区夜市开展油烟专项整治。\n"
            "执法队员逐户检查油烟净化设施，现场督促12户商户整改。\n"
            "记者注意到，不少摊主对整治时间安排有意见。")
    f = compare_to_release(RELEASE_TITLE, RELEASE, "夜市油烟整治，摊主有话说", copy)
    assert f.headline_changed and f.dropped == 1 and f.added == 1 and f.kept == 2
    assert f.text == "标题改为“夜市油烟整治，摊主有话说”；删去1句；增加1句"
