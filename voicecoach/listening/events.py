"""What the floor tracker reports. Times are audio seconds from the start of the stream."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class FloorEvent:
    """An interruption, backchannel or talk-over. `at` is when it was decided (for live-lag measurement)."""

    type: str  # "interruption" | "backchannel" | "talk_over"; live only: "possible_interruption"
    by: str
    start: float
    end: float
    at: float
    of: str | None = None

    def as_dict(self) -> dict:
        data = {"type": self.type, "by": self.by}
        if self.of is not None:
            data["of"] = self.of
        data.update(start=round(self.start, 3), end=round(self.end, 3))
        return data


@dataclass
class Turn:
    """The floor holder's speech until the floor passes or `end_of_turn` seconds of silence."""

    speaker: str
    start: float
    end: float
    at: float
    latency: float | None = None  # from the end of the other person's previous turn (negative: started over it)
    text: str | None = None
    segments: list[tuple[float, float]] = field(default_factory=list)

    def as_dict(self) -> dict:
        data = asdict(self)
        data.pop("at")
        data.pop("segments")
        data["start"], data["end"] = round(self.start, 3), round(self.end, 3)
        data["latency"] = None if self.latency is None else round(self.latency, 3)
        return data
