"""A small detector, trained on one couple's own voices, of whether each of them is in a 30 ms hop of one mic.

One mic hears both voices summed; the harder question is not "who is louder" but "is the other one in there too"
(a "mm-hmm" under the partner's sentence, two people talking over each other). The detector learns it from the
two enrolment samples, mixed into stretches shaped like conversation (one person talks; the other is silent, comes
in for a moment, or talks along) at relative levels of ±9 dB, replayed a little faster or slower, with background
noise; each hop is labelled by which clean sample had voice in it. It is a per-couple version of target-speaker
voice activity detection. Three small networks from different seeds vote (their mean), which steadies the
decisions more than one larger network did.

With the speaker encoder (speaker_encoder.py) each hop also gets how alike the last half second sounds to each
person: the cosine of the encoder's d-vector to each one's profile (the mean d-vector of their enrolment speech).
Three numbers, not the 256 of the d-vector itself: given the whole d-vector the networks learned the clips and did
worse on the tuning scenes; given the likeness they did better.
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass

import numpy as np
import soxr
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier
from threadpoolctl import threadpool_limits

from voicecoach.audio.frames import SAMPLE_RATE
from voicecoach.listening.attribution.speaker_encoder import EncoderStream, load_encoder
from voicecoach.listening.attribution.voice_features import HOP, LiveStack, audio_features, split_hops

MIXES = 200  # training stretches per network
MIX_SECONDS = 2.0
ENTERS_SHARE = 0.6  # share of stretches where the other person comes in for a moment...
COMES_IN_HOPS = (8, 53)  # ...of 0.24-1.6 s (a backchannel, the start of an interruption)
BOTH_SHARE = 0.3  # ...and where both talk all along (the rest: the holder alone)
RELATIVE_DB = 9.0  # the two voices' levels differ by up to this much either way
VOICED_WITHIN_DB = 35.0  # a hop of a clean sample has voice if it is within this of the sample's loudest hop
HIDDEN = 128
SPEED_SPREAD = 0.03  # enrolment speech is replayed up to this much faster or slower
ALPHA = 0.01  # weight decay: with seconds of enrolment, a network without it learns the clips, not the voices
PASSES = 40  # over the training set: more cost time (~9 s of one core in all without the encoder) and gained nothing on tune scenes
SEEDS = (0, 1, 2)

_trained: dict[str, "PresenceDetector"] = {}


@dataclass
class _Network:
    mean: np.ndarray
    scale: np.ndarray
    weights: list[np.ndarray]
    biases: list[np.ndarray]

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        hidden = np.maximum(((x - self.mean) / self.scale) @ self.weights[0] + self.biases[0], 0.0)
        return 1.0 / (1.0 + np.exp(-(hidden @ self.weights[1] + self.biases[1])))


class PresenceDetector:
    """P(voice of person 0), P(voice of person 1) per hop, from the hop's stacked features and, when it was learned
    with the speaker encoder, the likeness of the last half second to each person's `profiles`."""

    def __init__(self, networks: list[_Network], profiles: np.ndarray | None = None):
        self.networks = networks
        self.profiles = profiles

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        return np.mean([network.probabilities(x) for network in self.networks], axis=0)

    def live(self, recording: np.ndarray | None = None) -> "LiveDetector":
        """Hop by hop; given the whole `recording` first (a file), every hop's probabilities are worked out at once,
        several times faster and with the same numbers (each hop only looks back)."""
        return LiveDetector(self, recording)


class LiveDetector:
    """One detector's probabilities, one 30 ms hop at a time."""

    def __init__(self, detector: PresenceDetector, recording: np.ndarray | None = None):
        self.detector = detector
        self._stack = LiveStack() if recording is None else None
        self._encoder = self._ahead = None
        self._hop = 0  # the next hop's place in the recording read ahead
        if recording is not None:
            features = audio_features(recording)
            if detector.profiles is not None:
                features = np.hstack([features, likeness(load_encoder().hop_features([recording])[0],
                                                          detector.profiles)])
            self._ahead = detector.probabilities(features)
        elif detector.profiles is not None:
            self._encoder = EncoderStream(load_encoder())

    def push(self, hop: np.ndarray) -> np.ndarray:
        if self._ahead is not None:
            if self._hop >= len(self._ahead):
                raise ValueError("more audio pushed than the recording read ahead")
            self._hop += 1
            return self._ahead[self._hop - 1]
        features = self._stack.push(hop)
        if self._encoder is not None:
            features = np.concatenate([features, likeness(self._encoder.push(hop)[None, :], self.detector.profiles)[0]])
        return self.detector.probabilities(features)


def train_presence(first: np.ndarray, second: np.ndarray, encoder: bool = True) -> PresenceDetector:
    """A detector for two people from a sample of each one's speech (16 kHz mono int16; half a minute each
    tells the voices apart far better than 7 s); `encoder`: with the speaker encoder's likeness.

    The same two samples always give the same detector; it is kept for the rest of the process.
    """
    key = hashlib.sha1(first.tobytes() + b"|" + second.tobytes() + bytes([encoder])).hexdigest()
    if key not in _trained:
        with threadpool_limits(limits=1):  # summing in another order on more cores would train other networks
            profiles = voice_profiles(first, second) if encoder else None
            networks = [_train_network(first, second, seed, profiles) for seed in SEEDS]
        _trained[key] = PresenceDetector(networks, profiles)
    return _trained[key]


def voice_profiles(first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """(2, FEATURES): each person's mean d-vector over the voiced hops of their sample, of unit length."""
    profiles = []
    for sample, vectors in zip((first, second), load_encoder().hop_features([first, second])):
        mean = vectors[_voiced_hops(sample)[: len(vectors)]].mean(axis=0)
        profiles.append(mean / (np.linalg.norm(mean) + 1e-9))
    return np.array(profiles)


def likeness(vectors: np.ndarray, profiles: np.ndarray) -> np.ndarray:
    """(hops, 3): the cosine of each hop's d-vector to each profile, and their difference."""
    cosines = vectors @ profiles.T
    return np.hstack([cosines, cosines[:, :1] - cosines[:, 1:]])


def _voiced_hops(audio: np.ndarray) -> np.ndarray:
    level = 10.0 * np.log10(np.mean((split_hops(audio) / 32768.0) ** 2, axis=1) + 1e-10)
    return level > max(level.max() - VOICED_WITHIN_DB, -60.0)


def _background(rng: np.random.Generator, n: int) -> np.ndarray:
    """Low-rumbling noise (a room, a fan) at a random level from -70 to -35 dBFS."""
    walk = np.cumsum(rng.standard_normal(n))
    walk -= np.convolve(walk, np.ones(400) / 400, "same")
    return walk / (walk.std() + 1e-9) * 32768.0 * 10 ** (rng.uniform(-70.0, -35.0) / 20)


def _perturbed(sample: np.ndarray, length: int, rng: np.random.Generator) -> np.ndarray:
    """`length` samples of `sample` played a little faster or slower (pitch moves with it), so the detector
    learns the voice rather than the exact sentences of the enrolment."""
    factor = rng.uniform(1 - SPEED_SPREAD, 1 + SPEED_SPREAD)
    source = sample[: int(length * factor) + 8]
    if len(source) < int(length * factor):  # the clip's end: as it is
        return np.resize(sample[:length], length)
    return soxr.resample(source, SAMPLE_RATE * factor, SAMPLE_RATE)[:length]


def _training_set(first: np.ndarray, second: np.ndarray, seed: int,
                  profiles: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    """Stretches shaped like conversation: one person holds the floor; the other is absent, or comes in for a
    moment (a backchannel, the start of an interruption), or talks along the whole stretch."""
    rng = np.random.default_rng(seed)
    samples = [first.astype(np.float64), second.astype(np.float64)]
    voiced = [_voiced_hops(s) for s in samples]
    length = min(int(MIX_SECONDS * SAMPLE_RATE), *(len(s) for s in samples)) // HOP * HOP
    hops = length // HOP
    mixes, targets = [], []
    for _ in range(MIXES):
        holder = int(rng.integers(0, 2))
        relative = rng.uniform(-RELATIVE_DB, RELATIVE_DB)
        spans = {holder: (0, hops)}
        joins = rng.random()
        if joins < ENTERS_SHARE:
            span = int(rng.integers(min(COMES_IN_HOPS[0], hops - 1), min(COMES_IN_HOPS[1], hops)))
            start = int(rng.integers(0, hops - span + 1))
            spans[1 - holder] = (start, start + span)
        elif joins < ENTERS_SHARE + BOTH_SHARE:
            spans[1 - holder] = (0, hops)
        mix = np.zeros(length)
        target = np.zeros((hops, 2), dtype=bool)
        for person, (begin, end) in spans.items():
            sample, has_voice = samples[person], voiced[person]
            offset = int(rng.integers(0, len(sample) - length + 1)) // HOP
            piece = np.zeros(length)
            piece[begin * HOP : end * HOP] = _perturbed(sample[(offset + begin) * HOP :], (end - begin) * HOP, rng)
            gain = 10 ** ((relative if person == 0 else -relative) / 40)
            mix += piece * gain
            target[begin:end, person] = has_voice[offset + begin : offset + end]
        mix = mix * 10 ** (rng.uniform(-12.0, 6.0) / 20) + _background(rng, length)
        mixes.append(mix)
        targets.append(target)
    features = [audio_features(mix) for mix in mixes]
    if profiles is not None:
        vectors = load_encoder().hop_features(mixes)
        features = [np.hstack([own, likeness(v, profiles)]) for own, v in zip(features, vectors)]
    return np.vstack(features).astype(np.float32), np.vstack(targets).astype(int)


def _train_network(first: np.ndarray, second: np.ndarray, seed: int, profiles: np.ndarray | None) -> _Network:
    x, y = _training_set(first, second, seed, profiles)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    model = MLPClassifier((HIDDEN,), alpha=ALPHA, max_iter=PASSES, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)  # stopping early is the point (see PASSES)
        model.fit((x - mean) / scale, y)
    return _Network(mean.astype(np.float64), scale.astype(np.float64),
                    [w.astype(np.float64) for w in model.coefs_], [b.astype(np.float64) for b in model.intercepts_])
