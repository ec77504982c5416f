"""The 网媒快讯 as one self-contained HTML page (inline CSS, no external resources).

Rendered with Jinja2 and autoescaping on: every crawled string (titles, summaries, sources,
URLs) is HTML-escaped; only http(s) URLs become links.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

from clippings.briefing.model import Briefing

_SAFE_URL = re.compile(r"^https?://[^\s\"'<>`]+$", re.I)


def safe_url(url: str | None) -> bool:
    """True for an http(s) URL that may be used as a link target."""
    return bool(url and _SAFE_URL.match(url))


@lru_cache(maxsize=None)
def environment(package: str) -> Environment:
    """A Jinja2 environment for a package's ``templates`` folder, autoescaping everything."""
    env = Environment(loader=PackageLoader(package, "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals["safe_url"] = safe_url
    return env


def html_text(b: Briefing) -> str:
    return environment("clippings.briefing").get_template("briefing.html").render(b=b)


def render_html(b: Briefing, out_path: str | Path) -> Path:
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    out_path.write_text(html_text(b), encoding="utf-8")
    return out_path
