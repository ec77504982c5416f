#!/usr/bin/env python
"""Search the clippings archive from the command line: the same as ``clippings search``.

    python search_cli.py '"占道经营"' --since 2026-11-01 --sentiment 负面 --json
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    from clippings.cli import main as clippings_main

    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("-h", "--help"):
        args = ["--help"]
    clippings_main(["search", *args])


if __name__ == "__main__":
    main()
