"""Voice profiles from enrolment clips (one-mic attribution)."""

import numpy as np

from voicecoach.audio.file_source import read_all
from voicecoach.listening.attribution.voice import BOTH, VoiceAttributor, mfcc, voiced_features


def test_profiles_tell_the_two_enrolled_voices_apart(fixtures_dir):
    clips = {"Alex": fixtures_dir / "enroll_alex.flac", "Sam": fixtures_dir / "enroll_sam.flac"}
    attributor = VoiceAttributor.from_enrolment(clips, ["Alex", "Sam"])
    assert set(attributor.models) == {"Alex", "Sam", BOTH}
    # each clip's own frames score higher under its own profile
    for person, clip in clips.items():
        feats = voiced_features(read_all(clip)[:, 0])
        own = attributor.models[person].score(feats)
        other = attributor.models["Sam" if person == "Alex" else "Alex"].score(feats)
        assert own > other + 2.0


def test_the_fast_frame_scorer_matches_scikit_learn(fixtures_dir):
    clips = {"Alex": fixtures_dir / "enroll_alex.flac", "Sam": fixtures_dir / "enroll_sam.flac"}
    attributor = VoiceAttributor.from_enrolment(clips, ["Alex", "Sam"])
    frame = read_all(clips["Sam"])[16000:16480, 0]
    x = mfcc(frame)
    expected = [model.score_samples(x[None, :])[0] for model in attributor.models.values()]
    assert np.allclose(attributor._score(x), expected, atol=1e-6)
