"""Session time: the input's frames re-timed from the session's start.

A recording stands in for the room, and the room waits while the coach speaks: after a spoken prompt the
recording is held and gated silence of the prompt's length comes in its place. A microphone cannot wait; its own
clock runs on and the gate marks what it hears while the coach speaks.
"""

from __future__ import annotations

import math
import time
from typing import Iterator

import numpy as np

from voicecoach.audio.frames import Frame


def open_source(settings, recording, mode: str, gate):
    """A recording (`recording` is its path) or, when it is None, the microphone (opened later, by the session)."""
    frame_ms = settings["audio.frame_ms"]
    if recording is not None:
        from voicecoach.audio.file_source import FileSource

        return FileSource(recording, frame_ms)
    from voicecoach.audio.microphone import MicrophoneSource

    channels = 2 if mode in ("channels", "array") else 1
    return MicrophoneSource(settings["audio.input_device"] or None, channels, frame_ms, settings["audio.queue_seconds"],
                            gate)


class SessionFrames:
    def __init__(self, source, frame_ms: int, recording: bool, realtime: bool = False):
        self.source = source
        self.recording = recording
        self.realtime = realtime and recording  # a microphone paces itself
        self.frame_s = frame_ms / 1000
        self.t = 0.0
        self._index = 0
        self._held = 0  # frames of gated silence still to come before the recording goes on
        self._started = time.monotonic()

    def hold(self, seconds: float) -> None:
        """The coach speaks for `seconds`: a recording waits that long (a microphone simply runs on)."""
        if self.recording and seconds > 0:
            self._held += math.ceil(seconds / self.frame_s)

    def frames(self) -> Iterator[Frame]:
        silence = None
        for frame in self.source.frames():
            while self._held > 0:
                if silence is None or silence.shape != frame.samples.shape:
                    silence = np.zeros_like(frame.samples)
                self._held -= 1
                yield self._next(silence, gated=True)
            yield self._next(frame.samples, frame.gated)

    def _next(self, samples: np.ndarray, gated: bool) -> Frame:
        frame = Frame(self._index, self.t, samples, gated)
        self._index += 1
        self.t = round(self._index * self.frame_s, 6)
        if self.realtime:
            delay = self._started + self.t - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        return frame
