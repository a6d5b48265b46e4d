"""The report's pictures, drawn offline with matplotlib's Agg renderer into PNG bytes (no pyplot, no display)."""

from __future__ import annotations

import io
import math

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

COLOURS = ["#3b6fb6", "#e08a2e", "#4f9d69", "#8e5bb5", "#c0504d", "#6b6b6b"]
INTERRUPTION = "#d62728"
BACKCHANNEL = "#2ca02c"
NUDGE = "#9467bd"


def plain(text: str) -> str:
    """User text as matplotlib shows it literally ($ would start mathtext)."""
    return str(text).replace("$", r"\$")


def png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, metadata={"Software": None})  # no URL or version in the file
    return buffer.getvalue()


def timeline(people: list[str], turns: list[dict], events: list[dict], duration: float) -> bytes:
    """Who spoke when: a lane per person with their turns as bars, interruptions, talk-over, backchannels and
    nudges marked, and the step boundaries labelled along the top."""
    lanes = {name: i for i, name in enumerate(people)}
    end = max([duration or 0.0] + [t["end"] for t in turns] + [e["end"] or 0.0 for e in events]) or 1.0
    figure = Figure(figsize=(11, 1.6 + 0.7 * len(people)))
    axes = figure.add_subplot()
    for name, lane in lanes.items():
        bars = [(t["start"], t["end"] - t["start"]) for t in turns if t["person"] == name]
        axes.broken_barh(bars, (lane - 0.3, 0.6), facecolors=COLOURS[lane % len(COLOURS)], alpha=0.85)
    for event in events:
        lane = lanes.get(event["by"])
        if lane is None or event["start"] is None:
            continue
        if event["type"] == "talk_over":
            axes.broken_barh([(event["start"], max(event["end"] - event["start"], 0.05))], (lane - 0.42, 0.84),
                             facecolors="none", edgecolors=INTERRUPTION, hatch="////", linewidth=1.2)
        elif event["type"] == "interruption":
            axes.plot([event["start"]], [lane - 0.45], marker="v", markersize=11, color=INTERRUPTION, zorder=5)
        elif event["type"] == "backchannel":
            axes.plot([event["start"], event["start"]], [lane - 0.2, lane + 0.2], color=BACKCHANNEL, linewidth=3)
        elif event["type"] == "nudge":
            axes.plot([event["start"]], [lane + 0.42], marker="D", markersize=6, color=NUDGE, zorder=5)
    previous, labelled_at = object(), -end
    for turn in turns:
        if turn["step"] != previous and turn["step"] is not None:
            axes.axvline(turn["start"], color="#888888", linestyle=":", linewidth=1)
            if turn["start"] - labelled_at > end / 25:  # a long session: no labels on top of each other
                label = f"step {turn['step']}" if turn["step"].isdigit() else plain(turn["step"])
                axes.text(turn["start"], len(people) - 0.45, label, fontsize=8, color="#444444", va="bottom")
                labelled_at = turn["start"]
        previous = turn["step"]
    axes.set_yticks(range(len(people)), [plain(name) for name in people])
    axes.set_ylim(len(people) - 0.4, -0.6)  # the first person on top, room for the step labels
    axes.set_xlim(0, end * 1.01)
    axes.set_xlabel("seconds into the session")
    axes.grid(axis="x", color="#eeeeee")
    axes.set_axisbelow(True)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.legend(handles=[
        Patch(facecolor="none", edgecolor=INTERRUPTION, hatch="////", label="talk-over"),
        Line2D([], [], marker="v", color=INTERRUPTION, linestyle="none", markersize=9, label="interruption"),
        Line2D([], [], color=BACKCHANNEL, linewidth=3, label="backchannel"),
        Line2D([], [], marker="D", color=NUDGE, linestyle="none", markersize=6, label="coach's nudge"),
    ], loc="upper center", bbox_to_anchor=(0.5, -0.32 if len(people) > 1 else -0.45), ncol=4, frameon=False,
        fontsize=9)
    figure.tight_layout()
    return png(figure)


def progress(sessions: list[dict], people: list[str], current: int | None = None) -> bytes:
    """Across sessions, per person: interruptions, median reply latency, reflection rounds until understood.
    Solo sessions leave gaps in the first two (nobody to interrupt)."""
    figure = Figure(figsize=(11, 3.4))
    panels = [("interruptions", "interruptions per session", True),
              ("median_latency", "median reply latency (s)", True),
              ("reflection_rounds", "reflection rounds to understood\n(as listener)", False)]
    ids = [s["id"] for s in sessions]
    for n, (figure_name, title, couple_only) in enumerate(panels):
        axes = figure.add_subplot(1, 3, n + 1)
        for i, name in enumerate(people):
            values = [_number(s["metrics"][name][figure_name])
                      if name in s["metrics"] and not (couple_only and s["mode"] == "solo") else math.nan
                      for s in sessions]
            axes.plot(ids, values, marker="o" if len(ids) <= 60 else None, markersize=4,
                      color=COLOURS[i % len(COLOURS)], label=plain(name))
        if current is not None:
            axes.axvline(current, color="#bbbbbb", linewidth=6, alpha=0.5, zorder=0)
        axes.set_xlim(min(ids) - 0.5, max(ids) + 0.5)
        axes.set_title(title, fontsize=10)
        axes.set_xlabel("session")
        axes.set_ylim(bottom=min(0, axes.get_ylim()[0]))
        axes.xaxis.get_major_locator().set_params(integer=True)
        if figure_name != "median_latency":
            axes.yaxis.get_major_locator().set_params(integer=True)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
        if n == 0:
            axes.legend(fontsize=8, frameon=False)
    figure.tight_layout()
    return png(figure)


def _number(value) -> float:
    return math.nan if value is None else float(value)
