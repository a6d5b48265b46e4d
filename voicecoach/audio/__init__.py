"""Audio edges: sources that yield timestamped frames, the gate, playback, and the device list."""

from voicecoach.audio.frames import SAMPLE_RATE, Frame, Framer

__all__ = ["SAMPLE_RATE", "Frame", "Framer"]
