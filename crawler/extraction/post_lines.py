"""What a single line of a forum post is: a toolbar's actions, a stamp or the post's header row,
a quote's opening line, a removal or moderator's notice, an edit note, a profile line, a 楼中楼
reply's name and stamp, the thread's title repeated. ``post_text`` reads a post's lines with these."""
from __future__ import annotations

import re

from . import fields as F
from .dates import iter_dates
from .dom import Block
from .meta import nfkc

_ACTIONS = re.compile(r"^(?:(?:回复|回应|评论|評論|引用|举报|报告|報告|分享|收藏|点赞|评分|编辑|删除|支持|反对|只看该作者|只看楼主|倒序浏览|"
                      r"回覆|回應|引言|檢舉|舉報|編輯|刪除|只看樓主|推|噓|有用|没用|無用|楼主|樓主|"
                      r"使用道具|顶端|顶部|TOP|top|复制链接|赞|踩|亮了|打赏|更多设置|\d+\s*[楼樓#]|\d+|[|｜·•]|\(\d+\)|（\d+）|"
                      r"来自\s*\S{1,20}?(?:客户端|客戶端|手机版|App|APP)|来自\s*(?:手机|手機|移动|掌上|iPhone|iPad|Android|安卓)\S{0,12}|"   # "来自 某某客户端 举报 | 1楼 | 打赏"
                      r"来自\s*[\u4e00-\u9fff]{2,8}(?:社区|社區|论坛|論壇)|"   # ("来自 江湖社区 2楼 举报 | 打赏 | 回复 | 评论")
                      r"[\u4e00-\u9fff]{2,4}\s*[:：]\s*\d+\s*[次张張条條个個篇])\s*){2,}$")   # "楼主发言：5次 发图：0张"


_FORUM_BOILER = re.compile(r"^(?:回复|引用|举报|广告|廣告|只看该作者|只看楼主|收起回复|展开回复|置顶回复|置頂回覆|(?:[-—]{1,2}\s*)?来自.{0,20}客户端|"
                           r"(?:图片|圖片|附件)\s*[:：]\s*\S{1,60}\.(?:jpe?g|png|gif|bmp|webp|JPE?G|PNG|GIF|BMP)|"   # (phpwind: "图片:IMG_0412.JPG")
                           r"\S{0,20}采纳率\s*[:：]\s*\d{1,3}%.{0,60}|"   # (an answerer's line: "<name>采纳率：87%来自团队：…擅长：…")
                           r"来自.{0,20}(?:手机版|移动版|[Aa]pp|APP|iPhone|iPad|Android|安卓)|"
                           r"回覆|引言|檢舉|引言回覆|只看樓主|來自.{0,20}客戶端|\d+\s*樓|樓主|暂未回复|暂无回复|尚未回复|"
                           r"打赏记录\s*[:：].{0,200}|"   # ("打赏记录：X 打赏了100赏金 …", a post's tips)
                           r"[^\s，。！？：:]{1,20}?(?:楼主|樓主|吧主|小吧主|吧务|版主)?\s*(?:Lv|LV|lv)\.?\s*\d{1,2}|"   # (a poster's name run into
                           # its badge and level: "夜里睡不着的我楼主Lv.8", "澄湾吃货Lv.10")
                           r"上一主题\s*[:：].{0,40}下一主题\s*[:：].{0,80}|发帖\s*回复\s*«?\s*返回列表.{0,30}|顶端|"   # (phpwind's
                           # thread bar: "上一主题：… | 下一主题：… 查看: 2347", "发帖回复 « 返回列表 1 共1页")
                           r"(?:第\s*)?\d+\s*楼|楼主|沙发|板凳|地板|点赞|赞同|反对|分享|收藏|\d+\s*(?:条|个|個)?\s*(?:回复|评论|赞|讚|喜欢|点赞|likes?|replies|回覆)|"
                           r"(?:展开全文|阅读全文|查看全文|展開全文)\s*[∨⌄▼↓>»]?|共(?:收到|有)?\s*\d+\s*条(?:回复|评论|回應|回应)\s*[>›»]?|本主题共有?\s*\d+\s*篇?回复.{0,20}|(?:全部|所有|热门|最新|最赞|最热)(?:评论|回复|回帖|跟帖|回应)\s*[（(]?\s*\d*\s*[)）]?(?:\s*(?:最早|最新|最热|按时间|按热度|默认|正序|倒序))*|(?:按(?:时间|热度)\s*){2}|展开全部|收起|查看全部.{0,12}|更多回答|写回答|我来答|加载中|发表于.*|编辑于.*|发布于.*|"
                           r"[Tt]op|TOP|[Bb]ack to top|返回顶部|回到顶部|我也说一句|我来说两句|"
                           r"(?:楼主|沙发|板凳|地板|第?\s*\d{1,4}\s*[楼樓#])\s*(?:发表于|發表於).*|"   # (phpwind's floor row)
                           r"[\[【(（](?:楼主|樓主|第?\s*\d{1,4}\s*[楼樓#])[\]】)）]\s*\S{1,20}\s+(?:发表于|發表於)\s*[:：]?\s*\d.*|"   # ("[第2楼] name 发表于 <time> 回复 | 引用")
                           r"(?:论坛公告|本主题所在版块)\s*[:：].*|本帖浏览\s*\d+\s*次.*|"   # (phpwind's header rows)
                           r"用户名|密码|论坛公告|本版提示\s*[:：].*|會員名稱|会员名称|密碼|記住我\s*[?？]?|记住我\s*[?？]?|"   # (a login box,
                           r"(?:站務|站务)公告\s*[:：].{0,100}|【(?:公告|站務公告|站务公告)】.{0,100}|"   # the board's notice)
                           r"本回答(?:被|由)\S{1,8}(?:采纳|推荐|認證|认证)(?:\s+(?:赞|踩|分享|举报|评论|\d+))*|"   # (a Q&A's answer footer)
                           r"[Ll][Vv]\.?\s*\d{1,2}|帖子|积分|主题|精华|威望|金钱|贡献|UID|"
                           r"新手上路|注册会员|中级会员|高级会员|金牌会员|论坛元老|实习版主|版主|超级版主|"
                           r"最佳答案|最佳回答|提问者采纳|其他(?:\d+条)?回答(?:\s*[（(]\d+[)）])?|"
                           r"(?:赞同|点赞|赞|有用)\s*\d+\s*(?:评论|回复|分享|收藏|举报|\s)*|"
                           r"(?:有用|有帮助)\s*\d+\s*(?:无用|没用|沒用|没帮助)\s*\d+\s*(?:评论|回复|分享|收藏|举报|\s)*|"   # ("有用 46 无用 2 评论")
                           r"(?:👍|👎|❤️?|♥|💬|[\U0001F300-\U0001FAFF\u2795]\ufe0f?)\s*\d*\s*(?:评论|回复|分享|收藏|举报|书签|書籤|\s)*|"
                           r"(?:信用|积分|威望|经验|声望|等级)\s*\d+|"
                           r"共?\s*\d+\s*(?:个回答|条回答|条回复)(?:\s*(?:默认排序|按时间排序|按热度排序|按时间|按热度|(?:被浏览|浏览|关注者)\s*[\d,，.]+[万kKwW]?))*|默认排序|按时间排序|"
                           r"(?:(?:关注者|被浏览|浏览|阅读|赞同|收藏|关注|点赞)\s*[\d,，.]+[万kKwW]?\s*[·•|｜]?\s*){2,}|"
                           r"(?:[\d,，.]+[万千kKwW]?\s*)?(?:人)?(?:赞同了该回答|觉得很赞|已赞过|抢首赞)|快速回复.{0,30}|本主[题題][贴帖]数\s*\d+.{0,50}|您是本[帖贴]的第.{0,20}阅读者|本主[题題]共有?\s*\d+\s*(?:篇|个|個|条|條)?(?:帖子|贴子|回复|回覆|帖|贴).{0,60}|(?:複製|复制)(?:地址|链接|鏈接).{0,30}|"
                           r"引用\s*[:：]|问题补充\s*[:：]?|这些回[复帖]亮了|(?:最新|全部|热门)?回帖|亮了\s*[（(]\d+[)）]|(?:追问|追答|追問)\s*[:：]?|我来回答|我要回答|(?:全部|所有|其他)回答\s*[（(]?\d*[)）]?|[\[【(（]?\s*(?:本帖子?|这个贴子|这个帖子|這個貼子|此帖子?|该帖子?)?(?:最后|最後)由.{0,40}?(?:编辑|編輯).{0,50}|最后进行编辑的是.{0,80}|最后编辑者为.{0,80}|[-—]{1,2}\s*发自\s*\S{1,16}|(?:发表回复|主题工具|显示模式|搜索本主题|评价主题)(?:\s*[|｜]\s*(?:发表回复|主题工具|显示模式|搜索本主题|评价主题)){1,4}.{0,30}|\S{1,60}\.(?:jpe?g|png|gif|bmp|webp|JPE?G|PNG|GIF)\s*\[\s*[\d.,]+\s*[KMG]i?B\s*(?:[|｜]\s*被?(?:浏览|下载|查看)\s*\d+\s*次\s*)?\]|(?:>\s|＞\s?).{1,200}|\[(?:引用|quote)(?:=[^\]]{0,30})?\].{0,300}\[/(?:引用|quote)\]|分页\s*[:：].{0,40}|(?:HTML|UBB)\s*标签\s*[:：].{0,6}|表情字符转换\s*[:：].{0,6}|"
                           r"[（(]按\s*Ctrl\s*\+\s*Enter.{0,12}[)）]|(?:用户名|密码|密碼)\s*[:：]|"   # (a WAP phone's "——发自诺基亚N73"; an
                           # old board's reply form: "分页：[1] 共1页", "UBB标签：可用", "(按 Ctrl+Enter 直接发送)")
                           r".{0,24}推荐了本[帖贴].{0,80}|本[帖贴]已被浏览\s*\d+\s*次.{0,20}|(?:→\s*[^→]{1,20}){2,}|电梯直达|跳转到.*|"
                           r"IP\s*[:：]\s*(?:已设置保密|保密|(?:[\d*]{1,3}\.){3}[\d*]{1,3})(?:\s*[\[【][^\]】]{1,6}[\]】])*|"   # (an old board's
                           r"\d+\s*#|#\s*\d+|\d+\s*F|回复\s*\d+\s*#.{0,30}|回复\s*@\S{1,20}\s*[：:]?|"
                           r"\S{1,80}\.(?:jpe?g|png|gif|bmp|webp|rar|zip|7z|docx?|xlsx?|pdf|txt|mp4)\s*[（(]\s*[\d.]+\s*[KMG]?i?B\b.{0,30}|"
                           r"下载附件.{0,20}|附件\s*[:：]?|(?:威望|金钱|贡献|积分|金币)\s*[+\-]\s*\d+|"
                           r"\d{1,3}(?:[,，]\d{3})+|"   # (a count in the poster's column: "消息 2,468")
                           r"(?:发贴|发帖|發帖|發貼|发表|發表)(?:时间|時間|日期)?\s*[:：]\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}.{0,40}|"   # (a post's
                           # stamp under its text: "发贴时间: 2007/03/18 09:47pm IP: 已设置保密")
                           r"共\s*\d+\s*页\s*[\[\d].{0,80}|[«‹]\s*[\d\s.…]{1,40}[»›]|"
                           r"(?:发表人|回复人|發表人|回覆人|发帖人|回帖人)\s*[:：]\s*\S{1,24}?(?:\s*[（(][^）)]{1,12}[）)])?|"   # (a post's
                           r"本帖共有?\s*\d+\s*个?(?:回复|回帖|回覆).{0,80}|[该本]话题包含\s*\d+\s*[条个]回复.{0,80}|[（(]无标题[)）]|"   # header:
                           # "回复人：某某（等级：五级）"; the thread's counts)
                           r"相关主题\s*[:：].{0,300}|.{0,60}(?:当前时间|服务器时间)\s*[:：].{0,20}在线\s*[:：]?\s*会员\s*\d+\s*人.{0,30}|"   # (a board's
                           # related-threads row and its status row: moderators, the time, who is online)
                           r"[\[【]?按\s*Ctrl\s*\+\s*Enter\s*直接发送[\]】]?|"   # (the quick-reply box)
                           r"楼中楼(?:回复)?\s*[（(]\d+[)）]|还有\s*\d+\s*条回复\s*[>›»]?|"   # (a floor's replies' box heading, its "more")
                           r"(?:返回顶部\s*)?(?:IP\s*)?已记录(?:\s*IP)?|IP\s*[Ll]ogged|"   # (YaBB's "IP logged" under each post)
                           r"本回答(?:由|被).{1,12}(?:推荐|采纳)|本答案(?:由|被).{1,12}(?:推荐|采纳)|"   # (a Q&A page's best-answer flag)
                           r"[+＋]\d{1,4}|Edited by .{1,40}[,，].{4,30}|"   # (IP.Board: a post's reputation, "Edited by X, <time>.")
                           r"(?:加入收藏|忽略主题|Tweet|分享到微博)(?:\s+(?:加入收藏|忽略主题|Tweet|感谢|分享到微博))*.{0,40}(?:次点击|人收藏).{0,20}|"   # (a topic's toolbar)
                           r"(?:阅读|閱讀|浏览|瀏覽|查看)\s*[:：]\s*[\d,]+\s*(?:回复|回覆|回帖)\s*[:：]\s*[\d,]+.{0,40}|"   # (the thread's
                           # counts: "阅读：2,106 回复：7 最后回复：某某 <time>")
                           r"发贴心情\s*Post\s*By\s*[:：].{0,30}|(?:编辑|引用|报告|举报|回复)(?:\s*[|｜]\s*(?:编辑|引用|报告|举报|回复))+(?:\s*[|｜]?\s*IP\s*[:：].{0,20})?|"   # (Dvbbs's
                           # row under a post: its stamp, its actions)
                           r"收起\s*\d+\s*条(?:回复|评论|回覆)|(?:全部|所有)(?:评论|回复|回帖|跟帖)\s*[（(]\d+[)）]\s*最后回[复覆]\s*[:：].{0,30}|"   # (a 楼中楼
                           # toggle; the stream's heading with its last reply's time)
                           r"(?:赞|点赞)\s*[（(]\d+[)）]\s*(?:收藏|举报|分享到?\s*[:：]?\s*(?:微信|微博|QQ空间|QQ|朋友圈|\s)*|\s)*|"   # (a post's action bar)
                           r"(?:单选|多选|單選|多選)投票\s*[,，]\s*共有\s*\d+\s*人参与投票.{0,60}|(?:\S{1,16}\s+)?查看完整内容|(?:\S{1,16}\s+)?查看完整內容|已解决|已解決|悬赏|懸賞|评分|評分|\d+\s*(?:金钱|金錢|金币|金幣)|"
                           # (Discuz's poll and 悬赏 boxes: "单选投票, 共有 853 人参与投票 距结束还有…", the best answer's
                           # "查看完整内容" link, the "已解决" badge)
                           r"\*?\s*[帖贴]子主[题題]\s*[:：].{0,100}|\S{0,12}\s*(?:本周|本月|今日|最新)热门(?:主题|帖子|贴子|话题)|"   # (phpBB 3.0's header row: "帖子主题: Re: <subject>")
                           r"上一[篇个]主题\s*[-|｜]\s*下一[篇个]主题|\d+\s*(?:会员|位会员)\s*和\s*\d+\s*(?:游客|位游客)\s*正在(?:查看|浏览)此主题。?|"
                           r"到页[底首](?:\s*页\s*[\d\s]+)?|"   # (SMF's bars: prev/next topic, who is viewing, "到页底 页1 2")
                           r"(?:[\[【][^\[\]【】]{2,6}[\]】]\s*){2,})$")   # (a pager; a row of bracketed actions: "[回复此帖]
# [推荐给好友] [收藏]"; an attachment's line, a rating)


# the head of a post's rating log ("参与人数 2 威望 +2 收起 理由"): the log's box is not the post's words
_RATING_HEAD = re.compile(r"^参与人数\s*\d+")


_RATING_TITLE = re.compile(r"^(?:共\s*\d+\s*条评分|评分记录|評分記錄)$")
# a rating log's line with its entries ("本帖评分记录： 版主 某某 于 <time> 评分：威望 +2 理由：…")
RATE_LOG = re.compile(r"^(?:本帖|本貼)?(?:最近|最新)?(?:评分记录|評分記錄)\s*[:：]")


def _is_date_line(t: str) -> bool:
    if t[-1:] in "？！?!" and len(t) > 4:
        return False   # a question or an exclamation is somebody's words ("那今天怎么还在放？"), no stamp
    rest = t
    found = False
    for dm in iter_dates(t, allow_noyear=True):
        rest = rest.replace(t[dm.start:dm.end], " ")
        found = True
    if not found:
        return False
    rest = _NAMED.sub(" ", rest)   # ("作者：某某 回复日期：…": the poster's name with its label)
    rest = re.sub(r"回复|发信人|發信人|发帖人|发表于|发布于|编辑于|更新于|提问于|回答于|提问者|回答者|楼主|层主|作者|来自|客户端|IP\s*属地\S*|"
                  r"[\d.,]+\s*[万千kKwW]?\s*(?:个回答|条回答|浏览|阅读|关注)|关注问题|邀请回答|写回答|"
                  r"第\s*\d+\s*[楼樓]|[\[【](?:引用|回复|回覆|编辑|編輯|举报|檢舉|引言)[\]】]|匿名用户|[Ll][Vv]\.?\s*\d+|浏览\s*[\d.,]+[万千kKwW]?\s*次?|\d+\s*楼|#\s*\d+|"
                  r"(?:赞|踩|点赞|评论|举报|分享|收藏|有用|没用|支持|反对)\s*[（(]?\d*[)）]?|(?:提交|回复|发表|发布)(?:日期|时间)|"
                  r"(?:访问量|访问|点击|人气|查看)\s*[:：]?\s*\d+|\[[–\-+]\]|[\[【](?:楼主|樓主|OP)[\]】]|"   # (a fold toggle, "[–]")
                  r"IP\s*[:：]\s*[\d*]{1,3}(?:\.[\d*]{1,3}){3}|[\[【]回复此文[\]】]|"   # ("IP：61.155.*.* [回复此文]")
                  r"(?:浏览|回复|点击|阅读)\s*[:：]\s*[\d,]+\s*次?|IP\s*[:：]\s*本站|复制地址|复制链接|时间|日期|"   # (an old board's head row:
                  # "作者：X 发表于：<time> 浏览：532次 回复：4 IP：222.73.18.* 复制地址", an admin's "IP：本站")
                  r"[（(][^（）()]{0,20}级[^（）()]{0,20}[)）]|积分\s*[:：]?\s*[\d,]+|(?:跟帖)?回复\s*[:：]\s*\S{1,40}?(?:…|\.\.\.)|跟帖\s*[:：]?\s*\d*|引用|"   # (a
                  # floor's head: "3楼 引用 跟帖回复：<subject>… name（四级 | 积分 1120） <time>")
                  r"[\[【][^\]】]{1,20}[\]】]|"   # (the poster's unit: "周建军 [局机关 · 法制科] 发表于 <time>")
                  r"(?:发布到|发布在|發佈到)\s*\S{1,12}?(?=[•·]|$)|[✎•]|"   # ("作者X 发布到 某社区•2 年前•✎")
                  r"[\s·・|｜:：,，]", "", rest)   # (an action bar glued on)
    return len(_HANDLE.sub("x", rest)) <= 8   # (a user handle, "wangtong_lu", counts as a name)


_HANDLE = re.compile(r"[A-Za-z][A-Za-z0-9_.\-]{2,19}")


# a quoted earlier post: "X 写道:", "引用 X 的话：", "Quote from X", "回复 X 的帖子"
_QUOTE_LEAD = re.compile(r"^(?:(?:引用|Quote|quote)\s*[@＠]?\S{1,24}?\s*(?:写道|寫道|的话|的話|的发言|的發言|wrote|发表于.{0,25}|發表於.{0,25})|"
                         r"[@＠]?\S{1,24}\s+(?:写道|寫道|写到|寫到|wrote)|回复\s*[@＠]?\S{1,24}?\s*的帖子)"
                         r"(?:\s*[（(][\d\s:\-/.年月日]{5,22}[)）])?\s*[:：]")   # (its stamp after it: "引用 X 的发言（15-11-07 21:15）：")


# a post's meta line led by its date: "2021-10-19 · 个人签名", "2026-11-24 20:15 | IP 属地：江州"
_DATE_LED = re.compile(r"^\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*[·•|｜]\s*\S|"
                       r"^(?:[^\s:：，。]{2,16}\s+)?(?:发表于|發表於|发布于)\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?"
                       r"(?:\s*(?:查看|浏览|回复|阅读)\s*[(（]?\d+[)）]?)*$|"   # ("发表于 <time> 查看 (412) 回复 (5)")
                       r"^(?:发起人|楼主|樓主)\s*[:：]?\s*[^\s:：，。]{2,16}\s+(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:[·•|｜]|$)")   # ("发起人 X <day> · 标签…")


# a signature separator: the rest of the post is the author's signature
_SIG_SEP = re.compile(r"^[-_—―=~─━*·.]{4,}$")   # (U+2015 too: "―――――――――――――")


# "网友 ：望城家长2019 2026-11-05 08:47": a labelled name and its date, the post's stamp
# (also glued, and with the thread's counters after it: "提问者：某某2026-11-16 22:48浏览 1,932关注 47")
# "楼主 发贴时间：2010-7-22 8:06:13 只看该作者 引用": the post's header row
_HEAD_ROW = re.compile(r"^(?:楼主|樓主|沙发|板凳|地板|第?\s*\d+\s*楼)?\s*(?:发贴|发帖|發帖|回复|回帖|发表)(?:时间|於|于)\s*[:：]?\s*"
                       r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}\s*[0-2]?\d:[0-5]\d(?::\d\d)?(?:\s*(?:只看该作者|引用|回复|举报|编辑|删除|\|))*$")


_MENU_LINE = re.compile(r"^(?:[^\s|｜]{1,6}\s*[|｜]\s*){3,}[^\s|｜]{1,6}$")   # "论坛首页 | 注册 | 登录 | 搜索 | 帮助"


_LABELLED_STAMP = re.compile(r"^[\u4e00-\u9fff]{2,6}\s*[:：]\s*\S{1,20}\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
                             r"(?:\s*[0-2]?\d:[0-5]\d(?::\d\d)?)?"
                             r"(?:\s*(?:浏览|瀏覽|阅读|閱讀|关注|關注|回复|回覆|回答|查看|点赞)\s*[\d,，.]+[万萬kKwW]?)*$")


# "金埠新区城市管理局2026-11-10 17:25": a name glued to its date, the post's stamp
_NAME_STAMP = re.compile(r"^[^\s，。！？；、,.!?;][^，。！？；、,.!?;]{1,49}?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*"
                         r"(?:19|20)\d\d,?\s+\d{1,2}:\d\d\s*[apAP][mM](?:\s+\d{1,4})?$|"   # (Discourse's crawler view:
                         # "(name)（role） October 15, 2025, 3:40am 3", the post's number after it)
                         r"^[^\s，。！？；、,.!?;]{2,20}\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*[0-2]?\d:[0-5]\d(?::\d\d)?"
                         r"(?:\s+\d[\d,]*|\s*[（(](?:UTC|GMT)[)）])?)?$|"   # (a view count after it: "某某 2020-10-19 07:58 1286",
                         # its icon an image; or its zone, "… 13:22:05 (UTC)")
                         # (or a role and a relative stamp: "某某网友昨天 21:06来自 临渚区", "某某局官方回复1小时前")
                         r"^[^\s，。！？；、,.!?;]{2,30}?(?:网友|官方回复|官方|回复)\s*(?:(?:今天|昨天|前天)\s*[0-2]?\d:[0-5]\d|"
                         r"\d{1,2}\s*(?:分钟|小时)前|刚刚)(?:\s*来自\s*\S{1,12})?$")


# a reply inside a post (楼中楼) printed as "name：text 11-11 12:45回复": the stamp and action after it
_LZL_TAIL = re.compile(r"\s*(?:(?:19|20)\d\d-)?[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d\s*回复$")


_BBS_HEADER = re.compile(r"^(?:发信人|發信人|寄信人|标\s*题|標\s*題|发信站|發信站|转信站|轉信站)\s*[:：]|^※\s*(?:来源|來源|修改|转载|轉載)")


_BBS_QUOTE = re.compile(r"^【\s*在\s*.{1,40}的(?:大作|来信|來信)中提到\s*[:：]\s*】$|^[:：]\s")


_LZL_REPLY = re.compile(r"^(?:[^\s：:，。！？、]{1,12}\s*)?(?:回复|回覆)\s*(?:#\s*\d{1,4}\s*|\d{1,4}\s*[楼樓#]\s*)?"
                        r"@?[^\s：:，。！？、]{1,12}\s*[:：]\s*")   # (… 回复 #2 某某：)


_LZL_STAMP = re.compile(r"\s*(?:(?:(?:19|20)\d\d-)?[01]?\d-[0-3]?\d\s+|(?:今天|昨天|前天)\s*)[0-2]?\d:[0-5]\d(?::\d\d)?\s*(?:回复|回覆)?$|"
                        r"\s*\d{1,2}\s*(?:分钟|小时)前\s*(?:回复|回覆)?$")   # (or "昨天 22:40", "5分钟前")


_LZL_NAME = re.compile(r"^[^\s：:，。！？、]{1,12}(?:\s*(?:楼主|作者|层主|吧主|版主))?\s*[:：]\s*")


_BADGE_END = re.compile(r"\s*(?:楼主|作者|层主|吧主|版主|博主|官方)$")


# the head of a quote written inline, closed by a rule line: "@某某 4楼 2026-11-11 11:22:03"
# ... or in brackets with the quoted words after it on its line: "【@某某 2楼 2025-06-03 09:26:40】<words>"
_INLINE_QUOTE_BRACKET = re.compile(r"^【[@＠][^\s】]{1,24}\s+\d{1,5}\s*[楼樓#]\s+(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[^】]{0,12}】")
_INLINE_QUOTE = re.compile(r"^[@＠]\S{1,24}\s+(?:\d{1,5}\s*[楼樓#](?:\s+(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|\s*$)|"
                           r"(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\s*$)")   # (or its date alone)


_SIG_WRAPPED = re.compile(r"^[-—–~～]{2,}\s*[^-—–~～\s].{0,30}?[-—–~～]{2,}$")


_GAP = re.compile(r"^\d+\s*(?:秒|分钟|小时|天|周|个月|月|年)\s*(?:后|之后|以后)$")


def _prose_beside_dates(t: str) -> int:
    """Characters of ``t`` outside its dates."""
    return len(t) - sum(dm.end - dm.start for dm in iter_dates(t, allow_noyear=True))


# a poster's profile line whatever its value ("等级：中级会员", "IP：已记录", "来自：东湖区")
_PROFILE_LINE = re.compile(r"^(?:用户|用戶|会员|會員)?(?:等级|級別|级别|头衔|頭銜|积分|威望|金钱|金币|注册时间|注册|來自|来自|IP|在线时间|在线|经验|用户组|"
                           r"性别|精华|阅读权限|最后登录|UID|用戶組|车型|爱车|所在地|地区|坐标|认证|门派|門派|文章|帖子|发帖|發帖|发贴|發貼|贴子|貼子|部门|部門|职务|職務)\s*[:：]\s*\S.{0,18}$")   # (部门/职务: an intranet board's poster panel)


_FLOOR_LABEL = re.compile(r"楼主|樓主|沙发|沙發|板凳|地板|层主|\d+\s*[楼樓#F]|#\s*\d+")


# a removed post's placeholder ("该条回应已被删除", "[ 该楼层已被管理员删除 ]")
_NAMED = re.compile(r"(?:作者|發帖人|发帖人|发信人|發信人|回帖人|发言人|發言人)\s*[:：]\s*[^\s:：]{1,24}(?=\s|$)")


_REMOVED = re.compile(r"^[\[【(（\s]*(?:提示\s*[:：]\s*)?(?:(?:该|此|本)\S{0,6}?|(?:帖子|贴子|回复|楼层|内容|评论))(?:已被|已经被|被)\S{0,6}?"
                      r"(?:删除|刪除|屏蔽|隐藏|隱藏)\S{0,4}?[\]】)）\s]*$|^(?:提示\s*[:：]\s*)?作者被禁止或删除.{0,12}$")


# an edit note in the stamp line ("(此帖最后修改于: 2026-11-11, 12:31 PM 由 某某.)", "Last edited by …")
_EDIT_NOTE = re.compile(r"^(?:此|该|本)(?:回复|帖子?|话题)已被\s*\S{1,20}\s*(?:修改|编辑)(?:于|於)|(?:此帖|本帖)?最后(?:修改|编辑|編輯)(?:于|时间\s*[:：]|\s*[:：])|^最后(?:修改|编辑|編輯)\s*\S{1,20}\s*(?:于|於)\s*(?:19|20)\d\d|^此帖已被\s*\S{1,20}\s*(?:编辑|編輯)\s*[:：]|最後(?:修改|編輯)(?:於|\s*[:：])|[Ll]ast edited(?: by|:)|"
                        r"已?被\s*\S{1,20}?\s*(?:于|在|於)\s*\S.{4,28}?(?:重新)?(?:编辑|編輯|修改)过?|"   # ("[此帖子已被 某某 在 2008-9-13 8:02:11 编辑过]")
                        r"^[\[【(（]?(?:该|此|本)(?:帖子?|贴子?)已?(?:于|在|於)\s*\S.{4,28}?被\s*\S{1,20}?\s*(?:重新)?(?:编辑|編輯|修改)过?|"   # ("（该帖于
                        # <time> 被作者修改过）", "该帖子已于 <time> 被 X 编辑过")
                        r"^本(?:回复|回覆|话题|話題|帖子?)由\s*\S{1,20}\s*(?:于|於|在)\s*\S.{4,30}?(?:修改|编辑|編輯)|"   # (bbPress: "本回复由 X
                        # 于 <time> 修改。原因：…")
                        r"^[\[【]?此[帖贴]由\s*\S{1,20}\s*(?:在|于|於)\s*\S.{4,30}?第\s*\d+\s*次(?:编辑|編輯|修改)|"   # (LeoBBS: "[此帖由 X 在
                        # <time> 第 1 次编辑]")
                        r"^由\s*\S{1,20}\s*(?:在|于|於)\s*\S.{4,40}?最后(?:编辑|修改)[，,]\s*总共(?:编辑|修改)")   # (phpBB 3's zh_CN: "由 X 在
# <time> 最后编辑，总共编辑 1 次。")


# ... and one with its name, its time or its reason ("此帖子已被 某某 于 2015年 3月 9日 07:48 删除。", phpBB's "此帖子由 某某
# 于 <time> 删除。", "该帖子已
# 被版主屏蔽，屏蔽原因：…"), with the reason on a line of its own after it
_REMOVED_NOTE = re.compile(r"^[\[【(（\s]*(?:该|此|本)?(?:帖子|贴子|帖|回复|楼层|内容|评论)[^。，]{0,10}?(?:已被|已经被|由)[^。]{0,40}?"
                           r"(?:删除|刪除|屏蔽|隐藏|隱藏|折叠)|^(?:该)?用户(?:已)?被禁言.{0,20}屏蔽|"
                           r"^[\[【(（\s]*已被\S{0,6}?(?:移除|删除|刪除|屏蔽)\s*(?:[:：].{0,20})?[\]】)）]?$")   # ("已被版主移除：广告/引流")


def _removal_line(t: str) -> bool:
    return bool(len(t) <= 40 and _REMOVED.match(t) or len(t) <= 80 and _REMOVED_NOTE.match(t))


def removal_notice(blocks: list[Block]) -> bool:
    """A post replaced by its removal notice ("该帖子已被删除", "此帖子已被 某某 于 … 删除。")."""
    return any(_removal_line(b.text) for b in blocks)


# a moderator's action on the thread ("本主题由 某某 于 2018-4-10 09:12 设置高亮", "本帖被 某某 执行加亮操作(2014-06-12)")
# a moderator's action on the thread or post ("本主题由 阿木 于 <time> 加入精华", "该帖被 X 于 <time> 设为 热门话题")
MOD_ACTION = (r"[本该此](?:主题|帖|帖子)(?:已)?(?:(?:于|於)\s*[\d\-/: ]{8,19}\s*)?(?:由|被)\s*\S{1,20}\s*(?:于|於|在)?.{0,24}?"
              r"(?:设置|设为|执行|加亮|高亮|置顶|推荐|精华|加入|移动|关闭|锁定|加了|扣了|奖励|扣除|加分|扣分)")
_MOD_NOTICE = re.compile(r"^[\[【]\s*(?:版主|管理员|管理員|管理|系统|系統)(?:提示|说明|說明|备注|公告)\s*[\]】]|"
                         r"^(?:该|該)(?:用户|用戶|会员|會員)因此(?:帖|贴|帖子|貼)被(?:警告|禁言|封禁)|"
                         r"^(?:此|该|該)(?:帖子|帖|貼子|貼文)已被(?:版主|管理员|管理員)(?:编辑|編輯)[，,].{0,40}(?:警告|禁言)|"   # (XenForo's staff warning on a post)
                         r"^(?:此|该|該)(?:成员|成員|用户|用戶|会员|會員)因本?(?:帖|贴|帖子|貼文)(?:收到|被)(?:警告|禁言).{0,30}$|"   # ("此成员因本帖收到警告。（…）")
                         r"^(?:版主|管理员|管理員)(?:提示|说明|說明|备注|備註)\s*[:：]|^(?:[\[【]\s*)?(?:(?:版主|管理|系统|系統)(?:提示|提醒)\s*[:：]\s*)?" + MOD_ACTION)   # (or its rating: "本帖被 某某 加了 5 点积分", "本帖被 某某 加分：威望 +2 …")


# the opening post's header run together: "楼主某某（…） 发表于 2016-04-12 07:58 查看：3201 回复：56"; "来自: 某某 2023-05-06 22:31:05"
_HEAD_RUN = re.compile(r"(?:发表于|發表於)\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}.{0,12}(?:查看|浏览|阅读|点击)\s*[:：]?\s*\d|"
                       r"^(?:来自|來自)\s*[:：].{1,40}(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|"
                       r"^(?:回复|回覆|Re|RE)\s*[:：].{2,80}(?:发表于|發表於)\s*[:：]?\s*(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}.{0,20}$")   # (a reply's
# subject, stamp and floor on one line: "回复: <subject> 发表于: 2009-4-13 12:44 #7")


_REMOVED_WHY = re.compile(r"^(?:删除|屏蔽)?(?:原因|理由)\s*[:：]")


_ADMIN_REPLY = re.compile(r"^(?:(?:管理员|管理員|版主|站长|站長|客服|店主|官方|楼主)(?:回复|回覆|答复|答覆)|"
                          r"问题补充|問題補充|补充问题|补充说明)\s*[:：]\s*")   # (or the asker's "问题补充：…")


def same_as_title(line: str, ntitle: str) -> bool:
    """A line that is the thread's title, also as a reply's subject ("Re: title", "回复：title") or
    with its label ("* 帖子主题：title")."""
    n = nfkc(line)
    if n == ntitle or F.REPLY_PREFIX.sub("", n) == ntitle or F.TITLE_LABEL_RE.sub("", n) == ntitle:
        return True
    bare = F.COUNTS_AFTER_RE.sub("", F.without_thread_type(F.TITLE_LABEL_RE.sub("", n).strip())).strip()
    bare = _TRAIL_TAGS.sub("", bare)   # ("[违建曝光] title", "title （阅读：1874 回复：4）", "* 帖子主题：[求助] title [精华]")
    if bare != n and bare == ntitle:
        return True
    # a floor's head: its label, the subject, its stamp and actions ("楼主 title 发表于 2013-6-5 21:07:33 回复 引用")
    head = _FLOOR_HEAD.match(n)
    return head is not None and head.group(1).strip() == ntitle


_FLOOR_HEAD = re.compile(r"^(?:楼主|樓主|沙发|沙發|板凳|地板|\d{1,4}\s*[楼樓#F])?\s*(.{2,80}?)\s*(?:发表于|發表於|发表时间|發表時間)\s*[:：]?\s*"
                         r"(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+[0-2]?\d:[0-5]\d(?::\d\d)?)?(?:\s*(?:回复|引用|举报|编辑|只看该作者|TOP))*\s*$")


_TRAIL_TAGS = re.compile(r"(?:\s*[\[【][^\]】]{1,4}[\]】])+$")


# the line that opens a quoted earlier post in a box of its own, whatever the box's class:
# "X 说：", "X 写了:", "X 发表于 2026-11-10", "以下是引用X在2026-11-8 20:41:09的发言：", vBulletin's
# "作者为 X", Discuz's "原帖由 X 于 2026-11-8 20:41 发表"
# a Q&A answer's follow-up on one line, its label first and its time last ("追问谢谢！…2025-03-02 15:02")
FOLLOW_UP_LINE = re.compile(r"^(?:追问|追答|追問|追答)(?=\S)(.{2,}?)\s*(?:19|20)\d\d-[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d(?::\d\d)?$")
_QUOTE_HEAD = re.compile(r"^(?:引用\s*[:：]\s*(?=原帖由))?(?:\S{1,24}\s*(?:说|說|写了|寫了|写道|寫道|写到|寫到|wrote)\s*[:：]|"
                         r"[［\[]原文由\s*\S{1,24}\s*(?:于|於).{0,30}?(?:发表|發表)[］\]]|"   # (LeoBBS: "［原文由 X 于 <time> 发表］")
                         r"\S{1,24}\s+(?:发表于|發表於)\s*(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+[0-2]?\d:[0-5]\d(?::\d\d)?)?|"
                         r"以下是?引用.{1,40}的(?:发言|發言|帖子|回复)\s*[:：]?|[【\[]引用\s*\S{1,24}\s*的(?:帖子|发言|發言|回复|回覆)[】\]]|"
                         r"(?:作者为|作者為|作者\s*[:：])\s*\S{1,24}(?:\s*查看帖子)?|原帖由\s*\S{1,24}\s*(?:于|於).{0,30}?(?:发表|發表)|"
                         r"引用\s*\S{1,24}\s*(?:于|於|在)\s*.{0,30}?的(?:发言|發言|帖子|回复|回覆)\s*[:：]?|"
                         r"引用\s*(?:第?\s*\d{1,4}\s*[楼樓]\s*)?\S{1,24}\s*(?:于|於|在)\s*.{0,30}?(?:发表|發表)的?\s*[:：]?|"   # ("引用 1楼 X 于 … 发表的：")
                         r"[^\s,，]{1,24}\s*[,，]\s*(?:于|於|在)\s*.{6,30}?[,，]?\s*(?:说|說|发布|發佈|发表|發表)\s*[:：])$")   # ("某某, 于 <time>, 说：",
# IP.Board's citation "某某, 于 12 十月 2015 - 10:31 发布：")


def is_quote_head(t: str) -> bool:
    """A line that opens a quoted earlier post ("X 写道:", "以下是引用X在…的发言：")."""
    return len(t) <= 80 and (_QUOTE_HEAD.match(t) is not None or _QUOTE_LEAD.match(t) is not None)
