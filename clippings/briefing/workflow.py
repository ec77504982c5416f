"""Staff decisions on a day's briefing: pin or leave out items, review, sign off.

Choices are remembered per day and applied every time the briefing is built. Review keeps the
reviewed issue as a snapshot; a signed issue is final, numbered (第N期, 总第N期) in signing order, and
reproduced from that snapshot. Changing a choice after review sends the issue back to draft (it must
be reviewed again). Building and viewing an issue never writes.
"""

from __future__ import annotations

from datetime import date

from clippings.archive import briefings as store, transaction
from clippings.archive.records import get_clipping
from clippings.timeutil import now, parse_iso, to_iso

ACTIONS = ("pin", "exclude")


class BriefingError(Exception):
    """A staff action that cannot be done (message in Chinese, for the user)."""


def clipping_day(db, clipping_id: int) -> date:
    """The briefing day a clipping belongs to (publish time, else fetch time)."""
    row = store.clipping_day_times(db, clipping_id)
    if row is None:
        raise BriefingError(f"找不到编号为 {clipping_id} 的信息")
    try:
        stamp = parse_iso(row["published_at"]) or parse_iso(row["fetched_at"])
    except ValueError:
        stamp = parse_iso(row["fetched_at"])
    return stamp.date()


def set_choice(db, day: date | None, clipping_id: int, action: str | None, by: str | None = None) -> date:
    """Pin (``"pin"``), leave out (``"exclude"``) or reset (``None``) an item of a day's briefing.

    ``day`` defaults to the clipping's own day. Returns the day the choice was recorded for.
    """
    if action not in (*ACTIONS, None):
        raise BriefingError(f"未知操作 {action!r}（可用：pin、exclude）")
    if get_clipping(db, clipping_id) is None:
        raise BriefingError(f"找不到编号为 {clipping_id} 的信息")
    day = day or clipping_day(db, clipping_id)
    issue = store.get_issue(db, day)
    if issue and issue["status"] == "signed":
        raise BriefingError(f"{day} 的网媒快讯已签发，不能再调整")
    if issue and issue["status"] in ("submitted", "reviewed"):
        raise BriefingError(f"{day} 的网媒快讯已送审，请先退回再调整")
    with transaction(db):
        store.put_choice(db, day, clipping_id, action, by, to_iso(now()))
        if issue:
            store.save_content(db, day, None)          # the snapshot is out of date
    return day


NOTE_LIMIT = 600


def set_notes(db, day: date, story: str, *, by: str, editor_note: str = "", judgement: str = "",
              suggestion: str = "", unit: str = "") -> None:
    """Staff write 编者按 / 研判 / 处置建议 / 责任单位 for a negative story of the day (empty clears it)."""
    import re

    if not re.fullmatch(r"[cs]\d{1,18}", story or ""):
        raise BriefingError("无效的报道编号")
    issue = store.get_issue(db, day)
    if issue and issue["status"] != "draft":
        raise BriefingError(f"{day} 的网媒快讯已送审，请先退回再修改")
    values = {"editor_note": editor_note, "judgement": judgement, "suggestion": suggestion, "unit": unit}
    for key, value in values.items():
        value = (value or "").strip()
        if len(value) > NOTE_LIMIT:
            raise BriefingError(f"每项最多 {NOTE_LIMIT} 字")
        values[key] = value
    with transaction(db):
        store.put_notes(db, day, story, values, by, to_iso(now()))
        if issue:
            store.save_content(db, day, None)


def get_choices(db, day: date) -> dict[int, str]:
    """{clipping_id: "pin"|"exclude"} recorded for the day."""
    return {cid: row["action"] for cid, row in store.get_choices(db, day).items()}


MAX_COMMENT = 500


def submit(db, day: date, by: str, briefing) -> dict:
    """宣传干事 sends ``briefing`` (the day's issue as just built and shown) for review. It is kept as
    the issue's snapshot: what is reviewed and signed is exactly this. A day with nothing relevant
    cannot be sent on."""
    from clippings.briefing import snapshot

    issue = store.get_issue(db, day)
    if issue is not None and issue["status"] == "signed":
        raise BriefingError(f"{day} 的网媒快讯已签发")
    if issue is not None and issue["status"] in ("submitted", "reviewed"):
        raise BriefingError(f"{day} 的网媒快讯已送审，等待{'审核' if issue['status'] == 'submitted' else '签发'}")
    if briefing.date != day:
        raise BriefingError(f"送审的快讯日期（{briefing.date}）与 {day} 不符")
    if briefing.empty:
        raise BriefingError(f"{day} 没有涉及本局的信息，无需送审")
    stamp = to_iso(now())
    with transaction(db):
        store.ensure_issue(db, day, stamp)
        store.save_content(db, day, snapshot.to_json(briefing))
        store.set_status(db, day, "submitted", by, stamp)
    return store.get_issue(db, day)


def review(db, day: date, by: str) -> dict:
    """科长 approves the issue as sent (审核); it then waits for 签发."""
    issue = _issue(db, day)
    if issue["status"] != "submitted":
        raise BriefingError(_not_now(issue, day, "审核"))
    _current(issue, day)
    with transaction(db):
        store.set_status(db, day, "reviewed", by, to_iso(now()))
    return store.get_issue(db, day)


def return_issue(db, day: date, by: str, comment: str, *, role: str) -> dict:
    """退回: the reviewer (a submitted issue) or the leader (a reviewed one) sends it back to the
    preparer with a comment; it is a draft again."""
    comment = _text(comment, "退回意见")
    issue = _issue(db, day)
    allowed = {"reviewer": ("submitted",), "leader": ("submitted", "reviewed")}.get(role, ())
    if issue["status"] not in allowed:
        raise BriefingError(_not_now(issue, day, "退回"))
    stamp = to_iso(now())
    with transaction(db):
        store.set_status(db, day, "draft", by, stamp)
        store.record_return(db, day, by, comment, stamp)
    return store.get_issue(db, day)


def sign_off(db, day: date, by: str, *, confirmed: bool = True) -> dict:
    """领导 signs the reviewed issue (签发); it gets its 期号 now, in signing order, once."""
    issue = _issue(db, day)
    if issue["status"] == "signed":
        raise BriefingError(f"{day} 的网媒快讯已由 {issue['signed_by']} 签发")
    if issue["status"] != "reviewed":
        raise BriefingError(f"{day} 的网媒快讯尚未审核，不能签发")
    if not confirmed:
        raise BriefingError("请先查看预览，并勾选“确认签发”")
    _current(issue, day)
    with transaction(db):
        store.set_status(db, day, "signed", by, to_iso(now()))
        issue = store.give_numbers(db, day)      # 期号 are given here, in signing order, once
    return issue


def withdraw(db, day: date, by: str, reason: str) -> dict:
    """撤回签发: the leader takes a signature back, with a reason; the issue is a draft again and keeps
    its 期号 for when it is signed anew."""
    reason = _text(reason, "撤回原因")
    issue = _issue(db, day)
    if issue["status"] != "signed":
        raise BriefingError(f"{day} 的网媒快讯尚未签发，无需撤回")
    stamp = to_iso(now())
    with transaction(db):
        store.set_status(db, day, "draft", by, stamp)
        store.record_withdrawal(db, day, by, reason, stamp)
    return store.get_issue(db, day)


def waiting_for(db, role: str) -> list[dict]:
    """What awaits a role: 待审核 issues for a reviewer, 待签发 for a leader, 退回 drafts for staff."""
    if role == "reviewer":
        return store.pending(db, "submitted")
    if role == "leader":
        return store.pending(db, "reviewed")
    if role == "staff":
        return store.returned(db)
    return []


def _text(value: str | None, what: str) -> str:
    value = (value or "").strip()
    if not value:
        raise BriefingError(f"请填写{what}")
    if len(value) > MAX_COMMENT:
        raise BriefingError(f"{what}最多 {MAX_COMMENT} 字")
    return value


def _not_now(issue: dict, day: date, step: str) -> str:
    from clippings.vocabulary import BRIEFING_STATUS

    return f"{day} 的网媒快讯当前状态为“{BRIEFING_STATUS.get(issue['status'], issue['status'])}”，不能{step}"


def latest_day(db) -> date | None:
    """The day of the archive's newest clipping (for demos: "the latest day's briefing")."""
    try:
        stamp = parse_iso(store.latest_stamp(db))
    except ValueError:
        return None
    return stamp.date() if stamp else None


def list_issues(db, year: int | None = None) -> list[dict]:
    """Issues (newest first): date, year, number, status, reviewed_by/at, signed_by/at."""
    return store.list_issues(db, year)


def _current(issue: dict, day: date) -> None:
    if not issue.get("content"):
        raise BriefingError(f"{day} 的网媒快讯在送审后有调整，请重新送审")


def _issue(db, day: date) -> dict:
    issue = store.get_issue(db, day)
    if issue is None:
        raise BriefingError(f"{day} 的网媒快讯尚未送审（宣传干事送审：clippings briefing submit --date {day} --by 姓名）")
    return issue
