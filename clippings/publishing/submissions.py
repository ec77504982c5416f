"""信息报送: a 信息员 sends in a 信息 (title, text, time, place, photos); staff 采用 it (into a 月报
column, a 参阅件 or 对外发布), 退回修改 with a comment, or 不予采用 with a reason. Staff edits keep
what the 信息员 sent (``original_title`` / ``original_text``). Every step is in the audit log."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path

from clippings.archive import submissions as store, transaction, users
from clippings.publishing import photos as photo_files
from clippings.timeutil import TZ, now, to_iso
from clippings.vocabulary import MONTHLY_COLUMNS, SUBMISSION_STATUS, SUBMISSION_USES

log = logging.getLogger(__name__)

TITLE_LIMITS = (4, 80)
TEXT_LIMITS = (20, 5000)
PLACE_LIMIT = 60
_TIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class SubmissionError(ValueError):
    """Why a 信息 or a review step was refused (Chinese, for the user)."""


def _clean(value, name: str, low: int, high: int) -> str:
    text = _CONTROL.sub("", str(value or "")).strip()
    if len(text) < low:
        raise SubmissionError(f"{name}至少 {low} 个字" if low > 1 else f"请填写{name}")
    if len(text) > high:
        raise SubmissionError(f"{name}最多 {high} 个字（现有 {len(text)} 个）")
    return text


def parse_time(value) -> str:
    """``2026-11-20 09:30`` (Beijing) → ISO; refuses a time in the future or before 2000."""
    raw = str(value or "").strip()
    for fmt in _TIME_FORMATS:
        try:
            dt = datetime.strptime(raw, fmt).replace(tzinfo=TZ)
            break
        except ValueError:
            continue
    else:
        raise SubmissionError(f"时间格式应为 2026-11-20 09:30，收到 {raw[:30]!r}")
    if dt > now():
        raise SubmissionError("时间不能晚于现在")
    if dt.year < 2000:
        raise SubmissionError("时间太早")
    return to_iso(dt)


def validate(fields: dict) -> dict:
    """The cleaned title, text, happened_at and place of a 信息, or SubmissionError."""
    return {
        "title": _clean(fields.get("title"), "标题", *TITLE_LIMITS),
        "text": _clean(fields.get("text"), "正文", *TEXT_LIMITS),
        "happened_at": parse_time(fields.get("happened_at")),
        "place": _clean(fields.get("place"), "地点", 0, PLACE_LIMIT),
    }


def submit(db, root: Path, reporter: dict, fields: dict, uploads: list[tuple[str, bytes]] = (),
           submitted_at: str | None = None) -> int:
    """Store a 信息 from ``reporter`` (a users row with role reporter and a unit) with its photos
    (``(filename, bytes)``, each checked and re-encoded). Nothing is stored unless everything is valid."""
    if reporter.get("role") != "reporter" or not reporter.get("unit"):
        raise SubmissionError("只有信息员可以报送信息")
    row = validate(fields)
    uploads = [(name, raw) for name, raw in uploads if name or raw]
    if len(uploads) > photo_files.MAX_PHOTOS:
        raise SubmissionError(f"每条信息最多 {photo_files.MAX_PHOTOS} 张照片")
    checked = [photo_files.check(name, raw) for name, raw in uploads]   # PhotoError is a ValueError
    stamp = submitted_at or to_iso(now())
    month = stamp[:7]
    written = [photo_files.store(root, month, p) for p in checked]
    try:
        with transaction(db):
            sid = store.add(db, {**row, "reporter": reporter["username"], "unit": reporter["unit"],
                                 "submitted_at": stamp})
            for rel, p in zip(written, checked):
                store.add_photo(db, sid, rel, p.width, p.height, len(p.data))
            users.add_audit(db, stamp, reporter["username"], "submission_add", str(sid), {"title": row["title"]})
    except Exception:
        for rel in written:
            (Path(root) / "photos" / rel).unlink(missing_ok=True)
        raise
    return sid


def visible(db, user: dict, submission_id: int) -> dict | None:
    """The 信息 if ``user`` may see it (a 信息员 only their own), else None."""
    item = store.get(db, submission_id)
    if item is None:
        return None
    if user["role"] == "reporter" and item["reporter"] != user["username"]:
        return None
    return item


def listing(db, user: dict, status: str | None = None, month: str | None = None) -> list[dict]:
    """What ``user`` may list: a 信息员 their own only, staff everything."""
    if status and status not in SUBMISSION_STATUS:
        raise SubmissionError("状态只能是 " + "、".join(SUBMISSION_STATUS))
    if month and not re.fullmatch(r"20\d\d-(0[1-9]|1[0-2])", month):
        raise SubmissionError("月份格式应为 2026-11")
    reporter = user["username"] if user["role"] == "reporter" else None
    return store.listing(db, reporter=reporter, status=status, month=month)


def review(db, submission_id: int, action: str, by: str, *, use: str | None = None, column: str | None = None,
           comment: str | None = None, higher_level: bool = False) -> None:
    """``adopt`` (with ``use``, and ``column`` for 月报), ``return`` (with a comment) or ``reject``
    (with a reason) a 信息 waiting for review."""
    item = store.get(db, submission_id)
    if item is None:
        raise SubmissionError(f"没有编号为 {submission_id} 的信息")
    if item["status"] != "submitted" and not (action == "adopt" and item["status"] == "adopted"):
        raise SubmissionError(f"该信息{SUBMISSION_STATUS[item['status']]}，不能再{_ACTIONS.get(action, action)}")
    comment = _CONTROL.sub("", comment or "").strip()[:500] or None
    if action == "adopt":
        if use not in SUBMISSION_USES:
            raise SubmissionError("请选择采用方式：" + "、".join(SUBMISSION_USES.values()))
        if use == "monthly" and column not in MONTHLY_COLUMNS:
            raise SubmissionError("采用到月报时请选择栏目：" + "、".join(MONTHLY_COLUMNS.values()))
        status = "adopted"
        column = column if use == "monthly" else None
    elif action in ("return", "reject"):
        if not comment:
            raise SubmissionError("退回修改请写明修改意见" if action == "return" else "不予采用请写明原因")
        status, use, column, higher_level = ("returned" if action == "return" else "rejected"), None, None, False
    else:
        raise SubmissionError(f"未知的审核操作 {action!r}")
    stamp = to_iso(now())
    with transaction(db):
        store.set_review(db, submission_id, status, use, column, higher_level, comment, stamp, by)
        users.add_audit(db, stamp, by, f"submission_{action}", str(submission_id),
                        {"title": item["title"], "use": SUBMISSION_USES.get(use or ""),
                         "column": MONTHLY_COLUMNS.get(column or ""), "comment": comment})


_ACTIONS = {"adopt": "采用", "return": "退回", "reject": "不予采用"}


def edit(db, submission_id: int, by: str, title: str, text: str) -> None:
    """Staff edit of the title / text; what the 信息员 sent stays in ``original_*``."""
    item = store.get(db, submission_id)
    if item is None:
        raise SubmissionError(f"没有编号为 {submission_id} 的信息")
    title = _clean(title, "标题", *TITLE_LIMITS)
    text = _clean(text, "正文", *TEXT_LIMITS)
    with transaction(db):
        store.set_text(db, submission_id, title, text, by)
        users.add_audit(db, to_iso(now()), by, "submission_edit", str(submission_id), {"title": title})


def resubmit(db, user: dict, submission_id: int, fields: dict) -> None:
    """A 信息员 sends a returned 信息 again after changing it."""
    item = visible(db, user, submission_id)
    if item is None or user["role"] != "reporter":
        raise SubmissionError("只能修改自己报送的信息")
    if item["status"] != "returned":
        raise SubmissionError("只有退回修改的信息可以重新报送")
    title = _clean(fields.get("title"), "标题", *TITLE_LIMITS)
    text = _clean(fields.get("text"), "正文", *TEXT_LIMITS)
    stamp = to_iso(now())
    with transaction(db):
        store.resubmit(db, submission_id, title, text, stamp)
        users.add_audit(db, stamp, user["username"], "submission_add", str(submission_id), {"title": title})
