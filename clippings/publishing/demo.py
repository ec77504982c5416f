"""Demo 信息员 accounts and a month of 信息 (written for the demo city), so ``clippings demo`` shows
信息报送 with items in every state. Idempotent: nothing is added when the demo 信息员 exist."""

from __future__ import annotations

import io
import logging
from pathlib import Path

from clippings import accounts
from clippings.archive import users as user_store
from clippings.publishing import submissions

log = logging.getLogger(__name__)

DEMO_PASSWORD = "jiangzhou-xinxi-2026"
REPORTERS = {
    "东湖信息员": "东湖区城管执法大队", "西城信息员": "西城区城管执法大队", "南山信息员": "南山区城管执法大队",
    "北江信息员": "北江区城管执法大队", "青石信息员": "青石县城管执法大队", "支队信息员": "市城管执法支队",
}

# (reporter, day, hour, title, place, text, review) — review: None (waiting), ("adopt", use, column, higher),
# ("return", comment) or ("reject", reason); day is the day it happened, sent the next day unless noted
ITEMS = [
    ("东湖信息员", 2, 9, "东湖区开展湖滨夜市占道经营整治", "东湖区湖滨街道",
     "11月2日晚，东湖区城管执法大队对湖滨夜市开展占道经营整治，劝导流动摊贩进入便民疏导点经营，"
     "清理占道物品23处，夜市通行秩序明显好转。", ("adopt", "monthly", "districts", True)),
    ("西城信息员", 3, 10, "西城区拆除解放路沿线违规户外广告牌17块", "西城区解放路",
     "11月3日，西城区城管执法大队对解放路沿线存在安全隐患的户外广告牌集中拆除，共拆除17块，"
     "并督促商户按规范重新设置。", ("adopt", "monthly", "frontline", False)),
    ("南山信息员", 4, 8, "南山区石桥街道垃圾分类督导进小区", "南山区石桥街道",
     "11月4日起，南山区城管执法大队联合石桥街道在12个小区开展垃圾分类定时定点督导，"
     "队员在投放点现场指导居民分类投放，发放宣传资料600余份。", ("adopt", "release", None, False)),
    ("北江信息员", 5, 22, "北江区夜查渣土车 查处带泥上路6起", "北江区码头街道",
     "11月5日夜间，北江区城管执法大队联合交警在码头街道设卡夜查渣土运输车辆，查处带泥上路、"
     "未密闭运输6起，督促两处工地完善冲洗设施。", ("adopt", "monthly", "frontline", False)),
    ("支队信息员", 6, 15, "市城管执法支队队员雨中救助晕倒老人", "西城区鼓楼街道",
     "11月6日下午，市城管执法支队队员在鼓楼街道巡查时发现一名老人晕倒在路边，队员立即撑伞遮雨、"
     "拨打急救电话并陪同等候，老人家属送来感谢信。", ("adopt", "monthly", "style", True)),
    ("青石信息员", 7, 9, "青石县开展集镇环境综合整治", "青石县白沙镇",
     "11月7日，青石县城管执法大队在白沙镇开展集镇环境综合整治，清理乱堆乱放，规范沿街店铺经营，"
     "镇容镇貌明显改善。", ("return", "请补充整治的具体数字和群众反映")),
    ("东湖信息员", 9, 10, "东湖区开展共享单车乱停放集中清理", "东湖区东门街道",
     "11月9日，东湖区城管执法大队对东门街道地铁口周边乱停放的共享单车集中清理，共清理车辆320余辆，"
     "约谈运营企业两家。", ("adopt", "monthly", "districts", False)),
    ("西城信息员", 10, 14, "西城区城管队员", "西城区",
     "今天队员们开展了日常巡查工作，情况良好，没有发现问题。", ("reject", "内容过于简单，无新闻要素")),
    ("南山信息员", 11, 20, "南山区整治餐饮油烟扰民", "南山区桃源街道",
     "11月11日，南山区城管执法大队针对群众反映的桃源街道餐饮油烟扰民问题开展专项检查，"
     "责令8家餐饮店清洗油烟净化设施，对1家拒不整改的依法立案。", ("adopt", "reference", None, False)),
    ("北江信息员", 12, 9, "北江区设置早市便民疏导点", "北江区柳林街道",
     "11月12日，北江区在柳林街道设置早市便民疏导点，划定摊位46个，实行定时定点经营，"
     "既方便了群众买菜，又解决了占道问题。", ("adopt", "monthly", "districts", True)),
    ("支队信息员", 13, 16, "市城管执法局召开冬季市容环境整治部署会", "市城管执法局",
     "11月13日，市城管执法局召开冬季市容环境整治部署会，部署占道经营、渣土运输、户外广告等"
     "六项重点整治任务，要求各区大队12月底前完成。", ("adopt", "monthly", "key_news", True)),
    ("青石信息员", 16, 10, "青石县龙潭镇拆除违法建设三处", "青石县龙潭镇",
     "11月16日，青石县城管执法大队依法拆除龙潭镇三处违法建设，面积共计420平方米，"
     "拆除过程平稳有序。", ("adopt", "monthly", "frontline", False)),
    ("东湖信息员", 17, 9, "东湖区城管执法大队开展法治宣传进社区", "东湖区翠柳街道",
     "11月17日，东湖区城管执法大队在翠柳街道开展法治宣传进社区活动，为居民讲解市容管理条例，"
     "现场解答咨询40余人次。", ("return", "请附现场照片，并说明活动主办单位")),
    ("西城信息员", 18, 10, "西城区桂花巷街道实现违停治理常态化", "西城区桂花巷街道",
     "11月18日，西城区城管执法大队在桂花巷街道推行“网格巡查＋劝导”机制，"
     "一周来人行道违停数量下降七成。", ("adopt", "monthly", "districts", False)),
    ("南山信息员", 19, 15, "南山区队员深夜帮助迷路儿童回家", "南山区新塘街道",
     "11月19日晚，南山区城管执法大队队员巡查时发现一名迷路儿童，队员耐心安抚并联系派出所，"
     "半小时后孩子顺利回到家人身边。", ("adopt", "monthly", "style", False)),
    ("北江信息员", 20, 9, "北江区码头街道户外广告整治", "北江区码头街道",
     "11月20日，北江区城管执法大队对码头街道沿街门头招牌开展排查，督促整改破损招牌9块。", None),
    ("支队信息员", 21, 10, "市城管执法支队开展渣土运输专项执法", "江州经开区金港街道",
     "11月21日，市城管执法支队在经开区金港街道开展渣土运输专项执法，检查工地7处、车辆31辆，"
     "查处违规行为5起。", ("adopt", "release", None, False)),
    ("东湖信息员", 23, 9, "东湖区望湖街道清理楼道堆物", "东湖区望湖街道",
     "11月23日，东湖区城管执法大队联合望湖街道清理老旧小区楼道堆物，清运杂物8车，"
     "消除消防安全隐患。", None),
    ("青石信息员", 24, 10, "青石县城管执法大队开展冬季安全巡查", "青石县青石镇",
     "11月24日，青石县城管执法大队对青石镇沿街燃气使用商户开展冬季安全巡查，检查商户37家，"
     "督促整改隐患4处。", None),
]
SENT_LATE = {6: 5}      # item index → days between happening and sending (else 1)


def _photo(seed: int) -> tuple[str, bytes]:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (800, 600), (60 + seed * 7 % 120, 110, 150 + seed * 11 % 90))
    draw = ImageDraw.Draw(img)
    for n in range(6):
        draw.rectangle([40 + n * 120, 420 - n * 40, 120 + n * 120, 560], fill=(230, 220 - n * 20, 200))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return f"现场{seed}.jpg", out.getvalue()


def seed(db, root: Path, month: str = "2026-11") -> int:
    """Create the demo 信息员 and their month of 信息; returns how many 信息 were added (0 if seeded)."""
    if user_store.get_user(db, next(iter(REPORTERS))) is not None:
        return 0
    for name, unit in REPORTERS.items():
        accounts.create_user(db, name, "reporter", DEMO_PASSWORD, by="system", unit=unit)
    added = 0
    for index, (name, day, hour, title, place, text, review) in enumerate(ITEMS):
        reporter = user_store.get_user(db, name)
        sent_day = day + SENT_LATE.get(index, 1)
        fields = {"title": title, "text": text, "place": place, "happened_at": f"{month}-{day:02d} {hour:02d}:00"}
        uploads = [_photo(index)] if index % 3 == 0 else []
        sid = submissions.submit(db, root, reporter, fields, uploads,
                                 submitted_at=f"{month}-{sent_day:02d}T{min(hour + 1, 23):02d}:15:00+08:00")
        added += 1
        if review is None:
            continue
        if review[0] == "adopt":
            submissions.review(db, sid, "adopt", "system", use=review[1], column=review[2], higher_level=review[3])
        else:
            submissions.review(db, sid, review[0], "system", comment=review[1])
    log.info("demo: %d 信息员, %d 信息", len(REPORTERS), added)
    return added
