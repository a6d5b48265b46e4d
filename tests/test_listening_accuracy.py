"""The listening engine scored on labelled recordings, per attribution mode, on holdout scenes never used for tuning.

TARGETS are what the product promises; FLOORS are what the engine reaches today, asserted so that a change that
makes it worse fails. Both, and the measured holdout figures, are printed at the end of the run.
"""

import pytest
import soundfile

from tests.conftest import FIGURES
from voicecoach.listening.scoring import enrolment_clips, score_fixtures
from voicecoach.settings import load_settings

# mode: precision/recall for interruptions and backchannels, median onset error (s), median talk-over error (s)
TARGETS = {"channels": (0.95, 0.10, 0.30), "array": (0.90, 0.10, 0.30), "voice": (0.85, 0.10, 0.30)}
# `voice` learns the two voices from the bundled enrolment clips: half a minute each (what `analyze --enroll` is
# measured with), and ~7 s each (about what the practice intro hears of each partner)
CASES = [pytest.param("channels", "half_minute", id="channels"), pytest.param("array", "half_minute", id="array"),
         pytest.param("voice", "half_minute", id="voice"), pytest.param("voice", "short", id="voice-short-clips")]
FLOORS = {  # measured on the held-out scenes s377-s386 (2026-11-25; written blind to the engine, scored once),
    # a little below
    "channels": {"interruption": (0.86, 0.90), "backchannel": (0.95, 0.95), "onset": 0.05, "talk_over": 0.25},
    "array": {"interruption": (0.77, 0.85), "backchannel": (0.71, 0.89), "onset": 0.10, "talk_over": 0.55},
    # `voice`'s detector is learned by gradient steps: the last bits of its training data move it (a change in the
    # order of float sums moved the median talk-over error on s207-s216 from 0.40 s to 0.65 s), hence wider floors
    "voice": {"interruption": (0.74, 0.74), "backchannel": (0.56, 0.53), "onset": 0.12, "talk_over": 0.85},
    "voice-short-clips": {"interruption": (0.75, 0.79), "backchannel": (0.35, 0.47), "onset": 0.14,
                          "talk_over": 1.20},
}


@pytest.fixture(scope="module")
def settings():
    return load_settings(use_user_file=False)


@pytest.mark.parametrize(("mode", "enrolment"), CASES)
def test_holdout_scenes_stay_at_or_above_the_floor(mode, enrolment, settings, fixtures_dir, transcriber):
    # the tuning scenes' figures: benchmarks/score_listening.py --split tune (kept out of the suite for its time)
    case = mode if enrolment == "half_minute" else f"{mode}-short-clips"  # the test's id
    FIGURES[f"listening {case} holdout"] = score_fixtures(fixtures_dir, mode, "holdout", settings, transcriber,
                                                          enrolment).summary()
    score = FIGURES[f"listening {case} holdout"]
    target = TARGETS[mode]
    FIGURES[f"listening {case} holdout meets target"] = {
        kind: score[kind]["precision"] >= target[0] and score[kind]["recall"] >= target[0]
        for kind in ("interruption", "backchannel")
    } | {"onset": score["interruption"]["median_onset_error"] <= target[1],
         "talk_over": score["talk_over_error"]["median"] <= target[2]}
    floor = FLOORS[case]
    for kind in ("interruption", "backchannel"):
        assert score[kind]["labelled"] >= 15, "too few labelled events to measure"
        assert score[kind]["precision"] >= floor[kind][0], (kind, score[kind])
        assert score[kind]["recall"] >= floor[kind][1], (kind, score[kind])
    assert score["interruption"]["median_onset_error"] <= floor["onset"]
    assert score["talk_over_error"]["median"] <= floor["talk_over"]


def test_the_bundled_enrolment_clips_are_half_a_minute_and_seven_seconds(fixtures_dir):
    for length, (shortest, longest) in {"half_minute": (25.0, 31.0), "short": (6.0, 10.0)}.items():
        for person, path in enrolment_clips(fixtures_dir, length).items():
            assert shortest <= soundfile.info(path).duration <= longest, (person, length)
    with pytest.raises(ValueError, match="half_minute"):
        enrolment_clips(fixtures_dir, "medium")
