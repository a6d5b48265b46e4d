"""The coach speaking: prompts synthesized (eSpeak NG takes ~15 ms for one) and played with capture gated, or shown
when voice is off. Synthesis stays on the session's thread: pyttsx3 engines do not like being shared between threads."""

from __future__ import annotations

import queue
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
        self._queue: queue.Queue = queue.Queue()
        self._stops = 0  # stop() calls so far: prompts queued before the latest one are dropped
        self.started: list[float] = []  # monotonic time each prompt's playback began, in the order they were said
        self.queued = 0  # prompts said so far
        self.unspoken = 0  # prompts the speech engine could not make audio of

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
        try:
            if voice["engine"] == "natural":
                return cls(NaturalVoice(voice["rate"]).synthesize, player)
            return cls(SystemVoice(voice["rate"], voice["voice_id"]).synthesize, player)
        except AudioOutputError as exc:
            notice(f"prompts are shown, not spoken: {exc}")
            return cls()

    def say(self, text: str, wait: bool = False) -> float:
        """Queue a prompt (prompts play one after another, never blocking the caller unless `wait`)."""
        if not self.speaks:
            return 0.0
        try:
            audio, rate = self._audio(text)
        except AudioOutputError:  # this prompt is shown, not spoken; the session goes on
            self.unspoken += 1
            return 0.0
        self.say_audio(audio, rate)
        self.queued += 1
        if wait:
            self.wait()
        return len(audio) / rate

    def pause(self, seconds: float) -> None:
        """A quiet moment between prompts (the intro's breath)."""
        if self.speaks and seconds > 0:
            self.say_audio(np.zeros(int(16000 * seconds), dtype=np.float32), 16000, prompt=False)

    def say_audio(self, audio: np.ndarray, rate: int, prompt: bool = True) -> None:
        if self._playing is None:
            self._playing = threading.Thread(target=self._play_queue, name="coach-voice", daemon=True)
            self._playing.start()
        self._queue.put((audio, rate, self._stops, prompt))

    def _play_queue(self) -> None:
        while True:
            audio, rate, stops, prompt = self._queue.get()
            try:
                if audio is None:
                    return
                if stops == self._stops:  # not dropped by stop() while it waited
                    if prompt:
                        self.started.append(time.monotonic())
                    self._player.play(audio, rate)
            except Exception:  # the speaker went away mid-session: prompts are still shown on screen
                pass
            finally:
                self._queue.task_done()

    def wait(self) -> None:
        """Until every queued prompt has been played."""
        self._queue.join()

    def stop(self) -> None:
        """Stop the prompt playing now and drop the ones waiting."""
        self._stops += 1
        if self._player is not None:
            self._player.stop()
        self.wait()

    def close(self) -> None:
        """Ends the playback thread once what is queued has played."""
        if self._playing is not None:
            self._queue.put((None, None, None, False))
            self._playing.join(timeout=30)
            self._playing = None

    def _audio(self, text: str) -> tuple[np.ndarray, int]:
        with self._cache_lock:
            cached = self._cache.get(text)
        if cached is None:
            cached = self._synthesize(text)
            with self._cache_lock:
                self._cache[text] = cached
        return cached
