"""Names of the fictional city: city, bureau and districts come from the shipped config/bureau.toml
(the same gazetteer the tagger uses); roads and the rest are the demo's own."""

from clippings.config import load_profile
from clippings.paths import DEFAULT_CONFIG_DIR

_PROFILE = load_profile(DEFAULT_CONFIG_DIR / "bureau.toml")

CITY = _PROFILE.city
BUREAU = _PROFILE.name
BUREAU_SHORT = _PROFILE.short_name
DISTRICTS = {d.name: list(d.streets) for d in _PROFILE.districts}

ROADS = {
    "东湖区": ["湖滨路", "翠柳巷", "东门大街", "望湖路", "荷花路", "东湖南路"],
    "西城区": ["解放路", "鼓楼大街", "西关路", "桂花巷", "人民西路", "文昌路"],
    "南山区": ["南山大道", "桃源路", "石桥街", "新塘路", "松林路", "学府路"],
    "北江区": ["江北大道", "码头路", "北站路", "柳林路", "滨江北路", "货运路"],
    "江州经开区": ["科技大道", "金港路", "创新路", "园区一路", "港湾大道"],
    "青石县": ["青石镇中心街", "白沙镇老街", "龙潭路", "县府路", "青龙大道"],
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛"
GIVEN = ["晓岚", "建国", "海燕", "志强", "丽华", "文斌", "春梅", "国庆", "秀英", "伟", "静", "磊", "敏", "军",
         "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "霞", "平", "刚", "桂英", "玉兰", "德胜", "子涵",
         "思远", "雨桐", "浩然", "一鸣", "晨曦", "佳怡", "宏伟", "振华", "立新", "红梅", "小军", "永康"]

FORUM_USERS = [
    "江州老街坊", "湖滨小李", "路过的猫", "西关吃货", "南山老张", "北江打工人", "青石山人", "经开区码农",
    "桂花巷口", "鼓楼闲人", "夜猫子2026", "潜水员老王", "江州土著", "一只咸鱼", "码头阿伟", "柳林晨跑",
    "小区业主", "骑电驴的", "退休老教师", "摆摊的老刘", "楼下烧烤店", "热心市民张先生", "桃源居民",
    "江州吃瓜群众", "石桥老周", "理性发言", "不明真相", "新塘宝妈", "开出租的", "望湖听雨",
]

JZRB_EDITORS = ["刘静", "陈海燕", "赵文斌", "孙丽华", "周志强"]
JZOL_EDITORS = ["马超", "林霞", "郭杰", "何敏", "罗洋"]
