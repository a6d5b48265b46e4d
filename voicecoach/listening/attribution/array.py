"""`array` mode: a laptop's stereo microphone between the partners. A voice reaches the nearer mic first; the
arrival-time difference, from GCC-PHAT over a short window with an interpolated correlation, says which side
it came from. Two strong peaks, one on each side, mean both are speaking."""

from __future__ import annotations

import numpy as np

from voicecoach.audio.frames import SAMPLE_RATE, Frame
from voicecoach.listening.attribution.base import check_channels
from voicecoach.listening.vad import ChannelVad, NoiseFloor, level_db

UPSAMPLE = 8  # correlation interpolated to 1/8 sample
BAND_HZ = (200.0, 4000.0)
ABOVE_FLOOR_DB = 6.0


class ArrayAttributor:
    def __init__(self, mapping: dict[str, int], channels: int, aggressiveness: int = 2,
                 max_delay_ms: float = 0.6, frame_s: float = 0.03, second_peak_ratio: float = 0.55,
                 smoothing: float = 0.5):
        check_channels(mapping, channels, "array")
        self.people = list(mapping)
        # a person nearer channel 0 is heard on channel 1 later: positive lag
        self.side = {person: (1 if channel == min(mapping.values()) else -1) for person, channel in mapping.items()}
        self.channels = sorted(mapping.values())
        self.second_peak_ratio = second_peak_ratio
        self.smoothing = smoothing
        self._frame = int(frame_s * SAMPLE_RATE)
        self._window = 2 * self._frame
        self._nfft = 1 << int(np.ceil(np.log2(self._window)))
        self._taper = np.hanning(self._window)
        freqs = np.fft.rfftfreq(self._nfft, 1 / SAMPLE_RATE)
        self._band = (freqs >= BAND_HZ[0]) & (freqs <= BAND_HZ[1])
        max_lag = max_delay_ms / 1000 * SAMPLE_RATE * UPSAMPLE
        lags = np.arange(-int(max_lag), int(max_lag) + 1)
        self._lags = lags
        self._near_zero = max(1, int(max_lag * 0.2))
        self._history = np.zeros((self._window, 2))
        self._vad = ChannelVad(1, aggressiveness)
        self._floor = NoiseFloor(frame_s=frame_s)
        self._score = {person: 0.0 for person in self.people}

    def lag_profile(self, pair: np.ndarray) -> np.ndarray:
        """GCC-PHAT over the lag range, in 1/UPSAMPLE-sample steps (index 0 = most negative lag)."""
        spectra = np.fft.rfft(pair * self._taper[:, None], self._nfft, axis=0)
        cross = spectra[:, 1] * np.conj(spectra[:, 0])
        cross = np.where(self._band, cross / (np.abs(cross) + 1e-12), 0)
        corr = np.fft.irfft(cross, self._nfft * UPSAMPLE)
        return corr[self._lags % len(corr)]

    def activity(self, frame: Frame) -> dict[str, bool]:
        pair = frame.samples[:, self.channels].astype(np.float64) / 32768.0
        self._history = np.concatenate([self._history[len(pair):], pair])
        mono = (frame.samples[:, self.channels].astype(np.int32).sum(axis=1) // 2).astype(np.int16)[:, None]
        voiced = self._vad.voiced(Frame(frame.index, frame.t, mono, frame.gated))[0]
        level = float(level_db(mono)[0])
        loud = level > self._floor.update(level) + ABOVE_FLOOR_DB
        evidence = {person: 0.0 for person in self.people}
        if voiced and loud:
            profile = self.lag_profile(self._history)
            positive = profile[self._lags >= self._near_zero].max()
            negative = profile[self._lags <= -self._near_zero].max()
            strong, weak = max(positive, negative), min(positive, negative)
            for person, side in self.side.items():
                mine = positive if side > 0 else negative
                if mine == strong or (weak > 0 and weak >= self.second_peak_ratio * strong):
                    evidence[person] = 1.0
        active = {}
        for person in self.people:
            self._score[person] = self.smoothing * self._score[person] + (1 - self.smoothing) * evidence[person]
            active[person] = self._score[person] > 0.5 and voiced and loud
        return active
