"""Who is speaking: per-frame activity of each person, from channels, a laptop array, voice profiles, or solo."""

from voicecoach.listening.attribution.base import Attributor, parse_channel_map

__all__ = ["Attributor", "parse_channel_map"]
