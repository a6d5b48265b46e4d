"""Stored sessions reviewed afterwards: the figures of each session and person, and each person's trend.

A finished session has its metrics stored by the listening engine. A session killed mid-way (`incomplete`) has
none, so its figures are computed here from the turns and events it stored, the same way the engine computes them
(talk share from turn times rather than speech segments). Advice and attack counts come from each turn's `labels`
and stay `None` (shown as "–") while no turn of that person carries labels: nothing is guessed.

A person's trend compares their last session with the mean of their earlier ones. A solo session (one person
speaking both roles) has no partner to interrupt, so it counts only for the listening figures (reflection rounds,
confirmation rate, labels), never for interruptions, talk-over, backchannels, latency or talk share.
"""

from __future__ import annotations

import json
import statistics

from voicecoach.errors import VoicecoachError
from voicecoach.history.store import Store

INTERACTION = ("interruptions", "backchannels", "talk_over_seconds", "median_latency", "talk_share")
LISTENING = ("reflection_rounds", "confirmation_rate")
LABELLED = ("advice", "attacks")
FIGURES = INTERACTION + LISTENING + LABELLED
LABEL_KEYS = {"advice": "advice", "attacks": "attack"}  # figure -> the label a turn carries

# Which way is better: -1 lower, +1 higher, 0 neither. A reply latency is better when higher only up to
# `turns.patience` (a pause before replying is coached; a longer one is no better).
BETTER = {"interruptions": -1, "backchannels": +1, "talk_over_seconds": -1, "median_latency": +1, "talk_share": 0,
          "reflection_rounds": -1, "confirmation_rate": +1, "advice": -1, "attacks": -1}
SAME = 0.005  # changes smaller than this are no change


def review(store: Store, last: int | None = None, person: str | None = None, patience: float = 1.0) -> dict:
    """{"sessions": [...oldest first], "people": {name: totals, means and trends}}; one JSON-ready object."""
    rows = store.find_sessions(last, person)
    if not rows:
        if person is not None and store.find_sessions(1):
            known = sorted({r["name"] for r in store.db.execute("SELECT DISTINCT name FROM people")})
            raise VoicecoachError(f"no stored session with '{person}' (people in {store.path}: {', '.join(known)})")
        raise VoicecoachError(f"no sessions stored in {store.path} yet: practise a session first")
    ids = [row["id"] for row in rows]
    names = ("people", "turns", "events", "exchanges", "metrics")
    tables = [store.rows_by_session(table, ids) for table in names]
    sessions = [session_review(row, *(table[row["id"]] for table in tables)) for row in rows]
    return {"sessions": sessions, "people": people_review(sessions, person, patience)}


def resolve_session(store: Store, which: str) -> int:
    """A session id from 'latest' or a number; one clear line when there is no such session."""
    if which == "latest":
        found = store.find_sessions(1)
        if not found:
            raise VoicecoachError(f"no sessions stored in {store.path} yet: practise a session first")
        return found[0]["id"]
    try:
        session = int(which)
    except ValueError:
        raise VoicecoachError(f"a session is a number from `voicecoach stats` or 'latest', not '{which}'") from None
    if store.session(session) is None:
        ids = [row["id"] for row in store.find_sessions()]
        known = ("no session is stored" if not ids else f"stored: {', '.join(map(str, ids))}" if len(ids) <= 10
                 else f"{len(ids)} stored, numbered {ids[0]} to {ids[-1]}")
        raise VoicecoachError(f"there is no session {session} in {store.path} ({known})")
    return session


def session_review(row, people, turns, events, exchanges, metrics) -> dict:
    names = [p["name"] for p in people]
    stored = {m["person"]: m for m in metrics}
    exchange_list = [{"speaker": e["speaker"], "listener": e["listener"], "rounds": e["rounds"],
                      "understood": bool(e["understood"])} for e in exchanges]
    if not exchange_list and row["status"] == "incomplete":
        exchange_list = derived_exchanges(names, turns, events)
    figures = {}
    for name in names:
        figures[name] = stored_metrics(stored[name]) if name in stored else derived_metrics(name, turns, events)
        figures[name].update(label_counts(name, turns))
        figures[name].update(listening(name, exchange_list))
    understood = sum(e["understood"] for e in exchange_list)
    return {
        "id": row["id"],
        "started_at": row["started_at"],
        "ended_at": row["ended_at"],
        "status": row["status"],
        "mode": row["mode"],
        "attribution": row["attribution"],
        "pack": row["pack"],
        "duration": row["duration"] if row["duration"] is not None else _r(max(
            [t["end"] for t in turns] + [e["end"] for e in events if e["end"] is not None], default=0.0)),
        "people": names,
        "turns": len(turns),
        "steps": [int(t["step"]) for t in turns if t["step"] is not None and t["step"].isdigit()],
        "reflection_rounds": row["reflection_rounds"] if row["reflection_rounds"] is not None
        else sum(e["rounds"] for e in exchange_list),
        "understood": bool(row["understood"]) if row["understood"] is not None
        else bool(exchange_list) and understood == len(exchange_list),
        "confirmation_rate": _r(understood / len(exchange_list)) if exchange_list else None,
        "exchanges": exchange_list,
        "metrics_from": "stored" if all(name in stored for name in names) else "turns and events",
        "metrics": figures,
    }


def stored_metrics(row) -> dict:
    return {key: row[key] for key in INTERACTION}


def derived_metrics(name: str, turns, events) -> dict:
    """What the engine would have stored, from the turns and events a killed session kept."""
    own = [t for t in turns if t["person"] == name]
    total = sum(t["end"] - t["start"] for t in turns)
    latencies = [t["latency"] for t in own if t["latency"] is not None]
    by_me = [e for e in events if e["by"] == name]
    return {
        "interruptions": sum(e["type"] == "interruption" for e in by_me),
        "backchannels": sum(e["type"] == "backchannel" for e in by_me),
        "talk_over_seconds": _r(sum(e["end"] - e["start"] for e in by_me if e["type"] == "talk_over")),
        "median_latency": _r(statistics.median(latencies)) if latencies else None,
        "talk_share": _r(sum(t["end"] - t["start"] for t in own) / total) if total else 0.0,
    }


def label_counts(name: str, turns) -> dict:
    labelled = [set(turn_labels(t["labels"])) for t in turns if t["person"] == name and t["labels"] is not None]
    if not labelled:  # no turn of theirs was labelled: unknown, not zero
        return {figure: None for figure in LABELLED}
    return {figure: sum(key in labels for labels in labelled) for figure, key in LABEL_KEYS.items()}


def turn_labels(raw: str | None) -> list[str]:
    """A turn's labels as names: stored as {"advice": true, ...} (those that are true) or as a list of names."""
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except ValueError:
        return []
    if isinstance(value, dict):
        return [str(key) for key, on in value.items() if on]
    if isinstance(value, list):
        return [str(item) for item in value]
    return []


def listening(name: str, exchanges: list[dict]) -> dict:
    """As the listener: reflection rounds until the speaker felt understood, and how often they did."""
    mine = [e for e in exchanges if e["listener"] == name]
    reached = [e["rounds"] for e in mine if e["understood"]]
    return {
        "exchanges_as_listener": len(mine),
        "reflection_rounds": _r(statistics.mean(reached)) if reached else None,
        "confirmation_rate": _r(len(reached) / len(mine)) if mine else None,
    }


def derived_exchanges(names: list[str], turns, events) -> list[dict]:
    """Exchanges of a killed session, from its turns: step 1 opens one, each reflection (2, 4) is a round."""
    exchanges: list[dict] = []
    for turn in turns:
        if turn["step"] == "1":
            listener = next((n for n in names if n != turn["person"]), turn["person"])
            exchanges.append({"speaker": turn["person"], "listener": listener, "rounds": 0, "understood": False})
        elif turn["step"] in ("2", "4") and exchanges:
            exchanges[-1]["rounds"] += 1
    for event in events:
        if event["type"] != "understood":
            continue
        open_ = next((e for e in exchanges if e["speaker"] == event["by"] and not e["understood"]), None)
        if open_ is not None:
            open_["understood"] = True
    return exchanges


def people_review(sessions: list[dict], only: str | None, patience: float) -> dict:
    names: list[str] = []
    for session in sessions:
        names += [n for n in session["people"] if n not in names and (only is None or n == only)]
    return {name: person_review(name, [s for s in sessions if name in s["people"]], patience) for name in names}


def person_review(name: str, sessions: list[dict], patience: float) -> dict:
    series = {figure: [s["metrics"][name][figure] for s in sessions if s["metrics"][name][figure] is not None
                       and not (figure in INTERACTION and s["mode"] == "solo")] for figure in FIGURES}
    couple = [s for s in sessions if s["mode"] != "solo"]
    listened = sum(s["metrics"][name]["exchanges_as_listener"] for s in sessions)
    understood = sum(e["understood"] for s in sessions for e in s["exchanges"] if e["listener"] == name)
    return {
        "sessions": len(sessions),
        "couple_sessions": len(couple),
        "solo_sessions": len(sessions) - len(couple),
        "first": sessions[0]["started_at"],
        "last": sessions[-1]["started_at"],
        "totals": {
            "interruptions": sum(series["interruptions"]),
            "backchannels": sum(series["backchannels"]),
            "talk_over_seconds": _r(sum(series["talk_over_seconds"])),
            "exchanges_as_listener": listened,
            "understood_as_listener": understood,
            "advice": sum(series["advice"]) if series["advice"] else None,
            "attacks": sum(series["attacks"]) if series["attacks"] else None,
        },
        "means": {figure: _r(statistics.fmean(values)) if values else None for figure, values in series.items()},
        "trend": {figure: trend(figure, values, patience) for figure, values in series.items()},
    }


def trend(figure: str, values: list[float], patience: float) -> dict | None:
    """The last value against the mean of the earlier ones, with a verdict: better, worse or same (None: neither)."""
    if len(values) < 2:
        return None
    last, earlier = values[-1], statistics.fmean(values[:-1])
    change = last - earlier
    direction = BETTER[figure]
    if figure == "median_latency":  # up to the patience the coach asks for, a longer pause is better; not beyond
        judged = min(last, patience) - min(earlier, patience)
    else:
        judged = change
    if direction == 0:
        verdict = None
    elif abs(judged) < SAME:
        verdict = "same"
    else:
        verdict = "better" if judged * direction > 0 else "worse"
    return {"last": last, "earlier_mean": _r(earlier), "change": _r(change), "verdict": verdict,
            "sessions": len(values)}


def _r(value: float) -> float:
    return round(value, 3)
