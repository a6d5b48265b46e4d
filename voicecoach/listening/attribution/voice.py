"""`voice` mode: one microphone; each person is recognised by the shape of their voice.

Each partner's enrolment clip trains a Gaussian mixture over MFCCs; a third mixture, trained on the two clips
played over each other, stands for both speaking at once. Frame scores are smoothed over ~0.15 s.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from scipy.fft import dct
from sklearn.mixture import GaussianMixture

from voicecoach.audio.file_source import read_all
from voicecoach.audio.frames import SAMPLE_RATE, Frame, Framer
from voicecoach.errors import VoicecoachError
from voicecoach.listening.vad import ChannelVad, NoiseFloor, level_db

N_FFT = 512
N_MELS = 40
N_MFCC = 20
COMPONENTS = 16
ABOVE_FLOOR_DB = 6.0
BOTH = "+"


def _mel_filterbank() -> np.ndarray:
    def mel(hz):
        return 2595.0 * np.log10(1.0 + hz / 700.0)

    def hz(m):
        return 700.0 * (10 ** (m / 2595.0) - 1.0)

    edges = hz(np.linspace(mel(60.0), mel(7600.0), N_MELS + 2))
    bins = np.fft.rfftfreq(N_FFT, 1 / SAMPLE_RATE)
    bank = np.zeros((N_MELS, len(bins)))
    for i in range(N_MELS):
        left, centre, right = edges[i : i + 3]
        bank[i] = np.clip(np.minimum((bins - left) / (centre - left), (right - bins) / (right - centre)), 0, None)
    return bank


MEL_BANK = _mel_filterbank()
WINDOW = np.hanning(SAMPLE_RATE * 30 // 1000)


def mfcc(samples: np.ndarray) -> np.ndarray:
    """MFCCs 1..19 of one mono int16 frame (c0, the loudness, is left out)."""
    x = samples.astype(np.float64) / 32768.0
    x = x * (WINDOW if len(x) == len(WINDOW) else np.hanning(len(x)))
    power = np.abs(np.fft.rfft(x, N_FFT)) ** 2
    return dct(np.log(MEL_BANK @ power + 1e-10), norm="ortho")[1:N_MFCC]


def voiced_features(audio: np.ndarray, aggressiveness: int = 2) -> np.ndarray:
    """MFCCs of the voiced frames of mono int16 audio."""
    vad = ChannelVad(1, aggressiveness)
    framer = Framer(1, 30)
    features = [mfcc(f.samples[:, 0]) for f in framer.push(audio.reshape(-1, 1)) if vad.voiced(f)[0]]
    return np.array(features)


def _mono(path: Path) -> np.ndarray:
    audio = read_all(path)
    return audio.mean(axis=1).astype(np.int16)


class VoiceAttributor:
    def __init__(self, models: dict[str, GaussianMixture], aggressiveness: int = 2, frame_s: float = 0.03,
                 smoothing: float = 0.85, both_penalty: float = 3.0):
        self.people = [name for name in models if name != BOTH]
        self.models = models
        self.smoothing = smoothing
        self._bias = np.array([-both_penalty if name == BOTH else 0.0 for name in models])  # overlap is rarer
        self._vad = ChannelVad(1, aggressiveness)
        self._floor = NoiseFloor(frame_s=frame_s)
        self._scores: np.ndarray | None = None
        # The mixtures' parameters as arrays, so one frame is scored in one vectorised step (not 3 sklearn calls).
        fitted = list(models.values())
        self._means = np.stack([m.means_ for m in fitted])  # (models, components, dims)
        self._precisions = np.stack([m.precisions_ for m in fitted])
        self._constants = np.stack([np.log(m.weights_) + 0.5 * np.sum(np.log(m.precisions_), axis=1)
                                    - 0.5 * m.means_.shape[1] * np.log(2 * np.pi) for m in fitted])

    def _score(self, x: np.ndarray) -> np.ndarray:
        """Log-likelihood of one feature vector under each model (diagonal Gaussian mixtures)."""
        quad = np.sum((x - self._means) ** 2 * self._precisions, axis=2)
        joint = self._constants - 0.5 * quad
        peak = joint.max(axis=1)
        return peak + np.log(np.exp(joint - peak[:, None]).sum(axis=1))

    @classmethod
    def from_enrolment(cls, clips: dict[str, Path], people: list[str], aggressiveness: int = 2,
                       frame_s: float = 0.03) -> "VoiceAttributor":
        missing = [p for p in people if p not in clips]
        if missing:
            raise VoicecoachError(
                "voice attribution needs an enrolment clip for each person: "
                + " ".join(f"--enroll {p}=FILE" for p in missing)
            )
        return cls.from_audio({p: _mono(Path(clips[p])) for p in people}, people, aggressiveness, frame_s,
                              where={p: f"the enrolment clip for {p} ({clips[p]})" for p in people})

    @classmethod
    def from_audio(cls, audio: dict[str, np.ndarray], people: list[str], aggressiveness: int = 2,
                   frame_s: float = 0.03, where: dict[str, str] | None = None) -> "VoiceAttributor":
        """Voice profiles from a sample of each person's speech (16 kHz mono int16)."""
        features = {}
        for person in people:
            features[person] = voiced_features(audio[person], aggressiveness)
            if len(features[person]) < 50:
                said = (where or {}).get(person, f"the speech heard from {person}")
                raise VoicecoachError(
                    f"{said} has too little speech "
                    f"({len(features[person]) * 0.03:.1f} s; at least 1.5 s, ideally 5-10 s)"
                )
        mixed = _overlap_training_audio(audio[people[0]], audio[people[1]])
        features[BOTH] = voiced_features(mixed, aggressiveness)
        models = {}
        for name, feats in features.items():
            model = GaussianMixture(COMPONENTS, covariance_type="diag", random_state=0, reg_covar=1e-3)
            models[name] = model.fit(feats)
        return cls(models, aggressiveness, frame_s)

    def activity(self, frame: Frame) -> dict[str, bool]:
        mono = frame.mono()
        voiced = self._vad.voiced(mono)[0]
        level = float(level_db(mono.samples)[0])
        loud = level > self._floor.update(level) + ABOVE_FLOOR_DB
        if not (voiced and loud):
            return {p: False for p in self.people}
        scores = self._score(mfcc(mono.samples[:, 0]))
        if self._scores is None:
            self._scores = scores
        else:
            self._scores = self.smoothing * self._scores + (1 - self.smoothing) * scores
        winner = list(self.models)[int(np.argmax(self._scores + self._bias))]
        return {p: winner in (p, BOTH) for p in self.people}


def _overlap_training_audio(a: np.ndarray, b: np.ndarray, seed: int = 0) -> np.ndarray:
    """The two enrolment clips over each other at a few relative levels, for the 'both speaking' model."""
    rng = np.random.default_rng(seed)
    length = min(len(a), len(b))
    pieces = []
    for gain_db in (-6.0, 0.0, 6.0):
        offset = int(rng.integers(0, max(1, len(b) - length + 1)))
        mix = a[:length].astype(np.float64) + b[offset : offset + length] * 10 ** (gain_db / 20)
        pieces.append(np.clip(mix * 0.7, -32768, 32767).astype(np.int16))
    return np.concatenate(pieces)
