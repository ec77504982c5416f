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


def review(db, day: date, by: str, briefing) -> dict:
    """Record that ``by`` reviewed ``briefing`` (the day's issue as just built and shown): it is kept
    as the issue's snapshot, so what was reviewed is what gets signed. A day with nothing relevant
    cannot be sent on."""
    from clippings.briefing import snapshot

    issue = store.get_issue(db, day)
    if issue is not None and issue["status"] == "signed":
        raise BriefingError(f"{day} 的网媒快讯已签发")
    if briefing.date != day:
        raise BriefingError(f"审核的快讯日期（{briefing.date}）与 {day} 不符")
    if briefing.empty:
        raise BriefingError(f"{day} 没有涉及本局的信息，无需审核、签发")
    stamp = to_iso(now())
    with transaction(db):
        store.ensure_issue(db, day, stamp)
        store.save_content(db, day, snapshot.to_json(briefing))
        store.set_status(db, day, "reviewed", by, stamp)
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
        issue = store.give_numbers(db, day)      # 期号 are given here, in signing order, once
    return issue


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
        raise BriefingError(f"{day} 的网媒快讯在审核后有调整，请重新审核后再签发")


def _issue(db, day: date) -> dict:
    issue = store.get_issue(db, day)
    if issue is None:
        raise BriefingError(f"{day} 的网媒快讯尚未审核（请先审核：clippings briefing review --date {day}）")
    return issue
