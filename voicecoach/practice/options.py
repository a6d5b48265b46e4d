"""What a practice session was asked to do: who, how they are heard, from where."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class PracticeOptions:
    mode: str = "couple"  # "couple" | "solo"
    names: list[str] = field(default_factory=lambda: ["Alex", "Sam"])
    attribution: str | None = None
    channel_map: str | None = None
    enroll: dict[str, Path] | None = None
    input: Path | None = None
    realtime: bool = False
    voice: bool = True
    intro: bool = True
    events_jsonl: Path | None = None
    keys: bool = False
