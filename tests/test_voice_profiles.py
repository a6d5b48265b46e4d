"""One-mic voice attribution: the per-couple presence detector, hop by hop, on labelled tune scenes it never
heard (it learns from the two enrolment clips only)."""

import json

import numpy as np
import pytest

from tests.conftest import FIGURES
from voicecoach.audio.file_source import read_all
from voicecoach.errors import VoicecoachError
from voicecoach.listening.attribution.voice import THRESHOLD, VoiceAttributor
from voicecoach.listening.attribution.voice_features import HOP, split_hops
from voicecoach.listening.attribution.voice_presence import train_presence
from voicecoach.listening.scoring import enrolment_clips


@pytest.fixture(scope="module")
def clips(fixtures_dir):
    return enrolment_clips(fixtures_dir, "short")  # the hardest case: about what the practice intro hears


def _hop_truth(labels: dict, hops: int) -> np.ndarray:
    centres = (np.arange(hops) + 0.5) * HOP / 16000
    return np.stack([
        np.any([(centres >= s) & (centres <= e) for s, e in labels["speakers"][p]["segments"]], axis=0)
        for p in ("Alex", "Sam")], axis=1)


def test_the_detector_hears_each_voice_and_both_at_once_on_unseen_scenes(clips, fixtures_dir):
    detector = train_presence(*(read_all(clips[p]).mean(axis=1).astype(np.int16) for p in ("Alex", "Sam")))
    found, truth = [], []
    for path in sorted(fixtures_dir.glob("s*.json")):
        labels = json.loads(path.read_text())
        if labels["split"] != "tune":
            continue
        audio = read_all(fixtures_dir / labels["files"]["mono"]).mean(axis=1)
        loud = 10 * np.log10(np.mean((split_hops(audio) / 32768.0) ** 2, axis=1) + 1e-10) > -45
        live = detector.live(audio)
        heard = np.array([live.push(hop) for hop in split_hops(audio)]) > THRESHOLD
        found.append(heard[loud])
        truth.append(_hop_truth(labels, len(heard))[loud])
    found, truth = np.vstack(found), np.vstack(truth)
    alone = [truth[:, i] & ~truth[:, 1 - i] for i in (0, 1)]
    both = truth.all(axis=1)
    figures = {
        "own voice heard when alone": [round(float(found[alone[i], i].mean()), 3) for i in (0, 1)],
        "other voice wrongly heard": [round(float(found[alone[i], 1 - i].mean()), 3) for i in (0, 1)],
        "both heard when both speak": round(float(found[both].all(axis=1).mean()), 3),
    }
    FIGURES["voice presence per hop (tune scenes)"] = figures
    assert min(figures["own voice heard when alone"]) >= 0.75, figures
    assert max(figures["other voice wrongly heard"]) <= 0.35, figures
    assert figures["both heard when both speak"] >= 0.4, figures


def test_a_clip_without_enough_speech_is_refused_in_one_line(clips, tmp_path):
    quiet = tmp_path / "quiet.wav"
    import soundfile

    soundfile.write(quiet, np.zeros(16000 * 3, dtype=np.int16), 16000)
    with pytest.raises(VoicecoachError, match="too little speech"):
        VoiceAttributor.from_enrolment({"Alex": clips["Alex"], "Sam": quiet}, ["Alex", "Sam"])


@pytest.mark.parametrize("frame_samples", [160, 320, 480])
def test_the_loudness_gate_listens_in_the_speech_band_for_every_frame_length(frame_samples):
    from voicecoach.listening.attribution.voice_features import speech_band_db

    t = np.arange(frame_samples) / 16000
    hum = 8000 * np.sin(2 * np.pi * 80 * t)  # a fan's blade tone
    voice_band = 8000 * np.sin(2 * np.pi * 1000 * t)
    assert speech_band_db(voice_band) - speech_band_db(hum) > 20


def test_steady_noise_is_subtracted_but_a_voice_over_it_is_kept():
    from voicecoach.listening.attribution.voice_features import NoiseSubtractor, hop_power

    rng = np.random.default_rng(0)
    t = np.arange(HOP) / 16000
    subtractor = NoiseSubtractor()
    for _ in range(100):  # 3 s of a fan alone
        fan = 3000 * np.sin(2 * np.pi * 80 * t + rng.uniform(0, 6.3)) + rng.normal(0, 30, HOP)
        left = subtractor.clean(hop_power(fan[None, :])[0])
    assert left.sum() < 0.1 * hop_power(fan[None, :])[0].sum()
    voice = fan + 3000 * np.sin(2 * np.pi * 220 * t)
    kept = subtractor.clean(hop_power(voice[None, :])[0])
    assert kept[7] > 0.5 * hop_power(voice[None, :])[0][7]  # 220 Hz sits in bin 7 (31.25 Hz bins)


def test_a_file_worked_out_at_once_gives_what_live_gives(clips, fixtures_dir):
    from voicecoach.audio.file_source import FileSource

    scene = sorted(fixtures_dir.glob("s1*_*.mono.flac"))[0]
    frames = list(FileSource(scene).frames())
    live, ahead = (VoiceAttributor.from_enrolment(clips, ["Alex", "Sam"]) for _ in range(2))
    ahead.read_ahead(frames)
    heard_live, heard_ahead, presence_live, presence_ahead = [], [], [], []
    for frame in frames:
        heard_live.append(live.activity(frame))
        heard_ahead.append(ahead.activity(frame))
        presence_live.append(live._presence.copy())
        presence_ahead.append(ahead._presence.copy())
    assert ahead._live._ahead is not None and ahead._live._encoder is None  # the read-ahead path was taken
    assert live._live._encoder is not None
    assert sum(any(heard.values()) for heard in heard_live) > len(frames) / 3
    assert np.abs(np.array(presence_live) - np.array(presence_ahead)).max() < 1e-5
    assert heard_ahead == heard_live
