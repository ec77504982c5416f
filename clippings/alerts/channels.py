"""Send one message to one channel through apprise; secrets come from the environment at send time.

A channel URL is written with ``${VAR}`` for its secrets (``dingtalk://${DINGTALK_TOKEN}/${DINGTALK_SECRET}``);
the expanded URL lives only in memory for the send. Error text is scrubbed of every secret value
before it is returned, so neither the queue, the log nor a page ever shows one.
"""

from __future__ import annotations

import logging
import os
import re

log = logging.getLogger(__name__)
# apprise's log lines may quote tokens from the URL: they never reach the application's log. Its
# messages are captured per send (LogCapture), scrubbed of secrets and stored with the notification.
_apprise_log = logging.getLogger("apprise")
_apprise_log.propagate = False
_apprise_log.addHandler(logging.NullHandler())
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


class ChannelError(RuntimeError):
    """The channel could not deliver (message in Chinese, names the channel, no secrets)."""


def check_url(url: str) -> str | None:
    """None when apprise understands ``url`` (secrets replaced by placeholders), else the problem."""
    import apprise

    probe = _VAR.sub(lambda m: f"x{m[1].lower().replace('_', '')}x", url)
    if apprise.Apprise().add(probe):
        return None
    scheme = url.split("://", 1)[0] if "://" in url else url
    return f"无法识别的通道地址（协议 {scheme!r} 不受支持或格式不对）"


def expand(channel_name: str, url: str, env: dict | None = None) -> tuple[str, list[str]]:
    """The URL with ``${VAR}`` read from the environment, and the secret values (for scrubbing)."""
    env = os.environ if env is None else env
    missing = [v for v in _VAR.findall(url) if not env.get(v)]
    if missing:
        raise ChannelError(f"通道 {channel_name}：缺少环境变量 {', '.join(missing)}")
    secrets = [env[v] for v in _VAR.findall(url)]
    return _VAR.sub(lambda m: env[m[1]], url), secrets


def scrub(text: str, secrets: list[str]) -> str:
    for s in sorted(secrets, key=len, reverse=True):
        if s:
            text = text.replace(s, "***")
    return text


def send(channel_name: str, url: str, title: str, body: str, env: dict | None = None) -> None:
    """Deliver or raise :class:`ChannelError`."""
    import apprise

    real, secrets = expand(channel_name, url, env)
    ap = apprise.Apprise()
    with apprise.LogCapture(level=logging.WARNING, fmt="%(message)s") as output:
        try:
            ok = ap.add(real) and ap.notify(title=title, body=body)
        except Exception as exc:  # a plugin bug must not stop the other channels
            ok = False
            output.write(f"{type(exc).__name__}: {exc}\n")
        captured = output.getvalue()
    if not ok:
        detail = scrub(" ".join(captured.split())[-300:], secrets) or "发送失败"
        raise ChannelError(f"通道 {channel_name}：{detail}")
