"""`voice` mode: one microphone; each person is recognised by their voice.

A detector trained on the two people's own speech (voice_presence.py: from an enrolment clip each, or from the
intro of a practice session) tells, hop by hop, whether each voice is there, including both at once (given a whole
recording first, `read_ahead`, its speaker encoder works out every hop at once). Its probabilities are smoothed over
~0.1 s; webrtcvad and the loudness over the background in the speech band (300-3400 Hz, where a fan or hum carries
little) decide whether anyone speaks at all.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from voicecoach.audio.file_source import read_all
from voicecoach.audio.frames import Frame, Framer
from voicecoach.errors import VoicecoachError
from voicecoach.listening.attribution.voice_features import HOP, speech_band_db
from voicecoach.listening.attribution.voice_presence import PresenceDetector, train_presence
from voicecoach.listening.vad import ChannelVad, NoiseFloor

ABOVE_FLOOR_DB = 6.0
MIN_SPEECH_S = 1.5
THRESHOLD = 0.6  # a voice is heard when its smoothed probability is above this
SMOOTHING = 0.6  # each hop's probabilities move the running ones this little (~0.1 s memory)


def voiced_seconds(audio: np.ndarray, aggressiveness: int = 2) -> float:
    """How much of mono int16 audio webrtcvad hears as speech."""
    vad = ChannelVad(1, aggressiveness)
    framer = Framer(1, 30)
    return 0.03 * sum(1 for frame in framer.push(audio.reshape(-1, 1)) if vad.voiced(frame)[0])


def _mono(path: Path) -> np.ndarray:
    return read_all(path).mean(axis=1).astype(np.int16)


class VoiceAttributor:
    def __init__(self, people: list[str], detector: PresenceDetector, aggressiveness: int = 2,
                 frame_s: float = 0.03, threshold: float = THRESHOLD, smoothing: float = SMOOTHING):
        self.people = list(people)
        self.detector = detector
        self.threshold, self.smoothing = threshold, smoothing
        self._vad = ChannelVad(1, aggressiveness)
        self._floor = NoiseFloor(frame_s=frame_s)
        self._live = detector.live()
        self._pending = np.zeros(0)
        self._presence = np.zeros(len(self.people))

    @classmethod
    def from_enrolment(cls, clips: dict[str, Path], people: list[str], aggressiveness: int = 2,
                       frame_s: float = 0.03, encoder: bool = True) -> "VoiceAttributor":
        missing = [p for p in people if p not in clips]
        if missing:
            raise VoicecoachError(
                "voice attribution needs an enrolment clip for each person: "
                + " ".join(f"--enroll {p}=FILE" for p in missing)
            )
        return cls.from_audio({p: _mono(Path(clips[p])) for p in people}, people, aggressiveness, frame_s,
                              where={p: f"the enrolment clip for {p} ({clips[p]})" for p in people}, encoder=encoder)

    @classmethod
    def from_audio(cls, audio: dict[str, np.ndarray], people: list[str], aggressiveness: int = 2,
                   frame_s: float = 0.03, where: dict[str, str] | None = None,
                   encoder: bool = True) -> "VoiceAttributor":
        """Voice profiles from a sample of each person's speech (16 kHz mono int16); `encoder`: with the speaker
        encoder (more accurate, several times slower)."""
        for person in people:
            seconds = voiced_seconds(audio[person], aggressiveness)
            if seconds < MIN_SPEECH_S:
                said = (where or {}).get(person, f"the speech heard from {person}")
                ideally = ", ideally about 30 s" if where else ""
                raise VoicecoachError(
                    f"{said} has too little speech ({seconds:.1f} s; at least {MIN_SPEECH_S} s{ideally})"
                )
        return cls(people, train_presence(audio[people[0]], audio[people[1]], encoder), aggressiveness, frame_s)

    def read_ahead(self, frames: list[Frame]) -> None:
        """All of a recording's frames, before they are pushed: the speaker encoder works out every hop at once."""
        audio = np.concatenate([frame.mono().samples[:, 0] for frame in frames]).astype(np.float64)
        self._live = self.detector.live(audio)

    def activity(self, frame: Frame) -> dict[str, bool]:
        mono = frame.mono()
        self._pending = np.concatenate([self._pending, mono.samples[:, 0].astype(np.float64)])
        while len(self._pending) >= HOP:
            hop, self._pending = self._pending[:HOP], self._pending[HOP:]
            heard = self._live.push(hop)
            self._presence = self.smoothing * self._presence + (1 - self.smoothing) * heard
        voiced = self._vad.voiced(mono)[0]
        level = speech_band_db(mono.samples[:, 0])
        loud = level > self._floor.update(level) + ABOVE_FLOOR_DB
        if not (voiced and loud):
            return {p: False for p in self.people}
        return {p: bool(v > self.threshold) for p, v in zip(self.people, self._presence)}
