"""Seed files of the demo corpus: parsing `seeds_news.txt`, `seeds_more.txt` and `pools.txt`
into `Seed` records, plus the generic forum replies used to pad threads.

Seed file format: a `=== key | kind | label | topic | district` header (or `=== pool | topic`,
`=== close | label`) followed by `T:` title, `L:` lead, `P:` paragraph and `R:` reply lines.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent


@dataclass
class Seed:
    key: str
    kind: str  # news | release | forum | irr | pool | close
    label: str
    topic: str | None
    district: str | None
    titles: list[str] = field(default_factory=list)
    lead: str = ""
    paras: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)


def _parse_seed_file(path: Path) -> list[Seed]:
    seeds: list[Seed] = []
    cur: Seed | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("==="):
            parts = [p.strip() for p in line[3:].split("|")]
            if parts[0] in ("pool", "close"):
                cur = Seed(parts[0] + ":" + parts[1], parts[0], parts[1] if parts[0] == "close" else "neutral",
                           parts[1] if parts[0] == "pool" else None, None)
            else:
                key, kind, label, topic, district = (parts + ["-"] * 5)[:5]
                cur = Seed(key, kind, label, None if topic == "-" else topic,
                           None if district == "-" else district)
            seeds.append(cur)
            continue
        tag, _, text = line.partition(":")
        text = text.strip()
        assert cur is not None, line
        if tag == "T":
            cur.titles.append(text)
        elif tag == "L":
            cur.lead = text
        elif tag == "P":
            cur.paras.append(text)
        elif tag == "R":
            cur.replies.append(text)
        else:
            raise ValueError(f"bad seed line: {raw!r}")
    return seeds


@functools.lru_cache(maxsize=1)
def load_seeds() -> dict[str, list[Seed]]:
    out: dict[str, list[Seed]] = {}
    for name in ("seeds_news.txt", "seeds_more.txt", "pools.txt"):
        for s in _parse_seed_file(HERE / name):
            out.setdefault(s.kind, []).append(s)
    return out


# Generic forum replies, by the thread's label (plus "any").
GENERIC_REPLIES = {
    "any": [
        "顶一下。", "mark，坐等后续。", "路过，看看。", "前排围观。", "本地人表示确实是这样。",
        "楼主说的是哪一段？我每天都路过。", "有图有真相，没图说个啥。", "这事我朋友圈也看到了。",
        "关注一下，希望有个结果。", "支持楼主，顶上去。", "同城的进来看看。", "这个帖子要火。",
        "沙发被抢了，板凳也行。", "已收藏。", "这种事情每个城市都有，别太激动。",
    ],
    "negative": [
        "又是这样，每次都是说调查调查，然后就没下文了。", "投诉了也没用，我已经放弃了。",
        "希望有关部门能认真对待，不要应付了事。", "执法要讲规矩，不是谁嗓门大谁有理。",
        "媒体曝光了才有人管，平时打电话都没用。", "说句公道话，基层也难，但错了就是错了。",
        "建议直接打12345，留好录音。", "别洗了，事实摆在眼前。", "我也遇到过类似的情况，最后不了了之。",
    ],
    "positive": [
        "正能量，点赞！", "这才是为人民服务。", "好人一生平安。", "给这位队员点赞，应该表扬。",
        "看到这种帖子心里暖暖的。", "城管也有温情的一面。", "这样的事多报道一些。",
    ],
    "neutral": [
        "这个要具体看情况，各区规定不太一样。", "可以打12319城管热线问问，比在这里问靠谱。",
        "楼主可以去区政务服务中心咨询。", "我上次也是这个问题，后来问清楚就好办了。",
        "规定是规定，执行是执行，两码事。", "有懂法律的来说说吗？", "学习了，长知识。",
    ],
}


def slotted(seed: Seed) -> bool:
    """Seeds whose headline names a place can be instantiated once per district."""
    return any(re.search(r"\{(d|road|s|dshort)\}", t) for t in seed.titles)
