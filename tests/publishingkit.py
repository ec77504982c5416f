"""Helpers for the 信息报送 tests: 信息员 accounts on the web test archive and test images."""

from __future__ import annotations

import io
from pathlib import Path

from clippings import accounts
from clippings.archive import open_archive
from tests.test_web_fixtures import PASSWORD

REPORTERS = {"reporter": ("钱信息员", "东湖区城管执法大队"), "reporter2": ("孙信息员", "西城区城管执法大队")}


def add_reporters(root: Path) -> None:
    from argon2 import PasswordHasher

    previous = accounts.use_hasher(PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1))
    try:
        db = open_archive(Path(root) / "clippings.db")
        for name, unit in REPORTERS.values():
            accounts.create_user(db, name, "reporter", PASSWORD, unit=unit)
        db.conn.close()
    finally:
        accounts.use_hasher(previous)


def jpeg_with_exif(size=(640, 480)) -> bytes:
    from PIL import Image

    img = Image.new("RGB", size, (30, 120, 200))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"          # Make
    exif[0x8825] = {2: (30.0, 15.0, 0.0)}  # GPSInfo
    out = io.BytesIO()
    img.save(out, "JPEG", exif=exif)
    return out.getvalue()


def big_png(side: int = 1600) -> bytes:
    """A real PNG of random noise, larger than the 5 MB photo limit."""
    import os

    from PIL import Image

    img = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    out = io.BytesIO()
    img.save(out, "PNG", compress_level=0)
    return out.getvalue()


def gif() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("P", (20, 20)).save(out, "GIF")
    return out.getvalue()


FAKE_JPEG = b"\xff\xd8\xff\xe0 this is a shell script pretending to be a photo\n#!/bin/sh\nrm -rf /\n"
