"""Short replies understood from their words. Each table is a labelled set written for this project; the
figures (share right per class) are printed at the end of the run."""

import pytest

from tests.conftest import FIGURES
from voicecoach.practice import replies

UNDERSTOOD = [
    "Yes, exactly. That's it.", "Yes, you understood me.", "That's it, you got it.", "Yes, that's right.",
    "Exactly.", "Yeah, that's it.", "You got it.", "Yes. I feel heard.", "That's exactly it.", "Spot on.",
    "Yep, you understood.", "Right, that's what I meant.", "Absolutely, thank you.", "I feel understood.",
    "Yes, that's all of it.", "You nailed it.", "Correct, that's everything.", "That's right, thank you for listening.",
    "Yes, yes, you got me.", "Perfect, that's what I said.", "Yeah, you heard me.", "Precisely.",
    "Mm, yes, that's it.", "yes that is exactly right",
]
PARTLY = [
    "You got the lonely part, but you missed that I worry something happened to you.",
    "Not quite. I don't need a plan, I felt let down.", "Partly. You missed that I feel I can never catch up.",
    "You're right that I'm tired, but it's more that I feel alone.", "Almost, but it's not about the money.",
    "Sort of. It's also that I feel ignored.", "Yes, but there's more.", "Close, but I'm not angry, I'm hurt.",
    "That's part of it. The other part is that I'm scared.", "Not exactly, I meant the weekends.",
    "You missed the part about my mother.", "Kind of, except it's every day, not just Mondays.",
    "Yeah, and also I feel like nobody notices.", "It's not only the dishes, it's feeling invisible.",
    "Mostly right, but what I really mean is I need help.",
    "Well, actually it's more that I feel lonely.", "The first part yes, the second part not really, but close.",
    "I'm not upset about the plan itself, it's that nobody asked me.",
    "Hmm, I'd say it's more about trust.", "There's more to it than that.",
]
NOT_UNDERSTOOD = [
    "No, that's not it at all.", "No.", "You didn't get it.", "That's not what I said.", "No, you're not listening.",
    "I don't feel heard.", "That's wrong.", "Not at all.", "No, I don't think you understood me.",
    "You missed the point.", "Nope, that's not right.", "I don't think you got it.", "Absolutely not.",
]

YES = ["Sure, let's switch.", "Yes.", "Yeah, why not.", "Okay, let's do it.", "Yes please.", "Sure.",
       "Alright, let's swap.", "Of course.", "Yep, go ahead.", "I'd like that.", "Definitely, let's switch roles."]
NO = ["No, let's stop here for today.", "No thanks, let's stop here.", "No.", "Not today.", "Let's stop.",
      "Maybe next time.", "Nah, that's enough for today.", "I'm done for today.", "Not now, thanks.",
      "I'd rather not.", "No, let's leave it there.", "Okay, let's stop here.", "Alright, I think we are done."]
UNCLEAR = ["Hmm.", "What do you think?", "I'm not sure.", ""]


def share_right(examples, decide, label):
    return sum(decide(text) == label for text in examples) / len(examples)


@pytest.mark.parametrize("label, examples", [
    (replies.UNDERSTOOD, UNDERSTOOD), (replies.PARTLY, PARTLY), (replies.NOT_UNDERSTOOD, NOT_UNDERSTOOD)])
def test_step3_replies(label, examples):
    wrong = [(text, replies.understanding(text)) for text in examples if replies.understanding(text) != label]
    FIGURES.setdefault("step-3 replies right", {})[label] = f"{len(examples) - len(wrong)}/{len(examples)}"
    assert not wrong


def test_an_unclear_step3_reply_means_one_more_round_not_understood():
    for text in ("Well, I was at work and then the phone rang.", "Hmm.", ""):
        assert replies.understanding(text) != replies.UNDERSTOOD


@pytest.mark.parametrize("label, examples", [(replies.YES, YES), (replies.NO, NO), (replies.UNCLEAR, UNCLEAR)])
def test_yes_or_no_in_natural_phrasing(label, examples):
    wrong = [(text, replies.yes_or_no(text)) for text in examples if replies.yes_or_no(text) != label]
    FIGURES.setdefault("yes/no right", {})[label] = f"{len(examples) - len(wrong)}/{len(examples)}"
    assert not wrong


@pytest.mark.parametrize("text, ends", [
    ("That's how I feel. I'm done.", True), ("And that's all. Over to you.", True), ("Your turn.", True),
    ("That's everything.", True), ("I'm done with the dishes every night, and I'm tired.", False),
    ("Over to you now, I guess, is what you always say", False), ("I feel alone.", False), ("Is it your turn?", False),
])
def test_hand_off_phrases_end_a_turn(text, ends):
    assert replies.hands_off(text) is ends


@pytest.mark.parametrize("text, waits", [
    ("I feel alone when you come home late and", True), ("It's because,", True), ("What I mean is that", True),
    ("I feel alone when you come home late.", False), ("I feel alone", False), ("", False),
    ("I never expected that.", False), ("I'd like that.", False), ("And then I thought that if.", True),
])
def test_words_that_stop_mid_sentence_wait_longer(text, waits):
    assert replies.stops_mid_sentence(text) is waits


@pytest.mark.parametrize("text, command", [
    ("Repeat that, please.", "repeat"), ("Can you say that again?", "repeat"), ("Pause.", "pause"),
    ("Hold on.", "pause"), ("Resume.", "resume"), ("Okay, let's continue.", "resume"), ("Help.", "help"),
    ("What do I do?", "help"), ("Stop.", "stop"), ("Stop the session.", "stop"),
    ("Stop blaming me for the dishes.", None), ("I need help with the kids in the evenings.", None),
    ("Please don't repeat the same thing every night, I asked you to stop.", None), ("Continue what?", None),
])
def test_voice_commands_only_when_that_is_all_that_was_said(text, command):
    assert replies.command(text) == command
