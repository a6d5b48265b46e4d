"""`voicecoach analyze` on input it cannot use: one clear line, no traceback."""

import subprocess
import sys

import numpy as np
import pytest
import soundfile

FIXTURE = "s00_dishes"


def analyze(*args):
    return subprocess.run([sys.executable, "-m", "voicecoach", "analyze", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def assert_one_line(result, text, code=1):
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and text in lines[0], result.stderr


def write(tmp_path, name, audio, rate=16000):
    path = tmp_path / name
    soundfile.write(path, audio, rate)
    return path


def test_a_mono_file_given_to_channels_or_array(fixtures_dir):
    mono = fixtures_dir / f"{FIXTURE}.mono.flac"
    for mode in ("channels", "array"):
        assert_one_line(analyze(mono, "--attribution", mode), f"'{mode}' attribution needs a two-channel recording")


def test_a_channel_map_naming_a_channel_that_does_not_exist(fixtures_dir):
    result = analyze(fixtures_dir / f"{FIXTURE}.channels.flac", "--channel-map", "Alex=0,Sam=3")
    assert_one_line(result, "puts Sam on channel 3, but the audio has channels 0 to 1")


def test_a_malformed_channel_map(fixtures_dir):
    result = analyze(fixtures_dir / f"{FIXTURE}.channels.flac", "--channel-map", "Alex:0")
    assert_one_line(result, "is not NAME=CHANNEL", code=2)


def test_an_enrolment_clip_with_no_speech(fixtures_dir, tmp_path):
    silent = write(tmp_path, "silent.wav", np.zeros(16000 * 3, dtype=np.int16))
    result = analyze(fixtures_dir / f"{FIXTURE}.mono.flac", "--attribution", "voice",
                     "--enroll", f"Alex={silent}", "--enroll", f"Sam={fixtures_dir / 'enroll_sam.flac'}")
    assert_one_line(result, "the enrolment clip for Alex")


def test_voice_mode_without_enrolment(fixtures_dir):
    result = analyze(fixtures_dir / f"{FIXTURE}.mono.flac", "--attribution", "voice")
    assert_one_line(result, "needs an enrolment clip for each person")


def test_a_file_of_a_tenth_of_a_second(tmp_path):
    short = write(tmp_path, "short.wav", np.zeros((1600, 2), dtype=np.int16))
    assert_one_line(analyze(short), "too short to analyse")


@pytest.mark.parametrize("content", [b"", b"RIFF\x00\x00\x00\x00WAVEjunk" + bytes(200), bytes(range(256)) * 40])
def test_a_corrupt_or_empty_file(tmp_path, content):
    path = tmp_path / "broken.wav"
    path.write_bytes(content)
    assert_one_line(analyze(path), "cannot read")


def test_a_missing_file(tmp_path):
    assert_one_line(analyze(tmp_path / "nope.wav"), "no such audio file")


def test_silence_only_finds_nobody(tmp_path):
    path = write(tmp_path, "silence.wav", np.zeros((16000 * 3, 2), dtype=np.int16))
    result = analyze(path, "--json")
    assert result.returncode == 0
    assert "no speech found" in result.stderr
    assert '"events": []' in result.stdout


def test_noise_only_finds_nobody(tmp_path):
    rng = np.random.default_rng(1)
    noise = (rng.standard_normal((16000 * 4, 2)) * 600).astype(np.int16)
    result = analyze(write(tmp_path, "noise.wav", noise), "--json")
    assert result.returncode == 0
    assert "no speech found" in result.stderr


def test_clipping_is_reported_and_still_analysed(fixtures_dir, tmp_path):
    audio, rate = soundfile.read(fixtures_dir / f"{FIXTURE}.channels.flac", dtype="float32")
    clipped = write(tmp_path, "loud.wav", np.clip(audio * 20, -1, 1), rate)
    result = analyze(clipped, "--json")
    assert result.returncode == 0
    assert "is clipped" in result.stderr
    assert '"turns": [{' in result.stdout
