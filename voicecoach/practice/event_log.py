"""The session's event log (`--events-jsonl`): one JSON object per line, flushed as it happens."""

from __future__ import annotations

import json
import time
from pathlib import Path

from voicecoach.errors import VoicecoachError


class EventLog:
    def __init__(self, path: str | Path | None = None):
        self.records: list[dict] = []
        self._handle = None
        if path is not None:
            try:
                self._handle = open(path, "w", encoding="utf-8")
            except OSError as exc:
                raise VoicecoachError(f"cannot write the event log {path}: {exc.strerror or exc}") from None

    def write(self, event_type: str, t: float, **fields) -> dict:
        """`t` is session audio time in seconds; `wall` is the monotonic clock when it was logged."""
        record = {"t": round(t, 3), "wall": round(time.monotonic(), 4), "type": event_type}
        record.update({key: round(value, 3) if isinstance(value, float) else value for key, value in fields.items()})
        self.records.append(record)
        if self._handle is not None:
            try:
                self._handle.write(json.dumps(record) + "\n")
                self._handle.flush()
            except OSError as exc:
                self._handle = None
                raise VoicecoachError(f"the event log stopped being written: {exc.strerror or exc}") from None
        return record

    def of_type(self, kind: str) -> list[dict]:
        return [record for record in self.records if record["type"] == kind]

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None
