"""`array` mode: a laptop's stereo microphone between the partners.

A voice reaches the nearer mic first. Speech is sparse in time and frequency, so even while both talk, most
time-frequency cells hold one voice: each cell's inter-channel phase gives its arrival-time difference and so
its side (the idea behind DUET-style separation). A person is speaking when the energy on their side rises well
above that side's background and makes a fair share of what is heard.
"""

from __future__ import annotations

import numpy as np

from voicecoach.audio.frames import SAMPLE_RATE, Frame
from voicecoach.listening.attribution.base import check_channels
from voicecoach.listening.vad import ChannelVad, NoiseFloor

BAND_HZ = (200.0, 1700.0)  # below the spatial-aliasing limit of a ~10 cm pair


class ArrayAttributor:
    def __init__(self, mapping: dict[str, int], channels: int, aggressiveness: int = 2,
                 max_delay_ms: float = 0.6, frame_s: float = 0.03, min_delay_samples: float = 0.4,
                 min_above_db: float = 10.0, within_db: float = 12.0, window_frames: int = 8, min_leads: int = 3,
                 lead_db: float = 3.0):
        check_channels(mapping, channels, "array")
        self.people = list(mapping)
        # a person nearer the lower-numbered channel is heard on the other channel later: positive delay
        self.side = {person: (1 if channel == min(mapping.values()) else -1) for person, channel in mapping.items()}
        self.channels = sorted(mapping.values())
        self.min_above_db, self.within_db = min_above_db, within_db
        self._above = np.zeros((window_frames, 2))
        self._leads = np.zeros((window_frames, 2), dtype=bool)
        self.min_leads, self.lead_db = min_leads, lead_db
        self._count = 0
        self._window = 2 * int(frame_s * SAMPLE_RATE)
        self._nfft = 1 << int(np.ceil(np.log2(self._window)))
        self._taper = np.hanning(self._window)[:, None]
        freqs = np.fft.rfftfreq(self._nfft, 1 / SAMPLE_RATE)
        self._band = (freqs >= BAND_HZ[0]) & (freqs <= BAND_HZ[1])
        self._omega = 2 * np.pi * freqs[self._band] / SAMPLE_RATE  # radians per sample
        self._max_delay = max_delay_ms / 1000 * SAMPLE_RATE
        self._min_delay = min_delay_samples
        self._history = np.zeros((self._window, 2))
        self._vad = ChannelVad(1, aggressiveness)
        self._floor = NoiseFloor(frame_s=frame_s, shape=(2,))

    def side_energy(self) -> np.ndarray:
        """Energy arriving from the channel-0 side and from the channel-1 side over the current window."""
        spectra = np.fft.rfft(self._history * self._taper, self._nfft, axis=0)[self._band]
        cross = spectra[:, 1] * np.conj(spectra[:, 0])
        delay = -np.angle(cross) / self._omega  # samples by which channel 1 lags channel 0, per cell
        weight = np.abs(cross)
        plausible = np.abs(delay) <= self._max_delay
        near_0 = plausible & (delay >= self._min_delay)
        near_1 = plausible & (delay <= -self._min_delay)
        return np.array([weight[near_0].sum(), weight[near_1].sum()]) + 1e-12

    def activity(self, frame: Frame) -> dict[str, bool]:
        pair = frame.samples[:, self.channels].astype(np.float64) / 32768.0
        self._history = np.concatenate([self._history[len(pair):], pair])
        voiced = self._vad.voiced(frame.mono(self.channels))[0]
        level = 10.0 * np.log10(self.side_energy())
        slot = self._count % len(self._above)
        self._above[slot] = level - self._floor.update(level)
        self._leads[slot] = level >= level.max() - self.lead_db
        self._count += 1
        # Two voices at once take turns dominating from one syllable to the next: judge each side by its
        # loudest moment of the last few frames, against the background and against the other side.
        peak = self._above.max(axis=0)
        active = {}
        for person, side in self.side.items():
            i = 0 if side > 0 else 1
            leads = int(self._leads[:, i].sum())
            active[person] = bool(voiced and peak[i] >= self.min_above_db and peak[i] >= peak.max() - self.within_db
                                  and leads >= self.min_leads)
        return active
