"""Stored drafts of the 《城管执法月报》 and of 参阅件, and their review chain.

A 月报 draft is built from the column rules (:func:`clippings.publishing.monthly.build_draft`) and
stored entry by entry: staff (宣传干事) edit an entry's title and text or remove it while the draft is
a draft. A 参阅件 draft stores the story as built (:func:`clippings.publishing.briefs.build_brief`)
with the 研判 / 建议 staff write. Both go 送审 (宣传干事) → 审核 (科长) → 签发 (领导) like the briefing
(:mod:`clippings.briefing.workflow`): 退回 sends a draft back with a comment; a signed draft is final
and gets its 期号 (the next number of its kind in the year) at 签发. Each step is audited.
Rights follow :data:`clippings.accounts.PERMISSIONS` (prepare / review / sign).
"""

from __future__ import annotations

import dataclasses
import json

from clippings.accounts import can
from clippings.archive import drafts as store, transaction, users
from clippings.publishing.briefs import Brief, Comparable, Step
from clippings.publishing.monthly import Draft, Entry
from clippings.timeutil import now, parse_iso, to_iso
from clippings.vocabulary import BRIEFING_STATUS, DRAFT_KINDS, MONTHLY_COLUMNS, ROLES

MAX_TITLE = 200
MAX_TEXT = 2000
MAX_COMMENT = 500


class DraftError(ValueError):
    """A draft action that cannot be done (message in Chinese, for the user)."""


def _need(user: dict, permission: str, what: str) -> None:
    if not user or not can(user.get("role"), permission):
        role = ROLES.get((user or {}).get("role") or "", "未登录用户")
        raise DraftError(f"{role}无权{what}")


def _text(value, what: str, limit: int, required: bool = False) -> str:
    import re

    value = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", value or "").strip()
    if required and not value:
        raise DraftError(f"请填写{what}")
    if len(value) > limit:
        raise DraftError(f"{what}最多 {limit} 字")
    return value


def _name(draft: dict) -> str:
    return f"{DRAFT_KINDS[draft['kind']]}“{draft['title']}”"


def get(db, draft_id: int) -> dict:
    draft = store.get(db, draft_id)
    if draft is None:
        raise DraftError(f"没有编号为 {draft_id} 的稿件")
    draft["entries"] = store.entries(db, draft_id)
    return draft


def _editable(draft: dict) -> None:
    if draft["status"] == "signed":
        raise DraftError(f"{_name(draft)}已签发，不能再修改")
    if draft["status"] != "draft":
        raise DraftError(f"{_name(draft)}已送审，请先退回再修改")


def _existing(db, kind: str, subject: str, replace: bool):
    old = store.find(db, kind, subject)
    if old is None:
        return None
    if old["status"] != "draft" or not replace:
        raise DraftError(f"{_name(old)}已有稿件（编号 {old['id']}，{BRIEFING_STATUS[old['status']]}）"
                         + ("" if old["status"] != "draft" else "；重新生成请加 --replace"))
    return old


def create_monthly(db, draft: Draft, user: dict, replace: bool = False) -> int:
    """Store a freshly built 月报 draft (one per month); ``replace`` a draft not yet sent on."""
    _need(user, "prepare", "编辑月报")
    stamp = to_iso(now())
    with transaction(db):
        old = _existing(db, "monthly", draft.month, replace)
        if old:
            store.delete(db, old["id"])
        did = store.add(db, {"kind": "monthly", "subject": draft.month, "year": int(draft.month[:4]),
                             "title": f"{draft.month[:4]}年{int(draft.month[5:7])}月", "created_by": user["username"],
                             "created_at": stamp, "updated_at": stamp})
        for key, entries in draft.columns.items():
            for pos, e in enumerate(entries):
                store.add_entry(db, {"draft_id": did, "column_key": key, "position": pos, "source_kind": e.kind,
                                     "ref": e.ref, "story": e.story, "title": e.title, "origin": e.origin or "",
                                     "happened_at": e.when, "original_title": e.title, "summary": e.summary})
        users.add_audit(db, stamp, user["username"], "draft_create", str(did), {"title": f"月报 {draft.month}"})
    return did


def create_brief(db, brief: Brief, user: dict, replace: bool = False) -> int:
    """Store a 参阅件 draft of one story (the story as built now)."""
    _need(user, "prepare", "编辑参阅件")
    stamp = to_iso(now())
    with transaction(db):
        old = _existing(db, "brief", str(brief.cluster_id), replace)
        if old:
            store.delete(db, old["id"])
        did = store.add(db, {"kind": "brief", "subject": str(brief.cluster_id), "title": brief.title,
                             "year": parse_iso(stamp).year, "content": json.dumps(dataclasses.asdict(brief),
                                                                                  ensure_ascii=False),
                             "created_by": user["username"], "created_at": stamp, "updated_at": stamp})
        users.add_audit(db, stamp, user["username"], "draft_create", str(did), {"title": f"参阅件 {brief.title}"})
    return did


def edit_entry(db, entry_id: int, user: dict, title: str, summary: str = "") -> None:
    """宣传干事 edits a 月报 entry's title and text (what the rules chose stays in ``original_title``)."""
    _need(user, "prepare", "编辑月报")
    entry = store.get_entry(db, entry_id)
    if entry is None:
        raise DraftError(f"没有编号为 {entry_id} 的月报条目")
    _editable(store.get(db, entry["draft_id"]))
    title = _text(title, "标题", MAX_TITLE, required=True)
    summary = _text(summary, "正文", MAX_TEXT)
    stamp = to_iso(now())
    with transaction(db):
        store.update_entry(db, entry_id, title, summary)
        store.update(db, entry["draft_id"], {"updated_at": stamp})
        users.add_audit(db, stamp, user["username"], "draft_entry_edit", str(entry_id),
                        {"title": title, "column": MONTHLY_COLUMNS.get(entry["column_key"])})


def remove_entry(db, entry_id: int, user: dict) -> None:
    _need(user, "prepare", "编辑月报")
    entry = store.get_entry(db, entry_id)
    if entry is None:
        raise DraftError(f"没有编号为 {entry_id} 的月报条目")
    _editable(store.get(db, entry["draft_id"]))
    stamp = to_iso(now())
    with transaction(db):
        store.remove_entry(db, entry_id)
        store.update(db, entry["draft_id"], {"updated_at": stamp})
        users.add_audit(db, stamp, user["username"], "draft_entry_remove", str(entry_id),
                        {"title": entry["title"], "column": MONTHLY_COLUMNS.get(entry["column_key"])})


def set_notes(db, draft_id: int, user: dict, judgement: str, suggestion: str) -> None:
    """宣传干事 writes a 参阅件's 研判 and 建议."""
    _need(user, "prepare", "编辑参阅件")
    draft = get(db, draft_id)
    if draft["kind"] != "brief":
        raise DraftError("只有参阅件有研判和建议")
    _editable(draft)
    values = {"judgement": _text(judgement, "研判", MAX_TEXT), "suggestion": _text(suggestion, "建议", MAX_TEXT)}
    stamp = to_iso(now())
    with transaction(db):
        store.update(db, draft_id, {**values, "updated_at": stamp})
        users.add_audit(db, stamp, user["username"], "draft_notes", str(draft_id), {"title": draft["title"]})


def submit(db, draft_id: int, user: dict) -> dict:
    _need(user, "prepare", "送审")
    draft = get(db, draft_id)
    if draft["status"] != "draft":
        raise DraftError(_not_now(draft, "送审"))
    if draft["kind"] == "monthly" and not draft["entries"]:
        raise DraftError(f"{_name(draft)}没有任何条目，无需送审")
    return _step(db, draft, user, "submitted", "draft_submit")


def review(db, draft_id: int, user: dict) -> dict:
    _need(user, "review", "审核")
    draft = get(db, draft_id)
    if draft["status"] != "submitted":
        raise DraftError(_not_now(draft, "审核"))
    return _step(db, draft, user, "reviewed", "draft_review")


def return_draft(db, draft_id: int, user: dict, comment: str) -> dict:
    """退回: the 科长 (a submitted draft) or the 领导 (submitted or reviewed) sends it back with a comment."""
    comment = _text(comment, "退回意见", MAX_COMMENT, required=True)
    allowed = {"reviewer": ("submitted",), "leader": ("submitted", "reviewed")}.get((user or {}).get("role"))
    if allowed is None:
        _need(user, "sign", "退回")
    draft = get(db, draft_id)
    if draft["status"] not in allowed:
        raise DraftError(_not_now(draft, "退回"))
    stamp = to_iso(now())
    with transaction(db):
        store.update(db, draft_id, {"returned_by": user["username"], "returned_at": stamp, "return_comment": comment})
        store.set_status(db, draft_id, "draft", user["username"], stamp)
        users.add_audit(db, stamp, user["username"], "draft_return", str(draft_id),
                        {"title": draft["title"], "comment": comment})
    return get(db, draft_id)


def sign_off(db, draft_id: int, user: dict) -> dict:
    """领导 签发 a reviewed draft; it gets its 期号 now (the next of its kind in the year), once."""
    _need(user, "sign", "签发")
    draft = get(db, draft_id)
    if draft["status"] == "signed":
        raise DraftError(f"{_name(draft)}已由 {draft['signed_by']} 签发")
    if draft["status"] != "reviewed":
        raise DraftError(f"{_name(draft)}尚未审核，不能签发")
    stamp = to_iso(now())
    with transaction(db):
        number = draft["number"] or store.next_number(db, draft["kind"], draft["year"])
        store.update(db, draft_id, {"number": number})
        store.set_status(db, draft_id, "signed", user["username"], stamp)
        users.add_audit(db, stamp, user["username"], "draft_sign", str(draft_id),
                        {"title": draft["title"], "number": f"{draft['year']}年第{number}期"})
    return get(db, draft_id)


def _step(db, draft: dict, user: dict, status: str, action: str) -> dict:
    stamp = to_iso(now())
    with transaction(db):
        store.set_status(db, draft["id"], status, user["username"], stamp)
        users.add_audit(db, stamp, user["username"], action, str(draft["id"]), {"title": draft["title"]})
    return get(db, draft["id"])


def history(db, draft_id: int) -> list[dict]:
    """The draft's 流转 so far, oldest first: each step's label, who, when (ISO) and a 退回 comment."""
    from clippings.vocabulary import DRAFT_STEPS

    rows = users.audit_of(db, str(draft_id), list(DRAFT_STEPS))
    # a replaced draft's number can be given again: its life starts at its last creation
    starts = [i for i, row in enumerate(rows) if row["action"] == "draft_create"]
    return [{"step": DRAFT_STEPS[row["action"]], "username": row["username"], "at": row["at"],
             "comment": row["detail"].get("comment") or ""}
            for row in rows[starts[-1] if starts else 0:]]


def _not_now(draft: dict, step: str) -> str:
    return f"{_name(draft)}当前状态为“{BRIEFING_STATUS[draft['status']]}”，不能{step}"


def listing(db, kind: str | None = None, status: str | None = None) -> list[dict]:
    if kind not in (None, *DRAFT_KINDS):
        raise DraftError("稿件类型只能是 " + "、".join(f"{k}（{v}）" for k, v in DRAFT_KINDS.items()))
    if status not in (None, *BRIEFING_STATUS):
        raise DraftError("状态只能是 " + "、".join(BRIEFING_STATUS))
    return store.listing(db, kind, status)


def issue_text(draft: dict) -> str:
    """``2026年第3期`` once signed, ``第　期`` before."""
    return f"{draft['year']}年第{draft['number']}期" if draft.get("number") else "第　期"


def monthly_of(draft: dict) -> Draft:
    """The stored 月报 draft as the renderer takes it (column order of the vocabulary)."""
    out = Draft(draft["subject"], {key: [] for key in MONTHLY_COLUMNS})
    for e in sorted(draft["entries"], key=lambda e: (e["position"], e["id"])):
        out.columns.setdefault(e["column_key"], []).append(
            Entry(e["source_kind"], e["ref"], e["title"], e["origin"], e["happened_at"], e["story"], e["summary"]))
    return out


def brief_of(draft: dict) -> Brief:
    """The stored 参阅件 snapshot as a Brief."""
    data = json.loads(draft["content"])
    data["timeline"] = [Step(**s) for s in data.get("timeline", [])]
    data["comparable"] = [Comparable(**c) for c in data.get("comparable", [])]
    data["sentiment_days"] = [tuple(d) for d in data.get("sentiment_days", [])]
    data["outlets"] = [tuple(o) for o in data.get("outlets", [])]
    data["districts"] = [tuple(d) for d in data.get("districts", [])]
    return Brief(**data)


def render_draft(d: dict, bureau: str, out):
    """A stored draft (from :func:`get`) as a .docx: 月报 or 参阅件, with its 期号 once signed."""
    if d["kind"] == "monthly":
        from clippings.publishing.render_monthly import render_monthly

        return render_monthly(monthly_of(d), bureau, out, issue_text(d))
    from clippings.publishing.render_brief import render_brief

    when = parse_iso(d["signed_at"]) if d["signed_at"] else now()
    return render_brief(brief_of(d), bureau, out, f"{when.year}年{when.month}月{when.day}日", issue_text(d),
                        d["judgement"], d["suggestion"])
