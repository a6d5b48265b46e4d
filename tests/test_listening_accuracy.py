"""The listening engine scored on labelled recordings, per attribution mode, on holdout scenes never used for tuning.

TARGETS are what the product promises; FLOORS are what the engine reaches today, asserted so that a change that
makes it worse fails. Both, and the measured figures for tune and holdout, are printed at the end of the run.
"""

import pytest

from tests.conftest import FIGURES
from voicecoach.listening.scoring import score_fixtures
from voicecoach.settings import load_settings

# mode: precision/recall for interruptions and backchannels, median onset error (s), median talk-over error (s)
TARGETS = {"channels": (0.95, 0.10, 0.30), "array": (0.90, 0.10, 0.30), "voice": (0.85, 0.10, 0.30)}
FLOORS = {  # measured on the 20 held-out scenes s37-s56 (2026-11-22), a little below; s47-s56 were written blind
    # to the engine and scored once, and on them the engine did worse than on s37-s46 (see the README), so the floors
    # for the whole set sit lower than those the first ten alone had carried
    "channels": {"interruption": (0.82, 0.88), "backchannel": (0.92, 0.92), "onset": 0.05, "talk_over": 0.30},
    "array": {"interruption": (0.88, 0.88), "backchannel": (0.94, 0.80), "onset": 0.10, "talk_over": 0.65},
    "voice": {"interruption": (0.68, 0.75), "backchannel": (0.66, 0.62), "onset": 0.12, "talk_over": 0.60},
}


@pytest.fixture(scope="module")
def settings():
    return load_settings(use_user_file=False)


@pytest.mark.parametrize("mode", list(TARGETS))
def test_holdout_scenes_stay_at_or_above_the_floor(mode, settings, fixtures_dir):
    for split in ("tune", "holdout"):
        FIGURES[f"listening {mode} {split}"] = score_fixtures(fixtures_dir, mode, split, settings).summary()
    score = FIGURES[f"listening {mode} holdout"]
    target = TARGETS[mode]
    FIGURES[f"listening {mode} holdout meets target"] = {
        kind: score[kind]["precision"] >= target[0] and score[kind]["recall"] >= target[0]
        for kind in ("interruption", "backchannel")
    } | {"onset": score["interruption"]["median_onset_error"] <= target[1],
         "talk_over": score["talk_over_error"]["median"] <= target[2]}
    floor = FLOORS[mode]
    for kind in ("interruption", "backchannel"):
        assert score[kind]["labelled"] >= 15, "too few labelled events to measure"
        assert score[kind]["precision"] >= floor[kind][0], (kind, score[kind])
        assert score[kind]["recall"] >= floor[kind][1], (kind, score[kind])
    assert score["interruption"]["median_onset_error"] <= floor["onset"]
    assert score["talk_over_error"]["median"] <= floor["talk_over"]
