"""The gate: tells the capture side when the coach is speaking, so those frames never count as a person."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator


class SpeakingGate:
    """Closed while a prompt plays and for `tail` seconds after (the room's echo and the speaker's ring-out)."""

    def __init__(self, tail: float = 0.3, clock: Callable[[], float] = time.monotonic):
        self.tail = tail
        self._clock = clock
        self._lock = threading.Lock()
        self._active = 0
        self._open_at = float("-inf")

    def start(self) -> None:
        with self._lock:
            self._active += 1

    def stop(self) -> None:
        with self._lock:
            self._active = max(0, self._active - 1)
            if self._active == 0:
                self._open_at = self._clock() + self.tail

    @contextmanager
    def speaking(self) -> Iterator[None]:
        self.start()
        try:
            yield
        finally:
            self.stop()

    def is_gated(self, at: float | None = None) -> bool:
        """True while the coach speaks, or within the tail after; `at` is a time of the gate's clock."""
        now = self._clock() if at is None else at
        with self._lock:
            return self._active > 0 or now < self._open_at
