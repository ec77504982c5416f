"""The demo 留言板 (/lyb/): residents' messages to officials with the units' replies.

Messages are answered in time, answered late, or unanswered (one of those is answered in edition 2,
so a re-check sees the reply arrive). ``/lyb/list_N.html`` lists 10 a page; ``/lyb/msg/ID.html``
shows one message with its reply block, or 暂无回复.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from demosites.render_common import Response, esc, page

PER_PAGE = 10


@dataclass
class Message:
    id: int
    title: str
    text: str
    author: str
    district: str
    topic: str
    posted_at: datetime
    reply_unit: str | None = None
    reply_after: timedelta | None = None     # None: unanswered
    reply_text: str = ""
    reply_from_edition: int = 1

    def replied(self, edition: int) -> bool:
        return self.reply_after is not None and edition >= self.reply_from_edition


_SPECS = [  # (title, district, topic, days ago, reply after hours (None = none), edition of reply)
    ("鼓楼大街夜市油烟扰民，晚上无法开窗", "西城区", "油烟扰民", 30, 20, 1),
    ("湖滨路人行道被占道经营堵死", "东湖区", "占道经营", 25, 50, 1),
    ("江北大道渣土车夜间抛洒严重", "北江区", "渣土运输", 22, 300, 1),          # late: 12.5 days
    ("桃源路小区楼顶违建无人管", "南山区", "违法建设", 20, None, 1),         # unanswered 20 days
    ("科技大道共享单车乱停放", "江州经开区", "共享单车", 18, 30, 1),
    ("青石镇中心街早市摊贩占道", "青石县", "占道经营", 16, 320, 1),          # late
    ("解放路广告牌摇摇欲坠存在隐患", "西城区", "户外广告", 12, None, 1),       # unanswered 12 days
    ("码头路烧烤摊噪音扰民到凌晨", "北江区", "噪音扰民", 9, 26, 1),
    ("望湖路垃圾分类亭长期满溢", "东湖区", "市容环卫", 6, 70, 1),
    ("石桥街违停车辆堵塞消防通道", "南山区", "违停", 4, None, 1),
    ("文昌路流动摊贩堵门", "西城区", "占道经营", 3, 100, 2),                  # answered in edition 2
    ("滨江北路便民疏导点什么时候开放", "北江区", "便民疏导点", 1, None, 1),
]
_AUTHORS = ["市民王先生", "匿名网友", "湖滨住户", "李女士", "网友 jz2026", "张先生", "热心市民", "业主代表",
            "陈女士", "匿名", "赵先生", "刘女士"]


def board_messages(anchor: datetime) -> list[Message]:
    out = []
    for i, (title, district, topic, days, hours, ed) in enumerate(_SPECS):
        posted = (anchor - timedelta(days=days)).replace(hour=8 + i % 10, minute=(7 * i) % 60)
        unit = f"{district}城管执法大队" if hours is not None else None
        out.append(Message(
            9001 + i, title, f"{title}。反映多次，希望江州城管尽快处理。地点在{district}。", _AUTHORS[i], district,
            topic, posted, unit, timedelta(hours=hours) if hours is not None else None,
            f"您好，您反映的“{title}”问题已收悉，{unit or ''}已安排执法队员到现场核查处理，感谢您的监督。", ed))
    return out


def _status(m: Message, edition: int) -> str:
    return "已回复" if m.replied(edition) else "办理中"


def board_list(messages: list[Message], edition: int, page_no: int) -> Response | None:
    shown = sorted(messages, key=lambda m: m.posted_at, reverse=True)
    pages = max(1, (len(shown) + PER_PAGE - 1) // PER_PAGE)
    if not 1 <= page_no <= pages:
        return None
    rows = "".join(
        f'<tr><td><a href="/lyb/msg/{m.id}.html">{esc(m.title)}</a></td><td>{esc(m.district)}</td>'
        f'<td class="status">{_status(m, edition)}</td><td>{m.posted_at:%Y-%m-%d}</td></tr>'
        for m in shown[(page_no - 1) * PER_PAGE: page_no * PER_PAGE])
    nav = "".join(f'<a href="/lyb/list_{n}.html">{n}</a> ' for n in range(1, pages + 1))
    return page(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>江州市民留言板 - 城市管理</title></head>
<body><h1>江州市民留言板 · 城市管理</h1><table class="list"><tr><th>标题</th><th>区县</th><th>状态</th><th>留言时间</th></tr>
{rows}</table><div class="pager">{nav}</div></body></html>""")


def board_message(m: Message, edition: int, no_reply_block: bool = False) -> Response:
    if m.replied(edition):
        at = m.posted_at + m.reply_after
        reply = (f'<div class="reply"><h3>回复内容</h3><p>回复单位：{esc(m.reply_unit)}</p>'
                 f'<p>回复时间：{at:%Y-%m-%d %H:%M}</p><div class="reply-text">{esc(m.reply_text)}</div></div>')
    else:
        reply = "" if no_reply_block else '<div class="reply"><h3>回复内容</h3><p>暂无回复</p></div>'
    return page(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(m.title)} - 江州市民留言板</title></head>
<body><div class="message"><h1>{esc(m.title)}</h1>
<p>留言人：{esc(m.author)}</p><p>留言时间：{m.posted_at:%Y-%m-%d %H:%M}</p>
<p>所属区县：{esc(m.district)}</p><p>留言类别：{esc(m.topic)}</p><p>办理状态：{_status(m, edition)}</p>
<div class="msg-text">{esc(m.text)}</div></div>
{reply}</body></html>""")
