"""`voicecoach demo`: bundled recordings of a couple replayed through the live listening engine.

It needs no microphone: the recordings are paced like live audio, and each event is shown the moment the engine
decides it. (The guided six-step practice joins the demo when `practice` lands.)
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from voicecoach.audio.file_source import FileSource
from voicecoach.errors import VoicecoachError
from voicecoach.listening.analysis import build_attributor, build_engine
from voicecoach.listening.live_log import describe
from voicecoach.settings import Settings

RECORDINGS = ("s00_dishes", "s03_laundry", "s11_garden")
FIXTURES = Path(__file__).resolve().parent.parent / "audio_fixtures"


def demo_files() -> list[Path]:
    files = [FIXTURES / f"{name}.channels.flac" for name in RECORDINGS]
    missing = [f for f in files if not f.exists()]
    if missing:
        raise VoicecoachError(f"the demo recordings are missing ({missing[0]}): run the demo from a full checkout")
    return files


def run_demo(settings: Settings, console: Console, realtime: bool = True) -> dict[str, int]:
    counts = {"interruption": 0, "backchannel": 0}
    for number, path in enumerate(demo_files(), 1):
        console.print(f"\n[bold]Recording {number} of {len(RECORDINGS)}[/bold]: Alex and Sam, a mic each ({path.name})")
        source = FileSource(path, settings["audio.frame_ms"], realtime=realtime)
        attributor = build_attributor("channels", source.channels, settings, "Alex=0,Sam=1")
        engine = build_engine(attributor, settings)
        for frame in source.frames():
            _show(engine.push(frame), console, counts)
        _show(engine.finish(), console, counts)
    console.print(f"\nHeard {counts['interruption']} interruptions and {counts['backchannel']} backchannels.")
    return counts


def _show(events: list, console: Console, counts: dict[str, int]) -> None:
    for event in events:
        kind = getattr(event, "type", None)
        if kind in counts:
            counts[kind] += 1
        line = describe(event)
        if line:
            console.print(line)
