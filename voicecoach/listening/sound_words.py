"""The words of a short sound, for the floor tracker: "mm-hmm" is a backchannel, "Which sink?" is not.

Where each person has their own microphone (`channels`), a short sound's words are theirs alone, whatever the
partner says meanwhile. On a shared microphone (`array`, `voice`) the partner's louder speech would be read with
them, so there a sound is read only if nobody else spoke around it (a short question in the holder's pause, not
an "mm-hmm" over their sentence; see FloorTracker.words_are_its_own). The last seconds of audio are kept (silence while the coach
speaks), and a sound is read when the floor tracker is about to settle it as a backchannel.
Live, a short sound by someone without the floor that its words may settle (not one over the holder's speech,
which timing settles) is read as soon as it ends, on a worker thread, so that the frame loop seldom waits for
Whisper; the answer is the same either way, so a replay gives the same events.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor

import numpy as np

from voicecoach.audio.frames import SAMPLE_RATE, Frame
from voicecoach.listening.turn_timing import CLIP_MARGIN
from voicecoach.speech.backchannel_words import BackchannelWords

KEEP_SECONDS = 10.0  # a sound is settled at most a few seconds after it began


class ShortSoundWords:
    def __init__(self, words: BackchannelWords, channel_of: dict[str, int], ahead: bool = False):
        """`channel_of`: the channel each person is read from (their own mic; on a shared one, any that hears them)."""
        self._words = words
        self._channel_of = dict(channel_of)
        self._frames: deque[tuple[float, np.ndarray]] = deque()  # (start time, one column per person's channel)
        self._ahead = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sound-words") if ahead else None
        self._pending: dict[tuple[str, float, float], Future] = {}

    def hear(self, frame: Frame) -> None:
        samples = frame.samples if not frame.gated else np.zeros_like(frame.samples)
        self._frames.append((frame.t, samples))
        while frame.t - self._frames[0][0] > KEEP_SECONDS:
            self._frames.popleft()

    def read_ahead(self, person: str, start: float, end: float) -> None:
        """Live: start reading a short sound that has just ended, in case it is asked about."""
        if self._ahead is None or (person, start, end) in self._pending:
            return
        clip = self._clip(person, start, end)
        if clip is not None:
            self._pending[(person, start, end)] = self._ahead.submit(self._words.says_backchannel, clip)

    def says_backchannel(self, person: str, start: float, end: float) -> bool | None:
        """True: backchannel words; False: other words; None: not known (no audio kept, or nothing clear)."""
        ahead = self._pending.pop((person, start, end), None)
        for key in [k for k in self._pending if k[2] < end - KEEP_SECONDS]:
            del self._pending[key]  # read ahead but never asked about
        if ahead is not None:
            return ahead.result()
        clip = self._clip(person, start, end)
        return None if clip is None else self._words.says_backchannel(clip)

    def _clip(self, person: str, start: float, end: float) -> np.ndarray | None:
        channel = self._channel_of.get(person)
        kept = [(t, samples) for t, samples in self._frames
                if t + len(samples) / SAMPLE_RATE > start - CLIP_MARGIN and t < end + CLIP_MARGIN]
        if channel is None or not kept:
            return None
        first = kept[0][0]
        audio = np.concatenate([samples[:, channel] for _, samples in kept])
        begin = max(0, round((start - CLIP_MARGIN - first) * SAMPLE_RATE))
        return audio[begin: max(begin, round((end + CLIP_MARGIN - first) * SAMPLE_RATE))]

    def close(self) -> None:
        if self._ahead is not None:
            self._ahead.shutdown(wait=True, cancel_futures=True)
