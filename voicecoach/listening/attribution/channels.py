"""`channels` mode: a microphone per person. Each voice also reaches the other mic, quieter and duller; the
bleed model (bleed.py) tells a person's own voice from the partner's bleed, band by band."""

from __future__ import annotations

import numpy as np

from voicecoach.audio.frames import SAMPLE_RATE, Frame
from voicecoach.listening.attribution.base import check_channels
from voicecoach.listening.attribution.bleed import BleedModel
from voicecoach.listening.vad import ChannelVad

BAND_EDGES_HZ = (250, 400, 600, 850, 1200, 1700, 2400, 3200, 4000)
MIN_BANDS = 3  # bands that must stand out for a frame to count as a person's own voice


def band_matrix(frame_samples: int, edges: tuple) -> np.ndarray:
    """Sums an rfft power spectrum into bands (and scales it to mean power)."""
    band = np.digitize(np.fft.rfftfreq(frame_samples, 1 / SAMPLE_RATE), edges) - 1
    return np.stack([band == b for b in range(len(edges) - 1)], axis=1) * (2.0 / (frame_samples * frame_samples))


class ChannelAttributor:
    # Band by band a voice stands out from the partner's bleed even while the partner is louder.
    hears_voice_under_voice = True

    def __init__(self, mapping: dict[str, int], channels: int, aggressiveness: int = 2,
                 bleed_margin_db: float = 4.0, frame_s: float = 0.03):
        check_channels(mapping, channels, "channels")
        self.people = list(mapping)
        self._channels = [mapping[p] for p in self.people]
        self._vad = ChannelVad(channels, aggressiveness)
        self._model = BleedModel(len(BAND_EDGES_HZ) - 1, bleed_margin_db, MIN_BANDS, frame_s)
        self._bands = band_matrix(int(frame_s * SAMPLE_RATE), BAND_EDGES_HZ)

    def coupling_db(self, person: str) -> np.ndarray:
        return self._model.coupling_db(self.people.index(person))

    def activity(self, frame: Frame) -> dict[str, bool]:
        pair = frame.samples[:, self._channels].astype(np.float64) / 32768.0
        power = (np.abs(np.fft.rfft(pair, axis=0)) ** 2).T @ self._bands + 1e-12
        voiced = self._vad.voiced(frame)
        decided = self._model.decide(power, [voiced[c] for c in self._channels])
        return dict(zip(self.people, decided))
