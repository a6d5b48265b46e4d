"""The six steps as a state machine, driven by scripted turns (no audio): the order of steps, the rounds,
the role switch, nudges and voice commands."""

from voicecoach.practice import flow
from voicecoach.practice.protocol import load_protocol


def exercise(**kwargs):
    kwargs.setdefault("intro", False)
    solo = kwargs.get("solo", False)
    return flow.Exercise(load_protocol(solo=solo), ["Alex"] if solo else ["Alex", "Sam"], **kwargs)


def play(ex, turns, t0=0.0):
    """Feed (person, text[, latency]) turns; returns every action."""
    actions = ex.begin() if t0 == 0.0 else []
    for n, turn in enumerate(turns):
        person, text, latency = (*turn, 3.0)[:3]
        actions += ex.on_turn(person, text, latency, t0 + 10.0 * (n + 1))
    return actions


def steps(actions):
    return [a.step for a in actions if isinstance(a, flow.TurnEnd)]


def prompts(actions):
    return [(a.step, a.person) for a in actions if isinstance(a, flow.Say) and a.step]


def test_a_whole_exchange_in_order():
    ex = exercise()
    actions = play(ex, [("Alex", "I feel alone in the evenings."), ("Sam", "You feel lonely."),
                        ("Alex", "You got lonely, but you missed the worry."), ("Sam", "You also worry."),
                        ("Alex", "Yes, exactly."), ("Sam", "I feel sad hearing that."), ("Alex", "No, let's stop.")])
    assert steps(actions) == [1, 2, 3, 4, 3, 6, "switch"]
    assert prompts(actions) == [(1, None), (2, "Sam"), (3, "Alex"), (4, "Sam"), (3, "Alex"), (6, "Sam")]
    assert [a.round for a in actions if isinstance(a, flow.Understood)] == [2]
    assert isinstance(actions[-1], flow.End) and actions[-1].reason == "complete"
    assert ex.exchanges[0].speaker == "Alex" and ex.exchanges[0].rounds == 2


def test_the_intro_names_the_speaker_and_leaves_time_to_breathe():
    ex = exercise(intro=True)
    actions = ex.begin()
    assert [a.key for a in actions if isinstance(a, flow.Say)] == ["intro", "breathe", "step1"]
    assert any(isinstance(a, flow.Breathe) and a.seconds > 0 for a in actions)
    assert prompts(actions) == [(1, "Alex")]


def test_after_max_rounds_the_coach_wraps_up_gently_and_moves_to_empathy():
    ex = exercise()
    turns = [("Alex", "I feel alone.")]
    for _ in range(4):
        turns += [("Sam", "You feel alone."), ("Alex", "Not quite, there's more.")]
    actions = play(ex, turns)
    assert steps(actions) == [1, 2, 3, 4, 3, 4, 3, 4, 3]
    said = [a.key for a in actions if isinstance(a, flow.Say)]
    assert said[-2:] == ["wrap_up", "step6"]
    assert ex.exchange.rounds == 4 and not ex.exchange.understood


def test_switching_roles_runs_a_second_exchange_then_ends_with_a_summary():
    ex = exercise()
    actions = play(ex, [("Alex", "I feel stressed."), ("Sam", "You feel stressed."), ("Alex", "That's it."),
                        ("Sam", "That sounds heavy."), ("Sam", "Sure, let's switch."),
                        ("Sam", "I feel hurt."), ("Alex", "You feel hurt."), ("Sam", "Yes, you understood me."),
                        ("Alex", "I'm sorry it hurt.")])
    assert steps(actions) == [1, 2, 3, 6, "switch", 1, 2, 3, 6]
    assert [(e.speaker, e.rounds, e.understood) for e in ex.exchanges] == [("Alex", 1, True), ("Sam", 1, True)]
    summary = [a.text for a in actions if isinstance(a, flow.Say) and a.key.startswith("summary")]
    assert any("Alex" in text for text in summary) and any("Sam" in text for text in summary)
    assert ex.done and ex.end_reason == "complete"


def test_an_unclear_answer_is_asked_again_once():
    ex = exercise()
    play(ex, [("Alex", "I feel stressed."), ("Sam", "You're stressed."), ("Alex", "Yes."), ("Sam", "Sad to hear.")])
    assert ex.state == flow.SWITCH
    again = ex.on_turn("Alex", "Hmm, what do you think?", 3.0, 50.0)
    assert [a.key for a in again if isinstance(a, flow.Say)] == ["ask_again"]
    assert isinstance(ex.on_turn("Alex", "Hmm.", 3.0, 60.0)[-1], flow.End)


def test_a_reply_that_starts_too_fast_gets_a_breath_nudge_before_the_next_prompt():
    ex = exercise()
    actions = play(ex, [("Sam", "I feel hurt."), ("Alex", "You should plan better.", 0.6)])
    nudges = [a for a in actions if isinstance(a, flow.Nudge)]
    assert [(n.person, n.kind) for n in nudges] == [("Alex", "too_fast")]
    assert isinstance(actions[actions.index(nudges[0]) + 1], flow.Say)


def test_interruptions_of_the_speaker_are_nudged_at_the_end_of_the_turn_and_rate_limited():
    ex = exercise(intro=True)
    ex.begin()
    assert ex.on_interruption("Sam", "Alex", 5.0) == []  # not right away: the speaker keeps the floor
    assert ex.on_interruption("Sam", "Alex", 8.0) == []
    actions = ex.on_turn("Alex", "I feel alone.", None, 12.0)
    assert [(a.person, a.kind) for a in actions if isinstance(a, flow.Nudge)] == [("Sam", "interruption")]
    assert ex.exchange.interruptions == 2
    ex.on_turn("Sam", "You feel alone.", 3.0, 20.0)
    ex.on_interruption("Sam", "Alex", 24.0)  # within nudge_gap of the last nudge: counted, not nudged again
    actions = ex.on_turn("Alex", "Not quite.", 3.0, 30.0)
    assert not [a for a in actions if isinstance(a, flow.Nudge)]


def test_right_away_nudges_come_at_once_and_the_speaker_interrupting_the_listener_is_not_nudged():
    ex = exercise(intro=True, nudges=flow.NudgeRules(interruption="right_away"))
    ex.begin()
    assert [a.kind for a in ex.on_interruption("Sam", "Alex", 5.0)] == ["interruption"]
    ex.on_turn("Alex", "I feel alone.", None, 12.0)
    assert ex.on_interruption("Alex", "Sam", 40.0) == []


def test_voice_commands_repeat_pause_resume_help_and_stop():
    ex = exercise(intro=True)
    first = [a for a in ex.begin() if isinstance(a, flow.Say) and a.step == 1][0]
    assert [a.text for a in ex.on_turn("Sam", "Repeat that, please.", 1.0, 3.0)][-1] == first.text
    assert ex.on_turn("Alex", "Pause.", 1.0, 5.0)[-1].key == "paused"
    assert steps(ex.on_turn("Alex", "I feel alone.", 1.0, 9.0)) == [None]  # ignored while paused
    resumed = ex.on_turn("Alex", "Resume.", 1.0, 12.0)
    assert [a.key for a in resumed[1:]] == ["resumed", "step1"] and ex.step == 1
    assert ex.on_turn("Alex", "Help.", 1.0, 14.0)[-1].key == "help"
    stopped = ex.on_turn("Sam", "Stop.", 1.0, 16.0)
    assert stopped[-1].reason == "stopped" and ex.done


def test_keys_repeat_and_stop():
    ex = exercise()
    ex.begin()
    assert ex.on_key("r")[0].step == 1
    assert ex.on_key("q")[-1].reason == "stopped"


def test_solo_practice_names_roles_and_every_turn_is_the_same_person():
    ex = exercise(solo=True)
    actions = play(ex, [("Alex", "I feel overwhelmed."), ("Alex", "You feel overwhelmed."), ("Alex", "Yes, that's right."),
                        ("Alex", "That sounds exhausting."), ("Alex", "No thanks, let's stop here.")])
    assert steps(actions) == [1, 2, 3, 6, "switch"]
    texts = [a.text for a in actions if isinstance(a, flow.Say) and a.step]
    assert all("Alex" not in text for text in texts)
    assert "listener" in texts[1].lower()


def test_the_turn_of_the_wrong_person_does_not_move_the_steps():
    ex = exercise(intro=True)
    ex.begin()
    actions = ex.on_turn("Sam", "Can I say something?", 3.0, 5.0)
    assert steps(actions) == [None] and ex.step == 1


def test_end_of_turn_silence_follows_the_step():
    ex = exercise(intro=True)
    ex.begin()
    share = ex.end_of_turn
    ex.on_turn("Alex", "I feel alone.", None, 10.0)
    assert ex.step == 2 and ex.end_of_turn < share


def test_after_a_wrap_up_the_summary_says_the_coach_moved_on():
    ex = exercise()
    turns = [("Alex", "I feel alone.")]
    for _ in range(4):
        turns += [("Sam", "You feel alone."), ("Alex", "Not quite, there's more.")]
    turns += [("Sam", "I feel sad hearing that."), ("Alex", "No, let's stop.")]
    said = [a.text for a in play(ex, turns) if isinstance(a, flow.Say)]
    assert any(text.startswith("We moved on before Alex felt fully understood") for text in said)
