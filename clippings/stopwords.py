"""Words too common to say anything about a period's coverage (function words and newsroom filler).

Used wherever the product counts words for people to read (the report's 热词). The project's own
list; extend it rather than keeping another one next to the code that counts.
"""

from __future__ import annotations

STOPWORDS = frozenset("""
的 了 是 在 和 与 及 或 将 对 为 把 被 也 都 就 还 这 那 有 无 不 没 很 更 最 又 再 并 等 中 上 下 里 后 前
从 向 于 以 其 之 个 们 我 你 他 她 它 我们 你们 他们 大家 自己 这个 那个 这些 那些 一个 一些 什么 怎么 如何
为什么 因为 所以 但是 而且 如果 虽然 可以 已经 正在 进行 开展 表示 相关 有关 目前 今年 今天 昨天 日前 近日
记者 报道 通讯员 来源 编辑 责任编辑 原标题 转载 发布 消息 新闻 工作 情况 问题 方面 部门 一些 同时 此外
通过 根据 按照 关于 其中 以及 还是 就是 不是 没有 这样 那样 这里 那里 时候 现在 之后 之前 今后 期间 当天
一 二 三 四 五 六 七 八 九 十 百 千 万 亿 年 月 日 时 分 秒 号 天 次 名 位 条 件 起 家 处 人 元
""".split())
