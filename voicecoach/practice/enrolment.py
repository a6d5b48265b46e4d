"""The intro learns who is who: each partner's voice (one microphone, no enrolment clips), or which side of a
laptop's microphone each sits on. Each is asked to say a few words in turn; their speech is collected from the
frames until they pause."""

from __future__ import annotations

import threading
from concurrent.futures import Future

import numpy as np

from voicecoach.audio.frames import Frame
from voicecoach.listening.vad import ChannelVad

# seconds of voiced speech that make a voice profile (all they say until they pause is kept): ~20 s of talking. A
# detector learned from 7 s of each voice is starved: on the tuning scenes 7 s / 15 s / 20 s / 30 s of enrolment gave
# interruptions 0.70 / 0.72 / 0.77 / 0.79 precision, backchannels 0.64 / 0.65 / 0.71 / 0.72
VOICE_NEEDED = 17.0
SIDE_NEEDED = 1.0  # seconds of speech that say which side someone sits on
DONE_AFTER = 1.2  # seconds of quiet after enough speech: that person is done
MORE_AFTER = 3.0  # seconds of quiet (the coach not speaking) before enough speech: the coach asks for a little more
ASKS = 2  # ...this many times; at the next such pause, what they said will do if it is at least LEAST seconds of
LEAST = 4.0  # speech (a weaker voice profile beats an intro that never ends); with less, it goes on asking


class Listening:
    """Speech of one person at a time, until they have said enough and paused."""

    def __init__(self, people: list[str], needed: float, aggressiveness: int = 2, frame_s: float = 0.03):
        self.people = list(people)
        self.needed = needed
        self.frame_s = frame_s
        self.index = 0
        self._vad = ChannelVad(1, aggressiveness)
        self._voiced = 0.0
        self._quiet = 0.0
        self._quiet_heard = 0.0  # quiet while the coach is not speaking
        self._asked = 0
        self.wants_more = False  # they stopped before saying enough

    @property
    def person(self) -> str | None:
        return self.people[self.index] if self.index < len(self.people) else None

    def push(self, frame: Frame) -> bool:
        """True when the current person has said enough and paused (then the next one's turn begins)."""
        voiced = self._vad.voiced(frame.mono())[0]
        self.heard(frame, voiced)
        if voiced:
            self._voiced += self.frame_s
            self._quiet = self._quiet_heard = 0.0
        else:
            self._quiet += self.frame_s
            self._quiet_heard += 0.0 if frame.gated else self.frame_s
        stopped_short = self._voiced > 0.0 and self._quiet_heard >= MORE_AFTER
        will_do = self._asked >= ASKS and self._voiced >= min(self.needed, LEAST)
        if (self._voiced >= self.needed and self._quiet >= DONE_AFTER) or (stopped_short and will_do):
            self.index += 1
            self._voiced = self._quiet = self._quiet_heard = 0.0
            self._asked = 0
            return True
        if stopped_short:
            self.wants_more = True
            self._asked += 1
            self._quiet_heard = 0.0
        return False

    def heard(self, frame: Frame, voiced: bool) -> None:
        pass


class VoiceSamples(Listening):
    """Collects each person's voiced audio for a voice profile."""

    def __init__(self, people: list[str], aggressiveness: int = 2, frame_s: float = 0.03):
        super().__init__(people, VOICE_NEEDED, aggressiveness, frame_s)
        self.audio: dict[str, list[np.ndarray]] = {p: [] for p in people}

    def heard(self, frame: Frame, voiced: bool) -> None:
        person = self.person
        if person is not None and (voiced or self.audio[person]):  # from their first word on, pauses included
            self.audio[person].append(frame.mono().samples[:, 0])

    def samples(self) -> dict[str, np.ndarray]:
        return {p: np.concatenate(chunks) if chunks else np.zeros(0, np.int16) for p, chunks in self.audio.items()}


class SideCheck(Listening):
    """Asks the first partner to speak and counts which side the array hears; swaps the sides if the channel map
    had them the wrong way round."""

    def __init__(self, attributor, people: list[str], aggressiveness: int = 2, frame_s: float = 0.03):
        super().__init__(people[:1], SIDE_NEEDED, aggressiveness, frame_s)
        self.attributor = attributor
        self.counts = {p: 0 for p in attributor.people}

    def heard(self, frame: Frame, voiced: bool) -> None:
        for person, active in self.attributor.activity(frame).items():
            self.counts[person] += int(active and voiced)

    def settle(self) -> bool:
        """Swap the sides if the asked person was heard on the other's side; True if swapped."""
        asked = self.people[0]
        other = next(p for p in self.attributor.people if p != asked)
        if self.counts[other] > self.counts[asked]:
            side = self.attributor.side
            side[asked], side[other] = side[other], side[asked]
            return True
        return False


class VoiceLearning:
    """The two voices, learned from the intro's samples beside the session (~22 s of one core; ~9 s without the
    speaker encoder): what is heard meanwhile waits in `backlog`, in order. A daemon thread, so Ctrl-C need not wait
    for it."""

    def __init__(self, samples: dict[str, np.ndarray], people: list[str], aggressiveness: int, frame_s: float,
                 encoder: bool = True):
        from voicecoach.listening.attribution.voice import VoiceAttributor

        self.backlog: list[Frame] = []
        self._learned: Future = Future()
        threading.Thread(target=self._learn, name="voice-learning", daemon=True,
                         args=(VoiceAttributor.from_audio, samples, people, aggressiveness, frame_s, encoder)).start()

    def _learn(self, learn, samples, people, aggressiveness, frame_s, encoder) -> None:
        try:
            self._learned.set_result(learn(samples, people, aggressiveness, frame_s, encoder=encoder))
        except BaseException as exc:  # handed to whoever asks for the attributor
            self._learned.set_exception(exc)

    def done(self) -> bool:
        return self._learned.done()

    def attributor(self):
        """The voice attributor (waits for it; raises what learning raised)."""
        return self._learned.result()
