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


def test_the_weights_are_read_from_the_wheel():
    tensors = read_checkpoint(speaker_encoder._weights_file())
    assert tensors["lstm.weight_ih_l0"].shape == (4 * 256, 40)
    assert tensors["lstm.weight_hh_l2"].shape == (4 * 256, 256)
    assert tensors["linear.weight"].shape == (256, 256)
    assert all(np.isfinite(t).all() and np.abs(t).max() > 0 for t in tensors.values())


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


SHELL_COMMAND = b"cos\nsystem\n(S'touch {marker}'\ntR."  # a pickle that would run a shell command


@pytest.fixture
def weights_from(monkeypatch):
    """Makes the encoder load from another weights file (a path, or a function that raises)."""

    def use(where):
        monkeypatch.setattr(speaker_encoder, "_weights_file", where if callable(where) else lambda: where)
        load_encoder.cache_clear()

    yield use
    load_encoder.cache_clear()


@pytest.mark.parametrize("where", ["header", "state"])
def test_tampered_weights_run_nothing_and_are_refused_in_one_line(where, tmp_path, weights_from):
    marker = tmp_path / "ran"
    payload = SHELL_COMMAND.replace(b"{marker}", str(marker).encode())
    tampered = tmp_path / "pretrained.pt"
    with open(tampered, "wb") as file:
        if where == "state":
            for header in (speaker_encoder._MAGIC, speaker_encoder._PROTOCOL, {}):
                pickle.dump(header, file)
        file.write(payload)
    weights_from(tampered)
    with pytest.raises(VoicecoachError, match="cannot be read: unexpected os.system"):
        load_encoder()
    assert not marker.exists()


def test_damaged_weights_are_refused_in_one_line(tmp_path, weights_from):
    real = speaker_encoder._weights_file().read_bytes()
    for name, content in {"cut": real[: len(real) // 2], "noise": b"\x80\x02not a checkpoint"}.items():
        damaged = tmp_path / f"{name}.pt"
        damaged.write_bytes(content)
        weights_from(damaged)
        with pytest.raises(VoicecoachError, match="cannot be read"):
            load_encoder()


def test_missing_weights_say_how_to_install_them(monkeypatch):
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(VoicecoachError, match="scripts/setup.sh"):
        speaker_encoder._weights_file()


def test_doctor_checks_the_encoder_only_when_it_is_used(weights_from):
    from voicecoach.doctor import Context, check_speaker_encoder
    from voicecoach.settings import load_settings

    def missing():
        raise VoicecoachError("missing")

    weights_from(missing)
    settings = load_settings(use_user_file=False)
    off = check_speaker_encoder(Context(settings.with_overrides({"attribution.voice_encoder": False})))
    assert off.ok and "not used" in off.detail
    with pytest.raises(VoicecoachError, match="missing"):
        check_speaker_encoder(Context(settings))
