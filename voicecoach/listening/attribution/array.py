"""`array` mode: a laptop's stereo microphone between the partners.

A voice reaches the nearer mic first. Speech is sparse in time and frequency, so even while both talk, most
time-frequency cells hold one voice: each cell's inter-channel phase gives its arrival-time difference and so
its side (the idea behind DUET-style separation). A person is speaking when the energy on their side rises well
above that side's background and makes a fair share of what is heard.

Cells come from three overlapping 32 ms windows over the last two frames (more cells, and a syllable of the
quieter voice is caught in whichever window holds it). A cell votes for a side only if its phase is clearly off
zero: at low frequencies the two sides' phases differ by little, and reflections blur that difference.

A side's level sums its cells' amplitudes (the square root of the cross-power), not their powers. Where a wall
reflection cancels the direct sound at one strong harmonic, that cell's phase points to the wrong side; summed as
power, that single cell can lift the silent side to within a few dB of the talker. Summed as amplitude, a side
needs many cells, as a second voice with its own harmonics has, to come near the other.
"""

from __future__ import annotations

import numpy as np

from voicecoach.audio.frames import SAMPLE_RATE, Frame
from voicecoach.listening.attribution.base import check_channels
from voicecoach.listening.vad import ChannelVad, NoiseFloor

# Below the spatial-aliasing limit of a ~10 cm pair; from 300 Hz, above most fan rumble and mains hum, where
# the phase is mostly the noise's own.
BAND_HZ = (300.0, 1700.0)
SUB_WINDOWS, SUB_WINDOW = 3, 512  # overlapping windows (samples) spread over the last two frames
# A side's background is never taken as more than this below the whole band's: while one person talks alone,
# the other side can be empty in many frames, and a background of "nothing" makes any stray cell look loud.
SIDE_FLOOR_BELOW_TOTAL_DB = 8.0


class ArrayAttributor:
    def __init__(self, mapping: dict[str, int], channels: int, aggressiveness: int = 2,
                 max_delay_ms: float = 0.6, frame_s: float = 0.03, min_phase: float = 0.12,
                 min_above_db: float = 10.0, within_db: float = 14.0, window_frames: int = 8, min_leads: int = 2,
                 lead_db: float = 10.0):
        check_channels(mapping, channels, "array")
        self.people = list(mapping)
        # a person nearer the lower-numbered channel is heard on the other channel later: positive delay
        self.side = {person: (1 if channel == min(mapping.values()) else -1) for person, channel in mapping.items()}
        self.channels = sorted(mapping.values())
        self.min_above_db, self.within_db = min_above_db, within_db
        self._above = np.zeros((window_frames, 2))
        self._leads = np.zeros((window_frames, 2), dtype=bool)
        self.min_leads, self.lead_db = min_leads, lead_db
        self._count = 0
        history = 2 * int(frame_s * SAMPLE_RATE)
        hop = (history - SUB_WINDOW) // (SUB_WINDOWS - 1)
        self._starts = [history - SUB_WINDOW - k * hop for k in range(SUB_WINDOWS)]
        self._taper = np.hanning(SUB_WINDOW)[:, None]
        freqs = np.fft.rfftfreq(SUB_WINDOW, 1 / SAMPLE_RATE)
        self._band = (freqs >= BAND_HZ[0]) & (freqs <= BAND_HZ[1])
        self._omega = 2 * np.pi * freqs[self._band] / SAMPLE_RATE  # radians per sample
        self._max_delay = max_delay_ms / 1000 * SAMPLE_RATE
        self._min_phase = min_phase
        self._history = np.zeros((history, 2))
        self._vad = ChannelVad(1, aggressiveness)
        self._floor = NoiseFloor(frame_s=frame_s, shape=(3,))

    def side_amplitude(self) -> np.ndarray:
        """Summed cell amplitude arriving from the channel-0 side, from the channel-1 side, and in the whole band."""
        windows = np.stack([self._history[s : s + SUB_WINDOW] for s in self._starts])
        spectra = np.fft.rfft(windows * self._taper, axis=1)[:, self._band]  # (windows, bins, channels)
        cross = spectra[..., 1] * np.conj(spectra[..., 0])
        phase = -np.angle(cross)  # positive: channel 1 lags channel 0
        weight = np.sqrt(np.abs(cross))
        plausible = np.abs(phase) <= self._max_delay * self._omega
        near_0 = plausible & (phase >= self._min_phase)
        near_1 = plausible & (phase <= -self._min_phase)
        return np.array([weight[near_0].sum(), weight[near_1].sum(), weight.sum()]) + 1e-12

    def activity(self, frame: Frame) -> dict[str, bool]:
        pair = frame.samples[:, self.channels].astype(np.float64) / 32768.0
        self._history = np.concatenate([self._history[len(pair):], pair])
        voiced = self._vad.voiced(frame.mono(self.channels))[0]
        level = 20.0 * np.log10(self.side_amplitude())
        floor = self._floor.update(level)
        floor = np.maximum(floor[:2], floor[2] - SIDE_FLOOR_BELOW_TOTAL_DB)
        level = level[:2]
        slot = self._count % len(self._above)
        self._above[slot] = level - floor
        self._leads[slot] = level >= level.max() - self.lead_db
        self._count += 1
        # Two voices at once take turns dominating from one syllable to the next: judge each side by its
        # loudest moment of the last few frames, against the background and against the other side.
        peak = self._above.max(axis=0)
        active = {}
        for person, side in self.side.items():
            i = 0 if side > 0 else 1
            leads = int(self._leads[:, i].sum())
            active[person] = bool(voiced and peak[i] >= self.min_above_db and peak[i] >= peak.max() - self.within_db
                                  and leads >= self.min_leads)
        return active
