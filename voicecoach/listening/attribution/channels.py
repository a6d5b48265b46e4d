"""`channels` mode: a microphone per person. Each voice also reaches the other mic, quieter and duller ("bleed").

Per frequency band, the bleed a mic should hear is the other mic's speech times a coupling learned while only
the other person speaks. A person is speaking when their mic hears clearly more than that in some bands: a quiet
"mm-hmm" under a loud partner still stands out where the partner's voice is weak.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from voicecoach.audio.frames import SAMPLE_RATE, Frame
from voicecoach.listening.attribution.base import check_channels
from voicecoach.listening.vad import ChannelVad, NoiseFloor

BAND_EDGES_HZ = (250, 400, 600, 850, 1200, 1700, 2400, 3200, 4000)
PRIOR_COUPLING_DB = -12.0  # how much quieter a voice is on the far mic, until measured (a cautious guess)
ABOVE_FLOOR_DB = 6.0
MIN_BANDS = 3  # bands that must stand out for a frame to count as a person's own voice


class ChannelAttributor:
    def __init__(self, mapping: dict[str, int], channels: int, aggressiveness: int = 2,
                 bleed_margin_db: float = 4.0, frame_s: float = 0.03):
        check_channels(mapping, channels, "channels")
        self.people = list(mapping)
        self.mapping = mapping
        self._margin = 10.0 ** (bleed_margin_db / 10.0)
        self._loud = 10.0 ** (ABOVE_FLOOR_DB / 10.0)
        self._vad = ChannelVad(channels, aggressiveness)
        bands = len(BAND_EDGES_HZ) - 1
        self._floor = NoiseFloor(frame_s=frame_s, shape=(channels, bands))
        self._near = np.array([mapping[p] for p in self.people])
        self._far = np.array([next(c for q, c in mapping.items() if q != p) for p in self.people])
        # per person and band: near-mic minus far-mic level (dB) seen when only the far mic's person speaks
        self._coupling = [deque(maxlen=300) for _ in self.people]
        self._gains = np.full((len(self.people), bands), 10.0 ** (PRIOR_COUPLING_DB / 10.0))
        self._since_update = [0] * len(self.people)
        self._band_matrix: np.ndarray | None = None

    def _band_powers(self, samples: np.ndarray) -> np.ndarray:
        """Power per channel and band, shape (channels, bands)."""
        n = samples.shape[0]
        if self._band_matrix is None:
            band = np.digitize(np.fft.rfftfreq(n, 1 / SAMPLE_RATE), BAND_EDGES_HZ) - 1
            self._band_matrix = np.stack([band == b for b in range(len(BAND_EDGES_HZ) - 1)], axis=1) * (2.0 / (n * n))
        spectrum = np.abs(np.fft.rfft(samples.astype(np.float64) / 32768.0, axis=0)) ** 2
        return spectrum.T @ self._band_matrix + 1e-12

    def coupling_db(self, person: str) -> np.ndarray:
        return 10.0 * np.log10(self._gains[self.people.index(person)])

    def activity(self, frame: Frame) -> dict[str, bool]:
        voiced = self._vad.voiced(frame)
        power = self._band_powers(frame.samples)
        noise = 10.0 ** (self._floor.update(10.0 * np.log10(power)) / 10.0)
        speech = np.maximum(power - noise, 0.0)
        near, far = power[self._near], power[self._far]  # rows: people, in self.people order
        near_noise, far_speech = noise[self._near], speech[self._far]
        loud = near.sum(axis=1) > self._loud * near_noise.sum(axis=1)
        expected = near_noise + far_speech * self._gains
        standing_out = np.count_nonzero(near > expected * self._margin, axis=1)
        own = [voiced[c] for c in self._near]
        active = {p: bool(own[i] and loud[i] and standing_out[i] >= MIN_BANDS) for i, p in enumerate(self.people)}
        for i, person in enumerate(self.people):
            far_voiced = voiced[self._far[i]]
            if far_voiced and far_speech[i].sum() > 100 * noise[self._far[i]].sum():
                self._learn_coupling(i, speech[self._near[i]], far_speech[i])
        return active

    def _learn_coupling(self, i: int, near: np.ndarray, far: np.ndarray) -> None:
        if near.sum() >= far.sum():
            return
        seen = self._coupling[i]
        seen.append(10.0 * np.log10((near + 1e-12) / (far + 1e-12)))
        self._since_update[i] += 1
        if len(seen) >= 3 and (len(seen) < 30 or self._since_update[i] >= 10):
            self._since_update[i] = 0
            self._gains[i] = 10.0 ** (np.median(np.array(seen), axis=0) / 10.0)
