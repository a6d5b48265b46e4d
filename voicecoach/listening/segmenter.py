"""Raw per-frame voice decisions of one person become confirmed stretches of speech ("segments")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SpeechStart:
    person: str
    onset: float  # audio time of the first voiced frame
    at: float  # audio time it was confirmed


@dataclass(frozen=True)
class SpeechEnd:
    person: str
    start: float
    end: float  # end of the last voiced frame
    at: float  # audio time the silence confirmed it


class Segmenter:
    """Speech is confirmed after `min_speech` seconds of voiced frames; pauses shorter than `bridge` are bridged."""

    def __init__(self, person: str, frame_s: float, min_speech: float = 0.2, bridge: float = 0.25):
        self.person = person
        self.frame_s = frame_s
        self._need = max(1, round(min_speech / frame_s))
        self._bridge = bridge
        self._candidate: float | None = None  # onset of voiced frames not yet confirmed
        self._voiced_count = 0
        self._start: float | None = None  # onset of the confirmed segment
        self._last_voiced_end: float | None = None
        self._previous_voiced = False
        self._voiced_end_before: float | None = None  # _last_voiced_end before the candidate's first frame

    @property
    def speaking(self) -> bool:
        return self._start is not None

    @property
    def voiced_until(self) -> float | None:
        """End of the last voiced frame that counts (a lone frame in a pause does not), ended or not."""
        return self._last_voiced_end

    def push(self, t: float, voiced: bool) -> list[SpeechStart | SpeechEnd]:
        """Feed one frame starting at `t`; returns what it settled."""
        frame_end = t + self.frame_s
        if voiced and self._start is not None:
            # Inside a pause, one stray voiced frame (a click, a breath, a blip of the partner's voice) does not
            # carry the segment on; two in a row do.
            if self._previous_voiced or self._last_voiced_end == t:
                self._last_voiced_end = frame_end
            self._previous_voiced = True
            return []
        lone_frame_before = self._candidate is not None and self._voiced_count == 1 and not self._previous_voiced
        self._previous_voiced = voiced
        if lone_frame_before:
            # one stray voiced frame (a blip of the partner's voice) then a gap: speech starts with the next voice
            self._candidate, self._last_voiced_end = None, self._voiced_end_before
        if voiced:
            if self._candidate is None:
                self._candidate, self._voiced_count = t, 0
                self._voiced_end_before = self._last_voiced_end
            self._last_voiced_end = frame_end
            self._voiced_count += 1
            if self._voiced_count >= self._need:
                self._start, self._candidate = self._candidate, None
                return [SpeechStart(self.person, self._start, frame_end)]
            return []
        if self._last_voiced_end is None or frame_end - self._last_voiced_end < self._bridge:
            return []
        if self._start is not None:
            ended = SpeechEnd(self.person, self._start, self._last_voiced_end, frame_end)
            self._start = None
            return [ended]
        self._candidate = None
        return []

    def finish(self, t: float) -> list[SpeechEnd]:
        """The stream ended at `t`: close an open segment."""
        if self._start is None:
            return []
        ended = SpeechEnd(self.person, self._start, self._last_voiced_end or t, t)
        self._start = None
        return [ended]
