"""A stretch of speech by someone who does not hold the floor, before the floor tracker has classified it."""

from __future__ import annotations

from dataclasses import dataclass, field

from voicecoach.listening.events import FloorEvent


@dataclass
class Burst:
    """The non-holder's speech, not yet classified."""

    person: str
    onset: float
    overlapped: bool  # the holder was speaking when it began
    speaking: bool = True
    last_end: float | None = None
    repeated: bool = False
    holder_spoke: bool = False  # the holder spoke at some point during or after it
    alerted: bool = False
    comeback: bool = False  # the first speech of a holder who lost the floor (by interruption or to a reply)
    sentence_end: Burst | None = None  # that holder's first short sound, taken as the end of their sentence
    after_giving_way: bool = False  # a sound made after stopping for the interrupter, not a sentence's tail
    after_short_turn: bool = False  # the old holder's one sound after the other's short turn in their pause
    resumes_cut_short: bool = False  # a cut-short holder's first speech, soon after: maybe the end of their sentence
    talk_over: list[FloorEvent] = field(default_factory=list)
