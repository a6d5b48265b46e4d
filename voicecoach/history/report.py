"""`voicecoach report`: one session as a single HTML page that works offline.

Everything is inside the file: the style sheet, and the pictures as base64 PNGs. The page names no URL at all, and
its Content-Security-Policy forbids loading anything but its own inline style and data: images, so even a
browser that wanted to fetch something could not. All user text (names, transcripts, feedback) is escaped.
"""

from __future__ import annotations

import base64
import datetime
import html
import json
import os
from pathlib import Path

from voicecoach.errors import VoicecoachError
from voicecoach.history import charts
from voicecoach.history.review import FIGURES, INTERACTION, review, turn_labels
from voicecoach.history.store import Store
from voicecoach.history.views import LABELS, value

STEP_TITLES = {"1": "the speaker shares", "2": "the listener reflects",
               "3": "the speaker: what was right, what was missed", "4": "the listener reflects again",
               "5": "steps 3 and 4 again", "6": "the listener's empathic reaction", "switch": "switch roles?",
               None: "before the steps"}

STYLE = """
:root { color-scheme: light; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0;
       background: #f6f7f9; color: #1d2330; line-height: 1.45; }
main { max-width: 1120px; margin: 0 auto; padding: 24px 28px 48px; background: #ffffff; }
h1 { font-size: 1.6em; margin: 0 0 4px; }
h2 { font-size: 1.2em; margin: 32px 0 10px; border-bottom: 2px solid #e3e7ee; padding-bottom: 4px; }
h3 { font-size: 1em; margin: 18px 0 6px; color: #3b4a66; }
.summary { color: #4a5568; margin: 0 0 6px; }
.status-complete { color: #2f7d4a; } .status-stopped { color: #a86b00; } .status-incomplete { color: #b3261e; }
img { width: 100%; height: auto; display: block; }
table { border-collapse: collapse; margin: 8px 0; font-variant-numeric: tabular-nums; }
th, td { padding: 5px 12px; border-bottom: 1px solid #e3e7ee; text-align: right; }
th:first-child, td:first-child { text-align: left; }
thead th { background: #eef2f7; }
.turn { display: grid; grid-template-columns: 64px 90px 1fr; gap: 8px; padding: 5px 0;
        border-bottom: 1px solid #f0f2f5; }
.time { color: #7a8599; font-variant-numeric: tabular-nums; }
.who { font-weight: 600; }
.event { color: #7a8599; font-size: 0.92em; padding: 3px 0 3px 162px; }
.event.interruption, .event.talk_over { color: #b3261e; }
.event.backchannel { color: #2f7d4a; }
.note { margin-top: 4px; padding: 4px 8px; background: #fff8e1; border-left: 3px solid #f0b429; }
.label { display: inline-block; margin: 4px 4px 0 0; padding: 0 6px; border-radius: 8px; background: #e8eef8;
         font-size: 0.85em; }
.muted { color: #7a8599; }
footer { margin-top: 40px; color: #7a8599; font-size: 0.9em; }
"""
POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def build(store: Store, session_id: int, patience: float = 1.0) -> str:
    history = review(store, patience=patience)
    session = next(s for s in history["sessions"] if s["id"] == session_id)
    turns = [dict(row) for row in store.rows("turns", session_id)]
    events = [dict(row) for row in store.rows("events", session_id)]
    people = session["people"]
    timeline = charts.timeline(people, turns, events, session["duration"] or 0.0)
    progress = charts.progress(history["sessions"], people, session_id)
    started = _when(session["started_at"])
    title = f"Session {session_id} · {started}"
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>voicecoach · {_e(title)}</title>",
        f"<style>{STYLE}</style></head><body><main>",
        f"<h1>{_e(title)}</h1>",
        _summary(session),
        "<h2>Who spoke when</h2>",
        _image(timeline, f"Timeline of session {session_id}: turns per person, interruptions, talk-over, "
                         "backchannels and step boundaries"),
        "<h2>Figures</h2>",
        _figures(session),
        "<h2>Transcript by step</h2>",
        _transcript(turns, events),
        "<h2>Progress across sessions</h2>",
        (f'<p class="summary">All {len(history["sessions"])} stored sessions; this one is shaded. '
         "Solo sessions leave gaps in interruptions and latency (nobody to interrupt).</p>"),
        _image(progress, "Interruptions, median reply latency and reflection rounds per session and person"),
        _trends(history["people"], people),
        (f"<footer>Made by voicecoach on {_e(_when(_now()))} from {_e(store.path.name)}. This page is "
         "self-contained: it loads nothing from anywhere. It holds the transcript of a private conversation; "
         "keep it as private as the session database.</footer>"),
        "</main></body></html>",
    ])


def write(html_text: str, path: Path) -> Path:
    """The page, private to the user like the database (0600)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(html_text)
    except OSError as exc:
        raise VoicecoachError(f"cannot write the report {path}: {exc.strerror or exc}") from None
    return path


def _summary(session: dict) -> str:
    status = session["status"]
    names = " and ".join(session["people"])
    parts = [session["mode"], session["attribution"] or "", f'<span class="status-{_e(status)}">{_e(status)}</span>',
             f"{session['duration'] or 0:.0f} s", f"{session['turns']} turns"]
    line = f'<p class="summary">{_e(names)} · ' + " · ".join(p if p.startswith("<span") else _e(p)
                                                           for p in parts if p) + "</p>"
    outcomes = []
    for e in session["exchanges"]:
        rounds = f"{e['rounds']} reflection round" + ("s" if e["rounds"] != 1 else "")
        if e["understood"]:
            outcomes.append(f"{_e(e['speaker'])} felt understood after {rounds} (listener: {_e(e['listener'])}).")
        else:
            outcomes.append(f"{_e(e['speaker'])} did not yet feel understood after {rounds} "
                            f"(listener: {_e(e['listener'])}).")
    if status == "incomplete":
        outcomes.append("This session was cut off (the program stopped mid-way): its figures are computed from the "
                        "turns and events stored before that.")
    return line + "".join(f'<p class="summary">{o}</p>' for o in outcomes)


def _figures(session: dict) -> str:
    people = session["people"]
    head = "".join(f"<th>{_e(name)}</th>" for name in people)
    rows = []
    for figure in FIGURES:
        cells = []
        for name in people:
            number = session["metrics"][name][figure]
            shown = _e(value(figure, number))
            cells.append(f'<td class="muted">{shown}</td>' if session["mode"] == "solo" and figure in INTERACTION
                         else f"<td>{shown}</td>")
        rows.append(f"<tr><td>{_e(LABELS[figure])}</td>{''.join(cells)}</tr>")
    note = ('<p class="summary">Advice and attacks show – where the coach labelled no turn.</p>'
            if all(session["metrics"][n]["advice"] is None for n in people) else "")
    return f"<table><thead><tr><th></th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>{note}"


def _transcript(turns: list[dict], events: list[dict]) -> str:
    if not turns:
        return '<p class="muted">No turn was stored for this session.</p>'
    out = []
    items = [(t["start"], 1, "turn", t) for t in turns] + \
            [(e["start"] if e["start"] is not None else 0.0, 0, "event", e) for e in events]
    step = object()
    exchange = 0
    for _, _, kind, item in sorted(items, key=lambda x: (x[0], x[1])):
        if kind == "event":
            out.append(_event(item))
            continue
        if item["step"] != step:
            step = item["step"]
            if step == "1":
                exchange += 1
                out.append(f"<h3>Exchange {exchange}: {_e(item['person'])} speaks</h3>")
            name = f"Step {_e(step)} · " if step and step.isdigit() else ""
            out.append(f'<h3 class="muted">{name}{_e(STEP_TITLES.get(step, step or ""))}</h3>')
        out.append(_turn(item))
    return "\n".join(out)


def _turn(turn: dict) -> str:
    text = turn["text"] or ""
    words = _e(text) if text.strip() else '<span class="muted">(no words heard)</span>'
    extra = ""
    labels = turn_labels(turn["labels"])
    if labels:
        badges = "".join(f'<span class="label">{_e(label.replace("_", " "))}</span>' for label in labels)
        extra += f"<div>{badges}</div>"
    if turn["feedback"]:
        extra += f'<div class="note">{_e(turn["feedback"])}</div>'
    latency = f"<br>after {turn['latency']:.1f} s" if turn["latency"] is not None else ""
    role = f"<br>{_e(turn['role'])}" if turn["role"] else ""
    return (f'<div class="turn"><div class="time">{_clock(turn["start"])}</div>'
            f'<div class="who">{_e(turn["person"])}<span class="muted" style="font-weight:400">{role}</span></div>'
            f'<div>{words}{extra}<div class="muted" style="font-size:0.85em">{_clock(turn["start"])}–'
            f'{_clock(turn["end"])}{latency.replace("<br>", " · ")}</div></div></div>')


def _event(event: dict) -> str:
    kind = event["type"]
    who = _e(event["by"] or "")
    at = _clock(event["start"]) if event["start"] is not None else ""
    if kind == "interruption":
        text = f"⚠ {who} interrupted {_e(event['of'] or '')}"
    elif kind == "talk_over":
        text = f"{who} talked over {_e(event['of'] or '')} for {event['end'] - event['start']:.2f} s"
    elif kind == "backchannel":
        text = f"{who}: backchannel (“mm-hmm”)"
    elif kind == "nudge":
        detail = _detail(event["detail"])
        text = f"coach's nudge to {who}" + (f" ({_e(str(detail.get('kind')).replace('_', ' '))})" if detail else "")
    elif kind == "understood":
        text = f"✓ {who} felt understood"
    else:
        text = f"{_e(kind)} {who}"
    return f'<div class="event {_e(kind)}">{at} · {text}</div>'


def _trends(people_review: dict, people: list[str]) -> str:
    rows = []
    for figure in FIGURES:
        cells = []
        for name in people:
            trend = people_review[name]["trend"][figure]
            if trend is None:
                cells.append('<td class="muted">–</td>')
                continue
            delta = trend["change"]
            arrow = "=" if trend["verdict"] == "same" or abs(delta) < 0.005 else ("↑" if delta > 0 else "↓")
            verdict = trend["verdict"] or ""
            colour = {"better": "#2f7d4a", "worse": "#b3261e"}.get(verdict, "#4a5568")
            cells.append(f'<td style="color:{colour}">{_e(value(figure, trend["last"]))}, before '
                         f'{_e(value(figure, trend["earlier_mean"]))} {arrow} {_e(verdict)}</td>')
        rows.append(f"<tr><td>{_e(LABELS[figure])}</td>{''.join(cells)}</tr>")
    head = "".join(f"<th>{_e(name)}</th>" for name in people)
    return ("<h3>Each person's latest session against the mean of their earlier ones</h3>"
            f"<table><thead><tr><th></th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>")


def _image(data: bytes, alt: str) -> str:
    return f'<img alt="{_e(alt)}" src="data:image/png;base64,{base64.b64encode(data).decode("ascii")}">'


def _detail(raw: str | None) -> dict:
    try:
        value_ = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value_ if isinstance(value_, dict) else {}


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return ""
    minutes, rest = divmod(max(seconds, 0.0), 60)
    return f"{int(minutes)}:{rest:04.1f}"


def _when(iso: str | None) -> str:
    if not iso:
        return "unknown time"
    try:
        return datetime.datetime.fromisoformat(iso).astimezone().strftime("%d %B %Y, %H:%M")
    except ValueError:
        return iso


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


def _e(text) -> str:
    return html.escape(str(text), quote=True)
