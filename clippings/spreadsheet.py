"""The one CSV writer of every export (CLI ``search --csv``, the web's 导出 CSV), and the cell guard
the .xlsx export shares.

A text cell starting with = + - @ (or a tab or carriage return) could be run as a formula by the
office's spreadsheet program (``=HYPERLINK(…)``, ``=cmd|' /C calc'!A0``): it gets a leading ``'``.
Numbers stay numbers. Files are UTF-8 with a BOM so Excel reads the Chinese correctly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """``value`` ready for a spreadsheet cell: numbers as they are, text never a formula."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence]) -> bytes:
    """A CSV file (UTF-8 with BOM) of ``headers`` then ``rows``, every cell through :func:`safe_cell`."""
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow([safe_cell(h) for h in headers])
    for row in rows:
        writer.writerow([safe_cell(v) for v in row])
    return buf.getvalue().encode("utf-8-sig")
