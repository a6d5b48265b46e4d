"""The listening coach: per-turn labels scored against the labelled corpus (tests/data/feedback/), feedback text,
the session summary and `voicecoach feedback`.

TARGET is the product's promise (P and R >= 0.85 per label on the held-out dialogues); FLOORS are what the cues reach
today on the held-out part, asserted so a change that makes them worse fails. Both are printed at the end of the run.
"""

import json
import subprocess
import sys

import pytest

from tests.conftest import FIGURES
from voicecoach.coach.feedback import SessionCoaching, feedback_for
from voicecoach.coach.scoring import load_corpus, score
from voicecoach.coach.turn_analysis import LABELS, analyse
from voicecoach.coach.turn_model import CUES_ALONE

TARGET = 0.85
# label: (precision, recall) on the thirtieth writer's dialogues d1223-d1262, scored blind once on arrival
# (2026-11-25), a little below
FLOORS = {
    "reflection": (0.89, 0.86), "parroting": (0.97, 0.97), "advice": (0.88, 0.88), "defending": (0.83, 0.78),
    "self_focus": (0.78, 0.82), "question": (0.81, 0.92), "validation": (0.97, 0.97), "empathy": (0.89, 0.87),
    "attack": (0.83, 0.83), "i_statement": (0.94, 0.94),
}


def test_the_corpus_is_big_enough_and_covers_every_label():
    rows = load_corpus("tune") + load_corpus("holdout")
    assert len(rows) >= 300
    assert {(r["role"], r["step"]) for r in rows} >= {("speaker", 1), ("speaker", 3), ("listener", 2),
                                                     ("listener", 4), ("listener", 6)}
    for label in LABELS:
        assert sum(r["labels"][label] for r in load_corpus("holdout")) >= 9, label


def test_per_label_precision_and_recall_on_the_held_out_part():
    tune, _ = score(load_corpus("tune"))
    holdout, _ = score(load_corpus("holdout"))
    FIGURES["coach labels tune (P, R)"] = {k: (v["precision"], v["recall"]) for k, v in tune.items()}
    FIGURES["coach labels holdout (P, R)"] = {k: (v["precision"], v["recall"]) for k, v in holdout.items()}
    FIGURES["coach labels holdout meet 0.85"] = {
        k: v["precision"] >= TARGET and v["recall"] >= TARGET for k, v in holdout.items()}
    for label, (precision, recall) in FLOORS.items():
        assert holdout[label]["precision"] >= precision, (label, holdout[label])
        assert holdout[label]["recall"] >= recall, (label, holdout[label])


@pytest.mark.parametrize("role, step, text, partner, expect", [
    ("speaker", 1, "You never help, you're so lazy.", None, "blame"),
    ("speaker", 1, "I feel so alone when you stay late without calling.", None, "named how you feel"),
    ("listener", 2, "Have you tried just going to bed earlier?", "I'm exhausted every morning.", "suggestion"),
    ("listener", 2, "That's not true, I was home by nine.", "You came home at midnight again.", "your side"),
    ("listener", 2, "So the mornings leave you drained, and maybe a bit hopeless.", "I'm exhausted every morning.",
     "feeling underneath"),
    ("listener", 6, "I feel sad hearing how alone you've been.", "Yes, exactly.", "heartfelt"),
])
def test_each_turn_gets_one_kind_specific_sentence(role, step, text, partner, expect):
    said = feedback_for(role, text, partner, step).text
    assert expect in said and said.count(".") <= 3


def test_a_rushed_reply_is_told_to_take_a_breath():
    assert "take a breath" in feedback_for("listener", "So you're tired.", "I'm tired.", 2, latency=0.4).text
    assert "take a breath" not in feedback_for("listener", "So you're tired.", "I'm tired.", 2, latency=2.0).text


def test_the_session_summary_names_a_strength_and_one_thing_to_practise():
    coaching = SessionCoaching()
    coaching.add(feedback_for("speaker", "I feel hurt when plans change.", None, 1))
    coaching.add(feedback_for("listener", "You should plan better.", "I feel hurt when plans change.", 2, latency=0.6))
    coaching.add(feedback_for("listener", "So when plans change you feel let down and sad.", "Not quite.", 4, 3.0))
    counts = coaching.counts()
    assert counts["reflections"] == 1 and counts["advice"] == 1 and counts["rushed"] == 1
    summary = coaching.summary()
    assert summary.startswith("Your strength today: reflecting what you heard.")
    assert "practise next time: reflecting instead of fixing" in summary


def test_the_feedback_command_writes_one_json_line_per_turn(tmp_path):
    turns = tmp_path / "turns.jsonl"
    turns.write_text("\n".join(json.dumps(t) for t in [
        {"role": "listener", "step": 2, "text": "So you feel alone when I'm late.",
         "partner_text": "I feel alone when you come home so late without calling."},
        {"role": "speaker", "step": 1, "text": "What is wrong with you?", "partner_text": None},
    ]) + "\n")
    result = subprocess.run([sys.executable, "-m", "voicecoach", "feedback", "--json", str(turns)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [sorted(line) for line in lines] == [["feedback", "feeling_words", "labels"]] * 2
    assert lines[0]["labels"]["reflection"] and lines[1]["labels"]["attack"]
    assert set(lines[0]["labels"]) == set(LABELS) and lines[0]["feeling_words"] == ["alone"]


def test_a_bad_feedback_line_gets_one_clear_line():
    result = subprocess.run([sys.executable, "-m", "voicecoach", "feedback"], input='{"role": "boss", "text": "hi"}\n',
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and result.stderr.strip() == \
        "voicecoach: line 1: role must be 'speaker' or 'listener', not 'boss'"


def test_a_defence_no_cue_has_words_for_is_found_only_where_the_listener_should_reflect():
    facts = "He's been round here twice in six months, Claire. Twice."
    partner = "Your brother treats this house like a hotel and you never say a word."
    assert analyse("listener", facts, partner, 2).labels["defending"]
    assert analyse("listener", facts, partner, 4).labels["defending"]
    assert not analyse("listener", facts, partner, 6).labels["defending"]  # step 6 is the listener's own reaction
    assert not analyse("listener", facts, partner, 2, model=CUES_ALONE).labels["defending"]
    owned = "He's been round twice and both times I left you to entertain him."
    assert not analyse("listener", owned, partner, 2).labels["defending"]


def test_a_turn_to_oneself_no_cue_has_words_for_is_found_only_where_the_listener_should_reflect():
    own = "Honestly the move is weighing on me. I keep putting the boxes off."  # the model: 0.6 to 0.9
    partner = "You've had your phone out at every meal this week, and I feel invisible."
    assert analyse("listener", own, partner, 2).labels["self_focus"]
    assert analyse("listener", own, partner, 4).labels["self_focus"]
    assert not analyse("listener", own, partner, 6).labels["self_focus"]  # step 6 is the listener's own reaction
    assert not analyse("listener", own, partner, 2, model=CUES_ALONE).labels["self_focus"]
    worried_for_them = "I've been so worried about you I've hardly slept."
    assert not analyse("listener", worried_for_them, partner, 2).labels["self_focus"]


def test_a_second_try_or_a_closing_reaction_no_cue_has_words_for_is_read_by_the_model_in_its_own_step():
    partner = "Every Sunday it's your mum's for lunch, and I never get a weekend that's ours."
    second_try = "Mum's lunch every week, and you've been quietly wanting our weekends back."
    assert analyse("listener", second_try, partner, 4).labels["reflection"]
    assert not analyse("listener", second_try, partner, 2).labels["reflection"]  # the first try needs the cues or 0.8
    assert not analyse("listener", second_try, partner, 4, model=CUES_ALONE).labels["reflection"]
    closing = "It aches a bit, thinking how long you've gone without a weekend of your own."
    assert analyse("listener", closing, partner, 6).labels["empathy"]
    assert not analyse("listener", closing, partner, 4).labels["empathy"]
    assert not analyse("listener", closing, partner, 6, model=CUES_ALONE).labels["empathy"]
