"""What the one-mic voice detector looks at: per 30 ms hop, a mel spectrum (the voice's timbre) and the fine
spectrum up to ~2 kHz (where the harmonics of each voice's pitch sit, so two voices at once look unlike one),
stacked over the last few hops."""

from __future__ import annotations

import numpy as np

from voicecoach.audio.frames import SAMPLE_RATE

HOP = SAMPLE_RATE * 30 // 1000
N_FFT = 512
N_MELS = 40
FINE_BINS = slice(2, 66)  # 62.5 Hz to 2 kHz in 31.25 Hz steps
CONTEXT = 5  # hops: 150 ms, all in the past (live decisions cannot wait for the future)
WINDOW = np.hanning(HOP)


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


MEL_BANK_T = _mel_filterbank().T


def hop_spectra(hops: np.ndarray) -> np.ndarray:
    """Features of each row of `hops` (n, HOP) of int16-scaled samples: log mel bands then log fine bins."""
    power = np.abs(np.fft.rfft(hops / 32768.0 * WINDOW, N_FFT, axis=-1)) ** 2
    mel = 10.0 * np.log10(power @ MEL_BANK_T + 1e-10)
    fine = 10.0 * np.log10(power[..., FINE_BINS] + 1e-10)
    return np.concatenate([mel, fine], axis=-1)


def split_hops(audio: np.ndarray) -> np.ndarray:
    whole = len(audio) // HOP
    return audio[: whole * HOP].astype(np.float64).reshape(whole, HOP)


def stacked(spectra: np.ndarray) -> np.ndarray:
    """Each hop's features with those of the CONTEXT - 1 hops before it (the first hop repeated at the start)."""
    padded = np.vstack([np.repeat(spectra[:1], CONTEXT - 1, axis=0), spectra])
    return np.hstack([padded[i : i + len(spectra)] for i in range(CONTEXT)])


class LiveStack:
    """The same stacked features, one hop at a time."""

    def __init__(self):
        self._rows: np.ndarray | None = None

    def push(self, hop: np.ndarray) -> np.ndarray:
        row = hop_spectra(hop[None, :])
        self._rows = np.tile(row, (CONTEXT, 1)) if self._rows is None else np.vstack([self._rows[1:], row])
        return self._rows.reshape(-1)
