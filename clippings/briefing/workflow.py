"""Staff decisions on a day's briefing: pin or leave out items, review, sign off.

Choices are remembered per day and applied every time the briefing is built. A signed issue is
final: its choices can no longer change and it is reproduced from the snapshot taken when it was
last generated. Changing a choice marks the generated version out of date (it must be generated
again before review or sign-off) and sends a reviewed issue back to draft.
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
    with transaction(db):
        store.put_choice(db, day, clipping_id, action, by, to_iso(now()))
        if issue:
            store.save_content(db, day, None)          # the generated version is out of date
            if issue["status"] == "reviewed":
                store.set_status(db, day, "draft", None, to_iso(now()))
    return day


def get_choices(db, day: date) -> dict[int, str]:
    """{clipping_id: "pin"|"exclude"} recorded for the day."""
    return {cid: row["action"] for cid, row in store.get_choices(db, day).items()}


def review(db, day: date, by: str) -> dict:
    """Record that ``by`` reviewed the day's issue (it must have been built)."""
    issue = _issue(db, day)
    if issue["status"] == "signed":
        raise BriefingError(f"{day} 的网媒快讯已签发")
    _current(issue, day)
    with transaction(db):
        store.set_status(db, day, "reviewed", by, to_iso(now()))
    return store.get_issue(db, day)


def sign_off(db, day: date, by: str) -> dict:
    """Record that ``by`` signed the day's issue off; it must have been reviewed first."""
    issue = _issue(db, day)
    if issue["status"] == "signed":
        raise BriefingError(f"{day} 的网媒快讯已由 {issue['signed_by']} 签发")
    if issue["status"] != "reviewed":
        raise BriefingError(f"{day} 的网媒快讯尚未审核，不能签发")
    _current(issue, day)
    with transaction(db):
        store.set_status(db, day, "signed", by, to_iso(now()))
    return store.get_issue(db, day)


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
        raise BriefingError(f"{day} 的网媒快讯在上次生成后有调整，请重新生成后再审核、签发"
                            f"（clippings briefing --date {day}）")


def _issue(db, day: date) -> dict:
    issue = store.get_issue(db, day)
    if issue is None:
        raise BriefingError(f"{day} 的网媒快讯尚未生成（请先运行 clippings briefing --date {day}）")
    return issue
