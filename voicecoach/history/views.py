"""`voicecoach stats` on a terminal: a table of sessions (a row per person) and a table of each person's trend."""

from __future__ import annotations

import datetime

from rich import box
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from voicecoach.history.review import FIGURES, INTERACTION

LABELS = {
    "interruptions": "interruptions",
    "talk_over_seconds": "talk-over",
    "backchannels": "backchannels",
    "median_latency": "median reply latency",
    "talk_share": "talk share",
    "reflection_rounds": "reflection rounds to understood",
    "confirmation_rate": "felt understood",
    "advice": "advice",
    "attacks": "attacks",
}
SHORT = {"interruptions": "inter-\nrupt.", "talk_over_seconds": "over\ns", "backchannels": "back-\nchan.",
         "median_latency": "reply\ns", "talk_share": "share", "reflection_rounds": "rounds",
         "confirmation_rate": "under-\nstood", "advice": "advice", "attacks": "attack"}


def value(figure: str, number) -> str:
    if number is None:
        return "–"
    if figure in ("talk_over_seconds", "median_latency"):
        return f"{number:.2f} s"
    if figure in ("talk_share", "confirmation_rate"):
        return f"{number:.0%}"
    if isinstance(number, float) and not number.is_integer():
        return f"{number:.1f}"
    return f"{number:.0f}"


def change(figure: str, trend: dict | None) -> str:
    """'↓ −1 better': the arrow says which way it moved, the sign how much, the word whether that is good."""
    if trend is None:
        return "[dim]–[/dim]"
    delta = trend["change"]
    if trend["verdict"] == "same" or abs(delta) < 0.005:
        return "[dim]= same[/dim]"
    arrow = "↑" if delta > 0 else "↓"
    if figure in ("talk_share", "confirmation_rate"):  # shares move by percentage points
        amount = f"{abs(delta) * 100:.0f} pts"
    else:
        amount = value(figure, abs(delta))
    text = f"{arrow} {'+' if delta > 0 else '−'}{amount}"
    if trend["verdict"] == "better":
        return f"[green]{text} better[/green]"
    if trend["verdict"] == "worse":
        return f"[red]{text} worse[/red]"
    return text


def when(iso: str | None) -> str:
    """A session's start in local time: '22 Nov 14:05' (this year) or '22 Nov 2025'."""
    if not iso:
        return "–"
    try:
        started = datetime.datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return started.strftime("%d %b %H:%M" if started.year == datetime.datetime.now().year else "%d %b %Y")


def bare(figure: str, number) -> str:
    """A table cell without its unit (the column header has it)."""
    if number is not None and figure in ("talk_over_seconds", "median_latency"):
        return f"{number:.2f}"
    return value(figure, number)


def print_stats(console: Console, review: dict, patience: float = 1.0, max_rows: int | None = None) -> None:
    """`max_rows`: show only the latest sessions in the table (the trends still use them all)."""
    listed = review["sessions"][-max_rows:] if max_rows else review["sessions"]
    hidden = len(review["sessions"]) - len(listed)
    title = f"Sessions (the last {len(listed)} of {len(review['sessions'])}; --last N shows more)" if hidden else "Sessions"
    sessions = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, padding=(0, 0),
                     show_edge=False)
    sessions.add_column("#", justify="right", min_width=2)
    sessions.add_column("started", min_width=6)
    sessions.add_column("person", min_width=4)
    for figure in FIGURES:
        sessions.add_column(SHORT[figure], justify="right", min_width=6)
    for session in listed:
        marks = {"complete": "", "stopped": " [yellow]stopped[/yellow]",
                 "incomplete": " [red]incomplete[/red]"}.get(session["status"], f" {escape(session['status'])}")
        solo = session["mode"] == "solo"  # nobody to interrupt: dimmed, and left out of the trends
        shown = [name for name in session["people"] if name in review["people"]]  # --person: theirs only
        for i, name in enumerate(shown):
            figures = session["metrics"][name]
            first = i == 0
            sessions.add_row(str(session["id"]) if first else "",
                             (when(session["started_at"]) + (" solo" if solo else "") + marks) if first else "",
                             escape(name),
                             *[f"[dim]{bare(f, figures[f])}[/dim]" if solo and f in INTERACTION else bare(f, figures[f])
                               for f in FIGURES],
                             end_section=i == len(shown) - 1)
    console.print(sessions)
    if any(s["metrics_from"] != "stored" for s in review["sessions"]):
        console.print("[dim]An incomplete session (the program was stopped mid-way) shows figures computed from "
                      "the turns and events it stored.[/dim]")

    people = review["people"]
    console.print()
    trends = Table(title="People: last session against the mean of the earlier ones", title_justify="left")
    trends.add_column("")
    for name in people:
        trends.add_column(f"{escape(name)}\nper session", justify="right")
        trends.add_column(f"{escape(name)}\nlast vs earlier", justify="left")
    trends.add_row("sessions", *[c for p in people.values() for c in
                                 (f"{p['sessions']} ({p['solo_sessions']} solo)" if p["solo_sessions"] else
                                  str(p["sessions"]), "")])
    for figure in FIGURES:
        cells = []
        for person in people.values():
            trend = person["trend"][figure]
            cells += [value(figure, person["means"][figure]),
                      (value(figure, trend["last"]) + "  " + change(figure, trend)) if trend else "[dim]–[/dim]"]
        trends.add_row(LABELS[figure], *cells)
    console.print(trends)
    console.print(
        "[dim]Fewer interruptions, talk-over, advice, attacks and reflection rounds are better; more backchannels "
        f"and more speakers who felt understood are better; a longer pause before replying is better up to "
        f"{patience:g} s; talk share has no better side. Solo sessions count only for rounds, understood and "
        "labels (their other figures are dimmed). Advice and attacks are counted from the coach's labels on each "
        "turn: – where no turn was labelled.[/dim]")
