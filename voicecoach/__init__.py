"""voicecoach: a hands-free, offline coach for practising active listening."""

__version__ = "0.1.0"
