"""The tagger's decisions from the bureau's point of view: negation, contrast, sarcasm, reported
accusations, notices and statistics, events handled well, bureau-caused problems, who did it,
evidence naming the phrase, topics and districts (streets map to their district)."""

from __future__ import annotations

import pytest

from clippings.config import load_profile
from clippings.paths import DEFAULT_CONFIG_DIR
from clippings.tagger import Tagger
from clippings.tagger.lexicon import load_lexicon
from clippings.tagger.rules import RuleScorer


@pytest.fixture(scope="module")
def profile():
    return load_profile(DEFAULT_CONFIG_DIR / "bureau.toml")


@pytest.fixture(scope="module")
def tagger(profile, tmp_path_factory):
    return Tagger(profile, models_dir=tmp_path_factory.mktemp("models"))


def label(tagger, title, text=""):
    return tagger.tag(title, text).label


def joined(tag) -> str:
    return "\n".join(tag.evidence)


def test_negation_flips_praise_and_complaint(tagger):
    assert label(tagger, "对窗口服务态度不是很满意", "办个招牌审批跑了三趟。") == "negative"
    t = tagger.tag("执法队员没有一罚了之", "队员没有简单罚款，而是帮摊主在农贸市场找到免租摊位，摊主连声道谢。")
    assert t.label == "positive"
    assert label(tagger, "这种执法一点都不文明", "几个人围着卖菜老人大声呵斥。") == "negative"


def test_contrast_later_clause_wins(tagger):
    assert label(tagger, "疏导点开张了", "环境是改善了，但是摊位费太高，摊主纷纷叫苦。") == "negative"
    assert label(tagger, "商户起初不满", "一开始店主很不满，不过队员耐心解释后，店主表示理解并主动整改。") == "positive"


def test_sarcasm_with_quoted_praise_is_negative(tagger):
    t = tagger.tag("真是“文明执法”啊", "下雨天把老人的菜筐直接扔上车。")
    assert t.label == "negative"
    assert "讽刺" in joined(t)
    assert label(tagger, "好一个“便民服务”", "说好的疏导点建在没人去的桥洞下。") == "negative"
    assert label(tagger, "呵呵，又来整治了", "每年检查的时候整一阵，过了就没人管了。") == "negative"


def test_reported_accusation_is_negative_even_when_denied(tagger):
    t = tagger.tag("摊主称遭城管推搡 执法局：系正常执法", "一名摊主称被执法队员推倒在地，执法局回应称系正常执法。")
    assert t.label == "negative"
    assert "摊主称" in joined(t) and "推" in joined(t)
    assert label(tagger, "网友曝协管员收取“管理费”", "有网友发帖称，协管员向夜市摊贩收取管理费，不交就被驱赶。") == "negative"


def test_notices_meetings_and_statistics_are_neutral(tagger):
    assert label(tagger, "关于开展渣土运输车辆专项整治的通告",
                 "自即日起对无证运输、沿途撒漏等违法行为依法查处，情节严重的依法没收。") == "neutral"
    t = tagger.tag("“文明执法 温情服务”推进会召开", "会议部署了下一阶段工作。")
    assert t.label == "neutral"
    assert "口号" in joined(t) or "会议" in joined(t)
    assert label(tagger, "今年以来全市查处占道经营3126起",
                 "累计拆除违法建设28万平方米，罚款及暂扣物品均依法处理。") == "neutral"
    assert label(tagger, "暂扣的三轮车怎么领回来？", "请问需要带什么材料，去哪里领？") == "neutral"


def test_negative_event_handled_well_is_positive(tagger):
    t = tagger.tag("西瓜摊主中暑晕倒 巡查队员及时送医", "午后一名摊主晕倒在路边，队员迅速将其扶到阴凉处并拨打120。")
    assert t.label == "positive"
    assert "送医" in joined(t)
    assert label(tagger, "面对摊主推搡 队员始终未还手", "摊主情绪激动推搡队员，队员保持克制、耐心解释。") == "positive"


def test_bureau_caused_problem_stays_negative_after_apology(tagger):
    t = tagger.tag("执法队员推倒老人 涉事队员已停职", "执法局向老人道歉，并第一时间将老人送医检查，承担全部医疗费用。")
    assert t.label == "negative"
    assert "补救" in joined(t)


def test_evidence_names_the_deciding_phrase(tagger):
    t = tagger.tag("队员推诿扯皮 投诉石沉大海", "市民反映的问题三个月没人管。")
    assert t.label == "negative"
    assert t.evidence and any("推诿" in e or "石沉大海" in e for e in t.evidence)
    assert 0.0 <= t.score <= 1.0
    plain = tagger.tag("今天天气", "")
    assert plain.evidence                       # never empty, even with nothing found


def test_rules_alone_explain_without_a_model(profile):
    t = Tagger(profile, use_model=False).tag("城管队员冒雨救起落水儿童", "")
    assert t.label == "positive"
    assert not any(e.startswith("模型") for e in t.evidence)


def test_topics_and_districts_from_the_gazetteer(tagger):
    t = tagger.tag("鼓楼街道整治占道经营", "执法队员在解放路街道劝导店外经营，并清理了一批违规广告牌。")
    assert t.districts == ["西城区"]            # two streets of 西城区, no district named
    assert "占道经营" in t.topics and "户外广告" in t.topics
    t = tagger.tag("经开区渣土车夜查", "金港街道和东门街道同步开展检查。")
    assert t.districts[0] == "江州经开区" and "东湖区" in t.districts
    assert "渣土运输" in t.topics
    assert tagger.tag("老街青石板路修缮完工", "").districts == []
    assert tagger.tag("市城管局召开会议", "").districts == []


def test_lexicon_files_load_and_are_validated(tmp_path):
    lex = load_lexicon()
    assert lex.entries["暴力执法"].polarity == -1
    assert lex.entries["点赞"].polarity == 1
    assert lex.entries["推搡"].actor_sensitive
    (tmp_path / "lexicon.toml").write_text('[positive."x"]\n"好" = 9\n', encoding="utf-8")
    (tmp_path / "rules.toml").write_text((DEFAULT_CONFIG_DIR / "sentiment" / "rules.toml").read_text(encoding="utf-8"),
                                         encoding="utf-8")
    from clippings.config import ConfigError

    with pytest.raises(ConfigError, match="权重"):
        load_lexicon(tmp_path)


def test_default_tag_function_uses_the_data_dir(monkeypatch, tmp_path):
    import clippings.tagger as tagger_pkg
    from clippings.tagger import training

    monkeypatch.setenv("CLIPPINGS_DATA", str(tmp_path))
    tagger_pkg.reset_default()
    training.forget_cached()
    try:
        t = tagger_pkg.tag("城管队员帮迷路老人找到家人", "家属送来锦旗。")
        assert t.label == "positive"
        assert list((tmp_path / "models").glob("sentiment-base-*.pkl"))
    finally:
        tagger_pkg.reset_default()
        training.forget_cached()


def test_actor_decides_violence_words():
    rules = RuleScorer()
    assert rules.score("摊主推搡执法队员", "").neg == 0
    assert rules.score("执法队员推搡摊主", "").neg > 0
    assert rules.score("队员被醉汉殴打", "").neg == 0
    assert rules.score("摊主被城管殴打", "").neg > 0


@pytest.mark.parametrize("title, text", [
    ("东湖区城管队员推搡摊主引发围观", "有网友发帖称，执法人员态度恶劣，当场没收了三轮车，摊主多次投诉无人处理。"),
    ("城管队员冒雨救起落水儿童", "南山区市民纷纷点赞，家长送来锦旗表示感谢。"),
    ("关于开展占道经营专项整治的通告", "自12月1日起，西城区城管执法局在解放路沿线开展专项整治。"),
])
def test_traditional_characters_are_read_as_simplified(tagger, title, text):
    """A page in 繁体 (Hong Kong / Taiwan portals, reposts) gets the label, evidence, topics and
    districts of the same text in simplified characters, and the evidence says it was converted."""
    import opencc

    s2t = opencc.OpenCC("s2t")
    trad_title, trad_text = s2t.convert(title), s2t.convert(text)
    assert trad_title != title                          # the input really is traditional
    simple, trad = tagger.tag(title, text), tagger.tag(trad_title, trad_text)
    assert (trad.label, trad.score, trad.topics, trad.districts) == \
        (simple.label, simple.score, simple.topics, simple.districts)
    assert trad.evidence[0] == "原文为繁体字，已转为简体后研判" and trad.evidence[1:] == simple.evidence
    assert simple.districts                              # the gazetteer matched (東湖區 → 东湖区 and so on)


def test_an_official_reply_appended_to_a_complaint_is_not_the_writers_view(tagger):
    """A 留言 complaining about inaction stays negative when the board's reply, full of 感谢 / 及时 /
    解决, is appended to it (as the board parser archives it); the evidence says the reply was left out."""
    title = "桃源路小区楼顶违建无人管"
    message = "楼顶违建盖了大半年，打了好几次电话都说会处理，到现在也没人来管，真不知道在忙什么。"
    reply = ("\n【南山区执法中队回复】网友您好，感谢您的关注和支持。接到反映后我中队及时到现场核查，"
             "已依法下达整改通知，将尽快帮助解决，感谢您对城市管理工作的理解。")
    alone, with_reply = tagger.tag(title, message), tagger.tag(title, message + reply)
    assert alone.label == "negative"
    assert (with_reply.label, with_reply.score) == (alone.label, alone.score)
    assert with_reply.evidence[0] == "留言所附的官方回复不是留言人的看法，不计入倾向"
    assert not any("感谢" in line for line in with_reply.evidence)


def test_an_outlets_closing_lines_are_not_the_articles_view(tagger):
    """A news page's sign-off (invitation to comment, hotline, 来源 / 责任编辑 line) is cut before
    tagging: its 感谢 / 支持 must not pull a complaint story towards 正面; the evidence says so."""
    from clippings.tagger.normalise import without_closing_lines

    title = "夜市占道经营扰民 居民投诉多次无人管"
    story = "文昌路夜市摊位占满人行道，噪音持续到凌晨，居民多次投诉，执法人员来了就走，摊贩随后又回来。"
    closing = "\n对此事，您怎么看？欢迎在评论区留言，感谢您的支持与关注！\n（来源：江州日报）\n责任编辑：王五"
    alone, signed = tagger.tag(title, story), tagger.tag(title, story + closing)
    assert alone.label == "negative"
    assert (signed.label, signed.score) == (alone.label, alone.score)
    assert signed.evidence[0] == "文末的互动邀请、来源或编辑署名是媒体的套话，不计入倾向"
    assert not any("感谢" in line or "支持" in line for line in signed.evidence)
    # a closing question in the writer's own words, or a whole text that is one such line, stays
    assert without_closing_lines("摊贩走了又来。你们到底管不管？") == ("摊贩走了又来。你们到底管不管？", False)
    assert without_closing_lines("欢迎留言。") == ("欢迎留言。", False)
