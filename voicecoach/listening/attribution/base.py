"""The interface every attribution mode offers, and the channel map they share."""

from __future__ import annotations

from typing import Protocol

from voicecoach.audio.frames import Frame
from voicecoach.errors import ConfigError, VoicecoachError


class Attributor(Protocol):
    people: list[str]

    def activity(self, frame: Frame) -> dict[str, bool]:
        """Whether each person's voice is in this frame (raw, before segmenting)."""
        ...


def parse_channel_map(text: str) -> dict[str, int]:
    """"Alex=0,Sam=1" → {"Alex": 0, "Sam": 1}."""
    mapping: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, _, channel = part.partition("=")
        name, channel = name.strip(), channel.strip()
        if not name or not channel.isdigit():
            raise ConfigError(f"channel map '{text}' is not NAME=CHANNEL,NAME=CHANNEL (e.g. Alex=0,Sam=1)")
        if name in mapping:
            raise ConfigError(f"channel map '{text}' names {name} twice")
        mapping[name] = int(channel)
    if len(mapping) != 2 or len(set(mapping.values())) != 2:
        raise ConfigError(f"channel map '{text}' must name two people on two different channels")
    return mapping


def check_channels(mapping: dict[str, int], channels: int, mode: str) -> None:
    if channels < 2:
        raise VoicecoachError(f"'{mode}' attribution needs a two-channel recording; this one has {channels} channel")
    for name, channel in mapping.items():
        if channel >= channels:
            raise VoicecoachError(
                f"the channel map puts {name} on channel {channel}, but the audio has channels 0 to {channels - 1}"
            )
