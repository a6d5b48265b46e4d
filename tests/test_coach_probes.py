"""The coach's turn labels on sentences written for this test (tests/coach_probes.py), not from the corpus: other
phrasings of each label and near misses, so that a cue written for one sentence shows whether it generalises.
And the shipped turn model: what scripts/build_turn_model.py makes from the corpus."""

import pytest

from tests.coach_probes import PAIRED_PROBES, PARTNER, PROBES
from voicecoach.coach.turn_analysis import LABELS, analyse
from voicecoach.coach.turn_model import shipped_model
from voicecoach.coach.turn_model_training import train_shipped, training_rows
from voicecoach.coach.turn_text import normalise


@pytest.mark.parametrize("label", LABELS)
def test_each_label_on_sentences_written_for_it_and_on_near_misses(label):
    wrong = []
    for probe_label, expected, role, text in PROBES:
        if probe_label == label:
            partner, step = (PARTNER, 2) if role == "listener" else (None, 1)
            if analyse(role, text, partner, step).labels[label] != expected:
                wrong.append(f"{'missed' if expected else 'wrongly found'}: {text}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("label", sorted({probe[0] for probe in PAIRED_PROBES}))
def test_each_label_on_listener_turns_written_against_their_own_partner_turn(label):
    wrong = [f"{'missed' if expected else 'wrongly found'}: {text}"
             for probe_label, expected, partner, text in PAIRED_PROBES
             if probe_label == label and analyse("listener", text, partner, 2).labels[label] != expected]
    assert not wrong, "\n".join(wrong)


def test_the_model_adds_blame_only_when_it_is_aimed_at_the_partner():
    turn = "Your brother never calls me back, and it stings."
    assert shipped_model().probability("attack", normalise(turn)) >= shipped_model().labels["attack"]["threshold"]
    assert not analyse("speaker", turn, None, 1).labels["attack"]


def test_the_shipped_model_is_what_the_build_script_makes_from_the_corpus():
    rows = training_rows()
    rebuilt, shipped = train_shipped(rows), shipped_model()
    assert rebuilt.labels.keys() == shipped.labels.keys()
    for label, model in shipped.labels.items():
        for key in ("role", "threshold", "combine", "letters"):  # how the label is used, not only its weights
            assert rebuilt.labels[label].get(key) == model.get(key), (label, key)
        for row in rows:
            if row["role"] == model["role"]:
                said = normalise(row["text"])
                assert rebuilt.probability(label, said) == pytest.approx(shipped.probability(label, said), abs=0.02)


def test_the_model_keeps_a_story_of_the_listeners_own_past_told_with_we_but_not_the_couples_loss():
    from voicecoach.coach.model_guards import unfounded
    from voicecoach.coach.turn_text import Turn
    own_past = ["I was the one watching her plate when we were kids, every birthday party.",
                "I did six years in the choir at our old parish, best Saturdays of my life."]
    for text in own_past:
        assert unfounded({"self_focus"}, Turn(text)) == set(), text
    for text in ["I miss us too, the evenings we used to just talk.", "I miss how we used to be too."]:
        assert unfounded({"self_focus"}, Turn(text)) == {"self_focus"}, text
