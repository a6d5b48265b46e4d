"""One readable line per live listening event, for the terminal."""

from __future__ import annotations

from voicecoach.listening.events import FloorEvent, Turn
from voicecoach.listening.segmenter import SpeechEnd, SpeechStart


def describe(event) -> str | None:
    """A line for an event, stamped with the moment it was decided, or None for the ones not worth a line."""
    if isinstance(event, SpeechStart):
        return f"{event.at:6.2f}  {event.person} is speaking"
    if isinstance(event, FloorEvent):
        since = f"(from {event.start:.2f})"
        if event.type == "possible_interruption":
            return f"{event.at:6.2f}  {event.by} is speaking over {event.of}... {since}"
        if event.type == "interruption":
            return f"{event.at:6.2f}  [bold red]{event.by} interrupted {event.of}[/bold red] {since}"
        if event.type == "backchannel":
            return f"{event.at:6.2f}  [green]{event.by} gave a backchannel, not an interruption[/green] {since}"
        if event.type == "talk_over":
            return f"{event.at:6.2f}  {event.by} talked over {event.of} for {event.end - event.start:.1f} s {since}"
    if isinstance(event, Turn):
        latency = "" if event.latency is None else f", {event.latency:+.1f} s after the other's turn ended"
        return f"{event.at:6.2f}  {event.speaker}'s turn is over ({event.start:.2f}-{event.end:.2f}{latency})"
    if isinstance(event, SpeechEnd):
        return None
    return None
