"""Every label a user sees, in one place: web pages, CLI output, docx and reports all read it.

Internal values (``negative``, ``staff``, ``live`` …) stay English in code and in the archive;
this module turns them into the office's words. Add a new capability's labels here, in a section
of its own, rather than a dict in the module that prints them.
"""

from __future__ import annotations

from datetime import datetime

# --- sentiment -------------------------------------------------------------------------------
SENTIMENT = {"negative": "负面", "positive": "正面", "neutral": "中性"}
SENTIMENT_ORDER = ("negative", "positive", "neutral")
UNTAGGED = "未标注"

# --- people --------------------------------------------------------------------------------
ROLES = {"admin": "管理员", "staff": "宣传干事", "reviewer": "科长", "leader": "领导"}
DEFAULT_ROLE = "staff"   # what the add-account form offers first: the least privileged role

# --- clippings -----------------------------------------------------------------------------
KINDS = {"news": "新闻", "forum": "论坛", "complaint": "留言"}
PAGE_STATUS = {"live": "正常", "changed": "已更新", "deleted": "来源已删除"}
CORRECTION_SCOPES = {"story": "同一报道", "item": "仅本条"}
BRIEFING_STATUS = {"draft": "草稿", "submitted": "待审核", "reviewed": "待签发", "signed": "已签发"}


def sentiment_label(value: str | None) -> str:
    """负面 / 正面 / 中性, or 未标注 for an untagged item."""
    return SENTIMENT.get(value or "", UNTAGGED)


def label(table: dict[str, str], value: str | None) -> str:
    """``table[value]``, or the value itself when the table does not know it (never raises)."""
    if value is None:
        return "—"
    return table.get(value, value)


def beijing(value: str | datetime | None, *, seconds: bool = False) -> str:
    """A timestamp as the office reads it: ``2026-11-25 20:33`` in Beijing time; ``—`` when unknown."""
    from clippings.timeutil import TZ, parse_iso

    if not value:  # None, "" or a template's undefined value
        return "—"
    dt = parse_iso(value) if isinstance(value, str) else value
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=TZ)
    return dt.astimezone(TZ).strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


# --- crawl runs ------------------------------------------------------------------------------
CRAWL_COUNTERS = {
    "pages_fetched": "抓取", "not_modified": "未修改", "new": "新增", "updated": "更新",
    "unchanged": "未变", "duplicates": "重复", "irrelevant": "无关", "deleted": "删除",
}
CRAWL_ERRORS = {
    "http_404_410": "页面不存在(404/410)", "http_4xx": "其他4xx", "http_5xx": "服务器错误(5xx)",
    "timeout": "超时", "oversize_or_cancelled": "超大页面/取消", "robots_disallowed": "robots.txt 禁止",
    "binary_or_non_html": "非网页内容", "unusable_page": "无法抽取", "spider_error": "解析异常",
    "gave_up_after_retries": "重试后放弃", "page_failed": "处理失败(下次重抓)",
    "meta_refresh_unfollowable": "跳转到非网页地址", "disk_full": "磁盘已满",
    "render_unavailable": "浏览器不可用(未抓取)",
}
RUN_STATUS = {"running": "进行中", "finished": "已完成", "failed": "失败", "interrupted": "被中断"}
FINISH_REASONS = {
    "finished": "正常结束", "shutdown": "被停止", "cancelled": "被取消", "closespider_timeout": "超时结束",
    "closespider_itemcount": "达到条数上限", "closespider_pagecount": "达到页数上限",
    "closespider_errorcount": "错误过多", "memusage_exceeded": "内存超限",
    "render_unavailable": "未抓取：本机没有浏览器",
}

# --- audit log -------------------------------------------------------------------------------
AUDIT_ACTIONS = {
    "correct": "更正研判", "briefing_pin": "快讯置顶", "briefing_exclude": "不予编发", "briefing_reset": "恢复默认",
    "briefing_submit": "快讯送审", "briefing_review": "审核快讯", "briefing_return": "退回快讯",
    "briefing_sign": "签发快讯", "briefing_withdraw": "撤回签发", "briefing_notes": "快讯编者按/研判", "user_add": "添加账号", "user_enable": "启用账号",
    "user_disable": "停用账号", "user_password": "修改密码", "login": "登录", "logout": "退出",
    "source_add": "添加信息源", "source_edit": "修改信息源", "source_pause": "暂停信息源", "source_resume": "恢复信息源",
}
OPERATORS = {"cli": "命令行", "system": "系统", "daily": "每日任务"}
DETAIL_FIELDS = {
    "sentiment": "倾向", "topics": "话题", "district": "区县", "note": "说明", "role": "角色", "ip": "地址",
    "date": "日期", "number": "期号", "reason": "原因", "comment": "意见", "fields": "修改项", "title": "名称",
    "kind": "类型", "scope": "范围", "reposts": "一并更正的转载", "story": "报道", "bulk": "批量更正",
}


def operator_label(username: str | None) -> str:
    """Who did it: an account name, or 命令行 / 系统 for actions not made in the web app."""
    return OPERATORS.get(username or "", username or "—")


def _detail_value(key: str, value) -> str:
    if value is None or value == "" or value == []:
        return "（无）"
    if isinstance(value, (list, tuple)) and key != "fields":
        return "、".join(_detail_value(key, v) for v in value)
    if key == "sentiment":
        return sentiment_label(value)
    if key == "role":
        return ROLES.get(value, value)
    if key == "fields":
        return "、".join(SOURCE_FIELDS.get(v, v) for v in value) if isinstance(value, list) else str(value)
    if key == "kind":
        return SOURCE_KIND_NAMES.get(value, value)
    if key == "scope":
        return CORRECTION_SCOPES.get(value, value)
    if value is True:
        return "是"
    if isinstance(value, dict):
        return "；".join(f"{DETAIL_FIELDS.get(k, k)} {_detail_value(k, v)}" for k, v in value.items())
    return str(value)


def describe_audit(action: str, detail: dict | None) -> str:
    """An audit entry's detail as a sentence (``倾向：负面 → 中性；说明：摊主称被推搡``), never a raw dict."""
    detail = dict(detail or {})
    parts = []
    before, after = detail.pop("from", None), detail.pop("to", None)
    if isinstance(after, dict):
        before = before if isinstance(before, dict) else {}
        for key, new in after.items():
            parts.append(f"{DETAIL_FIELDS.get(key, key)}：{_detail_value(key, before.get(key))} → {_detail_value(key, new)}")
    for key, value in detail.items():
        if value in (None, "", [], {}):
            continue
        parts.append(f"{DETAIL_FIELDS.get(key, key)}：{_detail_value(key, value)}")
    return "；".join(parts)


def correction_value(field: str, value: str | None) -> str:
    """A corrected field's old or new value as stored (JSON list for topics) in the office's words."""
    import json

    if value in (None, "", "[]"):
        return "—"
    if field == "sentiment":
        return sentiment_label(value)
    if field == "topics":
        try:
            items = json.loads(value)
        except ValueError:
            return value
        return "、".join(map(str, items)) if isinstance(items, list) else str(items)
    return value


# --- sources (信息源管理) ------------------------------------------------------------------------
SOURCE_KINDS = {"news": "新闻列表", "feed": "RSS/Atom 订阅", "sitemap": "站点地图", "forum": "论坛"}   # (editable on the web)
# every kind a sources.toml may hold, as shown to people (search and board sources are set up in the file)
SOURCE_KIND_NAMES = {**SOURCE_KINDS, "search": "站内搜索", "board": "留言板"}
SOURCE_FIELDS = {
    "name": "配置名", "title": "网站名称", "kind": "类型", "start_urls": "起始网址", "article_links": "文章链接规则",
    "pagination": "翻页规则", "thread_links": "帖子链接规则", "thread_pages": "帖子翻页规则", "deny": "排除规则",
    "district": "所属区县", "encoding": "编码", "max_pages": "最多页数", "max_depth": "最大深度",
    "recheck_days": "复查天数", "own": "本局渠道", "enabled": "启用",
}


# --- hardening: sign-in audit actions and password-policy reasons ---------------------------
LOGIN_AUDIT_ACTIONS = {"login_failed": "登录失败", "login_lockout": "登录锁定", "login_unlock": "解除锁定"}
AUDIT_ACTIONS.update(LOGIN_AUDIT_ACTIONS)
# why a password was refused, by the kind of guessable pattern zxcvbn found in it
WEAK_PASSWORD_REASONS = {
    "dictionary": "是常见密码或常用词语",
    "repeat": "由重复的字符组成",
    "sequence": "是顺序字符（如 12345678、abcdefgh）",
    "spatial": "是键盘上相邻的按键（如 qwertyui）",
    "date": "是日期",
    "regex": "是年份或简单规律",
    "bruteforce": "太简单",
}


# --- 预警 and 处置 (clippings.alerts) -----------------------------------------------------------
ALERT_GRADES = {"low": "一般", "medium": "较大", "high": "重大"}
ALERT_STATES = {"open": "待确认", "acked": "已确认", "closed": "已关闭"}
ALERT_CLOSE_REASONS = {"corrected": "人工更正为非负面", "irrelevant": "标记为无关", "handled": "已处置完毕",
                       "manual": "人工关闭", "replied": "留言已回复"}
NOTIFY_PURPOSES = {"alert": "预警", "escalate": "升级", "overdue": "处置超时"}
NOTIFY_STATES = {"sent": "已送达", "waiting": "待发送", "failing": "发送失败（重试中）"}
ORDER_STATES = {"pending": "待处置", "working": "处置中", "responded": "已回应", "done": "已办结",
                "declined": "不予处置"}
ORDER_OVERDUE = "已超时"
AUDIT_ACTIONS_ALERTS = {"alert_ack": "确认预警", "alert_close": "关闭预警", "order_assign": "派发处置",
                        "order_step": "处置进展", "order_escalate": "超时上报"}
AUDIT_ACTIONS.update(AUDIT_ACTIONS_ALERTS)
DETAIL_FIELDS.update({"alert": "预警", "unit": "责任单位", "from": "原状态", "to": "新状态", "channels": "通道"})


# --- recheck (复查) -------------------------------------------------------------------------
RECHECK_CLASSES = {"alert": "预警/处置中", "negative": "负面信息", "own_repost": "转载本局发布"}
RECHECK_OUTCOMES = {"unchanged": "未变化", "edited": "已修改", "deleted": "已删除", "unreachable": "无法访问"}


# --- review queue (待复核) -------------------------------------------------------------------
REVIEW_REASONS = {"low_score": "把握不大", "disagree": "规则与模型意见不一"}
# --- discovery: search sources, outlets found by search (clippings.discovery) -----------------
CRAWL_ERRORS.update({"search_captcha": "搜索要求验证码", "search_empty": "搜索无结果",
                     "board_no_reply_block": "留言页无回复栏"})
COMPLAINT_STATUS = {"replied": "已回复", "pending": "未回复"}
CLIPPING_KIND_COMPLAINT = KINDS["complaint"]
COMPLAINT_FIGURES = {"group": "范围", "total": "留言数", "replied": "已回复", "reply_rate": "回复率",
                     "median_hours": "回复用时中位数", "p90_hours": "90%留言回复用时", "overdue": "超期未回复"}
OUTLET_COLUMNS = {"domain": "域名", "seen_name": "网页自称", "name": "更名为", "pages": "稿件页数",
                  "last_seen": "最近发现"}
AUDIT_ACTIONS["outlet_rename"] = "网站更名"
# --- publishing: 信息报送, 考核, 月报, 参阅件 (clippings.publishing) -----------------------------
ROLES["reporter"] = "信息员"
SUBMISSION_STATUS = {"submitted": "待审核", "adopted": "已采用", "returned": "退回修改", "rejected": "不予采用"}
SUBMISSION_USES = {"monthly": "月报", "reference": "参阅件", "release": "对外发布"}
MONTHLY_COLUMNS = {"key_news": "要点新闻", "districts": "县区动态", "outside": "八面来风", "frontline": "一线快讯",
                   "style": "城管风采"}
AUDIT_ACTIONS.update({"submission_add": "报送信息", "submission_adopt": "采用信息", "submission_return": "退回信息",
                      "submission_reject": "不予采用信息", "submission_edit": "编辑信息"})
DETAIL_FIELDS.update({"use": "用途", "column": "栏目"})

# --- pages built by script (crawler.rendering) --------------------------------------------------
CRAWL_ERRORS.update({"render_timeout": "渲染超时(按原始页面处理)", "render_failed": "渲染失败(按原始页面处理)",
                     "render_budget_exhausted": "超出渲染页数上限(按原始页面处理)"})
SOURCE_FIELDS.update({"render": "渲染方式", "render_patterns": "需渲染的网址规则", "render_budget": "每次最多渲染页数",
                      "render_timeout": "单页渲染时限(秒)"})
RENDER_MODES = {"plain": "直接抓取", "browser": "浏览器渲染"}
CRAWL_COUNTERS["rendered"] = "浏览器渲染"
# --- 参阅件 and the review chain of 月报 / 参阅件 (clippings.publishing.briefs, .drafts) ---------------
BRIEF_EVENTS = {"first": "首发", "repost": "转载", "own": "本局发布", "reply": "官方回复", "handling": "处置进展",
                "no_handling": "未见预警与处置记录"}
BRIEF_SECTIONS = {"event": "事件概况", "timeline": "传播经过", "sentiment": "舆情走势", "spread": "涉及媒体和区县",
                  "comparable": "同类事件参考", "judgement": "研判", "suggestion": "建议"}
BRIEF_TO_FILL = "（由宣传干事填写）"
DRAFT_KINDS = {"monthly": "城管执法月报", "brief": "参阅件"}
# a draft's 流转 record, step by step (the audit actions that concern the draft itself)
DRAFT_STEPS = {"draft_create": "生成稿件", "draft_notes": "填写研判/建议", "draft_submit": "送审",
               "draft_review": "审核通过", "draft_return": "退回", "draft_sign": "签发"}
AUDIT_ACTIONS.update({"draft_create": "生成月报/参阅件稿", "draft_entry_edit": "编辑月报条目",
                      "draft_entry_remove": "删除月报条目", "draft_notes": "参阅件研判/建议",
                      "draft_submit": "月报/参阅件送审", "draft_review": "审核月报/参阅件",
                      "draft_return": "退回月报/参阅件", "draft_sign": "签发月报/参阅件"})
