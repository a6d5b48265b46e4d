"""Transcription speed and memory with the bundled tiny.en model (int8, 2 threads).

Prints: model load time; real-time factor on ~3 s and ~15 s turns; tail latency (end of turn → final text) when
the turn was streamed (chunks cut at pauses and transcribed while the turn went on); peak RSS of a whole
`voicecoach analyze` run with transcription.

    .venv/bin/python benchmarks/transcription_speed.py
"""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voicecoach.audio.file_source import read_all  # noqa: E402
from voicecoach.audio.frames import Framer  # noqa: E402
from voicecoach.listening.vad import ChannelVad  # noqa: E402
from voicecoach.speech.streaming import StreamingTranscriber  # noqa: E402
from voicecoach.settings import load_settings  # noqa: E402
from voicecoach.speech.transcriber import Transcriber  # noqa: E402

FIXTURES = ROOT / "audio_fixtures"
PAUSE = np.zeros(int(0.4 * 16000), dtype=np.int16)


def speech_clips() -> list[np.ndarray]:
    """Every whole utterance of at least 1.5 s, from its speaker's own mic."""
    clips = []
    for path in sorted(FIXTURES.glob("s*.json")):
        label = json.loads(path.read_text())
        audio = read_all(FIXTURES / label["files"]["channels"])
        for u in label["utterances"]:
            if u["kind"] == "speech" and not u.get("truncated") and u["end"] - u["start"] >= 1.5:
                span = audio[int((u["start"] - 0.15) * 16000) : int((u["end"] + 0.15) * 16000)]
                clips.append(span[:, label["channel_map"][u["person"]]])
    return clips


def turns(clips: list[np.ndarray], seconds: float, count: int) -> list[np.ndarray]:
    out, current = [], []
    for clip in clips:
        current.extend([clip, PAUSE])
        if sum(len(c) for c in current) / 16000 >= seconds:
            out.append(np.concatenate(current[:-1]))
            current = []
        if len(out) == count:
            break
    return out


def tail_latency(stream_transcriber: StreamingTranscriber, turn: np.ndarray, end_of_turn: float) -> float:
    """Seconds from the end-of-turn decision to the turn's text. The speech is fed at once (the worker keeps up
    live: RTF well below 1), then `end_of_turn` seconds of silence in real time, as the engine waits for them."""
    vad = ChannelVad(1)
    stream = stream_transcriber.start_turn(0.0)
    for frame in Framer(1, 30).push(turn):
        stream.add(frame.samples[:, 0], vad.voiced(frame)[0])
    for part in list(stream._parts):
        part.result()
    silence = np.zeros(480, dtype=np.int16)
    for _ in range(round(end_of_turn / 0.03)):
        stream.add(silence, False)
        time.sleep(0.03)
    started = time.perf_counter()
    stream.finish().result()
    return time.perf_counter() - started


def analyze_peak_rss() -> float:
    """Peak RSS (MB) of a whole `voicecoach analyze` run. Measured before this process loads anything: a child is
    forked from it, and the copy's pages before the new program starts count towards the child's peak."""
    command = [sys.executable, "-m", "voicecoach", "analyze", str(FIXTURES / "s13_pet_care.channels.flac"), "--json"]
    subprocess.run(command, check=True, capture_output=True)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    analyze_peak = analyze_peak_rss()
    started = time.perf_counter()
    transcriber = Transcriber.from_settings(load_settings(use_user_file=False))
    print(f"model load: {time.perf_counter() - started:.2f} s (tiny.en, int8, 2 threads)")
    transcriber.transcribe(np.zeros(16000, dtype=np.int16))  # warm-up
    clips = speech_clips()
    streaming = StreamingTranscriber(transcriber)
    print(f"{'turn':>6} {'count':>6} {'RTF':>6} {'tail after 0.8 s end of turn':>29} {'p90':>6}"
          f" {'tail, no pause (worst case)':>28} {'p90':>6}")
    for seconds, count in ((3.0, 20), (15.0, 6)):
        batch = turns(clips, seconds, count)
        work = sum(_timed(transcriber, t) for t in batch)
        rtf = work / sum(len(t) / 16000 for t in batch)
        tails = [tail_latency(streaming, t, 0.8) for t in batch]
        worst = [tail_latency(streaming, t, 0.0) for t in batch]
        print(f"{seconds:5.0f}s {len(batch):6d} {rtf:6.3f} {statistics.median(tails):28.2f}s "
              f"{np.percentile(tails, 90):5.2f}s {statistics.median(worst):27.2f}s {np.percentile(worst, 90):5.2f}s")
    streaming.close()
    print(f"peak RSS of `voicecoach analyze` with transcription: {analyze_peak:.0f} MB")


def _timed(transcriber: Transcriber, audio: np.ndarray) -> float:
    started = time.perf_counter()
    transcriber.transcribe(audio)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
