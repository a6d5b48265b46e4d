"""What the one-mic voice detector looks at: per 30 ms hop, a mel spectrum (the voice's timbre) and the fine
spectrum up to ~2 kHz (where the harmonics of each voice's pitch sit, so two voices at once look unlike one),
stacked over the last few hops.

Both are taken after steady background noise is subtracted from each hop's power spectrum (spectral subtraction):
a fan's blade tone or a hum sits where a low voice's pitch does, and without this the detector heard the deeper
voice in a fan. The noise of each frequency bin is a low percentile of its level over the last few seconds, the
same tracker the other modes use for their noise floors; training mixes go through the same steps as live audio.
"""

from __future__ import annotations

import functools

import numpy as np

from voicecoach.audio.frames import SAMPLE_RATE
from voicecoach.listening.vad import NoiseFloor

HOP = SAMPLE_RATE * 30 // 1000
N_FFT = 512
N_MELS = 40
FINE_BINS = slice(2, 66)  # 62.5 Hz to 2 kHz in 31.25 Hz steps
CONTEXT = 5  # hops: 150 ms, all in the past (live decisions cannot wait for the future)
OVER_SUBTRACT = 3.0  # remove this many times the tracked noise power from each bin...
SPECTRAL_FLOOR = 0.05  # ...but keep at least this share of the bin's power
SPEECH_BAND = (300.0, 3400.0)  # Hz: where speech carries energy and fans and hum carry little


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
_FREQS = np.fft.rfftfreq(N_FFT, 1 / SAMPLE_RATE)
_BAND = (_FREQS >= SPEECH_BAND[0]) & (_FREQS <= SPEECH_BAND[1])


def hop_power(hops: np.ndarray) -> np.ndarray:
    """Power spectrum of each row of `hops` (n, samples; a 10-30 ms hop or frame) of int16-scaled samples."""
    return np.abs(np.fft.rfft(hops / 32768.0 * _taper(hops.shape[-1]), N_FFT, axis=-1)) ** 2


def speech_band_db(samples: np.ndarray) -> float:
    """Level of one frame (int16-scaled mono samples, 10-30 ms) in the speech band, dB."""
    frame = np.asarray(samples, np.float64)
    return float(10.0 * np.log10(hop_power(frame[None, :])[0][_BAND].sum() / len(frame) + 1e-10))


@functools.lru_cache(maxsize=4)
def _taper(length: int) -> np.ndarray:
    return np.hanning(length)


def spectra(power: np.ndarray) -> np.ndarray:
    """Features of power spectra (n, bins): log mel bands then log fine bins."""
    mel = 10.0 * np.log10(power @ MEL_BANK_T + 1e-10)
    fine = 10.0 * np.log10(power[..., FINE_BINS] + 1e-10)
    return np.concatenate([mel, fine], axis=-1)


class NoiseSubtractor:
    """Tracks the background of each frequency bin, hop by hop, and removes it from the hop's power."""

    def __init__(self):
        self._floor = NoiseFloor(frame_s=HOP / SAMPLE_RATE, shape=(N_FFT // 2 + 1,))

    def clean(self, power: np.ndarray) -> np.ndarray:
        noise = 10.0 ** (self._floor.update(10.0 * np.log10(power + 1e-12)) / 10.0)
        return np.maximum(power - OVER_SUBTRACT * noise, SPECTRAL_FLOOR * power)


def split_hops(audio: np.ndarray) -> np.ndarray:
    whole = len(audio) // HOP
    return audio[: whole * HOP].astype(np.float64).reshape(whole, HOP)


def stacked(rows: np.ndarray) -> np.ndarray:
    """Each hop's features with those of the CONTEXT - 1 hops before it (the first hop repeated at the start)."""
    padded = np.vstack([np.repeat(rows[:1], CONTEXT - 1, axis=0), rows])
    return np.hstack([padded[i : i + len(rows)] for i in range(CONTEXT)])


def audio_features(audio: np.ndarray) -> np.ndarray:
    """The detector's input for every hop of a whole recording, exactly as LiveStack gives them one by one."""
    subtractor = NoiseSubtractor()
    power = hop_power(split_hops(audio))
    return stacked(spectra(np.vstack([subtractor.clean(row) for row in power]) if len(power) else power))


class LiveStack:
    """The same stacked features, one hop at a time."""

    def __init__(self):
        self._subtractor = NoiseSubtractor()
        self._rows: np.ndarray | None = None

    def push(self, hop: np.ndarray) -> np.ndarray:
        row = spectra(self._subtractor.clean(hop_power(hop[None, :])[0]))[None, :]
        self._rows = np.tile(row, (CONTEXT, 1)) if self._rows is None else np.vstack([self._rows[1:], row])
        return self._rows.reshape(-1)
