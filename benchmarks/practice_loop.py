"""The practice loop, live: how soon the next prompt starts after a turn ends, and the CPU it uses while listening.

    .venv/bin/python benchmarks/practice_loop.py [--sessions p01_couple p02_couple_switch] [--no-rig]

Each recorded session is replayed in real time, as a microphone would deliver it. With the PulseAudio test rig
(`make setup-test` installs it) the prompts are really spoken into a sound card, so "prompt starts" is when its
playback begins; without it, prompts are printed and the lag is to the moment they are shown.
Targets: ≤ 0.1 s median where the next prompt does not depend on the words (after steps 1, 2, 4), ≤ 0.4 s where
it does (after step 3, whose words decide between step 4 and step 6); CPU ≤ 25 % of one core.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rich.console import Console  # noqa: E402

from voicecoach.practice.live_view import LineView  # noqa: E402
from voicecoach.practice.session import PracticeOptions, PracticeSession  # noqa: E402
from voicecoach.settings import load_settings  # noqa: E402
from voicecoach.speech.transcriber import Transcriber  # noqa: E402


def run(name: str, transcriber, voice: bool) -> tuple[list, float, float, float]:
    settings = load_settings(use_user_file=False)
    options = PracticeOptions(mode="couple", names=["Alex", "Sam"], attribution="channels", voice=voice,
                              input=ROOT / "audio_fixtures" / "sessions" / f"{name}.channels.flac", realtime=True,
                              intro=name == "p01_couple")
    session = PracticeSession(settings, options, LineView(Console(file=io.StringIO())), transcriber=transcriber)
    cpu0, wall0 = time.process_time(), time.monotonic()
    result = session.run()
    cpu, wall = time.process_time() - cpu0, time.monotonic() - wall0
    assert result["status"] == "complete", result["status"]
    return session.decision_lags, cpu, wall, result["duration"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sessions", nargs="+", default=["p01_couple", "p02_couple_switch"])
    parser.add_argument("--no-rig", action="store_true", help="do not start the PulseAudio rig (prompts printed)")
    args = parser.parse_args()
    rig = None
    if not args.no_rig:
        from tests.audio_rig import AudioRig

        rig = AudioRig().start()
    try:
        transcriber = Transcriber.from_settings(load_settings(use_user_file=False))
        lags, cpu_total, wall_total = [], 0.0, 0.0
        for name in args.sessions:
            found, cpu, wall, duration = run(name, transcriber, voice=rig is not None)
            lags += found
            cpu_total += cpu
            wall_total += wall
            print(f"{name}: {duration:.0f} s of session in {wall:.0f} s, CPU {cpu:.1f} s ({cpu / wall:.0%} of one core)")
    finally:
        if rig is not None:
            rig.stop()
    fixed = [lag for step, lag in lags if step in (1, 2, 4)]
    worded = [lag for step, lag in lags if step == 3]
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"prompts {'spoken through the rig' if rig else 'printed (no rig)'}")
    for label, values, target in (("after steps 1, 2, 4", fixed, 0.1), ("after step 3 (words decide)", worded, 0.4)):
        if values:
            print(f"end of turn -> next prompt starts, {label}: median {statistics.median(values) * 1000:.0f} ms, "
                  f"worst {max(values) * 1000:.0f} ms over {len(values)} (target median <= {target * 1000:.0f} ms)")
    print(f"CPU while listening: {cpu_total / wall_total:.0%} of one core (target <= 25 %)")


if __name__ == "__main__":
    main()
