"""`voicecoach export`: every stored session, as JSON (everything) or CSV (one row per turn).

JSON: {"format": "voicecoach-sessions", "schema": N, "exported_at", "sessions": [{the session's columns,
"people": [names], "turns": [...], "events": [...], "exchanges": [...], "metrics": {person: {...}}}]}, with each
turn's `labels` and each event's `detail` decoded from their stored JSON.

CSV: one row per turn, each row carrying its session's columns first (people joined by ";"); a session with no
turn still gets one row, with the turn columns empty. Events, exchanges and metrics are not in the CSV (they do not
fit one row per turn): take the JSON for those, or `voicecoach stats --json` for the figures.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from voicecoach.errors import VoicecoachError
from voicecoach.history.store import SCHEMA_VERSION, Store, now

SESSION_COLUMNS = ["session_id", "started_at", "ended_at", "status", "mode", "attribution", "pack", "duration",
                   "reflection_rounds", "understood", "people"]
TURN_COLUMNS = ["turn_id", "step", "role", "person", "start", "end", "latency", "text", "labels", "feedback"]


def sessions(store: Store) -> list[dict]:
    rows = store.find_sessions()
    ids = [row["id"] for row in rows]
    tables = {t: store.rows_by_session(t, ids) for t in ("people", "turns", "events", "exchanges", "metrics")}
    found = []
    for row in rows:
        session = dict(row)
        session["understood"] = None if row["understood"] is None else bool(row["understood"])
        sid = row["id"]
        session["people"] = [p["name"] for p in tables["people"][sid]]
        session["turns"] = [{**_without_session(t), "labels": _decoded(t["labels"])} for t in tables["turns"][sid]]
        session["events"] = [{**_without_session(e), "detail": _decoded(e["detail"])} for e in tables["events"][sid]]
        session["exchanges"] = [{**_without_session(e), "understood": bool(e["understood"])}
                                for e in tables["exchanges"][sid]]
        session["metrics"] = {m["person"]: {k: m[k] for k in m.keys() if k not in ("session_id", "person")}
                              for m in tables["metrics"][sid]}
        found.append(session)
    return found


def as_json(store: Store) -> str:
    return json.dumps({"format": "voicecoach-sessions", "schema": SCHEMA_VERSION, "exported_at": now(),
                       "sessions": sessions(store)}, ensure_ascii=False, indent=1)


def as_csv(store: Store) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(SESSION_COLUMNS + TURN_COLUMNS)
    for session in sessions(store):
        head = [session["id"], *(session[c] for c in SESSION_COLUMNS[1:-1]), ";".join(session["people"])]
        if session["understood"] is not None:
            head[SESSION_COLUMNS.index("understood")] = int(session["understood"])
        for turn in session["turns"] or [None]:
            if turn is None:
                writer.writerow(head + [""] * len(TURN_COLUMNS))
                continue
            labels = json.dumps(turn["labels"], ensure_ascii=False) if turn["labels"] is not None else ""
            writer.writerow(head + [turn["id"], *(turn[c] for c in TURN_COLUMNS[1:-2]), labels, turn["feedback"]])
    return buffer.getvalue()


def write(text: str, path: Path) -> None:
    """The export holds private conversations: it is as private as the database (0600)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
    except OSError as exc:
        raise VoicecoachError(f"cannot write the export {path}: {exc.strerror or exc}") from None


def _without_session(row) -> dict:
    return {key: row[key] for key in row.keys() if key != "session_id"}


def _decoded(raw: str | None):
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw
