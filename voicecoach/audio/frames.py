"""Frames: the unit everything after the audio edge works on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Protocol

import numpy as np

SAMPLE_RATE = 16_000  # the processing rate: webrtcvad and Whisper both work at 16 kHz


@dataclass(frozen=True)
class Frame:
    """A short block of int16 audio, shape (samples, channels), starting `t` seconds into the stream."""

    index: int
    t: float
    samples: np.ndarray
    gated: bool = False  # the coach was speaking: never a person's speech

    @property
    def channels(self) -> int:
        return self.samples.shape[1]

    @property
    def duration(self) -> float:
        return self.samples.shape[0] / SAMPLE_RATE

    def mono(self, channels: list[int] | None = None) -> "Frame":
        """The same frame mixed down to one channel (of `channels`, or of all)."""
        picked = self.samples if channels is None else self.samples[:, channels]
        if picked.shape[1] == 1:
            return self if channels is None else Frame(self.index, self.t, picked, self.gated)
        mixed = picked.astype(np.int32).sum(axis=1, keepdims=True) // picked.shape[1]
        return Frame(self.index, self.t, mixed.astype(np.int16), self.gated)


class AudioSource(Protocol):
    """Anything that yields frames: a microphone, a file, a replay."""

    channels: int
    frame_ms: int

    def frames(self) -> Iterator[Frame]: ...

    def close(self) -> None: ...


def to_int16(block: np.ndarray) -> np.ndarray:
    """Float samples in [-1, 1] to int16, clipping what overshoots (resamplers can ring past full scale)."""
    return (np.clip(block, -1.0, 1.0) * 32767.0).round().astype(np.int16)


class Framer:
    """Cuts blocks of any length into frames of `frame_ms`, numbered and timed by sample count."""

    def __init__(self, channels: int, frame_ms: int = 30):
        if frame_ms not in (10, 20, 30):
            raise ValueError("frame_ms must be 10, 20 or 30")
        self.channels = channels
        self.frame_ms = frame_ms
        self.frame_samples = SAMPLE_RATE * frame_ms // 1000
        self._pending = np.zeros((0, channels), dtype=np.int16)
        self._pending_gated = False
        self._index = 0

    def push(self, block: np.ndarray, gated: bool = False) -> Iterator[Frame]:
        """Add int16 samples of shape (n, channels); yield every frame now complete."""
        if block.ndim == 1:
            block = block[:, None]
        self._pending = np.concatenate([self._pending, block]) if len(self._pending) else block
        self._pending_gated = self._pending_gated or gated
        while len(self._pending) >= self.frame_samples:
            samples = np.ascontiguousarray(self._pending[: self.frame_samples])
            self._pending = self._pending[self.frame_samples :]
            yield Frame(self._index, self._index * self.frame_samples / SAMPLE_RATE, samples, self._pending_gated)
            self._index += 1
            self._pending_gated = gated and len(self._pending) > 0

    def flush(self) -> Iterator[Frame]:
        """The last partial frame, padded with silence."""
        if len(self._pending):
            pad = np.zeros((self.frame_samples - len(self._pending), self.channels), dtype=np.int16)
            yield from self.push(pad, self._pending_gated)
