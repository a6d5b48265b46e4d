"""The words of a short sound, for the floor tracker: "mm-hmm" is a backchannel, "Which sink?" is not.

Only where each person has their own microphone (`channels`) are a short sound's words theirs alone; on a shared
microphone the partner's louder speech would be read with it. The last seconds of each person's channel are kept,
and a sound is read when the floor tracker is about to settle it as a backchannel.
"""

from __future__ import annotations

from collections import deque

import numpy as np

from voicecoach.audio.frames import SAMPLE_RATE, Frame
from voicecoach.speech.backchannel_words import BackchannelWords

KEEP_SECONDS = 10.0  # a sound is settled at most a couple of seconds after it began
MARGIN = 0.05  # seconds either side of the detected sound, so its first and last phonemes are whole


class ShortSoundWords:
    def __init__(self, words: BackchannelWords, channel_of: dict[str, int]):
        self._words = words
        self._channel_of = dict(channel_of)
        self._frames: deque[Frame] = deque()
        self._kept = 0.0

    def hear(self, frame: Frame) -> None:
        self._frames.append(frame)
        self._kept += frame.duration
        while self._frames and self._kept - self._frames[0].duration >= KEEP_SECONDS:
            self._kept -= self._frames.popleft().duration

    def says_backchannel(self, person: str, start: float, end: float) -> bool | None:
        """True: backchannel words; False: other words; None: not known (no audio kept, or nothing clear)."""
        channel = self._channel_of.get(person)
        if channel is None:
            return None
        begin, finish = start - MARGIN, end + MARGIN
        blocks = [f.samples[:, channel] for f in self._frames if f.t + f.duration > begin and f.t < finish]
        if not blocks:
            return None
        first = next(f.t for f in self._frames if f.t + f.duration > begin)
        audio = np.concatenate(blocks)
        cut = max(0, round((begin - first) * SAMPLE_RATE))
        return self._words.says_backchannel(audio[cut: cut + round((finish - begin) * SAMPLE_RATE)])
