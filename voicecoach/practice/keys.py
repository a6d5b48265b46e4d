"""Keys as a fallback to voice: space = done, r = repeat, q = stop. Only when the session runs in a terminal."""

from __future__ import annotations

import os
import queue
import select
import sys
import threading

KEYS = (" ", "r", "q")


class KeyReader:
    def __init__(self):
        self._keys: queue.Queue = queue.Queue()
        self._stop = threading.Event()
        self._saved = None
        self._thread: threading.Thread | None = None

    def start(self) -> "KeyReader":
        if not sys.stdin.isatty() or os.name != "posix":
            return self
        import termios
        import tty

        fd = sys.stdin.fileno()
        self._saved = termios.tcgetattr(fd)
        tty.setcbreak(fd)
        self._thread = threading.Thread(target=self._read, args=(fd,), name="keys", daemon=True)
        self._thread.start()
        return self

    def _read(self, fd: int) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([fd], [], [], 0.1)
            if ready:
                key = os.read(fd, 1).decode(errors="ignore").lower()
                if key in KEYS:
                    self._keys.put(key)

    def pressed(self) -> list[str]:
        keys = []
        while not self._keys.empty():
            keys.append(self._keys.get_nowait())
        return keys

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=1)
        if self._saved is not None:
            import termios

            termios.tcsetattr(sys.stdin.fileno(), termios.TCSADRAIN, self._saved)
            self._saved = None
