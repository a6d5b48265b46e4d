"""Two sources, each heard mostly on its own "channel" and partly on the other's (bleed, leakage).

Per frequency band, the bleed a channel should carry is the other channel's speech times a coupling learned
while only the other person speaks. A person is speaking when their channel holds clearly more than that in a
few bands: a quiet "mm-hmm" under a loud partner still stands out where the partner's voice is weak.

The channels are two microphones (`channels` mode). (Tried for the two sides of a laptop array after sorting
time-frequency cells by arrival-time difference: the leakage there is too heavy-tailed frame by frame.)
"""

from __future__ import annotations

import numpy as np

from voicecoach.listening.vad import NoiseFloor

PRIOR_COUPLING_DB = -12.0  # how much of a voice reaches the other channel, until measured (a cautious guess)
ABOVE_FLOOR_DB = 6.0
COUPLING_MEMORY = 300  # frames of "only the other one speaks" the coupling is the upper quartile of


class BleedModel:
    def __init__(self, bands: int, margin_db: float = 4.0, min_bands: int = 3, frame_s: float = 0.03):
        self._margin = 10.0 ** (margin_db / 10.0)
        self._loud = 10.0 ** (ABOVE_FLOOR_DB / 10.0)
        self.min_bands = min_bands
        self._floor = NoiseFloor(frame_s=frame_s, shape=(2, bands))
        # per channel and band: level on this channel minus the other's, while only the other's source speaks
        self._coupling = np.zeros((2, COUPLING_MEMORY, bands))
        self._seen = [0, 0]
        self._gains = np.full((2, bands), 10.0 ** (PRIOR_COUPLING_DB / 10.0))
        self._since_update = [0, 0]

    def coupling_db(self, channel: int) -> np.ndarray:
        return 10.0 * np.log10(self._gains[channel])

    def decide(self, power: np.ndarray, voiced: list[bool]) -> list[bool]:
        """Which of the two channels carries its own source: `power` is (2, bands), `voiced` the VAD per channel."""
        noise = 10.0 ** (self._floor.update(10.0 * np.log10(power)) / 10.0)
        speech = np.maximum(power - noise, 0.0)
        other_speech = speech[::-1]
        loud = power.sum(axis=1) > self._loud * noise.sum(axis=1)
        expected = noise + other_speech * self._gains
        standing_out = np.count_nonzero(power > expected * self._margin, axis=1)
        for channel in (0, 1):
            other = 1 - channel
            if voiced[other] and speech[other].sum() > 100 * noise[other].sum():
                self._learn(channel, speech[channel], speech[other])
        return [bool(voiced[c] and loud[c] and standing_out[c] >= self.min_bands) for c in (0, 1)]

    def _learn(self, channel: int, near: np.ndarray, far: np.ndarray) -> None:
        if near.sum() >= far.sum():
            return
        seen = self._seen[channel]
        self._coupling[channel, seen % COUPLING_MEMORY] = 10.0 * np.log10((near + 1e-12) / (far + 1e-12))
        self._seen[channel] = seen = seen + 1
        self._since_update[channel] += 1
        if seen >= 3 and (seen < 30 or self._since_update[channel] >= 25):
            self._since_update[channel] = 0
            filled = self._coupling[channel, : min(seen, COUPLING_MEMORY)]
            self._gains[channel] = 10.0 ** (np.percentile(filled, 75, axis=0) / 10.0)
