"""A faithful preview of the document a reviewer or leader is about to approve: the very .docx that
will be downloaded, converted to PDF by LibreOffice and shown as page images (pypdfium2).

Results are cached by the content of the issue (a file per page under ``output/previews/``), so
looking at a preview again costs nothing and a changed issue never shows an old picture.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from clippings.briefing import snapshot
from clippings.briefing.model import Briefing

log = logging.getLogger(__name__)

CONVERT_SECONDS = 120
PAGE_DPI = 80


class PreviewUnavailable(RuntimeError):
    """No preview can be made here (message in Chinese)."""


def soffice_path() -> str:
    for candidate in (os.environ.get("CLIPPINGS_SOFFICE"), shutil.which("soffice"), shutil.which("libreoffice")):
        if candidate and Path(candidate).exists():
            return candidate
    raise PreviewUnavailable("未安装 LibreOffice（Debian：apt-get install libreoffice-writer-nogui），无法生成预览")


def docx_to_pdf(docx: Path, out_dir: Path) -> Path:
    """Convert with a private LibreOffice profile (concurrent conversions do not collide)."""
    with tempfile.TemporaryDirectory(prefix="clippings-lo-") as profile:
        cmd = [soffice_path(), f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(out_dir), str(docx)]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=CONVERT_SECONDS)
        except subprocess.TimeoutExpired:
            raise PreviewUnavailable(f"LibreOffice 转换超时（{CONVERT_SECONDS} 秒）") from None
        except subprocess.CalledProcessError as exc:
            raise PreviewUnavailable(f"LibreOffice 转换失败：{exc.stderr.decode(errors='replace')[-200:]}") from None
    pdf = out_dir / (docx.stem + ".pdf")
    if not pdf.exists():
        raise PreviewUnavailable("LibreOffice 没有生成 PDF")
    return pdf


def _key(b: Briefing) -> str:
    return hashlib.sha256(snapshot.to_json(b).encode("utf-8")).hexdigest()[:24]


def preview_pdf(b: Briefing, cache_dir: str | Path) -> Path:
    """The PDF of the briefing's .docx (cached by content)."""
    from clippings.briefing import render_briefing

    cache = Path(cache_dir)
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{_key(b)}.pdf"
    if target.exists():
        return target
    with tempfile.TemporaryDirectory(prefix="clippings-preview-") as tmp:
        docx = render_briefing(b, "docx", Path(tmp) / "briefing.docx")
        pdf = docx_to_pdf(docx, Path(tmp))
        partial = target.with_suffix(".part")
        shutil.copyfile(pdf, partial)
        os.replace(partial, target)
    return target


def preview_pages(b: Briefing, cache_dir: str | Path) -> list[Path]:
    """PNG images of the PDF's pages, in order (cached)."""
    import pypdfium2

    pdf_path = preview_pdf(b, cache_dir)
    stem = pdf_path.with_suffix("")
    existing = sorted(stem.parent.glob(f"{stem.name}-p*.png"), key=lambda p: int(p.stem.rsplit("-p", 1)[1]))
    if existing:
        return existing
    pdf = pypdfium2.PdfDocument(str(pdf_path))
    pages = []
    try:
        for n in range(len(pdf)):
            image = pdf[n].render(scale=PAGE_DPI / 72).to_pil()
            path = stem.parent / f"{stem.name}-p{n + 1}.png"
            image.save(path, format="PNG", optimize=True)
            pages.append(path)
    finally:
        pdf.close()
    return pages


def page_texts(pdf_path: str | Path) -> list[str]:
    """The text of each page (for checks such as "no item title ends a page")."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return [pdf[n].get_textpage().get_text_range() for n in range(len(pdf))]
    finally:
        pdf.close()
