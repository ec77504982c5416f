"""Photos sent with a 信息: checked to be a real image of an allowed type and size, then re-encoded
as a fresh JPEG (drops EXIF — location, device — and anything hidden in the file) under the data
dir's ``photos/`` folder."""

from __future__ import annotations

import io
import secrets
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024          # per photo, as uploaded
MAX_PHOTOS = 3
MAX_PIXELS = 40_000_000              # refuse decompression bombs
MAX_SIDE = 2560                      # stored photos are scaled down to this
ALLOWED = {"JPEG": "JPEG", "PNG": "PNG", "WEBP": "WebP"}
SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}


class PhotoError(ValueError):
    """Why a photo was refused (Chinese, for the user)."""


@dataclass
class Photo:
    name: str           # as uploaded, for messages only
    data: bytes         # re-encoded JPEG
    width: int
    height: int


def check(name: str, raw: bytes) -> Photo:
    """A re-encoded photo, or PhotoError saying what is wrong with the upload."""
    from PIL import Image, UnidentifiedImageError

    shown = (name or "照片")[:60]
    if Path(name or "").suffix.lower() not in SUFFIXES:
        raise PhotoError(f"{shown}：只接受 JPG、PNG、WebP 格式的照片")
    if len(raw) > MAX_BYTES:
        raise PhotoError(f"{shown}：照片超过 {MAX_BYTES // (1024 * 1024)} MB，请压缩后再上传")
    if not raw:
        raise PhotoError(f"{shown}：文件是空的")
    try:
        with Image.open(io.BytesIO(raw)) as probe:
            fmt = probe.format
            if fmt not in ALLOWED:
                raise PhotoError(f"{shown}：只接受 JPG、PNG、WebP 格式的照片（这是 {fmt or '未知'} 格式）")
            if probe.width * probe.height > MAX_PIXELS:
                raise PhotoError(f"{shown}：照片像素过多（{probe.width}×{probe.height}）")
            probe.verify()
        with Image.open(io.BytesIO(raw)) as img:
            img.load()
            img = img.convert("RGB")
            img.thumbnail((MAX_SIDE, MAX_SIDE))
            out = io.BytesIO()
            img.save(out, "JPEG", quality=85, optimize=True)   # no exif= : metadata is not carried over
            return Photo(shown, out.getvalue(), img.width, img.height)
    except PhotoError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise PhotoError(f"{shown}：不是有效的图片文件，无法读取") from exc


def store(root: Path, month: str, photo: Photo) -> str:
    """Write the photo under ``root/photos/<month>/``; returns its path relative to ``root/photos``."""
    folder = Path(root) / "photos" / month
    folder.mkdir(parents=True, exist_ok=True)
    rel = f"{month}/{secrets.token_hex(12)}.jpg"
    (Path(root) / "photos" / rel).write_bytes(photo.data)
    return rel


def path_of(root: Path, rel: str) -> Path | None:
    """The stored file for ``rel`` if it is inside ``root/photos``, else None."""
    base = (Path(root) / "photos").resolve()
    target = (base / rel).resolve()
    return target if target.is_relative_to(base) and target.is_file() else None
