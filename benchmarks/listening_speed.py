"""Speed of the listening engine per attribution mode, pinned to one core.

Prints: throughput (seconds of audio per second of CPU, "× real time"), the wall time from the frame that settles
an interruption to the event coming out, and the audio-time lag from an interruption's onset to its decision. Then
each mode once more with the check of short sounds' words (Whisper on one core): its throughput, and the wall time
of each check (the frame that settles a short sound waits for it). `voice` is measured live (hop by hop, as in a
practice session), as `analyze` runs it (every hop worked out at once from the whole file, `read_ahead`), and
without the speaker encoder (`attribution.voice_encoder = false`).

    .venv/bin/python benchmarks/listening_speed.py
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time
from pathlib import Path

import soundfile
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voicecoach.audio.file_source import FileSource  # noqa: E402
from voicecoach.listening.analysis import build_attributor, build_engine, build_sound_words  # noqa: E402
from voicecoach.listening.events import FloorEvent  # noqa: E402
from voicecoach.listening.scoring import FILE_OF_MODE, enrolment_clips, labelled_scenes  # noqa: E402
from voicecoach.settings import load_settings  # noqa: E402

FIXTURES = ROOT / "audio_fixtures"
REPEATS = 3
ENROL = enrolment_clips(FIXTURES)  # the half-minute clips the accuracy figures are measured with


def measure(mode: str, settings, transcriber=None, read_ahead: bool = False) -> dict:
    audio_seconds = cpu_seconds = 0.0
    settle_wall, decision_lag, alert_lag, check_wall = [], [], [], []
    alerts = confirmed_alerts = 0
    for label in labelled_scenes(FIXTURES):
        frames = list(FileSource(FIXTURES / label["files"][FILE_OF_MODE[mode]]).frames())  # decoding not timed
        # voice mode learns the two voices once, on the first scene (kept for the process); not timed here
        attributor = build_attributor(mode, frames[0].channels, settings, "Alex=0,Sam=1", ENROL)
        engine = build_engine(attributor, settings)
        if transcriber is not None:
            sound_words = build_sound_words(settings, mode, "Alex=0,Sam=1", transcriber)
            sound_words.says_backchannel = timed(sound_words.says_backchannel, check_wall)  # Whisper's reads only
            engine.listen_for_words(sound_words)
        pending_alerts = []
        started = time.process_time()
        if read_ahead:
            attributor.read_ahead(frames)
        for frame in frames:
            before = time.perf_counter()
            out = engine.push(frame)
            for event in out:
                if isinstance(event, FloorEvent) and event.type == "interruption":
                    settle_wall.append(time.perf_counter() - before)
                    decision_lag.append(event.at - event.start)
                if isinstance(event, FloorEvent) and event.type == "possible_interruption":
                    alert_lag.append(event.at - event.start)
                    pending_alerts.append(event)
        engine.finish()
        final = {(e.by, e.start) for e in engine.floor.events if e.type == "interruption"}
        alerts += len(pending_alerts)
        confirmed_alerts += sum((e.by, e.start) in final for e in pending_alerts)
        cpu_seconds += time.process_time() - started
        audio_seconds += frames[-1].t + frames[-1].duration
    return {
        "audio_s": audio_seconds,
        "x_real_time": audio_seconds / cpu_seconds,
        "settle_ms": 1000 * statistics.median(settle_wall) if settle_wall else float("nan"),
        "decision_lag_s": statistics.median(decision_lag) if decision_lag else float("nan"),
        "alert_lag_s": statistics.median(alert_lag) if alert_lag else float("nan"),
        "alerts_confirmed": confirmed_alerts / alerts if alerts else float("nan"),
        "checks": len(check_wall),
        "check_ms": 1000 * statistics.median(check_wall) if check_wall else float("nan"),
        "check_max_ms": 1000 * max(check_wall) if check_wall else float("nan"),
    }


def timed(check, walls: list[float]):
    def run(*args):
        started = time.perf_counter()
        try:
            return check(*args)
        finally:
            walls.append(time.perf_counter() - started)
    return run


def main() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    # numpy's BLAS started its worker threads on import, before the pinning, and they would run on the other core
    threadpool_limits(limits=1)
    settings = load_settings(use_user_file=False)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; pinned to one core, "
          f"best of {REPEATS} runs")
    print(f"{'mode':18} {'audio s':>8} {'× real time':>12} {'settle ms':>10} {'onset→decision s':>17}"
          f" {'onset→alert s':>14} {'alerts confirmed':>17}")
    no_encoder = settings.with_overrides({"attribution.voice_encoder": False})
    rows = [(mode, mode, settings, False) for mode in FILE_OF_MODE]
    rows += [("voice, file", "voice", settings, True), ("voice, no encoder", "voice", no_encoder, False)]
    for name, mode, chosen, ahead in rows:
        runs = [measure(mode, chosen, read_ahead=ahead) for _ in range(REPEATS)]
        r = max(runs, key=lambda run: run["x_real_time"])  # the machine is shared: the best run is the engine's
        print(f"{name:18} {r['audio_s']:8.1f} {r['x_real_time']:12.0f} {r['settle_ms']:10.2f} {r['decision_lag_s']:17.2f}"
              f" {r['alert_lag_s']:14.2f} {r['alerts_confirmed']:17.0%}")
    from voicecoach.speech.transcriber import Transcriber

    transcriber = Transcriber.from_settings(settings.with_overrides({"transcription.threads": 1}))
    for mode in FILE_OF_MODE:
        w = measure(mode, settings, transcriber, read_ahead=mode == "voice")
        print(f"{mode} with the check of short sounds' words (once): {w['x_real_time']:.0f}× real time; "
              f"{w['checks']} checks, median {w['check_ms']:.0f} ms, longest {w['check_max_ms']:.0f} ms each")
    seconds = sum(soundfile.info(path).duration for path in ENROL.values())
    for encoder in (True, False):
        print(f"voice enrolment (learning two voices from {seconds:.0f} s of clips), "
              f"{'with' if encoder else 'without'} the speaker encoder: {learn_voices(encoder):.1f} s on one core")


def learn_voices(encoder: bool) -> float:
    from voicecoach.audio.file_source import read_all
    from voicecoach.listening.attribution import voice_presence

    samples = [read_all(ENROL[p]).mean(axis=1).astype("int16") for p in ("Alex", "Sam")]
    voice_presence._trained.clear()
    started = time.process_time()
    voice_presence.train_presence(*samples, encoder)
    return time.process_time() - started


if __name__ == "__main__":
    main()
