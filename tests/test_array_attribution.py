"""`array` attribution on a synthetic laptop array: each voice reaches its own side's mic first, with wall echoes."""

import numpy as np

from voicecoach.audio.frames import SAMPLE_RATE, Frame
from voicecoach.listening.attribution.array import ArrayAttributor

FRAME = 480
SECONDS = 4.0


def voice(f0: float, seed: int) -> np.ndarray:
    """A vowel-like harmonic tone in syllables of about 0.2 s, with a gliding pitch."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(SECONDS * SAMPLE_RATE)) / SAMPLE_RATE
    pitch = f0 * (1 + 0.08 * np.sin(2 * np.pi * 1.3 * t + seed))
    phase = 2 * np.pi * np.cumsum(pitch) / SAMPLE_RATE
    tone = sum(np.cos(k * phase + rng.uniform(0, 6)) / k for k in range(1, 15))
    syllables = np.clip(np.sin(2 * np.pi * 2.5 * t + seed), 0, None) ** 0.5
    return tone * syllables


def delayed(x: np.ndarray, samples: float) -> np.ndarray:
    n = len(x)
    spectrum = np.fft.rfft(x, 2 * n)
    shift = np.exp(-2j * np.pi * np.fft.rfftfreq(2 * n) * samples)
    return np.fft.irfft(spectrum * shift, 2 * n)[:n]


def heard(x: np.ndarray, near: int, tdoa: float) -> np.ndarray:
    """Both mics' copies of a voice: the far one later, plus two wall echoes with a slightly different path per mic."""
    out = np.zeros((len(x), 2))
    for mic in (0, 1):
        direct = tdoa if mic != near else 0.0
        out[:, mic] = (delayed(x, direct) + 0.3 * delayed(x, 110 + 3 * mic) + 0.2 * delayed(x, 230 - 2 * mic))
    return out


def activity(mix: np.ndarray) -> np.ndarray:
    rng = np.random.default_rng(7)
    mix = mix / np.abs(mix).max() * 0.1 + rng.normal(0, 3e-4, mix.shape)
    pcm = (mix * 32767).astype(np.int16)
    attributor = ArrayAttributor({"Alex": 0, "Sam": 1}, 2)
    frames = [Frame(i, i * FRAME / SAMPLE_RATE, pcm[i * FRAME:(i + 1) * FRAME]) for i in range(len(pcm) // FRAME)]
    decisions = [attributor.activity(frame) for frame in frames]
    return np.array([[d["Alex"], d["Sam"]] for d in decisions])[len(decisions) // 4:]  # after the background is learnt


def test_one_voice_with_echoes_is_heard_on_its_own_side_only():
    alex = heard(voice(130, 1), near=0, tdoa=3.2)
    active = activity(alex)
    assert active[:, 0].mean() > 0.5
    assert active[:, 1].mean() < 0.05


def test_two_voices_at_once_are_both_heard():
    both = heard(voice(130, 1), near=0, tdoa=3.2) + heard(voice(205, 2), near=1, tdoa=3.8)
    active = activity(both)
    assert active[:, 0].mean() > 0.5 and active[:, 1].mean() > 0.5
