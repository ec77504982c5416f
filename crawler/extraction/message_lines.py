"""What a line of a message page (留言板, 问政, 12345, 领导信箱) is: a turn's label (留言时间：…,
答复时间：…, a role tag over a stamp), a field (工单编号：…), a rating, the board's notice, or a turn's own
words. ``message`` reads the turns with these."""
from __future__ import annotations

import re
from datetime import datetime

from . import fields as F
from .body import ISSUER_LINE, SIGNED_DATE
from .dates import DATETIME, NAME_STAMP, RECENT_TIME, iter_dates
from .dom import CLOCK_TEXT, DAY_TEXT, HEADINGS, SENT_PUNCT, SENTENCE_END, Block, norm_ws, text_content

# a turn's labels, anywhere in a short line ("留言人：某某 留言时间：…", "某某局答复时间：…")
_ASK_LABEL = (r"(?=[留来写提问诉投举上反受咨补追信申登])(?:(?:留言|来信|写信|提问|问政|诉求|投诉|举报|上报|反映)(?:时间|日期)\s*(?:[:：]|$|(?:19|20)\d\d|(?:今天|昨天|前天)\s*[0-2]?\d:[0-5]\d|"
               r"[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d)|"   # (the writer's own time, also this year's: "上报时间11-18 08:14")
               r"(?:来件|来电|受理|咨询|提交|提出|追问|补充|信访|申诉|申请|登记)(?:时间|日期)\s*(?:[:：]|$|(?:19|20)\d\d|(?:今天|昨天|前天)\s*[0-2]?\d:[0-5]\d))")
# (not the office's "受理时间11-19 09:02", nor a step's "提交时间11-08 14:20", year-less; the look-ahead first: most
# characters fail it at once, the alternation is slow)
_ASK_AT = re.compile(r"(?:留言|提问|反映|投诉|发起)于\s*(?:19|20)\d\d")   # ("网友“某某” 提问于 2026-11-16 19:48")
_ASK = re.compile(_ASK_LABEL + "|" + _ASK_AT.pattern)
# a leaders' message board prints the times bare: "留言对象：某某 2026-10-29 20:16:31", and the reply under
# the answering office's name ("某某区城市管理局2026-11-15 16:08:47")
# the asker's fields ("留言对象：", "提问人：", "留言用户："): one flat alternation (nested ones are several
# times slower over a page's lines)
_ASKER = r"(?:留言|来信|提问|问政|投诉|咨询|反映|诉求)(?:对象|编号|人|者|用户)\s*[:：]"
_ASK_BARE = re.compile(r"(?=[留来提问投咨反诉])(?:" + _ASKER + r"(?:(?!更新|回复|答复).)*?" + DATETIME + "|"   # (not "… 最后更新：<time>"; or the labels as chips, glued to their values:
                       r"(?:提问人|留言人|来信人|投诉人)[^\s:：]{1,20}\s+(?:提交|提问|留言|投诉|发布)(?:时间|于)?\s*" + DATETIME + ")")
# "提问人lz_通勤族 提交2021-09-17 20:46"; the lookahead first: each character fails it at once, the alternation
# of words is slow)
_NETIZEN_AT = re.compile(r"(?:网友|市民)\s*(?:[:：]\s*[^\s:：]{1,20}|[^\s:：]{0,12}[*＊]{2,}[^\s:：]{0,8})\s*"
                         r"(?:(?:发表于|发布于|留言于)\s*[:：]?\s*)?(?:" + DATETIME + "|" + RECENT_TIME + ")")   # ("网友：某某 2024-09-03 20:14"; apart:
# one alternation of both is three times slower)
# the same with the stamp a line or two below the label ("留言对象：某某书记" / tags / "name <time>")
_ASK_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,6}?" + _ASKER)   # (badges before it: "投诉城建留言对象：…")
_ASK_SPLIT = re.compile(_ASKER + r"[^\n]*\n(?:[^\n]*\n)?[^\n]{0,24}?" + DATETIME)
_TURN_WORD = re.compile(r"回复|答复|回覆|追问|补充|提问|留言|时间|日期|评价|回访")   # (labelled stamps are read by their labels)
_NOTICE_HEAD = re.compile(r"^(?:(?:写信|留言|来信|投诉|咨询|问政|办事|使用|网站)?(?:须知|注意事项)|温馨提示|特别提示|"
                          r"\S{0,8}使用说明|\S{0,6}(?:信箱|留言板|热线|平台|栏目|本站|网站|问政)(?:说明|简介|介绍))\s*[:：]?$|"
                          r"^(?:写信|留言|来信|投诉|咨询|问政)(?:须知|注意事项)\s*[:：]\s*(?:1|一|（1）|\(1\))[.、．]")   # (the board's
# rules, also on the line of their first rule: "留言须知：1.请遵守…")
_LIST_ITEM = re.compile(r"^(?:\d{1,2}[.、．]|[（(](?:\d{1,2}|[一二三四五六七八九十])[)）])\s*\S")
_PAGE_MARK = re.compile(r"第\s*\d+\s*页\s*[/／,，]?\s*共\s*\d+\s*页")   # (a printed form's page break: it goes on)
_BARE_STAMP = re.compile("^(?:" + DATETIME + r"(?::\d\d)?|" + RECENT_TIME + r"|\d{1,2}\s*(?:分钟|小时)前)$")
_BARE_DATE = re.compile(r"^[\[(（]?(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}[\])）]?$")
_REPLY_BARE = re.compile(r"^(?!回复|答复)[\u4e00-\u9fff（）()]{2,28}(?:局|委|办|厅|部|院|政府|委员会|办公室|中心|办事处|管委会|街道|城管|大队|中队)\s*(?:[·•|｜]\s*)?(?:(?:回复|答复|反馈)于?)?\s*"
                         r"(?:" + DATETIME + r"(?::\d\d)?|" + RECENT_TIME + r"|[01]?\d[-/][0-3]?\d\s+[0-2]?\d:[0-5]\d|\d{1,2}\s*(?:分钟|小时)前|"
                         r"(?<=[\u4e00-\u9fff）)])[0-2]?\d:[0-5]\d)"
                         r"\s*(?:回复|答复)?$")   # ("某某局 2026/11/13 17:02 回复", "某某局3小时前", a chat's "某某局09:12")
_REPLY_BARE_LINES = re.compile(_REPLY_BARE.pattern, re.M)
# a row led by the message's time ("昨天 21:06 东淮区 · 桂香路32号附近 市政设施/井盖缺损")
_STAMP_LED = re.compile(r"^(?:" + DATETIME + "|" + RECENT_TIME + r"|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d)\s")
# (the page-wide check searches the label forms one regex at a time: one alternation of both is
# several times slower on a page's worth of short lines)
_ASK_LINES = re.compile(_ASK_LABEL, re.M)
# "发布时间" labels a message only on a line that also names the board's fields ("问政编号：… 网友：…
# 发布时间：… 问政对象：…"); alone it is a news byline
_POSTED = re.compile(r"(?:发布|发表)(?:时间|日期|于)\s*[:：]")
_BOARD_FIELD = re.compile(r"问政|网友\s*[:：]|留言(?:人|对象|编号)|诉求|信件编号|来信人")
# the reply headed by the answering office's name ("某某区城市管理局回复", 人民网's 领导留言板)
# an office's name ("某某区城市管理局", "某某街道", "某某中队")
_OFFICE = r"[\u4e00-\u9fff（）()]{2,30}(?:局|委|办|厅|部|院|政府|委员会|办公室|中心|办事处|管委会|街道|大队|中队)"
_UNIT_REPLY = re.compile(r"^" + _OFFICE +
                         r"\s*的?(?:初步|正式|最终|阶段性|二次|再次|官方)?(?:回复|答复|办理结果|回复内容|答复内容)\s*(?:" + DATETIME + r"(?::\d\d)?)?$")
_FOLLOW = re.compile(r"^(?:(?:网友|市民)?(?:追问|补充)|继续追问|再次留言|追加留言)(?:人|内容)?\s*[:：·]?\s*"
                     r"(?:(?:" + DATETIME + r"(?::\d\d)?|[01]?\d[-/][0-3]?\d\s+[0-2]?\d:[0-5]\d)\s*)?$|"
                     r"(?:追问|补充|追加)(?:人|时间)\s*[:：]|^(?:复查|复核)(?:请求|申请)")   # ("网友追问 2026-11-18 20:16";
# a 信访's "【复查请求】提交时间：…")
_REPLY = re.compile(r"(?:回复|答复|回应|回音|办理|处理|处置|办结|复核|反馈|整改)(?:时间|日期)\s*(?:[:：]|$|(?:19|20)\d\d)|"
                    r"^(?:回复|答复)单位[\u4e00-\u9fff（）()]{2,30}?时间\s*(?:19|20)\d\d|"   # ("回复单位某某局时间2021-09-23 11:02")
                    r"^(?:回复|答复|办理|处理|处置)(?:单位|部门|机构|内容|意见|结果|情况|情形)\s*(?:[:：]|$|\s|(?:19|20)\d\d)|^官方(?:回复|答复)\s*[:：]?$|"
                    r"^追问(?:回复|答复)\s*[:：]?|^(?:承办单位|办理单位|承办部门)(?:答复|回复)|^(?:现场|部门|官方)回应\s*[:：]|(?:回复|答复)于\s*(?:19|20)\d\d")   # ("追问回复：某某区委办公室")
# what follows the last reply: the citizen's rating, the hotline's return visit, a note
_AFTER = re.compile(r"^(?:代表|委员)反馈|^(?:网友|群众|市民|公众|来信人|信访人|留言人|来电人|提问人|诉求人|投诉人|咨询人|写信人|反映人|上报人|我的|企业|业主)?(?:(?:回访|满意度|办理|服务|处置)?评价|满意度|回访)(?:情况|结果|时间|调查|满意度|记录)?(?:\s*[:：★☆（(]|\s|$|(?:19|20)\d\d|满意|基本满意|不满意)|^注\s*[:：]|^\S{0,8}评价时间\s*[:：]|^\S{0,6}(?:尚未|暂未)评价|^\S{1,8}[:：]\s*[★☆]{3,}|"
                    r"^您?对(?:本次|此次|该|部门|单位)?(?:回复|答复|回应|办理|处理)(?:结果)?是否满意|"
                    r"^[^，。]{0,10}[，,]\s*请对(?:本次)?(?:办理|处理|回复|答复)(?:结果)?进行评价|"   # ("本次留言已办结，请对办理结果进行评价")
                    r"^.{0,30}请(?:协助|您)?填写\s*\S{0,8}满意度调查|"   # ("亲爱的市民朋友，为提升服务品质，请协助填写本案满意度调查")
                    r"^(?:网友|市民|群众)?对(?:部门|单位)?(?:回复|答复|办理)的评价|"
                    r"^(?:以上|本次|此)(?:答复|回复|解答)(?:内容)?对您有(?:帮助|用)吗")   # ("以上答复对您有帮助吗？")   # ("网友对部门回复的评价： 满意12票 …")   # ("解决程度：★★☆☆☆")
_DIGIT_GROUP = re.compile(r"(?<=\d)[,，](?=\d)")
_TIME_LABEL = re.compile(r"(?:时间|日期)\s*(?:[:：]|$|(?:19|20)\d\d)")
_AUTHOR = re.compile(r"(?:留言人|留言者|留言用户|来信人|提问人|提问者|网友)\s*[:：]\s*([^\s:：]{1,20}?)"
                     r"(?=[\s:：]|$|(?:19|20)\d\d[-/.年]\d|[\u4e00-\u9fff]{2}(?:时间|日期|对象)?[:：]|(?:发布|发表)于)")   # (a name glued
# to the time, or to the next label, after it)
_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]")
_DISCLAIMER = re.compile(r"仅代表(?:个人|网友|作者|发帖人)(?:观点|意见|立场)|文明上网|理性发言|经脱敏处理|^本(?:平台|网站|栏目)由.{2,24}(?:主办|承办)|^(?:温馨)?提示\s*[:：]|^注\s*[:：]|"
                         r"^(?:说明|声明)\s*[:：](?:本(?:栏目|网站|平台|页)|.{0,12}(?:予以|同意)公开|信访人对.{0,12}不服|.{0,12}(?:倒序|正序)排列|.{0,24}隐私处理|"
                         r"为保护.{0,8}隐私)|"   # ("说明：为保护市民隐私，公开工单已隐去…")
                         r"^[（(]此件.{0,12}公开|(?:浏览|阅读|点击)(?:次数|量)\s*[:：]\s*[\d,]*(?:\s*【[^】]{1,4}】)*$|已被(?:浏览|阅读|查看)\s*\d+\s*次")   # ("（此件依申请公开，…）")
# a numbered heading inside a turn's text ("二、处理情况", "（三）建议"): the turn's own line
SECTION_NO = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])\s*[\u4e00-\u9fff]{2,16}$")
# a message page's status field, there even before any reply ("办理状态 | 办理中")
# a reply's place with no reply in it yet ("管理员回复：暂无回复"): a status, no words
PENDING_REPLY = r"^\S{0,6}(?:回复|答复)\s*[:：]\s*(?:暂无|尚未|暂未|还没有)(?:回复|答复)$"
_STATUS = re.compile(r"^(?:办理|处理|办件|工单|回复|当前|信件)状态|^(?:办理中|待办理|待回复|受理中|已受理|已办结|已回复|已办理|已答复|已处理|已回应|待回应|处置中|待处置)$|"
                     r"^(?:办理中|处理中|处置中|待办理|待回复|受理中)\s*[·•|｜]|"   # ("处理中 · 预计3个工作日内办结")
                     + PENDING_REPLY)
_PROGRESS = re.compile(r"^(?:办理|处理|处置|流转|投诉|诉求|案件|工单)(?:进度|过程|流程|记录|进程|沟通记录|协商记录|协商过程)\s*(?:[（(][^）)]{1,12}[）)])?\s*[:：]?$")   # ("处理进度（按时间倒序）")
_PROGRESS_LINE = re.compile(r"^(?:办理|处理|流转)(?:进度|过程|流程|记录)\s*[:：]")   # (its steps on the line)
_LETTER_SALUTE = re.compile(r"^(?:尊敬的[^\s，。,.]{1,10}[:：，,]|(?:尊敬的)?[\u4e00-\u9fff]{1,10}[:：，,]?\s*(?:您|你)好[:：！!，,]?|"
                            r"[\u4e00-\u9fff]{0,6}(?:长|书记|主任|领导|代表|委员)(?:并[\u4e00-\u9fff]{1,6})?[:：]|"
                            r"[\u4e00-\u9fff（）()]{2,30}(?:有限公司|有限责任公司|股份公司|公司|商行|合作社|协会)[:：])$")   # ("局长：", "郑代表：" over the letter)
_LETTER_CLOSE = re.compile(r"^(?:(?:盼复|期待回复|望回复|请回复)[，,、]?\s*)?(?:谢谢|感谢|多谢|此致敬礼|此致|敬礼)(?:您|你|您们|你们)?[！!。]?$")
_NAME_SALUTE = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:(?:[*＊×]{1,3}|某{1,2})(?:先生|女士|同志)?|先生|女士|同志)(?:[（(](?:先生|女士)[)）])?\s*"
                          r"(?:[:：，,]?\s*(?:您|你)好\s*[！!。，,:：]?|[:：])$")   # ("王**：" opens a formal reply)
_NAMED_GREETING = re.compile(r"^[^\s，。！？：:]{2,20}(?:您|你)好\s*[！!。，,:：]?$")   # (a reply greeting its writer by the
# user name: "江州市民_8823您好：")
_SALUTATION = re.compile(r"^(?:(?:尊敬的)?(?:网友|市民|群众|先生|女士|来电人|来信人|留言人)?(?:您|你)好|"
                         r"尊敬的(?:网友|市民|群众|来电人|来信人|留言人|先生|女士)|(?:网友|市民|群众)朋友(?:们)?|申请人\s*[:：])\s*[:：！!，,]?$")   # ("申请人：" over a 告知书)
_NEW_REPLY = re.compile(r"^(?:阶段性|最终|最后|补充|二次|再次|重新|重办)(?:回复|答复|办理结果|办理\s*[:：]?$)")
_REPLY_HEAD = re.compile(r"^(?:官方|部门|单位|代表|领导|政府|协调|管理员|管理員|站长|版主|本署|本局|本处|本所|本部门|本单位)?(?:回复|答复|回应|回音|办理|处理|处置|复核|受理(?=意见|结果|情况|告知)|整改(?=反馈|情况|结果))(?:回复|答复|与办理|与处理|与追问|反馈)?(?:信息|内容|意见|结果|情况|情形|详情|承诺|告知)?"
                         r"\s*(?:[（(]?(?:\d{1,2}|[一二三四五六])[)）]?)?\s*[:：]?$")   # ("答复1", "回复（二）")
# a named party's reply over its words: "【北津区城管执法局】回复：2019-11-29 17:30:18", "【问政砺溪】回复："
NAMED_REPLY = re.compile(r"^【[^】]{2,30}】\s*的?(?:回复|答复)\s*[:：]?\s*(?:" + DATETIME + r"(?::\d\d)?)?$")
# the message's own section heading (<h3>诉求内容</h3> under the fields' table): its text follows
_ASK_HEAD = re.compile(r"^(?:(?:网友|市民|群众|我的|信访人|来信人|投诉人|反映人|信访)(?:诉求|留言|来信|反映|提问|请求)|"
                       r"(?:诉求|留言|来信|信件|写信|来电|投诉|咨询|反映|问题|建议|提案|申诉|信访)(?:内容|详情|描述|正文|理由)(?:摘要)?)\s*[:：]?$")
# the reply's role word over the office's name ("回复青鹭县城市管理局", a mobile board's chip)
_REPLY_UNIT = re.compile(r"^(?:回复|答复)\s*[\u4e00-\u9fff（）()]{2,28}(?:局|委|办|厅|部|院|政府|委员会|办公室|中心|办事处|"
                         r"管委会|街道|大队|中队)$")
_REPLY_SECTION = re.compile(r"^(?:办理|处理)结果|^(?:回复|答复)(?:内容)?(?!时间|日期)")   # ("办理结果答复时间 …")
_HANDLER_FIELD = re.compile(r"^(?:办理|承办|处理|处置)(?:单位|部门|机构|情况|状态)\s*[:：]?")   # (the letter's handler or its state, a field)
_UNIT_LABEL = re.compile(r"(?:回复|答复|办理|承办|处理|处置|主办|协办)(?:单位|部门|机构)")
_FLOOR = re.compile(r"第\s*\d+\s*[楼樓]|(?<!\d)\d{1,4}\s*[楼樓#]")
# a turn headed by its role word, the writer and the time, no labels ("来信 陈** 2025-04-02 20:15:47",
# "答复 停车管理科 2025-04-10 15:02:33", "追问 …"): a mailbox that prints its turns as cards
_ROLE_NAME = r"\s*[:：]?\s*(?:[·•|｜]\s*)?[^\s:：，。]{0,20}?(?:\s[^\s:：，。]{1,12}){0,2}\s*(?:[·•|｜]\s*)?"
# ... or the writer in a labelled field and the time after its own label ("网友留言 留言人：某某 时间：<time>",
# "部门回复 回复单位：某某所 时间：<time>")
_ROLE_FIELDS = r"\s+(?:[\u4e00-\u9fff]{2,5}\s*[:：]\s*[^\s:：]{1,30}\s+){1,2}(?:时间|日期)\s*[:：]\s*"
_ROLE_NAME = "(?:" + _ROLE_FIELDS + "|" + _ROLE_NAME + ")"
_ROLE = _ROLE_NAME + "(?:" + DATETIME + "|" + RECENT_TIME + ")"   # ("网友 ***8817 2026-11-13 23:05")
_ROLE_ASK_HEAD = re.compile(r"^(?:网友|市民|群众|选民|居民|用户|发起|我的|企业|业主)?(?:来信|留言|提问|诉求|投诉|咨询|来电|反映事项|反映问题|上报)"
                            r"(?!\s*(?:已|审核))" + _ROLE + r"|^上报\s*[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d$")   # (not a platform's
# step: "投诉已完成<time>", "投诉审核通过<time>"; a 随手拍's "上报10-09 07:52", this year's)
_ROLE_REPLY_HEAD = re.compile(r"^(?:(?:部门|官方|单位|承办单位|办理单位|承办部门|代表|领导|商家|企业|管理员|版主|站长|网站|物业|城管)?(?:答复|回复|再答复|再次答复|追答|二次答复|追问回复|追问答复)|"
                              r"办理结果|处理结果|处置结果|调解结果|调处结果|处理反馈|接待情况|处置(?=\s*(?:19|20)\d\d))"   # (or a
                              # 随手拍's step "处置<time>" over the office's answer)
                              + _ROLE_NAME + "(?:" + DATETIME + "|" + RECENT_TIME
                              + r"|(?:19|20)\d\d年\d{1,2}月\d{1,2}日$|(?:19|20)\d\d-[01]?\d-[0-3]?\d(?:\s|$))|"   # (a reply's day alone)
                              r"^处置\s*[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d$")   # (a 随手拍's step with a year-less stamp)
_ROLE_FOLLOW_HEAD = re.compile(r"^(?:网友|市民|群众|用户|企业)?(?:追问|补充|追加留言|再次留言)(?!回复|答复)" + _ROLE)
# a platform's own step with its time, between the turns ("审核通过2024-03-12 09:40" over "您的投诉已通过
# 平台审核…", "确认完成<time>" over the ratings): nobody's words
STEP_STAMP = re.compile(r"^(?:审核通过|分配商家|确认完成|平台受理|平台介入|派单|转办|交办|签收|办结|回访|立案|派遣|核查|结案|系统|系统消息|"
                        r"受理|延期|申请延期|(?:投诉|诉求|工单|案件)(?:已[\u4e00-\u9fff]{1,8}|审核通过)|发起投诉|投诉发起)\s*"   # ("投诉已分配商家<time>")
                        + DATETIME + r"(?::\d\d)?$|"
                        r"^(?:结案|评价|(?:投诉|诉求|工单|案件)(?:已[\u4e00-\u9fff]{1,8}|审核通过))\s*[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d$|"   # (a
                        # 随手拍's, year-less: "结案10-09 11:20"; a complaint's: "投诉已分配10-12 09:30")
                        r"^(?:平台|系统)?已派遣至\s*[\u4e00-\u9fff（）()]{2,30}?\s*(?:" + DATETIME + r"|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d)$")
# ("已派遣至 <office>03-18 08:11": a 随手拍's step)
# ... or led by its stamp, the platform's or a party's act after it ("2026-02-16 20:10 投诉人已确认和解，投诉办结")
STAMP_LED_STEP = re.compile(r"^" + DATETIME + r"(?::\d\d)?\s*(?:平台|系统|投诉人|消费者|用户|被投诉方|商家)[^。！？\n]{0,40}?"
                            r"(?:已受理|已转交|办结|已和解|确认和解|已完成|已关闭|已撤诉|撤回投诉|审核通过)[^。！？\n]{0,30}$")
# ... or the role word alone over a "name <time>" line (a card's tag: <div class="role-tag">留言</div>)
_ROLE_WORD = re.compile(r"^(?:((?:网友|市民|群众)?(?:来信|留言|提问|诉求|投诉|咨询)|群众|市民)|((?:网友)?追问|补充)|"
                        r"((?:部门|官方|单位)?(?:答复|回复)|再答复|追答|追问回复|追问答复|部门))$")   # (or a chip: 群众, 部门)
# ... or with the poster's name after it, the time on the next line ("市民诉求市民 李女士", "承办单位答复<office>")
_ROLE_NAMED = re.compile(r"^(?:((?:网友|市民|群众)?(?:来信|留言|提问|诉求|投诉|咨询))|((?:网友|市民)?追问|补充)|"
                         r"((?:部门|官方|单位|承办单位|办理单位)?(?:答复|回复)|再答复|追答|追问回复|追问答复))"
                         r"(?!时间|日期|单位|部门|机构|内容|意见|结果|情况|人|对象|类型|编号|渠道|方式|进度|状态|问题|要求|金额|完成|发起|已|成功|撤|关闭|审核|受理)"   # (a field's label)
                         r"\s*[^\s:：，。]{1,20}(?:\s[^\s:：，。]{1,12})?$")
# a complaint's party, then its role ("投诉人追问", "被投诉方（<company>）追答"), its time on the next line
_PARTY_ROLE = re.compile(r"^(?:(?:投诉人|消费者|投诉方)(追问|补充|补充说明)|(?:被投诉方|被投诉人|被投诉企业|被投诉单位|商家)"
                         r"(?:[（(][^）)]{1,30}[）)])?(回复|答复|追答|再次回复|二次回复))$")
PARTY_ROLE_LINES = re.compile(_PARTY_ROLE.pattern.replace("$", "\n" + _BARE_STAMP.pattern.lstrip("^")), re.M)
# role chips alone over their turns' bare times: "群众" / "昨天 21:06" … "部门" / "2小时前"
_CHIPS_SPLIT = re.compile(r"^(?:群众|市民)\n(?:[^\n]*\n){1,40}?部门\n(?:" + DATETIME + "|" + RECENT_TIME + r"|\d{1,2}\s*(?:分钟|小时|天)前)$", re.M)
_REPLY_TAG_SPLIT = re.compile(r"^(?:部门|官方|单位|承办单位|办理单位)(?:答复|回复)[^\n]{2,24}\n(?:" + DATETIME + "|" + RECENT_TIME + ")$", re.M)
_ROLE_TAG_SPLIT = re.compile(r"^(?:网友|市民|群众)?(?:来信|留言|提问|诉求|投诉|咨询)[^\n]{0,24}\n" + DATETIME, re.M)
# a turn's heading over its poster's stamp ("网友留言" / "桂园老住户 · 昨天 20:15")
_REL_STAMP = r"(?:" + DATETIME + "|" + RECENT_TIME + r"|\d{1,2}\s*(?:分钟|小时|天)前)"
_POSTER_STAMP = re.compile(r"^(?!已编辑|编辑于|修改于|更新于)[^\s:：，。]{1,20}(?:\s[^\s:：，。]{1,12})?\s*(?:[·•|｜]\s*)?" + _REL_STAMP
                           + r"(?:\s*[·•|｜]\s*(?:[\u4e00-\u9fff]{2,8}|来自\s*\S{1,16}(?:\s\S{1,8})?))?$")   # (the poster's
# district after it, "· 鹭滨区", or the client, "· 来自 澜川12345 App")
# an office's reply stamp with its role after it ("某某分局官方3小时前 · 承办单位回复")
OFFICE_STAMP_ROLE = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:局|委|办|厅|部|院|政府|委员会|办公室|中心|办事处|管委会|街道|大队|中队)"
                               r"\s*(?:官方)?\s*" + _REL_STAMP + r"\s*[·•|｜]\s*(?:承办单位|承办部门|部门|官方|单位)?(?:回复|答复)$")
# an office's reply tag over its time alone ("鹭滨区城市管理局官方回复" / "2022-07-06 17:20")
UNIT_REPLY_SPLIT = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:局|委|办|厅|部|院|政府|委员会|办公室|中心|办事处|管委会|街道|大队|中队)"
                              r"(?:官方)?(?:回复|答复)\n" + DATETIME + "$", re.M)
# the office's name with its "官方" badge over the reply's stamp and "回复" ("檀溪市城市管理局官方" / "07-14 10:03 回复")
OFFICIAL_OVER_STAMP = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}(?:局|委|办|厅|部|院|政府|委员会|办公室|中心|办事处|管委会|街道|大队|中队)"
                                 r"\s*官方\n(?:" + DATETIME + r"|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d)(?::\d\d)?\s*(?:回复|答复)$", re.M)
_POSTER_DAY_STAMP = re.compile(r"^[^\s:：，。]{1,20}(?:\s[^\s:：，。]{1,12})?\s*(?:[·•|｜]\s*)?[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d$")   # (year-less)
_HEAD_OVER_STAMP = re.compile(r"^(?:网友|市民|群众|我的)(?:诉求|留言|来信|反映|提问)\n[^\n]{1,40}" + _REL_STAMP + "$", re.M)
_FOLLOW_WORD = re.compile(r"^(?:网友|市民)?(?:追问|补充)")
_ROLE_ASK_LINES = re.compile(_ROLE_ASK_HEAD.pattern, re.M)
# the asker's name before the role word ("林**来信2024-09-18 16:05", "网友Kx8***留言 …")
_NAMED_ASK = re.compile(r"^[^\s:：，。]{1,12}?\s*(?:来信|留言|提问|咨询|投诉|反映)于?\s*" + DATETIME + r"(?::\d\d)?$", re.M)
# (the page-wide check looks for the role word and its time first, then at the line's start: faster)
_NAMED_ASK_TAIL = re.compile(r"(?:来信|留言|提问|咨询|投诉|反映)于?\s*(?:19|20)\d\d(?:[-/.]|年)")


def named_ask_in(short: str) -> bool:
    """A "林**来信2024-09-18 16:05" line among the page's short lines (joined by newlines)."""
    for m in _NAMED_ASK_TAIL.finditer(short):
        start = short.rfind("\n", 0, m.start()) + 1
        end = short.find("\n", m.start())
        if _NAMED_ASK.match(short[start:end if end >= 0 else len(short)]):
            return True
    return False
_ROLE_REPLY_LINES = re.compile(_ROLE_REPLY_HEAD.pattern, re.M)
# a formal reply's heading ("某某局 信访事项处理意见书", "…答复书"): the reply follows
# a reply document's number on a line of its own ("望城信受〔2022〕第047号"): no words of it
DOC_NUMBER = F.DOC_NUMBER
_REPLY_DOC = re.compile(r"(?:处理意见书|答复意见书|答复书|答复意见|复查意见书|告知书|答复函)\s*[:：]?$|"
                        r"^\S{2,30}关于\S{4,60}的(?:答复|回复|复函)$|"   # ("某某局关于市民来信反映…问题的答复")
                        r"^(?:办理|处理)?(?:答复|回复)(?:意见|内容|情况)?\s*\S{1,12}[〔\[（(](?:19|20)\d\d[〕\]）)]\d+号")   # ("办理答复岚城管函〔2019〕58号 …")
_POSTER = re.compile(r"(?:作者|發帖人|发帖人|回帖人)\s*[:：]")
# the reply's place saying the letter is still being handled ("承办单位正在办理，…")
BEING_HANDLED = r"^\W?(?:承办单位|承办部门|部门)?(?:正在|尚在)(?:办理|处理)"
_NO_REPLY = re.compile(r"^\W?该?(?:诉求|留言|信件|来信|问题|问政|工单|事项|投诉|咨询|件)?(?:正在|尚在|仍在)(?:办理|处理|受理)中|^\W?(?:暂无|暂未)(?:办理结果|回复|答复|处理结果)|"
                       r"^\W?您的(?:留言|诉求|来信|信件|投诉|咨询)已(?:受理|转交|转|交由|提交).{0,30}?(?:将在|将于|会在|预计).{0,20}?(?:答复|回复|处理)|"
                       # (forwarded, no answer yet: "[ 追问已转至回复单位，等待回复 ]", "该投诉已转…处理，尚未回复",
                       # "追问已转承办单位办理，请耐心等待。")
                       r"^\W*该?(?:追问|留言|诉求|投诉|信件|来信|问题)?已转(?:至|交)?.{0,40}?(?:(?:等待|待)(?:回复|答复)|"
                       r"(?:尚未|暂未|暂无)(?:回复|答复)|(?:办理|处理)[，,]\s*(?:正在(?:办理|处理)中[，,]\s*)?请耐心等待)|"
                       # (being handled: "承办单位正在处理，办结后将…通知您", "承办单位正在办理，暂无答复。…")
                       + BEING_HANDLED + r".{0,6}[，,]\s*(?:暂无(?:答复|回复)|.{0,20}(?:后将|后会))|"
                       r"^\W?该?(?:信件|诉求|留言|来信)已于.{0,30}转交.{0,30}暂无(?:答复|回复)|"   # ("该信件已于…转交…，暂无答复")
                       r"^\W?(?:办理)?状态\W{0,2}.{0,40}?(?:尚未|暂未)(?:回复|答复)")   # ("【办理状态】已转交…，目前尚未回复")


def _closing_line(t: str) -> bool:
    """A reply's 落款 below its text: the issuing body or the date, on a line of its own."""
    return bool(ISSUER_LINE.match(t) or SIGNED_DATE.match(t))


SCAN = 800     # blocks looked at: the message and its replies are near the top
LABEL_LEN = 100


_LABEL_CELL = re.compile(r"^[\u4e00-\u9fff]{2,8}\s*[:：]?$")


_CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")


def _field(b: Block, in_text: bool) -> bool:
    """A labelled field (工单编号：…, 留言类型：投诉): a short label line without a sentence mark, in a
    table cell or list, or before any text of the turn (联系电话：… inside a reply's text is text)."""
    t = b.text
    if b.tag == "dd" and len(t) <= 40 and b.owner.getprevious() is not None and b.owner.getprevious().tag == "dt" \
            and len(text_content(b.owner)) <= 40:
        return True   # a short value beside its label (<dt>留言标题：</dt><dd>…</dd>)
    prev = b.owner.getprevious() if b.tag == "td" else None
    if prev is not None and prev.tag in ("th", "td") and len(t) <= 100 and (
            len(t) <= 40 and not SENT_PUNCT.search(t) and _LABEL_CELL.match(text_content(prev).strip())
            and len(text_content(b.owner)) <= 2 * len(t) + 40   # (not a line of a turn's text in the cell)
            or F.TITLE_CELL_RE.match(text_content(prev).strip())):
        return True   # likewise in a table row (<th>承办单位</th><td>…</td>, <th>诉求标题</th><td>…，…</td>)
    if len(t) <= 60 and len(b.owner) and b.owner[0].tag in ("span", "b", "label", "em", "strong", "i") \
            and (len(b.owner) >= 2 or (b.owner[0].tail or "").strip()) and not SENTENCE_END.search(t):
        label = (b.owner[0].text or "").strip()   # <span class="k">事件位置</span><span class="v">…</span>,
        # <label>办结时间</label>2025-08-21 09:40:52
        if 2 <= len(label) <= 6 and t.startswith(label) and _CJK_WORD.fullmatch(label) and len(t) > len(label):
            return True
    if b.tag == "div" and len(t) <= 40 and (prev := b.owner.getprevious()) is not None and prev.tag == "div" \
            and len(prev) == 0 and _LABEL_CELL.match((prev.text or "").strip()) and not SENT_PUNCT.search(t):
        return True   # a grid's value beside its label (<div class="k">处置时限</div><div class="v">24小时（…）</div>)
    return (len(t) <= 60 and _LABEL_LINE.match(t) is not None
            and (b.punct == 0 or not SENT_PUNCT.search(_DIGIT_GROUP.sub("", t)))   # 浏览：1,208
            and (not in_text or b.tag in ("td", "th", "li", "dd", "dt")))


# a step of the hotline's progress line: "11-17 09:02 派发至某某区城市管理局"
_STEP = re.compile(r"^\s*(?:(?:19|20)\d\d-)?\d{1,2}-\d{1,2}\s+\d{1,2}:\d\d(?::\d\d)?\s+[^，。！？；]{2,30}$")


def _prose(b: Block, in_text: bool = False) -> bool:
    t = b.text
    return (not b.noise_forum and not _STEP.match(t) and len(t) >= 8 and b.link_len <= 0.3 * len(t) and (b.punct > 0 or len(t) >= 20
                                                                                  or (in_text and _LABEL_LINE.match(t)))
            and not _field(b, in_text) and b.tag not in HEADINGS and not _DISCLAIMER.search(t) and not _NO_REPLY.match(t)
            and not F.is_boilerplate(t))


_NODE_YEARLESS = re.compile(r"^[\u4e00-\u9fff（）()]{2,30}\s*[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d$")   # (a timeline's node)


def _when(blocks: list[Block], i: int, now: datetime) -> datetime | None:
    """The date on a label line, or in the next cell when the label stands alone (留言时间 | 2026-…),
    or in the cell under a header cell."""
    if blocks[i].tag == "th" and len(blocks[i].text) <= 8 and (value := column_value(blocks[i])):
        for m in iter_dates(value, now, allow_noyear=False):
            return m.dt
    for b in blocks[i:i + 2]:
        for m in iter_dates(b.text, now, allow_noyear=False):
            return m.dt
    if _REPLY_BARE.match(blocks[i].text):   # "某某局11-14 10:05": a year-less stamp, this year's
        for m in iter_dates(blocks[i].text, now, allow_noyear=True):
            return m.dt
    if i + 1 < len(blocks) and _YEARLESS.match(blocks[i + 1].text) and _TIME_LABEL.search(blocks[i].text):
        for m in iter_dates(blocks[i + 1].text, now, allow_noyear=True):
            return m.dt
    if _LABELLED_YEARLESS.search(blocks[i].text) or _NODE_YEARLESS.match(blocks[i].text):   # ("上报时间11-18 08:14",
        # "发起投诉10-12 08:47": this year's)
        for m in iter_dates(blocks[i].text, now, allow_noyear=True):
            return m.dt
    return None


# a turn's icon letter alone on its line, over the words ("问" … "答"), the stamp under them
_QA_ICON = re.compile(r"^(?:(问|問)|(答))$")
QA_ICONS = re.compile(r"^(?:问|問)\n(?:[^\n]*\n){0,30}?答$", re.M)


# a timeline's stamp over the turn's role and its poster ("2023年4月6日 星期四 09:12" / "咨询申请人：陈**",
# "答复某某局 登记注册处", "追问申请人：陈**"): the stamp may carry its weekday
DAY_CLOCK = re.compile("^" + DAY_TEXT + r"\s*" + CLOCK_TEXT + "$")
# a poster's stamp line under the name, perhaps with the district or the client after it ("11-18 21:06 · 来自 …")
STAMP = r"(?:" + DATETIME + "|" + RECENT_TIME + r"|[01]?\d-[0-3]?\d\s+[0-2]?\d:[0-5]\d)"
_STAMP_TAIL = r"(?:\s*[·•|｜]\s*(?:来自\s*\S{1,20}|[\u4e00-\u9fff]{2,8}(?:[/／][\u4e00-\u9fff]{2,8})?))?$"   # (the client
# after it, or the report's category: "· 市容环境/店外经营")
STAMP_LINE = re.compile(r"^" + STAMP + _STAMP_TAIL)
# ... relative, without a clock ("3天前 · 市容环境/店外经营": a 随手拍 card's, its answer headed "处置结果")
RELATIVE_STAMP_LINE = re.compile(r"^(?:\d{1,2}\s*(?:分钟|小时|天)前|刚刚)" + _STAMP_TAIL)
RESULT_HEADS = ("处置结果", "处理结果", "办理结果")
STAMPED_ROLE = re.compile(r"^(?:(?:网友|市民|群众|用户)?(咨询|留言|来信|提问|投诉|诉求|反映)|(?:网友|市民|群众|用户)?(追问|补充)|"
                           r"(?:部门|官方|单位|承办单位)?(答复|回复|回应|追答))(?:申请人|人)?\s*[:：]?\s*"
                           r"(?!时间|日期|单位|部门|机构|内容|意见|结果|情况|对象|类型|编号|渠道|方式|详情|进度|状态|完成|发起|已|成功|撤|关闭|审核|受理)[^\s:：，。]{1,24}(?:\s[^\s:：，。]{1,12})?$")
# a platform's step under a timeline's stamp, the party after it ("平台受理<platform>", "部门签收<office>"): its
# note ("您的问政已受理…") is nobody's words
STAMPED_STEP = re.compile(r"^(?:(?:平台|部门|单位|系统)(?:受理|签收|转办|交办|派单|分派|审核通过|审核|办结|立案|延期)|"
                          r"(?:投诉|诉求|工单|案件)已(?:转交|分配|转办|受理|派单)\s*[:：]?)"
                          r"(?:(?!时间|日期|单位|部门|机构|意见|结果|情况|编号|状态|人|期限)[\u4e00-\u9fff（）()]{2,24})?$")
STAMP_OVER_ROLE = re.compile(r"^(?:19|20)\d\d[^\n]{4,16}[0-2]?\d:[0-5]\d(?::[0-5]\d)?\n(?:网友|市民|群众|用户)?(?:咨询|留言|来信|提问|投诉|诉求|反映)"
                             r"(?:申请人|人)?\s*[:：]?[^\n]{1,30}\n(?:[^\n]*\n){1,30}?(?:19|20)\d\d[^\n]{4,16}[0-2]?\d:[0-5]\d"
                             r"(?::[0-5]\d)?\n(?:部门|官方|单位|承办单位)?(?:答复|回复|回应)", re.M)   # ("网友提问qf_1***", "部门回复<office>")


def stamp_above(blocks: list[Block], i: int) -> bool:
    """A bare stamp on the line above ``i`` (a timeline's stamp over the turn's role line)."""
    return i > 0 and len(blocks[i - 1].text) <= 24 and (_BARE_STAMP.match(blocks[i - 1].text) is not None
                                                        or DAY_CLOCK.match(blocks[i - 1].text) is not None)


def _role_tag(blocks: list[Block], i: int) -> str | None:
    """"ask" or "reply" for a role word alone (留言, 回复, 追问) over a bare "name <time>" line, an
    icon's letter ("问", "答") over the turn's words, or a role line under a bare stamp."""
    if i + 1 >= len(blocks):
        return None
    if stamp_above(blocks, i) and (m := STAMPED_ROLE.match(blocks[i].text)) is not None \
            and (_prose(blocks[i + 1]) or _SALUTATION.match(blocks[i + 1].text)):
        return "reply" if m.group(3) else "ask"
    m = _QA_ICON.match(blocks[i].text)
    if m is not None:
        return ("ask" if m.group(1) else "reply") if _prose(blocks[i + 1]) or _SALUTATION.match(blocks[i + 1].text) else None
    if len(blocks[i].text) <= 40 and _UNIT_REPLY.match(blocks[i].text) and _BARE_STAMP.match(blocks[i + 1].text):
        return "reply"   # the office's reply tag over its time ("鹭滨区城市管理局官方回复" / "2022-07-06 17:20")
    if len(blocks[i].text) <= 40 and OFFICIAL_OVER_STAMP.match(blocks[i].text + "\n" + blocks[i + 1].text):
        return "reply"   # "某某局官方" over "07-14 10:03 回复"
    if len(blocks[i].text) <= 60 and OFFICE_STAMP_ROLE.match(blocks[i].text):
        return "reply"   # "某某分局官方3小时前 · 承办单位回复" over the reply
    if len(blocks[i].text) <= 40 and (m := _PARTY_ROLE.match(blocks[i].text)) and _BARE_STAMP.match(blocks[i + 1].text):
        return "reply" if m.group(2) else "ask"   # a complaint's party and its role over the time ("被投诉方（<company>）回复")
    m = _ROLE_WORD.match(blocks[i].text)
    if m is None:   # the role word with a name, its time alone on the next line
        m = _ROLE_NAMED.match(blocks[i].text) if len(blocks[i].text) <= 32 else None
        return None if m is None or not _BARE_STAMP.match(blocks[i + 1].text) else "reply" if m.group(3) else "ask"
    if not NAME_STAMP.match(blocks[i + 1].text) and not _BARE_STAMP.match(blocks[i + 1].text) and not (
            i + 2 < len(blocks) and ISSUER_LINE.match(blocks[i + 1].text) and _BARE_STAMP.match(blocks[i + 2].text)):
        # (over a "name <time>" line, its time alone, or the office's name with its time below)
        return None
    return "reply" if m.group(3) else "ask"


def column_value(b: Block) -> str | None:
    """The text of the cell under a header cell, in the table's next row (a letter's fields as a header
    row over a value row: "信件编号 | 主题 | 来信日期" over "JZ… | 建议… | 2020-05-21 07:58")."""
    cell = b.owner
    row = cell.getparent()
    if cell.tag not in ("th", "td") or row is None or row.tag != "tr":
        return None
    cells = [c for c in row if c.tag in ("th", "td")]
    below = row.getnext()
    while below is not None and below.tag != "tr":
        below = below.getnext()
    if below is None or cell not in cells:
        return None
    under = [c for c in below if c.tag in ("th", "td")]
    after = below.getnext()
    while after is not None and after.tag != "tr":
        after = after.getnext()
    if len(under) != len(cells) or len(cells) < 3 or any(c.tag != "th" for c in cells) or any(c.tag != "td" for c in under) \
            or after is not None and any(c.tag == "td" for c in after):
        return None   # (a header row of three or more <th> over one row of <td>: not label | value pairs, not a
        # list of other letters)
    return norm_ws(text_content(under[cells.index(cell)]))


def _valued(blocks: list[Block], i: int) -> bool:
    """A time label with its time, on its line or the next, or in the cell under it: not a list's
    column head ("受理日期")."""
    if blocks[i].tag == "th" and (value := column_value(blocks[i])) and any(True for _ in iter_dates(value, allow_noyear=False)):
        return len(blocks[i].text) <= 8
    return any(True for k in (i, i + 1) if k < len(blocks) for _ in iter_dates(blocks[k].text, allow_noyear=False)) \
        or i + 1 < len(blocks) and _TIME_LABEL.search(blocks[i].text) is not None and _YEARLESS.match(blocks[i + 1].text) is not None \
        or _LABELLED_YEARLESS.search(blocks[i].text) is not None   # ("上报时间11-18 08:14")


# a year-less stamp alone in the cell after its label ("提交时间" | "11-17 20:41"): this year's
_YEARLESS = re.compile(r"^[01]?\d[-/][0-3]?\d\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?$")
_LABELLED_YEARLESS = re.compile(r"(?:时间|日期)\s*[:：]?\s*[01]?\d[-/][0-3]?\d\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?$")
