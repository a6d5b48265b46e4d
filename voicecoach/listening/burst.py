"""A stretch of speech by someone who does not hold the floor, before the floor tracker has classified it."""

from __future__ import annotations

from dataclasses import dataclass, field

from voicecoach.listening.events import FloorEvent
from voicecoach.listening.turn_timing import EPSILON, INSIDE_ONE_SOUND


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

    def over_the_holder_alone(self) -> bool:
        """A listener's short sound over the holder, not the end of their own sentence or more of their own words.
        Timing alone settles it (a backchannel): Whisper misreads such sounds ("Oh dear." as "hope here."), and each
        of the three the words made an interruption (s126, s137, s146) was wrong by the labels."""
        return self.overlapped and not self.comeback and not (self.sentence_end or self).resumes_cut_short

    def quiet_for(self, t: float, quiet: float) -> bool:
        """Whether the sound has stopped and `quiet` seconds have passed since, by `t`."""
        return not self.speaking and self.last_end is not None and t - self.last_end >= quiet

    def goes_on_within(self, onset: float, longest: float) -> bool:
        """Whether speech from `onset` is more of the same short sound: it stopped only a breath ago
        (INSIDE_ONE_SOUND), and all of it fits inside `longest`."""
        return self.last_end is not None and onset - self.last_end <= INSIDE_ONE_SOUND + EPSILON \
            and onset - self.onset <= longest
