"""The words of each turn of a recording, read in one more streaming pass over the file."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from voicecoach.audio.file_source import FileSource
from voicecoach.speech.transcriber import Transcriber, Word

MARGIN = 0.15  # seconds of context either side of a turn, so first and last words are whole


def transcribe_turns(path: str | Path, turns: list[dict], transcriber: Transcriber,
                     channel_of: dict[str, int] | None = None, frame_ms: int = 30) -> dict[int, list[Word]]:
    """Fill `turn["text"]` for each turn; returns each turn's timed words. With `channel_of`, a turn is read
    from its speaker's own channel; otherwise from the mix of all channels."""
    pending = sorted(range(len(turns)), key=lambda i: turns[i]["start"])
    buffers: dict[int, list[np.ndarray]] = {}
    starts: dict[int, float] = {}
    words: dict[int, list[Word]] = {}
    for frame in FileSource(path, frame_ms).frames():
        frame_end = frame.t + frame.duration
        while pending and turns[pending[0]]["start"] - MARGIN <= frame_end:
            buffers[pending[0]], starts[pending[0]] = [], frame.t
            pending.pop(0)
        for index in list(buffers):
            turn = turns[index]
            if frame.t >= turn["end"] + MARGIN:
                words[index] = _finish(turn, buffers.pop(index), starts[index], transcriber)
                continue
            channel = (channel_of or {}).get(turn["speaker"])
            buffers[index].append(frame.mono(None if channel is None else [channel]).samples[:, 0])
    for index, blocks in buffers.items():
        words[index] = _finish(turns[index], blocks, starts[index], transcriber)
    return words


def _finish(turn: dict, blocks: list[np.ndarray], start: float, transcriber: Transcriber) -> list[Word]:
    audio = np.concatenate(blocks) if blocks else np.zeros(0, dtype=np.int16)
    result = transcriber.transcribe(audio, offset=start)
    turn["text"] = result.text
    return result.words


def words_of_events(events: list[dict], turns: list[dict], words: dict[int, list[Word]]) -> None:
    """Give each interruption the words its interrupter said during it (e.g. "Wait, that's not fair")."""
    for event in events:
        if event["type"] != "interruption":
            continue
        said = [w.word for i, turn_words in words.items() if turns[i]["speaker"] == event["by"]
                for w in turn_words if event["start"] - 0.2 <= w.start <= max(event["end"], event["start"] + 1.0)]
        event["text"] = " ".join(said) or None
