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
        self._other = {person: next(c for p, c in mapping.items() if p != person) for person in mapping}
        # per band: near-mic minus far-mic level (dB) seen when only the far mic's person speaks
        self._coupling = {person: deque(maxlen=300) for person in mapping}
        self._gain = {person: np.full(bands, 10.0 ** (PRIOR_COUPLING_DB / 10.0)) for person in mapping}
        self._since_update = {person: 0 for person in mapping}
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
        return 10.0 * np.log10(self._gain[person])

    def activity(self, frame: Frame) -> dict[str, bool]:
        voiced = self._vad.voiced(frame)
        power = self._band_powers(frame.samples)
        levels = 10.0 * np.log10(power)
        noise = 10.0 ** (self._floor.update(levels) / 10.0)
        speech = np.maximum(power - noise, 0.0)
        active = {}
        for person, channel in self.mapping.items():
            other = self._other[person]
            loud = power[channel].sum() > self._loud * noise[channel].sum()
            expected = noise[channel] + speech[other] * self._gain[person]
            standing_out = int(np.count_nonzero(power[channel] > expected * self._margin))
            active[person] = bool(voiced[channel] and loud and standing_out >= MIN_BANDS)
            self._learn_coupling(person, channel, other, speech, noise, voiced)
        return active

    def _learn_coupling(self, person, channel, other, speech, noise, voiced) -> None:
        far, near = speech[other], speech[channel]
        if voiced[other] and far.sum() > 100 * noise[other].sum() and near.sum() < far.sum():
            self._coupling[person].append(10.0 * np.log10((near + 1e-12) / (far + 1e-12)))
            self._since_update[person] += 1
            seen = self._coupling[person]
            if len(seen) >= 3 and (len(seen) < 30 or self._since_update[person] >= 10):
                self._since_update[person] = 0
                self._gain[person] = 10.0 ** (np.median(np.array(seen), axis=0) / 10.0)
