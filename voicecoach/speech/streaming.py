"""Transcription while a turn is still going: finished chunks (cut at pauses) are transcribed in one worker
thread, so when the turn ends only its tail is left to do."""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future

import numpy as np

from voicecoach.speech.transcriber import Transcriber, Transcript

FRAME_S = 0.03
FINAL_PAUSE = 0.45  # silence after which even a short chunk is sent (every end of turn waits at least 0.8 s)


class TurnStream:
    """One turn's audio as it arrives. Created by StreamingTranscriber.start_turn()."""

    def __init__(self, owner: "StreamingTranscriber", t0: float, min_chunk: float, cut_pause: float):
        self._owner = owner
        self._t0 = t0
        self._min_chunk = min_chunk
        self._cut_frames = max(1, round(cut_pause / FRAME_S))
        self._final_frames = max(self._cut_frames, round(FINAL_PAUSE / FRAME_S))
        self._blocks: list[np.ndarray] = []
        self._chunk_start = t0
        self._quiet = 0
        self._parts: list[Future] = []

    def add(self, samples: np.ndarray, voiced: bool, gated: bool = False) -> None:
        """One frame of this speaker's mono int16 audio; `voiced` from the listening engine's VAD. A gated frame
        (the coach was speaking) is never transcribed: it counts as silence, keeping the timing."""
        if gated:
            samples, voiced = np.zeros_like(samples), False
        self._blocks.append(samples)
        self._quiet = 0 if voiced else self._quiet + 1
        speech = (len(self._blocks) - self._quiet) * FRAME_S
        long_enough = speech >= self._min_chunk or self._quiet >= self._final_frames
        if self._quiet >= self._cut_frames and speech > 0 and long_enough:
            # cut at a pause; a longer pause may be the end of the turn, so its tail is started right away,
            # while the listening engine still waits to be sure the turn is over
            self._cut()

    def _cut(self) -> None:
        self._quiet = 0
        if self._blocks:
            audio = np.concatenate(self._blocks)
            self._parts.append(self._owner.submit(audio, self._chunk_start))
            self._chunk_start += len(audio) / 16000
            self._blocks = []

    def heard(self) -> str:
        """The words of the chunks sent so far (waits for them: the same audio always gives the same answer)."""
        return " ".join(text for text in (part.result().text for part in self._parts) if text)

    @property
    def pending(self) -> bool:
        """Audio not yet sent to the transcriber."""
        return any(block.any() for block in self._blocks)

    def finish(self) -> Future:
        """The whole turn's transcript, once its last chunk is done."""
        self._cut()
        done: Future = Future()
        parts = list(self._parts)

        def join(_):
            if all(p.done() for p in parts) and not done.done():
                pieces = [p.result() for p in parts]
                text = " ".join(piece.text for piece in pieces if piece.text)
                merged = Transcript(text)
                for piece in pieces:
                    merged.segments.extend(piece.segments)
                    merged.words.extend(piece.words)
                done.set_result(merged)

        if not parts:
            done.set_result(Transcript(""))
        for part in parts:
            part.add_done_callback(join)
        return done


class StreamingTranscriber:
    """One worker thread in front of one Transcriber; jobs run in the order they were submitted."""

    def __init__(self, transcriber: Transcriber, min_chunk: float = 2.0, cut_pause: float = 0.3):
        self.transcriber = transcriber
        self.min_chunk = min_chunk
        self.cut_pause = cut_pause
        self._jobs: queue.Queue = queue.Queue()
        self._worker = threading.Thread(target=self._run, name="transcriber", daemon=True)
        self._worker.start()

    def start_turn(self, t0: float) -> TurnStream:
        return TurnStream(self, t0, self.min_chunk, self.cut_pause)

    def submit(self, audio: np.ndarray, offset: float) -> Future:
        future: Future = Future()
        self._jobs.put((audio, offset, future))
        return future

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            audio, offset, future = job
            try:
                future.set_result(self.transcriber.transcribe(audio, offset))
            except Exception as exc:  # handed to whoever waits for this turn
                future.set_exception(exc)

    def close(self) -> None:
        self._jobs.put(None)
        self._worker.join(timeout=30)
