"""Byline / metadata line parsing: 来源, 作者, 记者, 责任编辑, 原标题."""
from __future__ import annotations

import re

from clippings import bylines as B

from .dom import SENT_PUNCT
from .meta import nfkc
from .page_memo import per_page

# Labels that end a value when they follow it on the same line.
_LABELS = (r"(?:最后更新|更新时间|" + B.alternation(B.SOURCE, B.REPOST, B.AUTHOR, B.EDITOR, B.ORIGINAL_TITLE)
           + r"|记者|通讯员|发布时间|发布日期|发表时间|时间|日期|字号|浏览|阅读|点击|分享|审核|校对|监制|摄影|图|字体|打印)")
_STOP = re.compile(r"\s{2,}|[|｜【】\[\]（）()]|\s(?=" + _LABELS + r"\s*[：:])|" + _LABELS + r"\s*[：:]|\d{4}[-年/.]\d{1,2}|"
                   r"\s(?=[\u4e00-\u9fffA-Za-z]{0,10}记者|作者|责任编辑|编辑|通讯员|摄影|最后更新|更新|发布|浏览|阅读|点击)")

SOURCE_RE = re.compile(rf"(?:{B.alternation(B.SOURCE)})\s*[：:]\s*")
REPOST_RE = re.compile(rf"(?:{B.alternation(B.REPOST)})\s*[：:]?\s*")
AUTHOR_RE = re.compile(rf"(?:{B.alternation(B.AUTHOR)})\s*[：:]\s*")
REPORTER_RE = re.compile(r"(?:^|[\s（(|｜])[\u4e00-\u9fffA-Za-z]{0,10}?记者\s*[：:]?\s*")
EDITOR_RE = re.compile(rf"(?:{B.alternation(B.EDITOR)})\s*[：:]\s*")
ORIG_TITLE_RE = re.compile(rf"^\s*[【\[（(]?\s*(?:{B.alternation(B.ORIGINAL_TITLE)})\s*[：:]\s*")

# A short line that is only metadata (to be removed from the body).
META_LINE_RE = re.compile(
    r"^\s*[【\[（(]?\s*(?:"
    + B.alternation(B.SOURCE, B.REPOST, B.ORIGINAL_TITLE, B.AUTHOR, B.EDITOR, B.REVIEW, B.PRESS_CONTACT) + r")\s*[：:]")
# Whole-line boilerplate (a real sentence may start with 点赞/分享/收藏…, so these must be the whole line).
BOILERPLATE_EXACT_RE = re.compile(
    r"^[【\[（(]?\s*(?:分享到|分享|打印|打印本页|关闭|关闭窗口|纠错|我要纠错|返回搜狐，?查看更多|返回顶部|返回|字号|字体|"
    r"扫一扫|扫描二维码|点击进入专题|相关新闻|相关阅读|延伸阅读|推荐阅读|热门推荐|更多精彩|上一篇|下一篇|举报|收藏|点赞|"
    r"展开全文|阅读全文|查看全文|加载更多|点击查看|打开APP|下载客户端|大|中|小|默认|评论|我要评论|\d+)\s*[】\]）)]?"
    r"(?:\s*[】\]）)]?\s*[：:|｜/]?\s*[【\[（(]?\s*(?:分享到|分享|打印|关闭|收藏|举报|点赞|大|中|小|评论|\d+))*"
    r"\s*[】\]）)]?\s*[：:]?$")   # ("【大 中 小】【打印】")
# Lines that are boilerplate whatever follows.
BOILERPLATE_RE = re.compile(
    r"^(?:分享到[：:]|【?纠错】?$|返回搜狐|【?我要纠错】?|扫一扫|扫描二维码|字号[：:]|【字体|【?(?:版权|免责|原创|转载)声明|声明：|特别声明|"
    r"[（(]?本文(?:为|系).*(?:原创|授权)|[（(]?本文由.{1,20}(?:授权|授權)(?:发布|發布|转载|轉載|刊发|使用)|扫码下载|[—–-]+\s*(?:直播结束|直播已结束|全文完|完|END|End|end)\s*[—–-]+$|(?:已结束|直播中|正在直播|进行中|未开始)\s*(?:主持人|参与人数|\d+\s*人参与)|[▶►]?\s*\d{1,2}:\d\d\s*/\s*\d{1,2}:\d\d|[（(]?未经(?:本\S{0,6})?授权|[（(]?未經(?:本\S{0,6})?授權|本(?:網站|网站|報|报|台|網|网)(?:之|的|所有)?(?:文字|圖片|图片|內容|内容).{0,30}(?:轉載|转载)|版權所有|(?:新闻|报料|爆料)热线\s*[:：]|Copyright|copyright|©|版权所有|打开.*APP|微信扫|长按(?:识别|扫码|关注)|\(function|var\s|"
    r"(?:开通|成为|升级)(?:会员|VIP)|(?:登录|订阅)后(?:阅读|查看|畅读)|"
    r"继续滑动看下一个$|微信号\s*[:：]?\s*[A-Za-z][\w-]{4,}$|"   # (a 公众号 page's end and its account card)
    r"[（(]此件(?:公开发布|主动公开|依申请公开|不予公开)[)）]$|抄\s*送\s*[:：]|"   # (a government document's closing notes)
    r"(?:欢迎|歡迎)\s*[,，:：]?\s*(?:您\s*[,，:：]?\s*)?(?:游客|遊客|访客|訪客|客人|Guest)|"   # (a board's login bar: "欢迎, 游客. 请 登录 或 注册.",
    # "欢迎您：客人 [登录] [注册]")
    r"(?:最新公告|论坛公告|論壇公告|本站公告|站内公告|站內公告)\s*[:：]|"   # (the board's notice bar over the posts)
    r".{0,30}(?:不代表|並不代表)本?(?:平台|网站|本站|本网|本報|本报|網站|本台)\S{0,4}(?:观点|立场|觀點|立場)|"
    r"(?:本文|此文|该文|以上内容|本内容).{0,24}(?:不代表|並不代表).{1,16}(?:观点|立场|觀點|立場)|"   # ("本文来自X号作者，不代表X客户端的观点和立场")
    r".{0,40}(?:仅代表作者|僅代表作者)(?:本人)?(?:观点|觀點).{0,20}$|"   # ("… · 本文仅代表作者观点，不代表某某号立场")
    r"[\u4e00-\u9fff]{2,4}声明\s*[:：]|.{0,40}仅提供信息(?:存储|发布)(?:空间)?服务|[（(]?请(?:开启|启用|打开|允许)\s*(?:JavaScript|javascript|JS|js)|"
    r"(?:阅读|浏览|点击|閱讀|瀏覽)(?:量|数|次数)?\s*[(（:：]?\s*[\d,.]+[万wW]?\s*[)）]?$|"
    r"(?:视频|图片|内容|页面|正在)?(?:加载中|載入中)[.。…]*$|"   # (a player's placeholder: "视频加载中……")
    r"本文来自.{1,16}(?:客户端|APP|App|app|公众号|微信号)[。.]?$|(?:转载|轉載)请(?:注明|標明|标明)(?:出处|來源|来源)|"
    r"用户名\s*[:：].{0,30}密\s*码\s*[:：]|"   # (a login box: "用户名： 密码：没有注册？")
    r".{0,60}(?:服务器|伺服器|服務器)(?:时间|時間)\s*[:：]|"   # (a board's bar with its clock: "登录 | 注册 | … 服务器时间：…")
    r"点击(?:上方|下方)?蓝字\S{0,12}关注|打开[^\s，,]{2,12}\s*[，,]\s*(?:阅读|查看|看|体验|获取|发现|参与)\S{0,10}$|"   # ("打开X，阅读体验更佳")
    r"[（(]此件已(?:加盖|盖有)(?:公章|印章)[)）]$|"
    r"(?:\d{2,4}[-/年]\d{1,2}[-/月]\d{1,2}日?|\d{1,2}[-/月]\d{1,2}日?|今天|昨天|前天)\s*\d{1,2}:\d\d(?::\d\d)?\s*来自\s*"
    r"[^，。,！？\s][^，。,！？]{0,29}?(?:\s*(?:转发|评论|赞)\s*[\d.,]+[万w]?)*$)")   # (a reposted status's stamp and counters:
# "25-8-20 21:37来自 iPhone 15 Pro 转发 1262 评论 3480 赞 2.1万")   # (a reprint's notices; a 公众号's
# call above its text; a scanned letter's seal note)
# a TV programme's blurb under its video ("栏目介绍：《某某新闻》是…"), a 版权声明, however long
_BLURB = re.compile(r"^(?:栏目|节目|欄目|節目)(?:介绍|简介|介紹|簡介)\s*[:：]|^[【\[]?(?:版权|版權|免责|免責)(?:声明|聲明)[】\]]?\s*[:：]|"
                    r"^.{0,80}未[经經].{0,24}(?:授权|授權|许可|許可|同意)\S{0,6}不得(?:转载|轉載|摘编|摘編|复制|複製|使用)|"   # (a paper's
                    # 本报声明: "本数字报所刊登的…稿件，未经本社书面授权，不得转载…")
                    r"^本文(?:链接|鏈接|网址|網址|地址)\s*[:：]\s*https?://|"   # (a print page's own address)
                    # (a site's disclaimer under its name: "本地宝郑重声明：本文仅代表作者个人观点，与本地宝无关。…")
                    r"^[\u4e00-\u9fff]{0,8}(?:声明|聲明)\s*[:：].{0,120}(?:仅代表|僅代表|不代表|並不代表)[^。]{0,20}(?:观点|觀點|立场|立場)")


def _value(rest: str, maxlen: int = 40) -> str | None:
    m = _STOP.search(rest)
    v = rest[: m.start()] if m else rest
    v = v.strip(" \t　:：,，;；。.、/|-–—]）)】")
    if not v or len(v) > maxlen:
        return None
    return v


def find_source(text: str) -> str | None:
    m = SOURCE_RE.search(text)
    if m:
        v = _value(text[m.end():])
        if v:
            return v
    m = REPOST_RE.search(text)
    if m:
        return _value(text[m.end():])
    return None


def find_author(text: str) -> str | None:
    m = AUTHOR_RE.search(text)
    if m:
        v = _value(text[m.end():], 30)
        if v:
            return v
    m = REPORTER_RE.search(text)
    if m:
        rest = text[m.end():]
        v = _value(rest, 30)
        if v:
            # "记者 张三 李四" keeps names; cut a sentence that follows
            v = re.split(r"[，,。；;]", v)[0].strip()
            v = re.sub(r"\s*(?:摄影?|报道|采写|文/图|图/文)$", "", v).strip()
            if 1 < len(v) <= 20:
                return v
    return None


def find_editor(text: str) -> str | None:
    m = EDITOR_RE.search(text)
    if m:
        return _value(text[m.end():], 30)
    return None


def find_original_title(text: str) -> str | None:
    m = ORIG_TITLE_RE.search(text)
    if m:
        v = text[m.end():].strip().rstrip("】])）)")
        return v or None
    return None


# "编辑|张三", "校对丨李四", "本文原标题：《…》" (account-style credits)
META_BAR_RE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,8}?(?:新闻|新聞|日报|日報|晚报|晚報|报|報|网|網|台|社))?"
                         r"(?:(?:责任)?编辑|责编|校对|审校|审核|监制|美编|排版|视觉|设计|撰文|文字|图片|作者|记者|出品|统筹)"
                         r"\s*[|｜丨]\s*\S|^\s*本文原标题\s*[：:]|"
                         r"^\s*(?:本报|本台|本网|本報|本網|[\u4e00-\u9fff]{2,8}?(?:日报|日報|晚报|晚報|报|報|台|网|網|社))(?:特约)?评论员\s*$")
# profile stats beside a post ("帖子: 321", "帖子: 1,872", "积分：88", "注册：2019-03-01")
STAT_LINE = re.compile(r"^[\w\u4e00-\u9fff]{1,6}\s*[:：]\s*[\d\-/.:,\s]{1,20}$")
# "主题：… 查看：2381 回复：12", "…(阅读 2381 次)": the thread's counters after a labelled headline
COUNTS_AFTER_RE = re.compile(r"\s*(?:[(（\[【]\s*(?:(?:阅读|查看|浏览|点击|回复|回帖)\s*[:：]?\s*[\d,]+\s*次?[\s|｜,，]*)+[)）\]】]|"
                             r"[(（\[【]\s*(?:[\d,]+\s*次?\s*(?:阅读|查看|浏览|点击|回复|回帖)[\s|｜,，/]*)+[)）\]】]|"   # ("(1,806 点击)")
                             r"本帖已被(?:浏览|查看|阅读).*|共有\s*\d+\s*个回复(?:\s*分页\s*[:：].*)?$|"   # (DVBBS: "… 共有 3 个回复 分页：[1]")
                             r"本主题(?:贴|帖)数\s*[:：]?\s*\d+.*$|"   # (Dvbbs 7.1: "… 本主题贴数 8，分页：[1] ※ 本帖被浏览 1203 次")
                             r"(?:[|｜]?\s*(?:查看|浏览|点击|阅读|回复|回帖)\s*[:：]?\s*[\d,]+\s*次?\s*)+)"
                             r"(?:\s*[|｜]?\s*(?:返回列表|打印|收藏|关闭|订阅|分享))*$")   # (the thread's actions after them)
# a row of counters ("点击：8812 回复：4", "查看: 1,208 | 回复: 12")
STATS_LINE = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}\s*[:：]?\s*[\d,.]+[万萬千kKwW]?\s*[|｜/·]?\s*){2,}$")   # ("关注 312 | 粉丝 28.6万")

# a bracketed list of the story's reporters standing alone ("（通讯员 黄振华 记者 陈静）", "(本报记者 王五)").
# Photo captions and their credits ("… 李尕 摄", "图片来源：…") stay: they are in-body text.
CREDIT_LINE_RE = re.compile(
    r"^(?:本报讯|本台讯|本网讯|本報訊|本台訊|本網訊)?"   # ("本报讯（记者 某某 通讯员 某某）" standing alone)
    r"[（(【\[]\s*(?:(?:文|图|圖)\s*[/／]\s*(?:文|图|圖)\s*)?"   # ("（文/图 记者 某某 实习生 某某）")
    r"(?:(?:本报|本台|本网|本報|本網|实习|實習|见习|見習|特约|特約|[\u4e00-\u9fff]{2,6}(?:台|报|報|网|網|社|讯|訊))?(?:全媒体|全媒體|融媒体|融媒體)?"
    r"(?:记者|記者|通讯员|通訊員|摄影|攝影|实习生|實習生|编辑|編輯|责任编辑|責任編輯)"   # ("（记者 某某 / 编辑 某某）")
    r"\s*[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*?\s*[，,、/／]?\s*){1,4}(?:报道|報導|摄|攝|/摄|摄影报道|攝影報導)?\s*[)）】\]]$|"
    r"^[（(]\s*[\u4e00-\u9fff]{2,12}\s*(?:供稿|供图|供圖|撰稿)\s*[)）]$|"   # ("（局办公室 供稿）")
    r"^[（(〔]\s*[\u4e00-\u9fff]{2,12}\s*[/／]\s*(?:综合报道|綜合報導|综合|綜合)\s*[)）〕]$|"   # ("（某某新聞網兩岸中心／綜合報導）")
    r"^[〔【\[(（]\s*(?:[\u4e00-\u9fff]{2,10}\s*)?(?:記者|记者)\s*[\u4e00-\u9fff]{2,4}\s*[/／]\s*[\u4e00-\u9fff]{0,4}(?:報導|报道)\s*[〕】\])）]$")   # ("〔記者林怡君／綜合報導〕")
# a unit and its writer closing the text: "（临渚县城管执法大队 王喆）"
_UNIT_CREDIT = re.compile(r"^[（(]\s*[\u4e00-\u9fff]{2,14}(?:局|大队|大隊|中队|中隊|支队|支隊|中心|办公室|辦公室|街道|社区|社區)"
                          r"\s+[\u4e00-\u9fff·]{2,4}\s*[)）]$")


# the same credit without brackets, as a line of its own ("本报记者 宋雨桐 文/图", "文/图 某某日报全媒体记者 阮青")
CREDIT_BARE_RE = re.compile(
    r"^(?:(?:文|图|圖)\s*[/／]\s*(?:文|图|圖)\s+)?(?:本报|本台|本网|本報|本網|[\u4e00-\u9fff]{2,8}?(?:报|報|台|网|網|社|新闻|新聞|客户端))?"
    r"(?:全媒体|全媒體|融媒体|融媒體)?(?:记者|記者|通讯员|通訊員)\s*(?!手记|手記|观察|觀察|调查|調查|札记|笔记)[\u4e00-\u9fff·]{2,4}(?:\s*[、，,\s]\s*[\u4e00-\u9fff·]{2,4}){0,3}"
    r"\s*(?:文/图|文／图|图/文|图／文|文/摄|文／摄|摄/文|文|摄影|摄|報導|报道)?$")
# a headline given with its label on thread pages of older boards: "主题：…", "* 帖子主題：…", "* 贴子主题：…",
# "Subject: …"
TITLE_LABEL_RE = re.compile(r"^[\s*·•>]*(?:作者\s*[|｜]?\s*(?=主))?(?:(?:文章|帖子|贴子|接访|信件|留言|来信|诉求|咨询|投诉|来电|工单)?(?:主\s*[题題]|标\s*题|標\s*題)|同主[题題](?:阅读|閱讀)|"
                            r"话题|話題|帖子|贴子|快速回复|快速回覆|Subject|Topic|Title)"
                            r"\s*[:：]\s*", re.I)
# a headline's label in a cell of its own, the headline in the next ("诉求标题 | 关于…的诉求")
TITLE_CELL_RE = re.compile(r"^(?:诉求|留言|来信|来电|信件|信访|问题|帖子|事项|咨询|投诉|建议|反映|工单|申请|陳情|陈情|來信)?"
                           r"(?:标\s*题|標\s*題|主\s*题|主\s*題|主\s*旨)\s*[:：]?$")   # (a 陳情's "主旨" too)


# a case's state, as a message board prints it in a badge or a chip row ("已办结", "办理中")
CASE_STATE = r"(?:已办结|已回复|已答复|已处理|已受理|已办理|办理中|处理中|处置中|待回复|待办理|待处理)"
CASE_STATE_END = re.compile(CASE_STATE + "$")


_STATE_BADGE = re.compile(r"[★☆✓✔√]?\s*(?:已采纳|部分采纳|未采纳|已公开|" + CASE_STATE + ")")   # (a 建议's too: "★ 已采纳")


def trailing_state_badge(el) -> str:
    """The case's state in a badge closing a heading (<h1>…<span class="state">已办结</span></h1>), or ""."""
    if not len(el) or not isinstance(el[-1].tag, str) or (el[-1].tail or "").strip():
        return ""
    state = "".join(el[-1].itertext()).strip()
    return state if _STATE_BADGE.fullmatch(state) else ""
# a photo caption's own mark: "图｜…", "图/…", "… 摄"
# the print edition a web article reprints: "《 人民日报 》（ 2024年05月10日 04 版）", part of its text
EDITION_LINE = re.compile(r"^《\s*[^》]{2,16}\s*》\s*[（(]\s*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*第?\s*[0-9A-Z]{1,3}\s*版\s*[)）]$")
CAPTION_RE = re.compile(r"^(?:图|圖)\s*[｜|/／:：]|^\s*[▲△↑]|^(?:图为|圖為)|(?:摄|攝)$")

_CREDIT_WORDS = ("记者", "記者", "通讯员", "通訊員", "摄影", "攝影", "供稿", "供图", "供圖", "撰稿", "综合", "綜合")


# reporters named with their labels, nothing else ("记者：刘洋 张鹏 通讯员：吴丽")
_REPORTERS = re.compile(r"^(?:(?:本报|本台|本网)?(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)\s*[:：]\s*"
                        r"[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*\s*){1,4}$")
# a byline led by its time ("2016-09-21 14:48:33来源：某某日报作者：…", spans run together)
# (or an e-paper's, the paper's name and the page first: "某某晚报 2014年05月20日 第A05版：城事 作者：…")
_DATE_LED_BYLINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{2,10}(?:报|報)\s*)?(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*"
                              r"(?:[0-2]?\d:[0-5]\d(?::\d\d)?)?\s*(?:第\s*[0-9A-Z]{1,4}\s*版\s*(?:[:：]\s*[\u4e00-\u9fff·]{1,8})?\s*)?[|｜]?\s*"
                              r"(?:来源|來源|作者|编辑|編輯|记者|記者)\s*[：:]|"
                              r"^(?:(?:最后|最後)?(?:更新|首发|首發|发布|發布|发表|發表)(?:时间|時間|于|於)?\s*[:：]?\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]"
                              r"\d{1,2}日?\s*(?:[0-2]?\d:[0-5]\d(?::\d\d)?)?\s*[|｜]\s*){1,3}(?:来源|來源|作者|编辑|編輯|记者|記者)\s*[：:]")   # (or its
# labelled stamps first: "最后更新 2025-10-10 09:12|首发 2025-10-09 07:45|来源：…")


# a reporter over a slash and the place of the report ("記者林于晴／綜合報導", "【本報訊】記者鄭文彬／嵐汀報導")
_SLASH_DATELINE = re.compile(r"^(?:[【\[]?(?:本报讯|本報訊|本网讯|本網訊)[】\]]?\s*)?(?:本报|本報)?(?:记者|記者)\s*[\u4e00-\u9fff·]{2,4}"
                             r"(?:\s*[、，,]\s*[\u4e00-\u9fff·]{2,4}){0,3}\s*[/／]\s*[\u4e00-\u9fff]{0,6}(?:报道|報導|報道|电|電)$")


# a post's reading time beside its date ("2024年3月10日 • 6 分钟阅读", "阅读时间约 5 分钟", "6 min read")
_READ_TIME = re.compile(r"\d+\s*分钟阅读|阅读(?:时间|时长)\s*[:：]?\s*约?\s*\d+\s*分钟|\d+\s*min read", re.I)


@per_page
def is_meta_line(text: str) -> bool:
    if "编辑" in text and (m := _EDITOR_AFTER.search(text)) and m.start() >= 6:   # a credit, then the editor's
        return is_meta_line(text[:m.end()].rstrip()) and is_meta_line(text[m.end():])   # on its line
    return len(text) <= 80 and (_MEDIA_CREDIT.match(text) is not None
                                or "：" in text and len(_BYLINE_FIELDS.findall(text)) >= 2 and not _SENTENCE_END.search(text)
                                or META_LINE_RE.search(text) is not None or META_BAR_RE.search(text) is not None
                                or len(text) <= 40 and _READ_TIME.search(text) is not None
                                or _SLASH_DATELINE.match(text) is not None
                                or _DATE_LED_BYLINE.match(text) is not None or _REPORTERS.match(text) is not None
                                or (any(w in text for w in _CREDIT_WORDS) and CREDIT_LINE_RE.search(text) is not None)
                                or text[:1] in "（(" and _UNIT_CREDIT.match(text) is not None)


# a byline's fields on one line ("节目日期：2024-05-20 栏目：… 记者：… 编辑：…", "发布时间：<time> 来源：… 整理：…")
_BYLINE_FIELDS = re.compile(r"(?:^|\s)(?:发布时间|发布日期|节目日期|播出日期|来源|作者|记者|编辑|责编|栏目|整理|摄像|通讯员)\s*[:：]")
_EDITOR_AFTER = re.compile(r"[）)\s]\s*(?=(?:责任编辑|責任編輯|编辑|編輯)\s*[：:])")
# a piece's credits by what each made ("文字：某某", "图片：某某区城管执法大队", "文/图：某某")
_MEDIA_CREDIT = re.compile(r"^(?:文字|图片|圖片|图文|圖文|文/图|图/文|文／图|视频|視頻|摄像|攝像|制图|製圖|设计|設計|排版|美编|美編)"
                           r"\s*[：:|｜丨]\s*(?:[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4}){0,3}|"   # (names, or a unit:
                           r"[\u4e00-\u9fff]{2,16}(?:局|大队|中队|支队|中心|办公室|办|站|所|社|台|报|网|部|科))$")   # not a caption's
# "图片：<what it shows>")
_SLIDE_PREFIX = re.compile(r"^(\d{1,3})\s*[/／]\s*(\d{1,3})\s*(?=\S)")


_SUMMARY_LABEL = re.compile(r"^[【\[]?(?:摘要|内容提要|提要|导读|导语|核心提示)[】\]]?[:：]?\s*")


def repeats_next(first: str, second: str) -> bool:
    """``first`` is a summary of ``second``: the same words, maybe labelled (摘要：) or cut short (…)."""
    first = _SUMMARY_LABEL.sub("", first).rstrip("…. ")
    return len(first) >= 20 and second.startswith(first)


_CLOCK_PREFIX = re.compile(r"^[\[【(（]\s*[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*[\]】)）]\s*(?=\S)")


def strip_line_clocks(paras: list[str]) -> list[str]:
    """A transcript's lines each led by its bracketed clock ("[09:30:12]主持人 王晓岚：…"): the clocks
    go, the speakers stay. Only when three lines or more carry one."""
    if sum(1 for p in paras if p[:1] in "[【(（" and _CLOCK_PREFIX.match(p)) < 3:
        return paras
    return [_CLOCK_PREFIX.sub("", p) for p in paras]


def strip_slide_counters(paras: list[str]) -> list[str]:
    """A gallery's captions each led by its slide counter ("1/8 队员检查…", "2/8一辆…"): the counters
    go. Only when three lines or more carry counters of one gallery (the same total, different
    numbers), so a fraction opening a sentence ("2/3的居民…") stays."""
    marks = [_SLIDE_PREFIX.match(p) for p in paras]
    totals: dict[str, set] = {}
    for m in marks:
        if m:
            totals.setdefault(m.group(2), set()).add(m.group(1))
    galleries = {t for t, nums in totals.items() if len(nums) >= 3 and int(t) >= 3}
    if not galleries:
        return paras
    return [p[m.end():] if m and m.group(2) in galleries and len(p) - m.end() >= 6 else p for p, m in zip(paras, marks)]


# a document's number ("青城管字〔2025〕19号", "望政办发〔2025〕6号", "…〔2022〕第047号")
DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}\s*[〔\[［]\s*(?:19|20)\d\d\s*[〕\]］]\s*第?\s*\d{1,5}\s*号$")
SITE_FOOTER_RE = re.compile(r"建议使用.{0,24}(?:分辨率|浏览器)|ICP备|ICP证|公网安备|网站标识码|(?:主办|承办)单位\s*[:：]|版权所有|版权归.{1,12}所有|技术支持：|"
                            r"All Rights Reserved", re.I)
BREADCRUMB_RE = re.compile(r"^(?:当前位置|您的位置|你的位置|您现在的位置|所在位置|现在位置|位置)\s*[：:]")


# a gallery's or slider's controls: arrows and a "1/3" counter
_SLIDER = re.compile(r"^[‹›<>«»←→◀▶〈〉\s]*(?:图片新闻|圖片新聞|组图|組圖|图集|圖集)?\s*\d{1,3}\s*[/／]\s*\d{1,3}[‹›<>«»←→◀▶〈〉\s]*$|"
                     r"^[‹›<>«»←→◀▶〈〉\s]{2,}$")


# a row of counters under a video or a post: "2.8万 点赞 1,046 评论 3,211 收藏 分享"
_COUNTER_ROW = re.compile(r"^(?:(?:[\d,.]+\s*[万萬wWkK]?\s*)?(?:点赞|點讚|评论|評論|收藏|分享|转发|轉發|播放|在看|赞|讚|喜欢|喜歡|浏览|瀏覽|阅读|閱讀)"
                          r"\s*(?:[\d,.]+\s*[万萬wWkK]?)?\s*[·•|｜]?\s*){2,}$")


# a row of labelled fields ending in a time's label left empty, the time filled by a script
# ("承办单位：某某局答复时间：", "诉求时间："): the page's furniture
_EMPTY_TIME_FIELD = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}\s*[:：][^，。！？:：]{1,30}?\s*){0,4}[\u4e00-\u9fff]{0,4}(?:时间|日期|時間)\s*[:：]\s*$")


@per_page
def is_boilerplate(text: str) -> bool:
    if len(text) <= 20 and _SLIDER.match(text):
        return True
    if len(text) <= 80 and text.endswith(("：", ":")) and _EMPTY_TIME_FIELD.match(text):
        return True
    if len(text) <= 60 and _COUNTER_ROW.match(text) and any(c.isdigit() for c in text):
        return True
    if len(text) <= 60 and (BOILERPLATE_RE.search(text) is not None or BOILERPLATE_EXACT_RE.match(text)):
        return True
    if len(text) <= 200 and SITE_FOOTER_RE.search(text) or len(text) <= 300 and _BLURB.match(text):
        return True
    if len(text) <= 80 and (BREADCRUMB_RE.search(text) or text.count(">") + text.count("»") + text.count("›") + text.count("→") >= 2
                            and not text.endswith("。")):
        return True   # (a path: "首页 > 新闻 > 正文", "论坛 → 版块 → 主题"; not a sentence giving steps,
        # "选择“我要投诉”→“城市管理”→“占道经营”，填写地址…")
    return False


# A microblog post's page is titled by its account or the platform ("澜川城管的微博 - 微博", "微博正文"),
# never by the post: the post's 【headline】 or its first sentence is its title.
_PROFILE_TITLE = re.compile(r"^(?:微博|微博正文|微博详情|.{1,24}的(?:微博|主页|動態|动态)(?:正文|详情)?)(?:\s*[-_|｜–—]\s*(?:微博|[^-_|｜–—\s]{1,16})){0,2}$|"
                            r"^.{1,24}的([^\s的]{2,4})\s*[-_|｜–—]\s*\1$|"   # ("微博正文 - 某某城管"; "某某城管的鹊语 - 鹊语": an account on its platform)
                            r"^([^\s的]{2,4})(?:正文|详情)\s*[-_|｜–—]\s*\2[^-_|｜–—\s]{0,6}$|"   # ("微澜正文 - 微澜H5版": the platform's)
                            r"^[^\s的]{1,24}的[^\s的]{0,2}(?:博|圈|言|播)$|"   # ("某某城管的梧博", "某某发布的微言", "…的微播": an account on its platform)
                            r"^.{4,200}?\s*[_\s]来自\s*[^-_|｜–—\s]{1,24}\s*[-_|｜–—]\s*[^-_|｜–—\s]{1,16}$")   # (a status's words cut
# short, "来自 <account> - <platform>": "#榆汀夜市# 【潮汐摊位今晚启用】11月20日起…... 来自榆汀城管 - 汀博")
_HASHTAG = re.compile(r"#[^#\n]{1,30}#")
# a thread's type in square brackets before its subject ("[讨论] …", "[违建曝光] …"): no part of it
THREAD_TYPE = re.compile(r"^\[(?:[^\[\]]{1,8}|[A-Za-z0-9][\w.\-]{1,30})\]\s*")   # (or a mailing list's name: "[lc-volunteer]")
# a reply's subject line or heading, the thread's subject after "Re:" ("回复：楼顶违建", "Re: …")
REPLY_PREFIX = re.compile(r"^(?:re|回复|回覆|答复)\s*[:：]\s*", re.I)
# a board's badge after a thread's subject ("… [推荐]", "…【精华】")
THREAD_BADGE_END = re.compile(r"\s*[\[【](?:推荐|推薦|精华|精華|置顶|置頂|热帖|熱帖|原创|原創|图|圖|附件|投票|悬赏|懸賞|已解决|已解決|"
                              r"已锁定|已鎖定|锁定|鎖定|已关闭|已關閉)[\]】]$")


def without_thread_type(title: str) -> str:
    """A thread's subject without its type before it ("[讨论] …"), when four characters or more remain."""
    for _ in range(3):   # ("[舸湄][讨论] …": each)
        m = THREAD_TYPE.match(title)
        if not m or len(title) - m.end() < 4:
            break
        title = title[m.end():]
    return title


_CLOCK_TIME = re.compile(r"[0-2]?\d:[0-5]\d")
_HEADLINE_BRACKET = re.compile(r"【([^】]{4,60})】")
_SENTENCE_END = re.compile(r"[。！？!?\n]")


ACCOUNT_LEAD = re.compile(r"^[^\s:：【】]{1,16}[:：](?=【)")


def post_headline(page_title: str, text: str, title: str | None = None, above: list[str] = ()) -> str | None:
    """The title of a microblog post whose page title names only its account or platform; or, on a
    page whose only title is a page title of a word or two (the platform's name, "微言"), the
    【headline】 that opens its text; ``above``: the lines kept out of the text above it (a 【headline】
    alone on its line)."""
    if not text:
        return None
    if not (_PROFILE_TITLE.match(page_title.strip()) or title and _PROFILE_TITLE.match(title.strip())
            or _words_cut_in_title(page_title, text)):
        # (the page's title, or the one chosen (its og:title, "某某发布的微言"), an account's on its platform)
        if title and title == page_title.strip() and len(title) <= 4 and (m := _HEADLINE_BRACKET.match(text)):
            return m.group(1).strip()
        return None
    alone = next((m.group(1).strip() for t in above if (m := _HEADLINE_BRACKET.fullmatch(t.strip()))), None)
    if alone:   # ("【冬季除雪应急预案启动】" on a line of its own over the status's words, kept out of them)
        return alone
    if title and "来自" in page_title and title != page_title.strip() \
            and title in _HASHTAG.sub("", page_title.rsplit("来自", 1)[0]):
        return None   # (the status's 【headline】, already read from its cut words; not the account it came
        # from, nor the account's name in a #topic#)
    lines = text.split("\n")
    while len(lines) > 1 and len(lines[0]) <= 40 and (_CLOCK_TIME.search(lines[0]) or STATS_LINE.match(lines[0])):
        lines = lines[1:]   # (the post's stamp line over its text: "昨天 18:20 来自 微博 weibo.com"; the account's
        # counters, "关注 312 | 粉丝 28.6万 | 微博 9,841")
    lead = ACCOUNT_LEAD.sub("", _HASHTAG.sub(" ", "\n".join(lines)).strip())   # (a WAP status: "<account>:【…】")
    m = _HEADLINE_BRACKET.match(lead)
    if m:
        return m.group(1).strip()
    # a reposted status's 【headline】 on a line of its own under the repost's words: the story's title
    alone = next((m.group(1).strip() for t in lead.split("\n")[1:]
                  if (m := _HEADLINE_BRACKET.fullmatch(t.strip())) and len(m.group(1).strip()) >= 8), None)
    if alone:
        return alone
    end = _SENTENCE_END.search(lead)
    first = lead.split("\n", 1)[0].strip()
    if end and end.end() == len(first) and 4 <= len(first) <= 120:
        return first   # (a first line of one sentence: the line, its stop too)
    head = (lead[:end.start()] if end else lead).strip()
    return head if 4 <= len(head) <= 120 else None


# a status's <title>: its account, then its words cut short, then the platform ("李堃：今天下午在…抬 - 企微博")
_ACCOUNT_WORDS = re.compile(r"^([^\s:：]{1,24})[:：]\s*[\"“]?(.{10,200}?)(?:\.{3}|…+)?[\"”]?(?:\s*[-_|｜–—]\s*[^-_|｜–—]{1,24}){1,2}$")
# (in quotes too: Mastodon's '林青："问下江州的朋友：…油…" - 栀屿社区')


def _words_cut_in_title(page_title: str, text: str) -> bool:
    """The <title> is an account's status, its words the start of the text's first line, cut short."""
    m = _ACCOUNT_WORDS.match(page_title.strip())
    if not m:
        return False
    first = text.split("\n", 1)[0]
    return len(first) > len(m.group(2)) and nfkc(first).startswith(nfkc(m.group(2)))


# a live page's entry stamp: "10:03 直播员", "11:05 11月20日", "11月20日 09:15"
_ENTRY_STAMP = re.compile(r"^(?:(?:[01]?\d月[0-3]?\d日|[01]?\d-[0-3]?\d)\s*)?[0-2]?\d:[0-5]\d(?::[0-5]\d)?"
                          r"\s*(?:[01]?\d月[0-3]?\d日|[01]?\d-[0-3]?\d)?\s*[\u4e00-\u9fff]{0,4}$")


def entry_stamps(texts: list[str]) -> set[int]:
    """Lines of a 图文直播 / 滚动新闻 feed that only stamp the entry below them (three or more, each
    over a sentence), and the host's name each entry repeats under its stamp ("澜江+直播间"): not text.
    A schedule ("9:00 开幕", "9:30 参观", line after line) stays."""
    def sentence(k: int) -> bool:
        return k < len(texts) and len(texts[k]) >= 6 and SENT_PUNCT.search(texts[k]) is not None

    stamps = [i for i, t in enumerate(texts) if len(t) <= 20 and _ENTRY_STAMP.match(t)]
    hits = {i for i in stamps if sentence(i + 1)}
    hosts = [i + 1 for i in stamps if i + 1 < len(texts) and len(texts[i + 1]) <= 16
             and not SENT_PUNCT.search(texts[i + 1]) and sentence(i + 2)]
    if len(hosts) >= 3 and len({texts[i] for i in hosts}) == 1:
        hits.update(hosts)
        hits.update(i - 1 for i in hosts)
    return hits if len(hits) >= 3 else set()
