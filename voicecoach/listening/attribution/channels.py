"""`channels` mode: a microphone per person. Each voice also reaches the other mic, quieter ("bleed");
speech counts for a person only when their mic hears clearly more than the bleed the other mic predicts."""

from __future__ import annotations

from collections import deque

import numpy as np

from voicecoach.audio.frames import Frame
from voicecoach.listening.attribution.base import check_channels
from voicecoach.listening.vad import ChannelVad, NoiseFloor, speech_band_db

PRIOR_COUPLING_DB = -20.0  # how much quieter a voice is on the far mic, until measured
ABOVE_FLOOR_DB = 6.0


class ChannelAttributor:
    def __init__(self, mapping: dict[str, int], channels: int, aggressiveness: int = 2,
                 bleed_margin_db: float = 4.0, frame_s: float = 0.03):
        check_channels(mapping, channels, "channels")
        self.people = list(mapping)
        self.mapping = mapping
        self._margin = 10.0 ** (bleed_margin_db / 10.0)
        self._vad = ChannelVad(channels, aggressiveness)
        self._floors = [NoiseFloor(frame_s=frame_s) for _ in range(channels)]
        # level difference (near mic − far mic) seen when only the far mic's person speaks
        self._coupling = {person: deque(maxlen=400) for person in mapping}
        self._gain: dict[str, float] = {}
        self._since_update = {person: 0 for person in mapping}
        self._other = {person: next(c for p, c in mapping.items() if p != person) for person in mapping}

    def coupling_db(self, person: str) -> float:
        seen = self._coupling[person]
        return float(np.median(seen)) if len(seen) >= 20 else PRIOR_COUPLING_DB

    def _coupling_gain(self, person: str) -> float:
        """The far-mic power ratio, re-estimated every few frames (a median per frame costs more than it tells)."""
        self._since_update[person] += 1
        if self._since_update[person] >= 10 or person not in self._gain:
            self._since_update[person] = 0
            self._gain[person] = 10.0 ** (self.coupling_db(person) / 10.0)
        return self._gain[person]

    def activity(self, frame: Frame) -> dict[str, bool]:
        voiced = self._vad.voiced(frame)
        levels = speech_band_db(frame.samples)
        floors = [tracker.update(level) for tracker, level in zip(self._floors, levels)]
        power = 10.0 ** (levels / 10.0)
        noise = 10.0 ** (np.array(floors) / 10.0)
        speech = np.maximum(power - noise, 0.0)  # what rises above the background
        active = {}
        for person, channel in self.mapping.items():
            other = self._other[person]
            bleed = speech[other] * self._coupling_gain(person)
            expected = noise[channel] + bleed
            loud = levels[channel] > floors[channel] + ABOVE_FLOOR_DB
            active[person] = bool(voiced[channel] and loud and power[channel] > expected * self._margin)
            if speech[other] > 100 * noise[other] and speech[channel] > noise[channel] and power[channel] < power[other]:
                self._coupling[person].append(10.0 * np.log10(speech[channel] / speech[other]))
        return active
