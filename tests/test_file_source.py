"""Audio files of any common format, rate and channel count become 16 kHz frames."""

import time

import numpy as np
import pytest
import soundfile
import soxr

from voicecoach.audio.file_source import FileSource, read_all
from voicecoach.audio.frames import Framer

CLIP = "enroll_sam.flac"


@pytest.fixture(scope="module")
def reference(fixtures_dir):
    audio, rate = soundfile.read(fixtures_dir / CLIP, dtype="float32")
    assert rate == 16000
    return audio


@pytest.mark.parametrize(
    "rate, channels, fmt, subtype",
    [(44100, 2, "WAV", "PCM_16"), (8000, 1, "WAV", "PCM_16"), (48000, 1, "FLAC", "PCM_24"),
     (22050, 1, "OGG", "VORBIS"), (44100, 1, "MP3", "MPEG_LAYER_III")],
)
def test_any_format_rate_and_channel_count_comes_out_at_16_khz(tmp_path, reference, rate, channels, fmt, subtype):
    audio = soxr.resample(reference, 16000, rate)
    if channels == 2:
        audio = np.stack([audio, 0.5 * audio], axis=1)
    path = tmp_path / f"clip.{fmt.lower()}"
    soundfile.write(path, audio, rate, format=fmt, subtype=subtype)
    source = FileSource(path, frame_ms=20)
    frames = list(source.frames())
    assert source.channels == channels
    assert all(f.samples.shape == (320, channels) and f.samples.dtype == np.int16 for f in frames)
    assert [f.index for f in frames[:3]] == [0, 1, 2] and frames[2].t == pytest.approx(0.04)
    out = np.concatenate([f.samples for f in frames])[:, 0].astype(np.float32) / 32768
    assert abs(len(out) - len(reference)) <= 0.05 * 16000 + 320  # codecs may pad a little
    if fmt in ("WAV", "FLAC"):  # lossless: after two resamplings the waveform is still the same
        n = min(len(out), len(reference))
        similarity = np.dot(out[:n], reference[:n]) / (np.linalg.norm(out[:n]) * np.linalg.norm(reference[:n]))
        assert similarity > 0.98 if rate >= 16000 else similarity > 0.9


def test_realtime_pacing_takes_at_least_the_audio_duration(fixtures_dir, tmp_path):
    short = tmp_path / "short.wav"
    soundfile.write(short, read_all(fixtures_dir / CLIP)[:8000], 16000)  # 0.5 s
    started = time.monotonic()
    frames = list(FileSource(short, realtime=True).frames())
    assert time.monotonic() - started >= 0.45
    assert len(frames) == 17  # 0.5 s in 30 ms frames, the last padded


def test_the_framer_cuts_any_block_sizes_into_whole_frames():
    framer = Framer(channels=1, frame_ms=10)
    blocks = [np.arange(n, dtype=np.int16) for n in (7, 300, 1, 500)]
    frames = [f for b in blocks for f in framer.push(b)] + list(framer.flush())
    assert all(len(f.samples) == 160 for f in frames)
    assert sum(len(b) for b in blocks) <= len(frames) * 160 < sum(len(b) for b in blocks) + 160


def test_gated_blocks_mark_their_frames():
    framer = Framer(channels=1, frame_ms=10)
    frames = list(framer.push(np.zeros(320, np.int16))) + list(framer.push(np.zeros(320, np.int16), gated=True))
    assert [f.gated for f in frames] == [False, False, True, True]
