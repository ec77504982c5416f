"""The demo month of 信息: every state present, photos stored, seeding twice adds nothing."""

from __future__ import annotations

from argon2 import PasswordHasher

from clippings import accounts
from clippings.archive import open_archive
from clippings.publishing import demo


def test_demo_seed(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIPPINGS_NOW", "2026-11-25T23:30:00+08:00")
    previous = accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1))
    try:
        db = open_archive(tmp_path / "clippings.db")
        assert demo.seed(db, tmp_path) == len(demo.ITEMS)
        assert demo.seed(db, tmp_path) == 0
    finally:
        accounts.use_hasher(previous)
    states = dict(db.execute("SELECT status, COUNT(*) FROM submissions GROUP BY status").fetchall())
    assert set(states) == {"submitted", "adopted", "returned", "rejected"}
    columns = {r[0] for r in db.execute("SELECT column_key FROM submissions WHERE use = 'monthly'")}
    assert columns == {"key_news", "districts", "frontline", "style"}
    photos = db.execute("SELECT file FROM submission_photos").fetchall()
    assert photos and all((tmp_path / "photos" / f).is_file() for (f,) in photos)
    assert {u["unit"] for u in accounts.list_users(db) if u["role"] == "reporter"} == set(demo.REPORTERS.values())
