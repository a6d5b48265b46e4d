"""Per-channel voice activity (webrtcvad) and frame levels."""

from __future__ import annotations

import numpy as np
import webrtcvad

from voicecoach.audio.frames import SAMPLE_RATE, Frame

SILENCE_DB = -100.0


def level_db(samples: np.ndarray) -> np.ndarray:
    """RMS level of each channel in dBFS."""
    power = np.mean(np.square(samples.astype(np.float64) / 32768.0), axis=0)
    return 10.0 * np.log10(np.maximum(power, 1e-10))


class ChannelVad:
    """One webrtcvad instance per channel (the VAD keeps state between frames)."""

    def __init__(self, channels: int, aggressiveness: int = 2):
        self._vads = [webrtcvad.Vad(aggressiveness) for _ in range(channels)]

    def voiced(self, frame: Frame) -> list[bool]:
        if frame.gated:
            return [False] * len(self._vads)
        return [
            vad.is_speech(np.ascontiguousarray(frame.samples[:, channel]).tobytes(), SAMPLE_RATE)
            for channel, vad in enumerate(self._vads)
        ]


class NoiseFloor:
    """The background level: a low percentile of the frame levels over the last few seconds.

    Speech always has gaps between words and syllables, so the quietest frames of a few seconds are background.
    Tracks one level or an array of them (e.g. per channel and band) at once.
    """

    def __init__(self, frame_s: float = 0.03, window_s: float = 3.0, percentile: float = 10.0, shape: tuple = ()):
        self._levels = np.empty((max(5, int(window_s / frame_s)), *shape))
        self._percentile = percentile / 100.0
        self._every = max(1, int(0.15 / frame_s))
        self._count = 0
        self.level = np.full(shape, SILENCE_DB) if shape else SILENCE_DB

    def update(self, level):
        self._levels[self._count % len(self._levels)] = level
        self._count += 1
        if self._count % self._every == 0 or self._count < 2 * self._every:
            seen = self._levels[: min(self._count, len(self._levels))]
            k = int(self._percentile * (len(seen) - 1))
            floor = np.partition(seen, k, axis=0)[k]
            self.level = floor if np.ndim(floor) else float(floor)
        return self.level
