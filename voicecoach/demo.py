"""`voicecoach demo`: a bundled recording of a couple doing the whole exercise, through the full practice loop.

It needs no microphone: the recording stands in for one, paced like live audio, and waits while the coach speaks
(prompts are spoken when a speaker exists, shown otherwise). Everything else is the real session: the listening
engine, live transcription, the six steps, nudges and the summary.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from voicecoach.errors import VoicecoachError
from voicecoach.practice.runner import options_from, run_session
from voicecoach.settings import Settings

RECORDING = "p01_couple"
FIXTURES = Path(__file__).resolve().parent.parent / "audio_fixtures"


def demo_file() -> Path:
    path = FIXTURES / "sessions" / f"{RECORDING}.channels.flac"
    if not path.exists():
        raise VoicecoachError(f"the demo recording is missing ({path}): run the demo from a full checkout")
    return path


def run_demo(settings: Settings, console: Console, realtime: bool = True, voice: bool = True,
             events_jsonl: Path | None = None) -> dict:
    console.print("[bold]Demo[/bold]: Alex and Sam, a mic each, practise the six steps. Alex speaks, Sam listens.\n")
    settings = settings.with_overrides({"attribution.mode": "channels", "practice.mode": "couple",
                                        "session.names": ["Alex", "Sam"]})
    options = options_from(settings, channel_map="Alex=0,Sam=1", input_file=demo_file(), realtime=realtime,
                           voice=voice, intro=True, events_jsonl=events_jsonl)
    return run_session(settings, console, options)
