"""Notices about the office's own work (not about coverage): a 网媒快讯 waiting for 签发 is announced
on the leaders' channels (``leaders = true`` in alerts.toml), so the leader who must sign hears of it.

Best effort and off the request: sent from a background thread with the channels' own timeouts; a
channel that fails is logged (never with its secret) and the landing page still shows the issue.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)


def leader_channels(profile_path: Path) -> list:
    from clippings.alerts.service import load
    from clippings.config import ConfigError

    try:
        cfg = load(Path(profile_path))
    except (ConfigError, OSError) as exc:   # no alerts config: no channels, the landing page is enough
        log.info("no notice channels: %s", exc)
        return []
    return [c for c in cfg.channels if getattr(c, "leaders", False)]


def announce(profile_path: Path, title: str, body: str, *, wait: bool = False) -> threading.Thread | None:
    """Send ``title``/``body`` to every leaders' channel (in a background thread unless ``wait``)."""
    from clippings.alerts.channels import ChannelError, send

    channels = leader_channels(profile_path)
    if not channels:
        return None

    def run():
        for channel in channels:
            try:
                send(channel.name, channel.url, title, body)
            except ChannelError as exc:
                log.warning("notice not delivered: %s", exc)

    if wait:
        run()
        return None
    thread = threading.Thread(target=run, name="briefing-notice", daemon=True)
    thread.start()
    return thread


def briefing_waiting(profile_path: Path, day, reviewed_by: str, link: str = "", *, wait: bool = False):
    title = f"网媒快讯待签发：{day.year}年{day.month}月{day.day}日"
    body = f"{day} 的网媒快讯已由 {reviewed_by} 审核通过，等待领导签发。" + (f"\n{link}" if link else "")
    return announce(profile_path, title, body, wait=wait)
