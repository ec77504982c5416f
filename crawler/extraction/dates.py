"""Chinese / ISO date-time parsing.

Everything returned is tz-aware in Asia/Shanghai. Naive times are taken as Shanghai wall-clock
time; times with an explicit offset (``Z``, ``+00:00``) are converted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
              "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

# Full-width digits and punctuation to ASCII.
_FW = str.maketrans("０１２３４５６７８９：－／．　", "0123456789:-/. ")

# between the date and the time: a weekday (星期五, 週五, (五)) and 上午/下午 (Hong Kong / Taiwan pages write
# "2026年11月20日 星期五 下午2:32"); a trailing am/pm (English forum software)
_WEEKDAY = r"(?:(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]|[（(](?:星期|週|周|禮拜|礼拜)?[一二三四五六日天][)）])"
_TIME = r"(?:\s*|T|日\s*|\s*[,，]\s*|\s*:\s+)(?:" + _WEEKDAY + r"\s*(?:[,，]\s*)?)?(?:(?<=[\s）)])[\u4e00-\u9fff]{2}時間\s*|北京时间\s*)?(?P<ap>上午|下午|中午|晚上|晚間|凌晨|早上|傍晚)?\s*" \
        r"(?P<H>[0-2]?\d)\s*[:：时時點点]\s*(?P<M>[0-5]\d)(?:\s*[:：分]\s*(?P<S>[0-5]\d)(?:\.\d+)?)?" \
        r"(?:\s*(?P<ap2>[AaPp]\.?[Mm]\.?(?![A-Za-z])|(?:上午|下午|晚上|凌晨|早上|傍晚|中午)(?![\u4e00-\u9fff])))?(?:\s*(?P<tz>Z(?![A-Za-z])|[（(]?(?:UTC|GMT)(?![+\-\d])[)）]?|\+(?:0\d|1[0-4]):?[0-5]\d|(?(S)-(?:0\d|1[0-2]):?[0-5]\d|(?!))))?"
# (a minus offset only after the seconds of a machine time: "14:00-16:00" is a time range)
_AFTERNOON = {"下午", "晚上", "晚間", "傍晚", "pm", "p.m.", "p.m", "pm."}
_MORNING = {"上午", "凌晨", "早上", "am", "a.m.", "a.m", "am."}
_MONTHS = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                                      "dec"), 1)}
# Nov 19, 2026 10:13 pm / Thu Nov 19, 2026 / 19 Nov 2026 (English interfaces of forum software)
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![A-Za-z])")
_EN_FULL = re.compile(
    r"(?<![A-Za-z])(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:(?P<mon>" + _MONTH + r")\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?|"
    r"(?P<d2>[0-3]?\d)\s+(?P<mon2>" + _MONTH + r")\.?,?)\s+(?P<y>(?:19|20)\d\d)(?!\d)(?:" + _TIME + r")?")

# 6月 12, 2010 11:41 pm, 星期六 三月 14, 2009 8:22 am (phpBB's Chinese locale: its English order, the month
# in Chinese)
_CN_MONTH_COMMA = re.compile(r"(?<![\d年一二三四五六七八九十])(?P<m>[01]?\d|十[一二]?|[一二三四五六七八九])月\s*(?P<d>[0-3]?\d)\s*[,，]\s*(?P<y>(?:19|20)\d\d)(?!\d)(?:" + _TIME + r")?")

# a whole attribute value that is a full time (a tooltip behind "昨天", a datetime attribute)
# a date with its minute as boards print it ("2026-11-12 00:15", "2026/11/13 17:02", "2026年11月05日 16:22")
DATETIME = r"(?:19|20)\d\d(?:[-/.]|年)\d{1,2}(?:[-/.]|月)\d{1,2}日?\s*[0-2]?\d:[0-5]\d"
RECENT_TIME = r"(?:今天|昨天|前天)\s*[0-2]?\d:[0-5]\d"   # (a mobile page's "昨天 21:06")
# a poster's stamp line: a name (of one or two parts) and that time ("网友 金埠夜不眠2026-11-12 00:15",
# "张姐 3栋1单元 2026-08-14 07:52:10")
NAME_STAMP = re.compile(r"^[^\s，。！？：:]{1,20}(?:\s[^\s，。！？：:]{1,12})?\s*(?:[|｜]\s*)?" + DATETIME
                        + r"(?::\d\d)?(?:\s*[（(](?:UTC|GMT)[)）])?$")   # (an archive's "… 13:22:05 (UTC)")
ATTR_TIME = re.compile(r"^\s*(?:19|20)\d\d[-/]\d\d?[-/]\d\d?[ T]\d\d?:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?\s*$")

# Tue Nov 17 20:31:05 2026 (C's ctime, as BBS headers print it: the time before the year; 微博's
# created_at adds the zone: Thu Nov 19 20:13:00 +0800 2026)
_CTIME = re.compile(r"(?<![A-Za-z])(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?P<mon>" + _MONTH + r")\s+(?P<d>[0-3]?\d)\s+"
                    r"(?P<H>[0-2]?\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?(?:\s+(?:(?P<tz>[+-][01]\d[0-5]\d|UTC|GMT)|[A-Z]{3,4}))?"
                    r"\s+(?P<y>(?:19|20)\d\d)(?!\d)")   # (a mail archive's "Thu Mar 27 17:10:44 UTC 2025"; another zone's
# name, "CST", as the archive's own: local)

# 18/11/2026 15:05, 11-12-2026, 09:05 PM: the year last
_YEAR_LAST = re.compile(r"(?<![\d/.\-])(?P<a>[0-3]?\d)(?P<sep>[/-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d/\-])"
                        r"(?:" + _TIME + r")?")
_US_SHORT = re.compile(r"(?<![\d/.\-])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d\d)(?![\d/])\s+(?P<H>[0-2]?\d):(?P<M>[0-5]\d)"
                       r"(?::(?P<S>[0-5]\d))?(?:\s*(?P<ap2>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?")
# 2024-05-13 12:03:10 / 2024年5月13日 12:03 / 2024/5/13 / 2024.05.13 / 2024-05-13T12:03:10+08:00
_FULL = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*(?:[-/.]|年)\s*(?P<m>[01]?\d)\s*(?:[-/.]|月)\s*(?P<d>[0-3]?\d)(?!\d)\s*日?"
    r"(?:" + _TIME + r")?")
# 20240513 (compact, only when followed by a time or standing alone)
# (not inside a case or serial number: "编号：QH20261105-0312")
_COMPACT = re.compile(r"(?<![\dA-Za-z])(?P<y>20\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)(?![\d\-])(?:" + _TIME + r")?")
# 05-13 12:03 / 5月13日 12:03 / 5月13日 (no year)
_SHORT_YEAR = re.compile(r"(?<![\d\-/.])(?<!\d:)(?P<y>\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\s+(?P<H>[0-2]?\d):(?P<M>[0-5]\d)"
                         r"(?::(?P<S>[0-5]\d))?(?![\d\-:])")
_NOYEAR = re.compile(
    r"(?<![\d\-/.年])(?P<m>[01]?\d)\s*(?:[-/]|月)\s*(?P<d>[0-3]?\d)(?!\d)\s*日?(?:" + _TIME + r")?")
# 99年05月12日 10:31, 民國103年3月5日 (Taiwan's 民國 years, 1911 + the year): a three-digit year, or one
# after 民國, or two digits beside traditional characters ("【某某即時報∕綜合報導】 99年05月12日 10:31")
_ROC = re.compile(r"(?P<roc>民國|民国)?\s*(?<![\d\-/.])(?P<y>\d{2,3})\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日"
                  r"(?:" + _TIME + r")?")
_TRADITIONAL = re.compile(r"[國說時間這們來對會發經過開關還實現體電變長頭問無應後點與報導聞網綜區東車場為從記者讀]")
# the same in slashes, as Taiwan's government pages print it: "114/09/03 14:26:37" (民國 114 = 2025)
_ROC_SLASH = re.compile(r"(?<![\d\-/.\w])(?P<y>1[0-4]\d)(?P<sep>[/-])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d/-])(?:" + _TIME + r")?")
# (or dashes: "114-05-03 10:22")
_CN_FULL = re.compile(r"(?P<y>[〇零○一二三四五六七八九Ｏ]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
                      r"(?P<d>[一二三四五六七八九十]{1,3})日")
_REL_UNIT = re.compile(r"(?<![\d年月])(?:(?P<n0>\d{1,2}|[一二两三四五六七八九十]+)\s*(?P<u0>年|个?月|天|小时)\s*(?:零\s*)?)?"   # ("1年2个月前",
                       r"(?P<n>\d+|[一二两三四五六七八九十半]+)\s*(?:个)?\s*(?P<u>秒|分钟|分|小时|钟头|天|日|周|星期|个?月|年)\s*(?:之)?前")   # "13 年 4 月 前")
_REL_DELTA = {"秒": lambda n: timedelta(seconds=n), "分钟": lambda n: timedelta(minutes=n), "分": lambda n: timedelta(minutes=n),
              "小时": lambda n: timedelta(hours=n), "钟头": lambda n: timedelta(hours=n), "天": lambda n: timedelta(days=n),
              "日": lambda n: timedelta(days=n), "周": lambda n: timedelta(weeks=n), "星期": lambda n: timedelta(weeks=n),
              "月": lambda n: timedelta(days=30 * n), "年": lambda n: timedelta(days=365 * n)}
_ORDER = ("年", "月", "天", "小时", "分钟")   # (a compound's units, largest first: "1年2个月前", "3天5小时前")
_REL_DAY = re.compile(r"(?P<w>刚刚|今天|今日|昨天|昨日|前天|大前天)(?:\s*(?:于\s*)?(?P<ap>上午|下午|中午|晚上|凌晨|早上|傍晚)?\s*(?P<H>[0-2]?\d)\s*[:：]\s*(?P<M>[0-5]\d)(?:\s*[:：]\s*(?P<S>[0-5]\d))?"
                      r"|(?<=刚刚)|(?![\u4e00-\u9fff]))")   # (a day word without its time only on its own: "今日签到" is no date)
_TIME_ONLY = re.compile(r"(?<![\d:])(?P<H>[0-2]?\d)\s*[:：]\s*(?P<M>[0-5]\d)(?![\d:])")


@dataclass
class DateMatch:
    dt: datetime
    has_time: bool
    start: int
    end: int
    kind: str  # "full" | "noyear" | "relative" | "iso"


def now_shanghai() -> datetime:
    return datetime.now(SHANGHAI)


def _norm_now(now: datetime | None) -> datetime:
    if now is None:
        return now_shanghai()
    if now.tzinfo is None:
        return now.replace(tzinfo=SHANGHAI)
    return now.astimezone(SHANGHAI)


def _cn_num(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s == "半":
        return None
    total = 0
    if "十" in s:
        a, _, b = s.partition("十")
        total = (_CN_DIGITS.get(a, 1) if a else 1) * 10 + (_CN_DIGITS.get(b, 0) if b else 0)
        return total
    for ch in s:
        if ch not in _CN_DIGITS:
            return None
        total = total * 10 + _CN_DIGITS[ch]
    return total


def _mk(y: int, m: int, d: int, H: int = 0, M: int = 0, S: int = 0, tz: str | None = None) -> datetime | None:
    try:
        if tz:
            tz = tz.strip("()（）")
            if tz in ("Z", "UTC", "GMT"):
                tzinfo = timezone.utc
            else:
                sign = 1 if tz[0] == "+" else -1
                t = tz[1:].replace(":", "")
                tzinfo = timezone(sign * timedelta(hours=int(t[:2]), minutes=int(t[2:4])))
            return datetime(y, m, d, H, M, S, tzinfo=tzinfo).astimezone(SHANGHAI)
        return datetime(y, m, d, H, M, S, tzinfo=SHANGHAI)
    except (ValueError, OverflowError):
        return None


def _time_parts(m: re.Match) -> tuple[int, int, int, bool, str | None]:
    if m.group("H") is None:
        return 0, 0, 0, False, None
    groups = m.groupdict()
    H, M = _clock(int(m.group("H")), groups.get("ap") or groups.get("ap2")), int(m.group("M"))
    S = int(m.group("S") or 0)
    if H > 23:
        return 0, 0, 0, False, None
    return H, M, S, True, groups.get("tz")


def _clock(H: int, half: str | None) -> int:
    """The 24-hour hour of ``H`` said with 上午/下午/am/pm (or nothing)."""
    if not half:
        return H
    half = half.lower()
    if half in _AFTERNOON and H < 12:
        return H + 12
    if half == "中午" and H < 11:
        return H + 12
    if half in _MORNING and H == 12:
        return 0
    return H


_ROC_ASIDE = re.compile(r"[(（]\s*民[國国]\s*\d{2,3}\s*年\s*[)）]")


def iter_dates(s: str, now: datetime | None = None, *, allow_noyear: bool = True,
               allow_relative: bool = True):
    """Yield DateMatch objects for every date found in ``s`` (in order of position)."""
    if not s:
        return
    now = _norm_now(now)
    s = s.translate(_FW)
    if "民" in s:   # ("2024年6月2日 (民國113年) 下午 03:20": the ROC year beside the day, blanked to its
        s = _ROC_ASIDE.sub(lambda m: " " * len(m.group(0)), s)   # length so positions hold)
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for m in _FULL.finditer(s) if "20" in s or "19" in s else ():   # (each pattern asked only when the
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))   # text holds what it needs)
        H, M, S, has_t, tz = _time_parts(m)
        dt = _mk(y, mo, d, H, M, S, tz)
        if dt is None or dt.year > now.year + 1:
            continue
        found.append(DateMatch(dt, has_t, m.start(), m.end(), "full"))
        taken.append((m.start(), m.end()))
    if "年" in s:
        for m in _ROC.finditer(s):
            y = int(m.group("y"))
            if not free(m.start(), m.end()) or not (m.group("roc") or y >= 100 or _TRADITIONAL.search(
                    s, max(0, m.start() - 40), min(len(s), m.end() + 40))):
                continue
            H, M, S, has_t, tz = _time_parts(m)
            dt = _mk(y + 1911, int(m.group("m")), int(m.group("d")), H, M, S, tz)
            if dt is not None and dt.year <= now.year + 1:
                found.append(DateMatch(dt, has_t, m.start(), m.end(), "full"))
                taken.append((m.start(), m.end()))
    if "/" in s or "-" in s:
        for m in _ROC_SLASH.finditer(s):
            H, M, S, has_t, tz = _time_parts(m)
            if not free(m.start(), m.end()) or not (has_t or _TRADITIONAL.search(s, max(0, m.start() - 40),
                                                                                min(len(s), m.end() + 40))):
                continue   # (a clock after it, or traditional characters around it: not a fraction or a path)
            dt = _mk(int(m.group("y")) + 1911, int(m.group("m")), int(m.group("d")), H, M, S, tz)
            if dt is not None and dt.year <= now.year + 1:
                found.append(DateMatch(dt, has_t, m.start(), m.end(), "full"))
                taken.append((m.start(), m.end()))
    if "a" in s or "e" in s or "o" in s or "u" in s:   # every English month name has one of these
        for m in _CTIME.finditer(s):
            H, M, S, has_t, tz = _time_parts(m)
            dt = _mk(int(m.group("y")), _MONTHS[m.group("mon")[:3].lower()], int(m.group("d")), H, M, S, tz)
            if dt is not None and dt.year <= now.year + 1:
                found.append(DateMatch(dt, has_t, m.start(), m.end(), "full"))
                taken.append((m.start(), m.end()))
        for m in _EN_FULL.finditer(s):
            if not free(m.start(), m.end()):
                continue
            month = _MONTHS[(m.group("mon") or m.group("mon2"))[:3].lower()]
            H, M, S, has_t, tz = _time_parts(m)
            dt = _mk(int(m.group("y")), month, int(m.group("d") or m.group("d2")), H, M, S, tz)
            if dt is None or dt.year > now.year + 1:
                continue
            found.append(DateMatch(dt, has_t, m.start(), m.end(), "full"))
            taken.append((m.start(), m.end()))
    if "月" in s and ("," in s or "，" in s):
        for m in _CN_MONTH_COMMA.finditer(s):
            if not free(m.start(), m.end()):
                continue
            H, M, S, has_t, tz = _time_parts(m)
            dt = _mk(int(m.group("y")), _cn_num(m.group("m")), int(m.group("d")), H, M, S, tz)
            if dt is not None and dt.year <= now.year + 1:
                found.append(DateMatch(dt, has_t, m.start(), m.end(), "full"))
                taken.append((m.start(), m.end()))
    if "/" in s or "-" in s:
        for m in _YEAR_LAST.finditer(s):
            if not free(m.start(), m.end()):
                continue
            a, b = int(m.group("a")), int(m.group("b"))
            # 18/11/2026 (Hong Kong, Macau: day first); 11-12-2026 (forum software's US default: month first)
            # 9/8/2020 8:13:45 PM (.NET's en-US default, month first, with its English AM/PM clock)
            day_first = a > 12 or (m.group("sep") == "/" and b <= 12 and not (m.group("ap2") or "中").isascii())   # (ap2: English or Chinese)
            H, M, S, has_t, tz = _time_parts(m)
            dt = _mk(int(m.group("y")), b if day_first else a, a if day_first else b, H, M, S, tz)
            if dt is None or dt.year > now.year + 1:
                continue
            found.append(DateMatch(dt, has_t, m.start(), m.end(), "full"))
            taken.append((m.start(), m.end()))
        for m in _US_SHORT.finditer(s) if "/" in s else ():   # 03/18/06 10:22 PM (UBB.threads): month first, a
            if not free(m.start(), m.end()):                   # two-digit year, a clock after it
                continue
            y = int(m.group("y"))
            H, M, S, has_t, tz = _time_parts(m)
            dt = _mk(2000 + y if 2000 + y <= now.year + 1 else 1900 + y, int(m.group("a")), int(m.group("b")), H, M, S, tz)
            if dt is not None:
                found.append(DateMatch(dt, has_t, m.start(), m.end(), "full"))
                taken.append((m.start(), m.end()))
    for m in _CN_FULL.finditer(s) if "年" in s else ():
        y = _cn_num(m.group("y"))
        mo, d = _cn_num(m.group("m")), _cn_num(m.group("d"))
        if y and mo and d and free(m.start(), m.end()):
            dt = _mk(y, mo, d)
            if dt:
                found.append(DateMatch(dt, False, m.start(), m.end(), "full"))
                taken.append((m.start(), m.end()))
    for m in _COMPACT.finditer(s) if "20" in s else ():
        if not free(m.start(), m.end()):
            continue
        H, M, S, has_t, tz = _time_parts(m)
        dt = _mk(int(m.group("y")), int(m.group("m")), int(m.group("d")), H, M, S, tz)
        if dt and dt.year <= now.year + 1:
            found.append(DateMatch(dt, has_t, m.start(), m.end(), "full"))
            taken.append((m.start(), m.end()))
    if "-" in s:
        for m in _SHORT_YEAR.finditer(s):   # "08-06-17 22:41": a WAP board's two-digit year, with its time
            if not free(m.start(), m.end()):
                continue
            yy = int(m.group("y"))
            y = 2000 + yy if 2000 + yy <= now.year + 1 else 1900 + yy
            dt = _mk(y, int(m.group("m")), int(m.group("d")), int(m.group("H")), int(m.group("M")), int(m.group("S") or 0))
            if dt is not None:
                found.append(DateMatch(dt, True, m.start(), m.end(), "full"))
                taken.append((m.start(), m.end()))
    if allow_relative:
        for m in _REL_DAY.finditer(s):
            if not free(m.start(), m.end()):
                continue
            w = m.group("w")
            if w == "刚刚":
                found.append(DateMatch(now.replace(microsecond=0), True, m.start(), m.end(), "relative"))
                taken.append((m.start(), m.end()))
                continue
            back = {"今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "大前天": 3}[w]
            day = (now - timedelta(days=back)).date()
            if m.group("H") is not None:
                dt = _mk(day.year, day.month, day.day, _clock(int(m.group("H")), m.group("ap")), int(m.group("M")),
                         int(m.group("S") or 0))
                has_t = True
            else:
                dt = _mk(day.year, day.month, day.day)
                has_t = False
            if dt:
                found.append(DateMatch(dt, has_t, m.start(), m.end(), "relative"))
                taken.append((m.start(), m.end()))
        for m in _REL_UNIT.finditer(s) if "前" in s else ():
            if not free(m.start(), m.end()):
                continue
            n_s, u = m.group("n"), m.group("u")
            n = _cn_num(n_s)
            if n_s == "半":
                n = 0.5
            if n is None:
                continue
            u = u.lstrip("个")
            delta = _REL_DELTA[u](n)
            if m.group("u0"):   # the larger unit before it
                n0 = _cn_num(m.group("n0"))
                u0 = m.group("u0").lstrip("个")
                if n0 is None or u not in _ORDER or _ORDER.index(u0) >= _ORDER.index(u):
                    continue
                delta += _REL_DELTA[u0](n0)
            dt = (now - delta).replace(microsecond=0)
            has_t = u in ("秒", "分钟", "分", "小时", "钟头")
            if not has_t and (u not in ("天", "日") or m.group("u0") in ("年", "月", "个月")):
                dt = dt.replace(hour=0, minute=0, second=0)   # ("3天前" keeps now's clock: now − 3 days,
                # as "3小时前" is now − 3 hours; weeks, months and years are too rough for a clock)
            found.append(DateMatch(dt, has_t, m.start(), m.end(), "relative"))
            taken.append((m.start(), m.end()))
    if allow_noyear:
        for m in _NOYEAR.finditer(s) if "-" in s or "/" in s or "月" in s else ():
            if not free(m.start(), m.end()):
                continue
            txt = m.group(0)
            # "5-13" alone is too ambiguous (scores, ranges); need 月/日 or a time.
            if "月" not in txt and m.group("H") is None:
                continue
            mo, d = int(m.group("m")), int(m.group("d"))
            H, M, S, has_t, tz = _time_parts(m)
            dt = _mk(now.year, mo, d, H, M, S, tz)
            if dt is None:
                continue
            if dt > now + timedelta(days=2):  # a date "in the future" belongs to last year
                dt2 = _mk(now.year - 1, mo, d, H, M, S, tz)
                if dt2:
                    dt = dt2
            found.append(DateMatch(dt, has_t, m.start(), m.end(), "noyear"))
            taken.append((m.start(), m.end()))
    found.sort(key=lambda x: x.start)
    yield from found


def parse_chinese_datetime(s: str, now: datetime | None = None) -> datetime | None:
    """Parse the first date/time in ``s`` (Chinese, ISO or relative forms); tz-aware Asia/Shanghai."""
    if not s or not isinstance(s, str):
        return None
    s = s.strip()[:500]
    if not s:
        return None
    for dm in iter_dates(s, now):
        return dm.dt
    # bare Unix timestamp (seconds or milliseconds)
    t = s.strip()
    if t.isdigit() and len(t) in (10, 13):
        try:
            v = int(t) // (1000 if len(t) == 13 else 1)   # (to the second, as a printed stamp gives it)
            return datetime.fromtimestamp(v, SHANGHAI)
        except (ValueError, OverflowError, OSError):
            return None
    return None


def parse_with_precision(s: str, now: datetime | None = None) -> tuple[datetime | None, bool]:
    """Like parse_chinese_datetime but also tells whether a time of day was present."""
    if not s:
        return None, False
    s = s.strip()[:500]
    for dm in iter_dates(s, now):
        return dm.dt, dm.has_time
    t = s.strip()
    if t.isdigit() and len(t) in (10, 13):
        try:
            v = int(t) // (1000 if len(t) == 13 else 1)
            return datetime.fromtimestamp(v, SHANGHAI), True
        except (ValueError, OverflowError, OSError):
            pass
    return None, False
