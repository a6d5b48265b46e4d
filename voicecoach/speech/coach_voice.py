"""The coach speaking: prompts synthesized (eSpeak NG takes ~15 ms for one) and played with capture gated, or shown
when voice is off. Synthesis stays on the session's thread: pyttsx3 engines do not like being shared between threads."""

from __future__ import annotations

import threading
import time
from typing import Callable

import numpy as np

from voicecoach.audio.gate import SpeakingGate
from voicecoach.errors import AudioOutputError


class CoachVoice:
    """`say()` starts a prompt and returns its length in seconds (0 when silent). One prompt plays at a time."""

    def __init__(self, synthesize: Callable[[str], tuple[np.ndarray, int]] | None = None, player=None):
        self._synthesize = synthesize
        self._player = player
        self._cache: dict[str, tuple[np.ndarray, int]] = {}
        self._cache_lock = threading.Lock()
        self._playing: threading.Thread | None = None
        self.last_start: float | None = None  # monotonic time the last prompt's playback began

    @property
    def speaks(self) -> bool:
        return self._synthesize is not None

    @classmethod
    def from_settings(cls, settings, gate: SpeakingGate, enabled: bool = True,
                      notice: Callable[[str], None] = print) -> "CoachVoice":
        """The system voice on the configured speaker; silent (prompts shown) when voice is off or none exists."""
        voice = settings.section("voice")
        if not enabled or voice["engine"] == "off":
            return cls()
        from voicecoach.audio.playback import Player
        from voicecoach.speech.voice import NaturalVoice, SystemVoice

        try:
            player = Player(settings["audio.output_device"] or None, gate)
        except AudioOutputError as exc:
            notice(f"prompts are shown, not spoken: {exc}")
            return cls()
        if voice["engine"] == "natural":
            return cls(NaturalVoice(voice["rate"]).synthesize, player)
        return cls(SystemVoice(voice["rate"], voice["voice_id"]).synthesize, player)

    def say(self, text: str, wait: bool = False) -> float:
        if not self.speaks:
            return 0.0
        audio, rate = self._audio(text)
        self.wait()
        self._playing = threading.Thread(target=self._play, args=(audio, rate), name="coach-voice", daemon=True)
        self._playing.start()
        if wait:
            self.wait()
        return len(audio) / rate

    def _play(self, audio: np.ndarray, rate: int) -> None:
        self.last_start = time.monotonic()
        try:
            self._player.play(audio, rate)
        except AudioOutputError:
            pass  # the speaker went away mid-session: the prompt is still shown on screen

    def wait(self) -> None:
        if self._playing is not None:
            self._playing.join()
            self._playing = None

    def stop(self) -> None:
        if self._player is not None:
            self._player.stop()
        self.wait()

    def _audio(self, text: str) -> tuple[np.ndarray, int]:
        with self._cache_lock:
            cached = self._cache.get(text)
        if cached is None:
            cached = self._synthesize(text)
            with self._cache_lock:
                self._cache[text] = cached
        return cached
