"""The real microphone path, end to end: a fixture played into a PulseAudio null sink, captured by
MicrophoneSource through PortAudio. No sound card needed."""

import os
import subprocess
import sys
import tempfile
import threading

import numpy as np
import pytest

from voicecoach.audio.file_source import read_all
from voicecoach.audio.gate import SpeakingGate
from voicecoach.audio.microphone import MicrophoneSource
from voicecoach.audio.playback import Player
from voicecoach.errors import AudioInputError


def best_alignment(reference: np.ndarray, captured: np.ndarray) -> tuple[int, float]:
    """The lag at which `reference` best matches inside `captured`, and the normalised correlation there."""
    ref = reference.astype(np.float64)
    cap = captured.astype(np.float64)
    size = 1 << int(np.ceil(np.log2(len(ref) + len(cap))))
    corr = np.fft.irfft(np.fft.rfft(cap, size) * np.conj(np.fft.rfft(ref, size)), size)[: len(cap) - len(ref) + 1]
    lag = int(np.argmax(corr))
    window = cap[lag : lag + len(ref)]
    return lag, float(np.dot(window, ref) / (np.linalg.norm(window) * np.linalg.norm(ref) + 1e-9))


def test_a_fixture_played_into_the_sink_comes_back_through_the_microphone(audio_rig, fixtures_dir):
    clip = fixtures_dir / "enroll_alex.flac"
    reference = read_all(clip)[:, 0]
    with MicrophoneSource(channels=1) as mic:
        player = audio_rig.play(clip)
        captured = mic.read_seconds(len(reference) / 16000 + 1.5)[:, 0]
        player.wait()
        lost = mic.overflows + mic.dropped_blocks
    middle = reference[8000:-8000]  # the sound server may trim a few milliseconds at either end
    lag, similarity = best_alignment(middle, captured)
    assert lost == 0
    assert similarity > 0.95, f"captured audio differs from the fixture (correlation {similarity:.3f})"
    level_ratio = np.std(captured[lag : lag + len(middle)]) / np.std(middle)
    assert 0.8 < level_ratio < 1.25


def test_two_channel_capture_delivers_stereo_frames(audio_rig):
    with MicrophoneSource(channels=2, frame_ms=20) as mic:
        frames = []
        for frame in mic.frames():
            frames.append(frame)
            if len(frames) == 10:
                break
    assert all(frame.samples.shape == (320, 2) for frame in frames)
    assert [frame.index for frame in frames] == list(range(10))
    assert frames[-1].t == pytest.approx(0.18)


def test_frames_captured_while_the_coach_speaks_are_gated(audio_rig):
    gate = SpeakingGate(tail=0.3)
    player = Player(gate=gate)
    rate = 24_000
    tone = (0.3 * np.sin(2 * np.pi * 440 * np.arange(rate) / rate)).astype(np.float32)
    thread = threading.Timer(0.2, player.play, args=(tone, rate))
    with MicrophoneSource(gate=gate) as mic:
        frames = []
        for frame in mic.frames():
            frames.append(frame)
            if len(frames) == 10:  # the prompt starts once capture is under way (a busy machine may open it late)
                thread.start()
            if frame.t >= 3.0:
                break
        thread.join()
    loud = [f for f in frames if np.abs(f.samples).max() > 3000]
    assert len(loud) > 20, "the tone was not heard"
    assert all(f.gated for f in loud), "a frame of the coach's own voice was not gated"
    assert not any(f.gated for f in frames[:5]), "frames before the prompt were gated"
    assert not frames[-1].gated, "the gate did not reopen after the tail"


def test_doctor_passes_on_the_rig(audio_rig):
    result = subprocess.run([sys.executable, "-m", "voicecoach", "doctor"], env=audio_rig.env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(" ok ") == 6


def test_devices_lists_the_rig(audio_rig):
    result = subprocess.run([sys.executable, "-m", "voicecoach", "devices"], env=audio_rig.env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "pulse" in result.stdout


def test_a_named_microphone_that_does_not_exist_is_one_clear_line(audio_rig):
    with pytest.raises(AudioInputError, match="no microphone matches 'Studio Mic'"):
        MicrophoneSource("Studio Mic")


def test_a_device_with_too_few_channels_is_refused(audio_rig):
    with pytest.raises(AudioInputError, match="input channel"):
        MicrophoneSource(channels=64)


def test_no_microphone_at_all_is_one_clear_line():
    empty = tempfile.mkdtemp()  # no sound server here, and no sound card on this machine
    env = dict(os.environ, XDG_RUNTIME_DIR=empty)
    code = "from voicecoach.audio.microphone import MicrophoneSource; MicrophoneSource()"
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60)
    assert "AudioInputError: no microphone found" in result.stderr
    cli = subprocess.run([sys.executable, "-m", "voicecoach", "doctor"], env=env, capture_output=True, text=True,
                         timeout=120)
    assert cli.returncode == 1
    assert "no microphone found" in cli.stdout


def test_a_busy_microphone_is_explained():
    import sounddevice as sd

    source = MicrophoneSource.__new__(MicrophoneSource)
    source.device = type("D", (), {"name": "USB Mic"})()
    message = source._explain(sd.PortAudioError("Error opening InputStream: Device unavailable [PaErrorCode -9985]")).message
    assert message.startswith("microphone 'USB Mic' is busy or unavailable")
