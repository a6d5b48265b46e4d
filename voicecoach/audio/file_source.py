"""Audio files as a source: any rate and channel count, resampled to 16 kHz, as fast as possible or in real time."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Iterator

import numpy as np
import soundfile
import soxr

from voicecoach.audio.frames import SAMPLE_RATE, Frame, Framer, to_int16
from voicecoach.errors import AudioInputError

READ_SECONDS = 1.0
SUPPORTED = "WAV, FLAC, OGG or MP3"


class FileSource:
    """Yields the file's frames; `realtime=True` paces them like a microphone would."""

    def __init__(self, path: str | Path, frame_ms: int = 30, realtime: bool = False):
        self.path = Path(path)
        self.frame_ms = frame_ms
        self.realtime = realtime
        info = probe(self.path)
        self.channels = info.channels
        self.source_rate = info.samplerate
        self.duration = info.frames / info.samplerate

    def frames(self) -> Iterator[Frame]:
        framer = Framer(self.channels, self.frame_ms)
        resampler = None
        if self.source_rate != SAMPLE_RATE:
            resampler = soxr.ResampleStream(self.source_rate, SAMPLE_RATE, self.channels, dtype="float32", quality="HQ")
        started = time.monotonic()
        try:
            with soundfile.SoundFile(self.path) as audio:
                block_frames = int(audio.samplerate * READ_SECONDS)
                while True:
                    block = audio.read(block_frames, dtype="float32", always_2d=True)
                    last = len(block) < block_frames
                    if resampler is not None:
                        block = resampler.resample_chunk(block, last=last)
                    for frame in framer.push(to_int16(block)):
                        self._pace(started, frame)
                        yield frame
                    if last:
                        break
        except (soundfile.LibsndfileError, RuntimeError) as exc:
            raise AudioInputError(f"cannot read {self.path}: the file is damaged part-way through ({exc})") from None
        for frame in framer.flush():
            yield frame

    def _pace(self, started: float, frame: Frame) -> None:
        if self.realtime:
            delay = started + frame.t + frame.duration - time.monotonic()
            if delay > 0:
                time.sleep(delay)

    def close(self) -> None:
        pass


def probe(path: Path) -> soundfile._SoundFileInfo:
    """The file's format, or an AudioInputError that says in one line why it cannot be used."""
    if not path.exists():
        raise AudioInputError(f"no such audio file: {path}")
    if path.is_dir():
        raise AudioInputError(f"{path} is a folder, not an audio file")
    try:
        info = soundfile.info(str(path))
    except (soundfile.LibsndfileError, RuntimeError):
        raise AudioInputError(
            f"cannot read {path}: not a {SUPPORTED} file, or the file is damaged"
        ) from None
    except OSError as exc:
        raise AudioInputError(f"cannot open {path}: {exc.strerror or exc}") from None
    if info.frames <= 0 or info.samplerate <= 0:
        raise AudioInputError(f"{path} contains no audio")
    if info.channels > 8:
        raise AudioInputError(f"{path} has {info.channels} channels; voicecoach reads at most 8")
    return info


def read_all(path: str | Path) -> np.ndarray:
    """The whole file as int16 at 16 kHz, shape (samples, channels)."""
    source = FileSource(path)
    frames = [frame.samples for frame in source.frames()]
    return np.concatenate(frames) if frames else np.zeros((0, source.channels), dtype=np.int16)
