"""The microphone as a source. The PortAudio callback only copies blocks into a bounded queue."""

from __future__ import annotations

import queue
import time
from typing import Iterator

import numpy as np
import soxr

from voicecoach.audio.devices import find_device, portaudio
from voicecoach.audio.frames import SAMPLE_RATE, Frame, Framer, to_int16
from voicecoach.audio.gate import SpeakingGate
from voicecoach.errors import AudioInputError


class MicrophoneSource:
    """Live frames from an input device; overflowed and dropped blocks are counted, never fatal."""

    def __init__(
        self,
        device: str | int | None = None,
        channels: int = 1,
        frame_ms: int = 30,
        queue_seconds: float = 5.0,
        gate: SpeakingGate | None = None,
    ):
        self.device = find_device(device, "input")
        if self.device.inputs < channels:
            raise AudioInputError(
                f"microphone '{self.device.name}' has {self.device.inputs} input channel(s); {channels} were asked for"
            )
        self.channels = channels
        self.frame_ms = frame_ms
        self.gate = gate
        self.overflows = 0  # PortAudio said the device delivered faster than we read
        self.dropped_blocks = 0  # our queue was full: analysis fell behind
        self._block = SAMPLE_RATE * frame_ms // 1000
        self._queue: queue.Queue = queue.Queue(maxsize=max(4, int(queue_seconds * 1000 / frame_ms)))
        self._stream = None
        self._rate = SAMPLE_RATE
        self._closed = False

    def open(self) -> "MicrophoneSource":
        sd = portaudio()
        try:
            self._stream = self._start(sd, SAMPLE_RATE)
        except sd.PortAudioError as exc:
            if "sample rate" not in str(exc).lower():
                raise self._explain(exc) from None
            self._rate = int(self.device.default_rate)
            try:
                self._stream = self._start(sd, self._rate)
            except sd.PortAudioError as again:
                raise self._explain(again) from None
        return self

    def _start(self, sd, rate: int):
        stream = sd.InputStream(
            device=self.device.index,
            channels=self.channels,
            samplerate=rate,
            dtype="float32",
            blocksize=int(rate * self.frame_ms / 1000),
            callback=self._on_audio,
        )
        stream.start()
        return stream

    def _explain(self, exc: Exception) -> AudioInputError:
        detail = str(exc)
        if "unavailable" in detail.lower() or "busy" in detail.lower():
            return AudioInputError(f"microphone '{self.device.name}' is busy or unavailable: close the program using it ({detail})")
        return AudioInputError(f"cannot open microphone '{self.device.name}': {detail}")

    def _on_audio(self, indata, frame_count, time_info, status) -> None:
        if status.input_overflow:
            self.overflows += 1
        gated = self.gate.is_gated() if self.gate else False
        try:
            self._queue.put_nowait((indata.copy(), gated))
        except queue.Full:
            self.dropped_blocks += 1

    def frames(self, timeout: float = 2.0, startup: float = 6.0) -> Iterator[Frame]:
        """Frames until close(); a device that stops delivering for `timeout` seconds is an error.

        Some sound servers take a couple of seconds to deliver the first block, so the first wait is `startup`.
        """
        if self._stream is None:
            self.open()
        framer = Framer(self.channels, self.frame_ms)
        resampler = None
        if self._rate != SAMPLE_RATE:
            resampler = soxr.ResampleStream(self._rate, SAMPLE_RATE, self.channels, dtype="float32")
        wait = startup
        while not self._closed:
            try:
                block, gated = self._queue.get(timeout=wait)
                wait = timeout
            except queue.Empty:
                if self._closed:
                    break
                raise AudioInputError(f"microphone '{self.device.name}' stopped delivering audio") from None
            if resampler is not None:
                block = resampler.resample_chunk(block)
            yield from framer.push(to_int16(block), gated)

    def read_seconds(self, seconds: float) -> np.ndarray:
        """Capture about `seconds` of audio (int16, shape (n, channels)); for checks and tests."""
        wanted = int(seconds * 1000 / self.frame_ms)
        blocks = []
        for frame in self.frames():
            blocks.append(frame.samples)
            if len(blocks) >= wanted:
                break
        return np.concatenate(blocks)

    def close(self) -> None:
        self._closed = True
        if self._stream is not None:
            try:
                self._stream.stop()
                self._stream.close()
            finally:
                self._stream = None

    def __enter__(self) -> "MicrophoneSource":
        return self.open()

    def __exit__(self, *exc) -> None:
        self.close()


def wait_for_level(source: MicrophoneSource, seconds: float) -> float:
    """Peak level (0..1) heard within `seconds`; used by `doctor` to show the microphone is alive."""
    end = time.monotonic() + seconds
    peak = 0.0
    for frame in source.frames():
        peak = max(peak, float(np.abs(frame.samples).max()) / 32768.0)
        if time.monotonic() >= end:
            break
    return peak
