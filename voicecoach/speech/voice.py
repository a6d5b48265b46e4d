"""The coach's voice: text to audio with the system's speech engine (pyttsx3), played through Player."""

from __future__ import annotations

import contextlib
import io
import os
import tempfile
import threading
import time

import numpy as np
import soundfile

from voicecoach.errors import AudioOutputError


class SystemVoice:
    """pyttsx3: eSpeak NG on Linux, SAPI5 on Windows, NSSpeechSynthesizer on macOS. Synthesis only, no playback."""

    def __init__(self, rate: int = 165, voice_id: str = ""):
        try:
            import pyttsx3

            self._engine = pyttsx3.init()
        except Exception as exc:  # pyttsx3 raises whatever its driver raises
            raise AudioOutputError(
                f"the speech engine did not start ({exc}); on Linux install espeak-ng (`make setup` does)"
            ) from None
        self._engine.setProperty("rate", rate)
        if voice_id:
            known = [voice.id for voice in self._engine.getProperty("voices")]
            if voice_id not in known:
                raise AudioOutputError(f"unknown voice '{voice_id}' (the engine has {len(known)} voices)")
            self._engine.setProperty("voice", voice_id)
        self._lock = threading.Lock()

    def synthesize(self, text: str) -> tuple[np.ndarray, int]:
        """Mono float32 audio and its sample rate. eSpeak NG now and then writes nothing under load: once more."""
        try:
            return self._synthesize_once(text)
        except AudioOutputError:
            return self._synthesize_once(text)

    def _synthesize_once(self, text: str) -> tuple[np.ndarray, int]:
        handle, path = tempfile.mkstemp(suffix=".wav", prefix="voicecoach-")
        os.close(handle)
        try:
            with self._lock, contextlib.redirect_stdout(io.StringIO()):
                self._engine.save_to_file(text, path)
                self._engine.runAndWait()
                _wait_for_file(path)
            audio, rate = soundfile.read(path, dtype="float32", always_2d=True)
        except (RuntimeError, soundfile.LibsndfileError) as exc:
            raise AudioOutputError(f"the speech engine produced no audio: {exc}") from None
        finally:
            os.unlink(path)
        if audio.size == 0:
            raise AudioOutputError("the speech engine produced no audio")
        return audio.mean(axis=1), int(rate)


HEADER_ONLY = 44  # bytes of a WAV file with no audio in it


def _wait_for_file(path: str, timeout: float = 5.0, empty_after: float = 0.25) -> None:
    """eSpeak NG's driver writes the file from its own callback, which under load can come after runAndWait()
    has returned: wait until a whole WAV file is there. Now and then the driver writes the header alone (its last
    callback carries all the audio, and it saves before adding it): that file stays empty, so stop waiting soon."""
    end = time.monotonic() + timeout
    header_only_since = None
    while time.monotonic() < end:
        try:
            size = os.path.getsize(path)
            if size > HEADER_ONLY and soundfile.info(path).frames > 0:
                return
        except (OSError, RuntimeError, soundfile.LibsndfileError):
            size = 0
        if size == HEADER_ONLY:
            header_only_since = header_only_since or time.monotonic()
            if time.monotonic() - header_only_since >= empty_after:
                return
        time.sleep(0.01)


class NaturalVoice:
    """hibari-tts: a neural English voice shipped inside its wheel (24 kHz). Optional: `pip install voicecoach[natural-voice]`."""

    def __init__(self, rate: int = 165):
        try:
            from hibari import Hibari
        except ImportError:
            raise AudioOutputError(
                "the natural voice needs hibari-tts: `.venv/bin/pip install 'hibari-tts>=0.2'`, or set [voice] engine = \"pyttsx3\""
            ) from None
        self._tts = Hibari(threads=1)
        self._speed = rate / 165  # the system voice's default pace is this voice's 1.0
        self._lock = threading.Lock()

    def synthesize(self, text: str) -> tuple[np.ndarray, int]:
        with self._lock:
            audio = np.asarray(self._tts(text, speed=self._speed, seed=0), dtype=np.float32)
        if audio.size == 0:
            raise AudioOutputError("the natural voice produced no audio")
        return audio, int(self._tts.sample_rate)
