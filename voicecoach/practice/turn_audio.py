"""Each person's speech, streamed to the transcriber while they talk, so a turn's words are ready when it ends."""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future

import numpy as np

from voicecoach.audio.frames import Frame
from voicecoach.speech.streaming import StreamingTranscriber, TurnStream

PREROLL = 0.3  # seconds kept from before speech was confirmed (its first syllable)
ABANDON = 1.5  # a non-holder quiet this long has no turn coming: their stream (an interruption bid) is dropped


class TurnAudio:
    def __init__(self, streaming: StreamingTranscriber, people: list[str], own_channel: dict[str, int] | None,
                 frame_s: float = 0.03):
        self.streaming = streaming
        self.people = list(people)
        self.own_channel = own_channel  # two mics: each person's words from their own mic; otherwise the mix
        self._recent = {p: deque(maxlen=max(1, round(PREROLL / frame_s))) for p in people}
        self._streams: dict[str, TurnStream | None] = {p: None for p in people}
        self._quiet_since: dict[str, float | None] = {p: None for p in people}
        self._frame_s = frame_s

    def push(self, frame: Frame, activity: dict[str, bool]) -> None:
        for person in self.people:
            samples = self._audio_of(frame, person)
            voiced = activity.get(person, False)
            self._recent[person].append((frame.t, samples, voiced, frame.gated))
            stream = self._streams[person]
            if stream is not None:
                stream.add(samples, voiced, frame.gated)
            if voiced:
                self._quiet_since[person] = None
            elif self._quiet_since[person] is None:
                self._quiet_since[person] = frame.t

    def speech_started(self, person: str, onset: float) -> None:
        if self._streams[person] is not None:
            return
        kept = [item for item in self._recent[person] if item[0] >= onset - 0.1]
        t0 = kept[0][0] if kept else onset
        stream = self.streaming.start_turn(t0)
        for _, samples, voiced, gated in kept:
            stream.add(samples, voiced, gated)
        self._streams[person] = stream

    def heard_so_far(self, person: str) -> str:
        stream = self._streams[person]
        return stream.heard() if stream is not None else ""

    def finish(self, person: str) -> Future | None:
        stream, self._streams[person] = self._streams[person], None
        return stream.finish() if stream is not None else None

    def drop(self, person: str) -> None:
        self._streams[person] = None

    def drop_abandoned(self, holder: str | None, t: float) -> None:
        for person, stream in self._streams.items():
            quiet = self._quiet_since[person]
            if stream is not None and person != holder and quiet is not None and t - quiet >= ABANDON:
                self._streams[person] = None

    def level_db(self, person: str) -> float:
        """The last frame's level on this person's audio (dBFS), for the live view's meter."""
        if not self._recent[person]:
            return -100.0
        samples = self._recent[person][-1][1].astype(np.float64) / 32768.0
        return float(10 * np.log10(max(np.mean(samples**2), 1e-10)))

    def _audio_of(self, frame: Frame, person: str) -> np.ndarray:
        if self.own_channel is not None:
            return frame.samples[:, self.own_channel[person]].copy()
        return frame.mono().samples[:, 0]
