"""Reviewing a long history: `voicecoach stats --json` (and the other history commands) over 1,000 stored sessions.

    .venv/bin/python benchmarks/history_speed.py [--sessions 1000] [--runs 5]

A temporary database is filled through the Store API, the way `practice` writes it (a commit per turn and event),
with realistic sessions: two partners (some solo sessions and a few killed mid-way), one or two exchanges of
1-4 reflection rounds, about a dozen turns of 15-30 words, interruptions that grow rarer over the weeks,
backchannels, talk-over, nudges, and coach labels and feedback on about half of the sessions.
Each command then runs in-process through the command line (`voicecoach.cli.main`), output discarded.
Target: `stats --json` under 1 s.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voicecoach.history.store import Store  # noqa: E402

WORDS = ("I feel really tired when the dishes pile up and nobody says anything about it so I end up doing them "
         "late at night while you watch the game and it makes me feel alone and unseen in our home even though "
         "I know you work hard too and you are stressed about the move and your mother").split()
LABELS = ("reflection", "parroting", "advice", "defending", "self_focus", "question", "validation", "empathy",
          "attack", "i_statement")


def sentence(rng: random.Random) -> str:
    start = rng.randrange(len(WORDS) - 30)
    return " ".join(WORDS[start:start + rng.randint(15, 30)]).capitalize() + "."


def fill(store: Store, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    for n in range(count):
        progress = n / count  # weeks of practice: fewer interruptions, fewer rounds, more backchannels
        solo = rng.random() < 0.08
        people = ["Alex"] if solo else rng.choice([["Alex", "Sam"], ["Sam", "Alex"]])
        session = store.begin_session("solo" if solo else "couple", people, "solo" if solo else "channels", "couples")
        labelled = rng.random() < 0.5
        t, exchanges = 0.5, []
        for speaker in people[:rng.choice([1, 2]) if not solo else 1]:
            listener = next((p for p in people if p != speaker), speaker)
            rounds = max(1, min(4, round(rng.gauss(2.6 - 1.4 * progress, 0.8))))
            steps = [(1, speaker)] + [(s, p) for _ in range(rounds) for s, p in ((2 if _ == 0 else 4, listener),
                                                                                   (3, speaker))] + [(6, listener)]
            for step, person in steps:
                length = rng.uniform(2.0, 9.0)
                labels = None
                if labelled:
                    labels = {label: rng.random() < (0.3 - 0.2 * progress if label in ("advice", "attack") else 0.2)
                              for label in LABELS}
                store.add_turn(session, {"person": person, "step": step, "role": "speaker" if person == speaker
                                         else "listener", "start": round(t, 3), "end": round(t + length, 3),
                                         "latency": round(rng.uniform(-0.5, 4.0), 3) if t > 1 else None,
                                         "text": sentence(rng), "labels": labels,
                                         "feedback": "You reflected the feeling, not only the facts." if labelled
                                         and step in (2, 4) else None})
                if not solo and rng.random() < 0.25 * (1.2 - progress):
                    at = t + rng.uniform(1.0, length - 0.5)
                    other = next(p for p in people if p != person)
                    store.add_event(session, "interruption", other, person, step, at, at + 0.4)
                    store.add_event(session, "talk_over", other, person, step, at, at + rng.uniform(0.2, 1.5))
                    if rng.random() < 0.5:
                        store.add_event(session, "nudge", other, None, step, at + 3, at + 3, {"kind": "interruption"})
                if not solo and rng.random() < 0.3 + 0.3 * progress:
                    at = t + rng.uniform(0.5, length - 0.5)
                    store.add_event(session, "backchannel", next(p for p in people if p != person), None, step,
                                    at, at + 0.4)
                t += length + rng.uniform(0.3, 3.5)
            store.add_event(session, "understood", speaker, None, 3, t, t, {"round": rounds})
            exchanges.append({"speaker": speaker, "listener": listener, "rounds": rounds, "understood": True})
        if rng.random() < 0.04:  # killed mid-way: no finish, no metrics
            continue
        metrics = {p: {"interruptions": rng.randint(0, 2), "backchannels": rng.randint(0, 3),
                       "talk_over_seconds": round(rng.uniform(0, 2), 3), "talk_share": 1.0 if solo else 0.5,
                       "median_latency": None if solo else round(rng.uniform(0.2, 3.5), 3),
                       "longest_turn": round(rng.uniform(5, 12), 3)} for p in people}
        store.finish_session(session, "complete", {"duration": round(t, 3), "exchanges": exchanges,
                                                   "metrics": metrics})


def timed(args: list[str], runs: int) -> tuple[float, float, int]:
    """(first run, median of the rest) in seconds, and the bytes printed, running `voicecoach ARGS` in-process."""
    from voicecoach.cli import main

    times, size = [], 0
    for _ in range(runs + 1):
        printed = io.StringIO()
        start = time.perf_counter()
        with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(io.StringIO()):
            try:
                main(args)
            except SystemExit as exc:
                if exc.code:
                    raise RuntimeError(f"voicecoach {' '.join(args)} failed with {exc.code}") from None
        times.append(time.perf_counter() - start)
        size = len(printed.getvalue())
    return times[0], statistics.median(times[1:]), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "history.db"
        start = time.perf_counter()
        store = Store(db)
        fill(store, options.sessions)
        counts = {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("sessions", "turns", "events")}
        store.close()
        filled = time.perf_counter() - start
        size = sum(os.path.getsize(p) for p in Path(folder).iterdir())
        print(f"{platform.machine()}, Python {platform.python_version()}, {os.cpu_count()} cores")
        print(f"filled {counts['sessions']} sessions, {counts['turns']} turns, {counts['events']} events through the "
              f"Store API in {filled:.1f} s ({size / 1e6:.1f} MB on disk)")
        print(f"{'command':44} {'first run':>10} {'median':>8} {'output':>9}")
        out = Path(folder)
        for args in (["stats", "--json"], ["stats", "--json", "--last", "20"], ["stats", "--json", "--person", "Sam"],
                     ["stats"], ["report", "latest", "--out", str(out / "r.html")],
                     ["export", "--format", "json", "--out", str(out / "e.json")],
                     ["export", "--format", "csv", "--out", str(out / "e.csv")]):
            first, median, printed = timed([*args, "--db", str(db)], options.runs)
            shown = " ".join(a if not a.startswith(folder) else Path(a).name for a in args)
            print(f"voicecoach {shown:33} {first:9.3f}s {median:7.3f}s {printed / 1e3:7.0f} kB")


if __name__ == "__main__":
    main()
