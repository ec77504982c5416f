"""Fonts the documents need, shipped so charts render Chinese on any machine.

``WenQuanYiMicroHei-GB2312.ttf``: WenQuanYi Micro Hei 0.2.0-beta (文泉驿微米黑; Apache-2.0, see
``LICENSE-Apache-2.0.txt``; © 2008-2009 The WenQuanYi Project Board of Trustees, based on Droid
Sans Fallback © 2006-2008 Google), subset to ASCII, the GB2312 character set and common CJK
punctuation (1.2 MB instead of 4.6 MB) and renamed "WenQuanYi Micro Hei GB2312". Made with
fontTools from Debian's fonts-wqy-microhei::

    pyftsubset wqy-microhei-0.ttf --text-file=gb2312-chars.txt --layout-features='*' \\
        --name-IDs='*' --no-hinting --desubroutinize

Characters outside GB2312 fall back to any installed CJK font (see clippings.reports.charts).
"""

from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent
