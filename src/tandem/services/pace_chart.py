"""Drawing the pace chart with matplotlib (Agg, no display), imported only when drawn."""

from __future__ import annotations

import io
from typing import Any

COLOURS = ("#1f5fa8", "#c0392b", "#2e8b57", "#8e44ad", "#d35400", "#555555")


def render(h: dict[str, Any], fmt: str) -> bytes:
    """Each track's index over `h["days"]`, each rule's tolerance band around its `behind`
    track, and a mark for every step (measure or observed action) on its track."""
    import matplotlib

    matplotlib.use("Agg")
    import numpy as np
    from matplotlib.dates import AutoDateLocator, ConciseDateFormatter
    from matplotlib.figure import Figure

    days = np.array(h["days"], dtype="datetime64[D]")
    fig = Figure(figsize=(9, 4.8), dpi=100)
    ax = fig.add_subplot()
    colour = {t["id"]: COLOURS[i % len(COLOURS)] for i, t in enumerate(h["tracks"])}
    series = {t["id"]: t["index"] for t in h["tracks"]}
    for t in h["tracks"]:
        ax.step(days, t["index"], where="post", color=colour[t["id"]], label=t["name"], lw=2)
    for rule in h["rules"]:
        base = series.get(rule["behind"])
        if base is None:
            continue
        tol = rule["tolerance"]
        low = [b - tol for b in base] if rule["band"] else base
        ax.fill_between(
            days,
            low,
            [b + tol for b in base],
            step="post",
            color=colour[rule["ahead"]],
            alpha=0.12,
            label=f"rule {rule['id']}: {rule['says']}",
        )
        out = [g > tol or (rule["band"] and g < -tol) for g in rule["gap"]]
        if any(out):
            ahead = series[rule["ahead"]]
            ax.step(
                days,
                [v if o else float("nan") for v, o in zip(ahead, out, strict=True)],
                where="post",
                color="black",
                lw=6,
                alpha=0.25,
                zorder=1,
                label=f"out of rule {rule['id']}",
            )
    for s in h["steps"]:
        when = np.array([s["on"]], dtype="datetime64[D]")
        if s["track"] not in series or not len(days):
            continue
        i = max(int(np.searchsorted(days, when[0], side="right")) - 1, 0)
        y = series[s["track"]][i]
        ax.plot(
            when,
            [y],
            marker="o" if s["subject"].startswith("measure") else "D",
            ms=4,
            color=colour[s["track"]],
            zorder=3,
        )
    ax.axhline(0, color="#999999", lw=0.6)
    ax.set_ylabel("index")
    ax.set_title("Pace of the tracks (docs/pacing.md)")
    locator = AutoDateLocator()  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
    ax.legend(loc="upper left", fontsize=7, frameon=False)
    ax.grid(alpha=0.25)
    fig.tight_layout()
    buf = io.BytesIO()
    metadata: dict[str, Any] = {"Date": None} if fmt == "svg" else {"Software": None}
    if fmt == "svg":
        matplotlib.rcParams["svg.hashsalt"] = "tandem"
    fig.savefig(buf, format=fmt, metadata=metadata)
    return buf.getvalue()
