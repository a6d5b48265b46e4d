"""Playing audio on the speaker, with the gate closed while it plays and a way to stop it (barge-in)."""

from __future__ import annotations

import threading

import numpy as np

from voicecoach.audio.devices import find_device, portaudio
from voicecoach.audio.gate import SpeakingGate
from voicecoach.errors import AudioOutputError


class Player:
    """Plays mono float32 audio on an output device; one sound at a time."""

    def __init__(self, device: str | int | None = None, gate: SpeakingGate | None = None):
        self.device = find_device(device, "output")
        self.gate = gate
        self._stop = threading.Event()

    def play(self, audio: np.ndarray, rate: int) -> bool:
        """Play to the end (True) or until stop() is called (False)."""
        sd = portaudio()
        audio = np.ascontiguousarray(audio, dtype=np.float32).reshape(-1, 1)
        position = 0
        done = threading.Event()
        self._stop.clear()

        def fill(outdata, frames, time_info, status):
            nonlocal position
            chunk = audio[position : position + frames]
            outdata[: len(chunk)] = chunk
            outdata[len(chunk) :] = 0
            position += len(chunk)
            if len(chunk) < frames or self._stop.is_set():
                raise sd.CallbackStop

        if self.gate:
            self.gate.start()
        try:
            stream = sd.OutputStream(
                device=self.device.index, channels=1, samplerate=rate, dtype="float32",
                callback=fill, finished_callback=done.set,
            )
            with stream:
                while not done.wait(0.05):
                    if self._stop.is_set():
                        break
        except sd.PortAudioError as exc:
            raise AudioOutputError(f"cannot play on '{self.device.name}': {exc}") from None
        finally:
            if self.gate:
                self.gate.stop()
        return not self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()
