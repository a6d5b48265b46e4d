"""Variant training mixes: same conversation shapes, but half of them get generic room noise at a realistic SNR
(not the fixture fan: brown rumble or pink noise, plus mains hum half the time, SNR -5..25 dB vs the speech).
usage: mixes_noisy.py SEED..."""
import sys
from common import *
from mixes import training_mixes
from voicecoach.listening.attribution import voice_presence as vp


def generic_noise(rng, n):
    kind = rng.integers(0, 2)
    white = rng.standard_normal(n)
    if kind == 0:  # brown rumble
        x = np.cumsum(white); x -= np.convolve(x, np.ones(400) / 400, "same")
    else:  # pink (1/f) via spectral shaping
        f = np.fft.rfftfreq(n, 1 / 16000); s = np.fft.rfft(white); s[1:] /= np.sqrt(f[1:]); s[0] = 0
        x = np.fft.irfft(s, n)
    x /= x.std() + 1e-9
    if rng.random() < 0.5:  # mains hum with harmonics
        f0 = rng.choice([50.0, 60.0]); t = np.arange(n) / 16000
        hum = sum(rng.uniform(0.2, 1.0) / k * np.sin(2 * np.pi * f0 * k * t + rng.uniform(0, 6.28)) for k in range(1, 6))
        x = x + hum / (hum.std() + 1e-9) * rng.uniform(0.1, 0.7)
    return x / (x.std() + 1e-9)


def noisy_mixes(first, second, seed, share=0.5):
    auds, targs = training_mixes(first, second, seed)
    rng = np.random.default_rng(1000 + seed)
    out = []
    for a, t in zip(auds, targs):
        if rng.random() < share and t.any():
            voiced = np.repeat(t.any(axis=1), HOP)[: len(a)]
            speech_rms = np.sqrt(np.mean(a[: len(voiced)][voiced] ** 2))
            snr = rng.uniform(-5.0, 25.0)
            a = a + generic_noise(rng, len(a)) * speech_rms * 10 ** (-snr / 20)
        out.append(np.clip(a, -32768, 32767))
    return out, targs


if __name__ == "__main__":
    first, second = enrolment()
    for seed in map(int, sys.argv[1:]):
        a, t = noisy_mixes(first, second, seed)
        x = np.vstack([stacked(hop_spectra(split_hops(m))) for m in a]).astype(np.float32)
        np.savez(f"/tmp/spike/cache/mix_seed{seed + 100}.npz", audio=np.array(a), target=np.array(t), base=x)
        print(seed + 100, x.shape)
