"""Each person's speech as the floor tracker sees it: open and finished segments, when their present talk began
(a breath inside a sentence does not start a new one), and which overlaps of two people's speech closed."""

from __future__ import annotations

from collections import deque

from voicecoach.listening.events import FloorEvent
from voicecoach.listening.turn_timing import EPSILON, MID_TURN_PAUSE, REACTION, YIELD_PAUSE, gave_way

SOUND_MEMORY = 5.0  # seconds of voiced-frame runs kept per person (a check looks back backchannel_max, <= 3 s)
MIN_SOUND = 0.05  # seconds of voice on end that count as a sound (more than one frame of 30 ms)


class SpeechTimes:
    def __init__(self, people: list[str]):
        self.people = list(people)
        self._open: dict[str, float | None] = {p: None for p in people}  # open segment start per person
        self._talk_since: dict[str, float] = {p: 0.0 for p in people}  # see _talk_start
        self._overlap_from: dict[str, float] = {p: 0.0 for p in people}  # open segment's start, or its breath's
        self._last_end: dict[str, float | None] = {p: None for p in people}
        self._segments: dict[str, list[tuple[float, float]]] = {p: [] for p in people}
        self._sounds: dict[str, deque[list[float]]] = {p: deque() for p in people}  # recent runs of voiced frames
        self._voiced_until: dict[str, float | None] = {p: None for p in people}  # None: not told (see voiced)

    def voiced(self, person: str, until: float | None) -> None:
        """This person's speech was last voiced until `until`: an open segment may have stopped already, its end not
        yet confirmed by the silence a pause may take."""
        self._voiced_until[person] = until

    def heard(self, person: str, start: float, end: float) -> None:
        """A frame from `start` to `end` held this person's voice (it may be too short a sound to become speech)."""
        runs = self._sounds[person]
        if runs and abs(runs[-1][1] - start) < EPSILON:
            runs[-1][1] = end  # the same run of voiced frames
        else:
            runs.append([start, end])
        while end - runs[0][1] > SOUND_MEMORY:
            runs.popleft()

    def _voiced_longer_than(self, person: str, onset: float, length: float, now: float) -> bool:
        """Whether this person's speech begun at `onset` was voiced more than `length` by `now` (if never told when
        it was last voiced, whether that long has passed)."""
        until = self._voiced_until[person]
        return (now if until is None else until) - onset > length

    def _sound_began_within(self, person: str, after: float, within: float) -> bool:
        """Whether a sound of this person (MIN_SOUND or more of voice, heard so far) began after `after` and less
        than `within` later (a single voiced frame is the end of a syllable as often as a new sound)."""
        return any(after + EPSILON < start < after + within - EPSILON and end - start >= MIN_SOUND - EPSILON
                   for start, end in self._sounds[person])

    @property
    def _reaction(self) -> float:
        """The least time after the partner's onset at which a heard stop counts as stopping for them."""
        return REACTION

    @property
    def _least_come_back(self) -> float:
        """The shortest pause after which speaking again may be coming back after giving way (see HolderSpeech)."""
        return 0.0

    def segments(self, person: str) -> list[tuple[float, float]]:
        return list(self._segments[person])

    def someone_else_spoke(self, person: str, start: float, end: float) -> bool:
        """Whether anyone but this person was speaking at some moment from `start` to `end` (as heard so far)."""
        return any((self._open[p] is not None and self._open[p] < end)
                   or any(s < end and e > start for s, e in self._segments[p])
                   for p in self.people if p != person)

    def _someone_else_began_after(self, person: str, t: float) -> bool:
        """Whether anyone but this person began speaking after `t` (as heard so far)."""
        return any((self._open[p] is not None and self._open[p] > t) or any(s > t for s, _ in self._segments[p])
                   for p in self.people if p != person)

    def _talk_start(self, person: str, onset: float) -> float:
        """When the talk this speech belongs to began. A breath inside a sentence does not end it: speech after a
        pause shorter than MID_TURN_PAUSE carries on the talk before it, unless the partner had begun speaking at
        least a reaction time before the pause and the pause was long enough to decide to speak again
        (_least_come_back): then it was giving way, and coming back is starting again. Where a voice is heard under
        the other's, a stop is heard early, and one sooner than REACTION after the partner's onset (_reaction) was
        giving way only if the pause lasted YIELD_PAUSE: after a shorter one it was a breath."""
        if not self._after_a_breath(person, onset):
            return onset
        last_end = self._last_end[person]
        if onset - last_end < self._least_come_back - EPSILON:
            return self._talk_since[person]
        partner_onsets = [began for p in self.people if p != person and self._open[p] is not None
                          for began in self._onsets_of_present_talk(p)]
        reaction = self._reaction if onset - last_end >= YIELD_PAUSE - EPSILON else REACTION
        if any(gave_way(partner_onset, last_end, reaction) for partner_onset in partner_onsets):
            return onset
        return self._talk_since[person]

    def _onsets_of_present_talk(self, person: str) -> tuple[float, ...]:
        """When this person's speech now going on may have begun, for the other to have stopped because of it."""
        return (self._open[person],)

    def _after_a_breath(self, person: str, onset: float) -> bool:
        """Whether this person's speech starting at `onset` follows their own pause of less than MID_TURN_PAUSE."""
        return self._after_a_pause_under(person, onset, MID_TURN_PAUSE)

    def _after_a_pause_under(self, person: str, onset: float, longest: float) -> bool:
        last_end = self._last_end[person]
        return last_end is not None and onset - last_end < longest

    def _talk_over_with_open_segments(self, person: str, start: float, end: float, at: float) -> list[FloorEvent]:
        """Overlaps are counted once, when the earlier-ending of the two segments closes."""
        found = []
        for other in self.people:
            if other == person or self._open[other] is None:
                continue
            begin = max(start, self._overlap_from[other])
            if end > begin:
                later, earlier = (person, other) if self._talk_since[person] > self._talk_since[other] else (other, person)
                found.append(FloorEvent("talk_over", later, begin, end, at, of=earlier))
        return found
