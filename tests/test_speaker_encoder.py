"""The pretrained speaker encoder `voice` mode asks how alike each moment sounds to each person: read without torch,
the same live as from a file, and telling the two fixture voices apart on speech it did not profile."""

import pickle

import numpy as np
import pytest

from voicecoach.audio.file_source import read_all
from voicecoach.errors import VoicecoachError
from voicecoach.listening.attribution import speaker_encoder
from voicecoach.listening.attribution.speaker_encoder import EncoderStream, load_encoder, read_checkpoint
from voicecoach.listening.attribution.voice_features import HOP
from voicecoach.listening.attribution.voice_presence import likeness, voice_profiles
from voicecoach.listening.scoring import enrolment_clips


@pytest.fixture(scope="module")
def voices(fixtures_dir):
    return [read_all(path).mean(axis=1).astype(np.int16) for path in enrolment_clips(fixtures_dir).values()]


def test_the_weights_are_read_from_the_wheel_without_torch():
    import sys

    tensors = read_checkpoint(speaker_encoder._weights_file())
    assert tensors["lstm.weight_ih_l0"].shape == (4 * 256, 40)
    assert tensors["lstm.weight_hh_l2"].shape == (4 * 256, 256)
    assert tensors["linear.weight"].shape == (256, 256)
    assert "torch" not in sys.modules


def test_hop_by_hop_gives_what_the_whole_file_gives(voices):
    audio = voices[0][: 16000 * 4]
    whole = load_encoder().hop_features([audio])[0]
    stream = EncoderStream(load_encoder())
    live = np.array([stream.push(audio[i * HOP : (i + 1) * HOP]) for i in range(len(whole))])
    assert whole.shape == (len(audio) // HOP, 256)
    assert np.abs(live - whole).max() < 1e-4


def test_each_voice_sounds_more_like_its_own_profile_on_speech_not_profiled(voices):
    alex, sam = voices
    profiles = voice_profiles(alex[: 16000 * 15], sam[: 16000 * 15])
    for person, rest in enumerate((alex[16000 * 15 :], sam[16000 * 15 :])):
        vectors = load_encoder().hop_features([rest])[0]
        loud = 10 * np.log10(np.mean((rest[: len(vectors) * HOP].reshape(-1, HOP) / 32768.0) ** 2, axis=1) + 1e-10)
        alike = likeness(vectors[loud > loud.max() - 30], profiles)
        own, other = alike[:, person], alike[:, 1 - person]
        assert np.mean(own > other) > 0.9, (person, np.mean(own > other))


def test_damaged_or_tampered_weights_are_refused_in_one_line(tmp_path, monkeypatch):
    damaged = tmp_path / "pretrained.pt"
    damaged.write_bytes(b"\x80\x02not a checkpoint")
    monkeypatch.setattr(speaker_encoder, "_weights_file", lambda: damaged)
    load_encoder.cache_clear()
    try:
        with pytest.raises(VoicecoachError, match="cannot be read"):
            load_encoder()
        tampered = tmp_path / "tampered.pt"
        with open(tampered, "wb") as file:
            for header in (1, 2, {}):
                pickle.dump(header, file)
            file.write(b"cos\nsystem\n(S'echo unsafe'\ntR.")  # a pickle that would run a shell command
        monkeypatch.setattr(speaker_encoder, "_weights_file", lambda: tampered)
        with pytest.raises(VoicecoachError, match="unexpected os.system"):
            load_encoder()
    finally:
        load_encoder.cache_clear()


def test_missing_weights_say_how_to_install_them(monkeypatch):
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(VoicecoachError, match="scripts/setup.sh"):
        speaker_encoder._weights_file()
