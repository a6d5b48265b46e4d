"""The words of each turn of a recording, read in one more streaming pass over the file."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from voicecoach.audio.file_source import FileSource
from voicecoach.speech.transcriber import Transcriber

MARGIN = 0.15  # seconds of context either side of a turn, so first and last words are whole


def transcribe_turns(path: str | Path, turns: list[dict], transcriber: Transcriber,
                     channel_of: dict[str, int] | None = None, frame_ms: int = 30) -> None:
    """Fill `turn["text"]` for each turn. With `channel_of`, a turn is read from its speaker's own channel;
    otherwise from the mix of all channels."""
    pending = sorted(range(len(turns)), key=lambda i: turns[i]["start"])
    buffers: dict[int, list[np.ndarray]] = {}
    for frame in FileSource(path, frame_ms).frames():
        frame_end = frame.t + frame.duration
        while pending and turns[pending[0]]["start"] - MARGIN <= frame_end:
            buffers[pending.pop(0)] = []
        for index in list(buffers):
            turn = turns[index]
            if frame.t >= turn["end"] + MARGIN:
                _finish(turn, buffers.pop(index), transcriber)
                continue
            channel = (channel_of or {}).get(turn["speaker"])
            mono = frame.samples[:, channel] if channel is not None else frame.samples.mean(axis=1).astype(np.int16)
            buffers[index].append(mono)
    for index, blocks in buffers.items():
        _finish(turns[index], blocks, transcriber)


def _finish(turn: dict, blocks: list[np.ndarray], transcriber: Transcriber) -> None:
    audio = np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.int16)
    turn["text"] = transcriber.transcribe(audio).text
