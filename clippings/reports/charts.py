"""PNG charts for the leadership report (matplotlib, Agg backend) with Chinese labels.

A CJK font is needed or the labels come out as boxes: the GB2312 subset of WenQuanYi Micro Hei
shipped in ``clippings/fonts/`` is used first, then any installed CJK font (Noto Sans CJK, Source
Han Sans, WenQuanYi…) for characters outside GB2312. Without any a warning is logged.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from clippings.fonts import FONT_DIR  # noqa: E402
from clippings.reports.model import Report  # noqa: E402

log = logging.getLogger(__name__)

CJK_FAMILIES = (
    "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Source Han Sans CN", "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei", "Droid Sans Fallback", "SimHei", "Microsoft YaHei", "PingFang SC", "Heiti SC",
    "AR PL UMing CN", "Noto Serif CJK SC",
)
COLORS = {"negative": "#d7263d", "positive": "#2e86ab", "neutral": "#a0a4a8"}
from clippings.vocabulary import SENTIMENT as LABELS


@lru_cache(maxsize=1)
def cjk_families() -> tuple[str, ...]:
    """Font families with Chinese glyphs: the shipped font first, then installed ones (for fallback)."""
    found: list[str] = []
    if FONT_DIR.is_dir():
        for path in sorted(FONT_DIR.iterdir()):
            if path.suffix.lower() in (".ttf", ".otf", ".ttc"):
                try:
                    font_manager.fontManager.addfont(str(path))
                    found.append(font_manager.FontProperties(fname=str(path)).get_name())
                except (OSError, RuntimeError, ValueError) as exc:
                    log.warning("cannot load font %s: %s", path, exc)
    installed = {f.name for f in font_manager.fontManager.ttflist}
    found += [family for family in CJK_FAMILIES if family in installed and family not in found]
    if not found:
        log.warning("no CJK font found: chart labels will not render (install fonts-noto-cjk or fonts-wqy-microhei)")
    return tuple(found)


def _style() -> None:
    plt.rcParams["font.family"] = "sans-serif"
    # matplotlib falls back glyph by glyph along this list
    plt.rcParams["font.sans-serif"] = [*cjk_families(), "DejaVu Sans"]
    plt.rcParams["axes.unicode_minus"] = False
    plt.rcParams["figure.dpi"] = 100
    plt.rcParams["axes.spines.top"] = plt.rcParams["axes.spines.right"] = False


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, format="png", dpi=150)
    plt.close(fig)
    return path


def trend_chart(report: Report, path: Path) -> Path:
    """Stacked daily bars by sentiment with the negative share as a line."""
    fig, ax = plt.subplots(figsize=(9, 4))
    labels = [d.name[5:] for d in report.daily]
    x = range(len(labels))
    bottom = [0] * len(labels)
    for key in ("negative", "positive", "neutral"):
        values = [getattr(d, key) for d in report.daily]
        ax.bar(x, values, bottom=bottom, color=COLORS[key], label=LABELS[key], width=0.7)
        bottom = [b + v for b, v in zip(bottom, values)]
    ax.set_ylabel("信息量（条）")
    ax.set_title(f"每日舆情走势（{report.period_text}）")
    step = max(1, len(labels) // 15)
    ax.set_xticks(list(x)[::step], labels[::step], rotation=45 if len(labels) > 10 else 0)
    share = ax.twinx()
    # no point on days without any clipping: a 0 % share there would be misleading
    share.plot(list(x), [d.share("negative") * 100 if d.total else float("nan") for d in report.daily],
               color="#7a0010", marker="o",
               markersize=3, linewidth=1.2, label="负面占比")
    share.set_ylabel("负面占比（%）")
    share.set_ylim(0, 122)
    share.set_yticks([0, 20, 40, 60, 80, 100])
    share.spines["top"].set_visible(False)
    handles = ax.get_legend_handles_labels()[0] + share.get_legend_handles_labels()[0]
    ax.set_ylim(0, max(bottom + [1]) * 1.22)          # headroom for the legend
    ax.legend(handles, [h.get_label() for h in handles], loc="upper left", fontsize=8, ncol=4, frameon=False)
    return _save(fig, path)


def sentiment_chart(report: Report, path: Path) -> Path:
    fig, ax = plt.subplots(figsize=(4.5, 4))
    t = report.totals
    values = [t.negative, t.positive, t.neutral]
    if sum(values):
        ax.pie(values, labels=[LABELS[k] for k in ("negative", "positive", "neutral")],
               colors=[COLORS[k] for k in ("negative", "positive", "neutral")], autopct="%1.1f%%",
               startangle=90, counterclock=False, wedgeprops={"linewidth": 1, "edgecolor": "white"})
    else:
        ax.text(0.5, 0.5, "本期无数据", ha="center", va="center")
        ax.axis("off")
    ax.set_title("情感倾向占比")
    return _save(fig, path)


def _stacked_barh(rows, title: str, path: Path, limit: int = 12) -> Path:
    rows = [r for r in rows if r.total][:limit][::-1]
    fig, ax = plt.subplots(figsize=(8, max(2.5, 0.38 * len(rows) + 1.2)))
    names = [r.name for r in rows]
    left = [0] * len(rows)
    for key in ("negative", "positive", "neutral"):
        values = [getattr(r, key) for r in rows]
        ax.barh(names, values, left=left, color=COLORS[key], label=LABELS[key], height=0.6)
        left = [a + b for a, b in zip(left, values)]
    if not rows:
        ax.text(0.5, 0.5, "本期无数据", ha="center", va="center", transform=ax.transAxes)
    ax.set_xlabel("信息量（条）")
    ax.set_title(title)
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    return _save(fig, path)


def draw_charts(report: Report, charts_dir: Path) -> dict[str, Path]:
    """Draw every chart into ``charts_dir``; returns {name: path}."""
    _style()
    charts_dir.mkdir(parents=True, exist_ok=True)
    return {
        "trend": trend_chart(report, charts_dir / "trend.png"),
        "sentiment": sentiment_chart(report, charts_dir / "sentiment.png"),
        "topics": _stacked_barh(report.by_topic, "各话题信息量", charts_dir / "topics.png"),
        "districts": _stacked_barh(report.by_district, "各县区信息量", charts_dir / "districts.png"),
        "sources": _stacked_barh(report.by_source, "主要信息源", charts_dir / "sources.png", limit=10),
    }
