"""The floor tracker's rules on hand-written speech timelines (the decisions, apart from the audio)."""

import pytest

from voicecoach.listening.floor import FloorTracker
from voicecoach.listening.turn_timing import TurnRules
from voicecoach.listening.segmenter import SpeechEnd, SpeechStart

FRAME = 0.03
CONFIRM = 0.2  # a start is confirmed this long after its onset
BRIDGE = 0.25  # an end is confirmed this long after the last voiced frame


def run(timeline: dict[str, list[tuple[float, float]]], rules: TurnRules = TurnRules(),
        live: list | None = None, confirm: float = CONFIRM, bridge: float = BRIDGE,
        words: dict[tuple[str, float], bool] | None = None, under_voice: bool = False,
        sounds: dict[str, list[tuple[float, float]]] | None = None, until: float | None = None) -> FloorTracker:
    """Replay segments as the segmenter would deliver them, frame by frame (what it says live goes to `live`).
    `words`: what the check of a short sound's words says, by (person, start); other sounds are not known (without
    `under_voice`, a shared mic, it is asked only about a sound nobody else spoke around).
    `under_voice`: a mic each (a voice is heard under the other's); `sounds`: voice too short to become speech;
    `until`: when the stream ends (5 s after the last change if not given)."""
    heard = None if words is None else (lambda person, start, end: words.get((person, round(start, 2))))
    tracker = FloorTracker(list(timeline), rules, heard, hears_voice_under_voice=under_voice)
    voiced = {p: list(timeline[p]) + list((sounds or {}).get(p, [])) for p in timeline}
    changes = []
    for person, segments in timeline.items():
        for start, end in segments:
            changes.append((start + confirm, 1, SpeechStart(person, start, start + confirm)))
            changes.append((end + bridge, 0, SpeechEnd(person, start, end, end + bridge)))
    changes.sort(key=lambda c: (c[0], c[1]))
    horizon = until if until is not None else max(at for at, _, _ in changes) + 5.0
    t, i = 0.0, 0
    while t < horizon:
        t += FRAME
        for person, stretches in voiced.items():
            if any(start < t <= end + FRAME / 2 for start, end in stretches):
                tracker.heard(person, t - FRAME, t)
            # as the segmenter says it: when this person's speech was last voiced, its end confirmed or not
            tracker.voiced(person, max((min(end, t) for start, end in timeline[person] if start < t), default=None))
        while i < len(changes) and changes[i][0] <= t:
            change = changes[i][2]
            said = (tracker.on_start if isinstance(change, SpeechStart) else tracker.on_end)(change)
            i += 1
            if live is not None:
                live.extend(said)
        said = tracker.tick(t)
        if live is not None:
            live.extend(said)
    tracker.finish(t)
    return tracker


def kinds(tracker, kind):
    return [e for e in tracker.events if e.type == kind]


def test_a_sound_whose_voice_stopped_short_is_a_backchannel_though_its_end_is_confirmed_after_the_longest_one():
    # "Oh, bother." voiced 0.85 s: the silence that confirms its end (0.25 s) runs past 0.9 s from its onset
    tracker = run({"Alex": [(0.0, 6.0)], "Sam": [(2.0, 2.85)]})
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Sam", 2.0)]
    assert not kinds(tracker, "interruption")
    # voiced past 0.9 s, it is speech over the holder
    assert [(e.by, e.start) for e in kinds(run({"Alex": [(0.0, 6.0)], "Sam": [(2.0, 2.95)]}), "interruption")] \
        == [("Sam", 2.0)]


def test_a_short_mm_hmm_while_the_holder_talks_is_a_backchannel_not_an_interruption():
    tracker = run({"Alex": [(0.0, 6.0)], "Sam": [(2.0, 2.5)]})
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Sam", 2.0)]
    assert not kinds(tracker, "interruption") and not kinds(tracker, "talk_over")
    assert [t.speaker for t in tracker.turns] == ["Alex"]


def test_a_backchannel_in_the_holders_pause_keeps_the_floor_with_the_holder():
    tracker = run({"Alex": [(0.0, 3.0), (3.8, 7.0)], "Sam": [(3.2, 3.6)]})
    assert len(kinds(tracker, "backchannel")) == 1
    assert [t.speaker for t in tracker.turns] == ["Alex"]


def test_speaking_over_the_holder_and_taking_the_floor_is_an_interruption():
    tracker = run({"Alex": [(0.0, 4.6)], "Sam": [(4.0, 8.0)]})
    [event] = kinds(tracker, "interruption")
    assert (event.by, event.of, event.start) == ("Sam", "Alex", 4.0)
    assert event.end == pytest.approx(4.6)
    [over] = kinds(tracker, "talk_over")
    assert (over.by, over.start, over.end) == ("Sam", 4.0, 4.6)
    assert [(t.speaker, t.latency) for t in tracker.turns] == [("Alex", None), ("Sam", pytest.approx(-0.6))]


def test_the_interruption_is_decided_soon_after_its_onset():
    tracker = run({"Alex": [(0.0, 8.0)], "Sam": [(4.0, 8.0)]})
    [event] = kinds(tracker, "interruption")
    assert event.at - event.start <= TurnRules().backchannel_max + 2 * FRAME


def test_a_short_burst_then_more_speech_is_one_interruption_from_the_first_burst():
    tracker = run({"Alex": [(0.0, 7.0)], "Sam": [(3.0, 3.3), (3.9, 7.5)]})
    assert [(e.by, e.start) for e in kinds(tracker, "interruption")] == [("Sam", 3.0)]
    assert not kinds(tracker, "backchannel")


def test_both_keep_talking_the_overlap_goes_to_whoever_started_second():
    tracker = run({"Alex": [(0.0, 6.0)], "Sam": [(4.0, 7.0)]})
    assert sum(e.end - e.start for e in kinds(tracker, "talk_over") if e.by == "Sam") == pytest.approx(2.0)
    assert not [e for e in kinds(tracker, "talk_over") if e.by == "Alex"]


def test_a_thinking_pause_does_not_end_the_turn():
    tracker = run({"Alex": [(0.0, 3.0), (4.5, 7.0)], "Sam": [(8.0, 11.0)]})
    assert [(t.speaker, t.start, t.end) for t in tracker.turns] == [("Alex", 0.0, 7.0), ("Sam", 8.0, 11.0)]
    assert tracker.turns[1].latency == pytest.approx(1.0)


def test_a_reply_after_the_holder_finished_is_a_turn_change_with_its_latency():
    tracker = run({"Alex": [(0.0, 3.0)], "Sam": [(3.3, 6.0)]})
    assert not tracker.events
    assert tracker.turns[1].latency == pytest.approx(0.3)


def test_a_silence_longer_than_end_of_turn_ends_the_turn():
    tracker = run({"Alex": [(0.0, 2.0), (5.0, 6.0)], "Sam": []}, TurnRules(end_of_turn=1.5))
    assert [(t.start, t.end) for t in tracker.turns] == [(0.0, 2.0), (5.0, 6.0)]
    assert tracker.turns[1].latency is None  # the same person again: not a reply


def _segments(gap_frames: int) -> list:
    from voicecoach.listening.segmenter import Segmenter, SpeechEnd

    segmenter = Segmenter("Sam", 0.03, min_speech=0.15, bridge=0.25)
    voiced = [True] * 20 + [False] * gap_frames + [True] * 20 + [False] * 20
    out = [c for i, v in enumerate(voiced) for c in segmenter.push(i * 0.03, v)]
    return [(round(c.start, 2), round(c.end, 2)) for c in out if isinstance(c, SpeechEnd)]


def test_a_gap_shorter_than_the_bridge_does_not_split_speech():
    assert len(_segments(7)) == 1  # 0.21 s of quiet: bridged
    assert _segments(9) == [(0.0, 0.6), (0.87, 1.47)]  # 0.27 s: a pause, two stretches


def test_one_stray_voiced_frame_then_a_gap_does_not_start_the_speech_that_follows():
    from voicecoach.listening.segmenter import Segmenter, SpeechStart

    segmenter = Segmenter("Alex", 0.03, min_speech=0.15, bridge=0.25)
    voiced = [False] * 5 + [True] + [False] * 8 + [True] * 20 + [False] * 20  # a blip at 0.15 s, speech at 0.42 s
    starts = [c for i, v in enumerate(voiced) for c in segmenter.push(i * 0.03, v) if isinstance(c, SpeechStart)]
    assert [round(c.onset, 2) for c in starts] == [0.42]
    two = [False] * 5 + [True, True] + [False] * 7 + [True] * 20 + [False] * 20  # two frames are voice
    segmenter = Segmenter("Alex", 0.03, min_speech=0.15, bridge=0.25)
    starts = [c for i, v in enumerate(two) for c in segmenter.push(i * 0.03, v) if isinstance(c, SpeechStart)]
    assert [round(c.onset, 2) for c in starts] == [0.15]


def test_a_short_sound_with_a_comma_in_it_over_the_holder_is_one_backchannel():
    # "Oh, heck." heard as two pieces under the holder's voice, 0.27 s apart, 0.57 s in all
    tracker = run({"Alex": [(0.0, 6.0)], "Sam": [(2.0, 2.15), (2.42, 2.57)]}, bridge=0.3)
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Sam", 2.0)]
    assert not kinds(tracker, "interruption")
    # ...but pieces that run past the longest backchannel are the start of an interruption
    tracker = run({"Alex": [(0.0, 6.0)], "Sam": [(2.0, 2.15), (2.42, 3.2)]}, bridge=0.3)
    assert [(e.by, e.start) for e in kinds(tracker, "interruption")] == [("Sam", 2.0)]


def test_a_breath_inside_a_sentence_does_not_make_the_speaker_the_one_who_started_second():
    # Alex takes a breath at 3.0-3.4; Sam starts in it; Alex carries on with the same sentence
    tracker = run({"Alex": [(0.0, 3.0), (3.4, 6.0)], "Sam": [(3.1, 8.0)]})
    overs = kinds(tracker, "talk_over")
    assert {e.by for e in overs} == {"Sam"}
    assert sum(e.end - e.start for e in overs) == pytest.approx(6.0 - 3.1)


def test_stopping_because_the_partner_started_then_coming_back_is_starting_second():
    # Sam starts at 4.0; Alex stops 0.4 s later (cut short) and comes back over Sam at 4.8
    tracker = run({"Alex": [(0.0, 4.4), (4.8, 9.0)], "Sam": [(4.0, 8.0)]})
    by = {(e.by, round(e.start, 2)) for e in kinds(tracker, "talk_over")}
    assert ("Sam", 4.0) in by and ("Alex", 4.8) in by


def test_coming_back_after_giving_way_is_starting_second_though_the_partner_took_a_breath_in_the_pause():
    # Sam starts at 4.0; Alex stops 0.4 s later; Sam breathes at 4.5-4.75 and goes on; Alex comes back at 4.8.
    # With a mic each, Sam's talk is heard to begin at 4.0, not at 4.75: Alex's pause was giving way, so Alex's coming
    # back is the later talk.
    tracker = run({"Alex": [(0.0, 4.4), (4.8, 9.0)], "Sam": [(4.0, 4.5), (4.75, 8.0)]}, under_voice=True)
    overs = kinds(tracker, "talk_over")
    assert [(e.by, round(e.start, 2)) for e in overs if e.start >= 4.75] == [("Alex", 4.8)]


def test_going_on_after_a_pause_too_short_to_decide_to_come_back_is_a_breath_not_starting_second():
    # Sam starts at 4.0; Alex pauses at 4.4 for 0.27 s, less than it takes to stop for someone and decide to go
    # on again: a comma breath, so Alex's talk began at 0.0 and Sam is the one who started second throughout
    tracker = run({"Alex": [(0.0, 4.4), (4.67, 9.0)], "Sam": [(4.0, 8.0)]}, under_voice=True)
    assert {e.by for e in kinds(tracker, "talk_over")} == {"Sam"}


def test_on_a_shared_mic_coming_back_is_weighed_against_the_partners_speech_since_their_breath():
    # the same timeline on one mic: a gap in Sam's voice may be Alex's louder voice hiding it, so Sam's talk is only
    # sure from 4.75, after Alex's pause began, and Alex carries on the talk begun at 0.0
    tracker = run({"Alex": [(0.0, 4.4), (4.8, 9.0)], "Sam": [(4.0, 4.5), (4.75, 8.0)]})
    assert {e.by for e in kinds(tracker, "talk_over")} == {"Sam"}


def test_on_a_shared_mic_a_short_pause_as_the_partner_talks_may_still_be_giving_way():
    # on one mic the louder voice moves a heard stop, so a 0.27 s pause is no sure breath
    tracker = run({"Alex": [(0.0, 4.4), (4.67, 9.0)], "Sam": [(4.0, 8.0)]})
    assert ("Alex", 4.67) in {(e.by, round(e.start, 2)) for e in kinds(tracker, "talk_over")}


def test_an_okay_from_a_holder_who_was_cut_short_is_a_backchannel_not_more_of_their_turn():
    # Sam cuts in at 4.0; Alex gives way at 4.4 and says "okay" at 4.8, before Sam's bid is even settled
    tracker = run({"Alex": [(0.0, 4.4), (4.8, 5.2)], "Sam": [(4.0, 9.0)]})
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Alex", 4.8)]
    assert [(e.by, e.of) for e in kinds(tracker, "interruption")] == [("Sam", "Alex")]
    assert [t.speaker for t in tracker.turns] == ["Alex", "Sam"]
    assert tracker.turns[0].end == pytest.approx(4.4)


def test_a_holder_who_pauses_the_moment_the_partner_starts_has_not_given_way():
    # Alex's breath begins 0.1 s after Sam's onset: too soon to be a reaction to Sam
    tracker = run({"Alex": [(0.0, 4.1), (4.5, 4.9)], "Sam": [(4.0, 9.0)]})
    assert [t.speaker for t in tracker.turns] == ["Alex", "Sam"]
    assert not kinds(tracker, "backchannel")


def test_a_reply_after_a_finished_sentence_is_no_interruption_though_the_first_speaker_says_uh_huh_over_it():
    # Alex ends at 3.6; Sam answers at 4.0; Alex's "uh-huh" 0.2 s into it, 0.6 s after Alex stopped
    tracker = run({"Alex": [(0.0, 3.6), (4.2, 4.65)], "Sam": [(4.0, 8.0)]})
    assert kinds(tracker, "interruption") == []
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Alex", 4.2)]


def test_the_first_speaker_carrying_on_after_a_breath_makes_the_other_an_interrupter():
    # the same, but Alex's pause is a 0.4 s breath inside a sentence that goes on
    tracker = run({"Alex": [(0.0, 3.6), (4.0, 5.5)], "Sam": [(3.8, 6.0)]})
    assert [(e.by, e.start) for e in kinds(tracker, "interruption")] == [("Sam", 3.8)]


def test_a_cut_short_holder_finishing_their_sentence_then_saying_mm_has_not_interrupted_back():
    # Sam takes the floor at 4.4; Alex's "…nervous" (5.6-6.0) ends Alex's own sentence, "mm" (6.6) is to Sam
    tracker = run({"Alex": [(0.0, 5.1), (5.6, 6.0), (6.6, 6.85)], "Sam": [(4.4, 4.95), (5.25, 9.0)]})
    assert [(e.by, e.start) for e in kinds(tracker, "interruption")] == [("Sam", 4.4)]
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Alex", 6.6)]


def test_a_cut_short_holder_who_then_says_more_interrupts_back_from_their_first_sound():
    tracker = run({"Alex": [(0.0, 5.1), (5.6, 6.0), (6.6, 8.5)], "Sam": [(4.4, 4.95), (5.25, 9.0)]})
    assert [(e.by, e.start) for e in kinds(tracker, "interruption")] == [("Sam", 4.4), ("Alex", 5.6)]
    assert not kinds(tracker, "backchannel")


def test_a_speaker_who_pauses_at_a_comma_as_the_other_cuts_in_and_goes_on_keeps_the_floor():
    # Sam cuts in at 6.36 just as Alex pauses (0.57 s) inside a long sentence, which Alex then finishes: timing alone
    # cannot tell this from Alex's sentence ending and a new one starting over Sam, and calling the speaker an
    # interrupter would split their turn, so the speaker keeps the floor
    tracker = run({"Alex": [(0.0, 6.39), (6.96, 10.44)], "Sam": [(6.36, 7.89)]})
    assert [(e.by, e.start) for e in kinds(tracker, "interruption")] == [("Sam", 6.36)]
    assert [t.speaker for t in tracker.turns] == ["Alex"]


def test_a_holder_who_stops_as_the_other_comes_in_and_carries_on_after_a_breath_keeps_the_floor():
    tracker = run({"Alex": [(0.0, 3.25), (3.65, 6.5)], "Sam": [(3.15, 3.9), (4.25, 6.05)]})
    assert [(e.by, e.start) for e in kinds(tracker, "interruption")] == [("Sam", 3.15)]


def test_the_overlap_of_a_first_speakers_mm_hmm_just_after_the_reply_began_is_no_talk_over():
    tracker = run({"Alex": [(0.0, 3.6), (4.25, 4.65)], "Sam": [(4.05, 7.0)]})
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Alex", 4.25)]
    assert kinds(tracker, "talk_over") == []


def test_a_cut_short_holders_two_sounds_into_the_new_holders_silence_are_a_reply_not_a_backchannel():
    # Sam takes the floor at 4.4 and stops at 5.5; Alex's "…right" (5.6) and "okay, so" (6.4) fall in Sam's silence
    tracker = run({"Alex": [(0.0, 5.1), (5.6, 5.9), (6.4, 6.8)], "Sam": [(4.4, 5.5)]})
    assert not kinds(tracker, "backchannel")
    assert [(t.speaker, t.start) for t in tracker.turns][-1] == ("Alex", 5.6)


def test_a_sentence_tail_then_speech_in_the_new_holders_silence_is_no_interruption():
    tracker = run({"Alex": [(0.0, 5.1), (5.6, 5.9), (6.3, 8.0)], "Sam": [(4.4, 5.5), (8.6, 11.0)]})
    assert [(e.by, e.start) for e in kinds(tracker, "interruption")] == [("Sam", 4.4)]


def test_a_sentence_tail_and_an_mm_over_the_new_holder_raise_one_live_alert_at_most():
    live = []
    tracker = run({"Alex": [(0.0, 5.1), (5.6, 6.2), (6.8, 7.3)], "Sam": [(4.4, 4.95), (5.25, 10.0)]}, live=live)
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Alex", 6.8)]
    assert len([e for e in live if getattr(e, "type", None) == "possible_interruption" and e.by == "Alex"]) <= 1


def test_a_reply_to_a_question_whose_end_is_confirmed_late_is_no_interruption():
    # Sam's question is voiced past the backchannel limit (0.95 s) and its end is confirmed late, after Alex's answer
    # is: Sam had stopped 0.10 s before Alex began, so nobody was talked over.
    tracker = run({"Alex": [(0.27, 3.03), (4.29, 6.96)], "Sam": [(3.24, 4.19)]}, confirm=0.15, bridge=0.33)
    assert not kinds(tracker, "interruption") and not kinds(tracker, "talk_over")
    assert [t.speaker for t in tracker.turns] == ["Alex", "Sam", "Alex"]


def test_a_holder_who_pauses_with_the_interrupter_and_finishes_the_sentence_does_not_interrupt_back():
    # Sam talks over Alex; both pause at once and Sam goes on first, so the floor is Sam's. Alex's words just after
    # are the end of Alex's own sentence, and the "okay" later is a backchannel to Sam.
    tracker = run({"Alex": [(0.0, 4.0), (4.4, 5.0), (5.6, 5.95)], "Sam": [(2.0, 3.97), (4.2, 8.0)]})
    assert [(e.by, e.start) for e in kinds(tracker, "interruption")] == [("Sam", 2.0)]
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Alex", 5.6)]


def test_speech_begun_in_the_holders_comma_pause_is_an_interruption_when_the_holder_goes_straight_on():
    # Sam pauses for 0.43 s mid-sentence; Alex starts 0.15 s into the pause and Sam carries on 0.28 s later, too soon
    # to be a reaction to Alex: Sam was mid-turn, so Alex interrupted (not Sam, coming back over a reply).
    tracker = run({"Sam": [(0.0, 3.0), (3.43, 6.0)], "Alex": [(3.15, 7.5)]})
    assert [(e.by, e.of, e.start) for e in kinds(tracker, "interruption")] == [("Alex", "Sam", 3.15)]


def test_an_oh_just_after_stopping_for_the_interrupter_is_a_backchannel_not_more_of_the_turn():
    # Sam stops 0.3 s after Alex cuts in, says "oh" 0.33 s later (a breath's length) and falls quiet.
    tracker = run({"Sam": [(0.0, 3.3), (3.63, 3.87)], "Alex": [(3.0, 7.0)]})
    assert [(e.by, e.start) for e in kinds(tracker, "interruption")] == [("Alex", 3.0)]
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Sam", 3.63)]
    assert [(t.speaker, t.start) for t in tracker.turns] == [("Sam", 0.0), ("Alex", 3.0)]


def test_a_whoa_just_after_stopping_for_the_interrupter_then_more_speech_is_an_interruption_back():
    tracker = run({"Sam": [(0.0, 3.3), (3.63, 4.2), (4.5, 7.5)], "Alex": [(3.0, 6.0)]})
    assert [(e.by, e.start) for e in kinds(tracker, "interruption")] == [("Alex", 3.0), ("Sam", 3.63)]
    assert not kinds(tracker, "backchannel")


def test_an_oh_then_an_okay_after_giving_way_leave_the_interrupter_no_talk_over_past_the_stop():
    tracker = run({"Sam": [(0.0, 3.3), (3.63, 3.87), (4.3, 4.6)], "Alex": [(3.0, 9.0)]})
    assert [(e.by, e.start, e.end) for e in kinds(tracker, "interruption")] == [("Alex", 3.0, 3.3)]
    assert [(e.by, e.start, e.end) for e in kinds(tracker, "talk_over")] == [("Alex", 3.0, 3.3)]
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Sam", 4.3)]


def test_an_oh_after_giving_way_while_the_interrupter_takes_a_breath_is_still_a_backchannel():
    # (Alex voiced 0.95 s before the breath, past a backchannel's length: the floor is Alex's before it ends)
    tracker = run({"Sam": [(0.0, 3.3), (3.63, 3.87)], "Alex": [(3.0, 3.95), (4.3, 8.0)]})
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Sam", 3.63)]
    assert [(e.by, e.start) for e in kinds(tracker, "talk_over")] == [("Alex", 3.0)]
    assert [(t.speaker, t.start) for t in tracker.turns] == [("Sam", 0.0), ("Alex", 3.0)]


def test_a_carry_on_exactly_0_3_s_after_the_other_started_counts_as_within_0_3_s():
    tracker = run({"Sam": [(0.0, 3.0), (3.45, 6.0)], "Alex": [(3.15, 7.5)]})  # 3.45 - 3.15 is 0.30000000000000027
    assert [(e.by, e.of, e.start) for e in kinds(tracker, "interruption")] == [("Alex", "Sam", 3.15)]


# -- a short sound's words (heard where each person has their own microphone) -----------------------------------
def test_a_short_question_in_the_holders_pause_is_a_turn_when_its_words_are_not_a_backchannel():
    timeline = {"Alex": [(0.0, 3.0), (3.8, 7.0)], "Sam": [(3.2, 3.6)]}  # "Which sink?" ... "The small one."
    assert len(kinds(run(timeline), "backchannel")) == 1  # by timing alone it looks like "mm-hmm"
    tracker = run(timeline, words={("Sam", 3.2): False})
    assert not tracker.events
    assert [(t.speaker, t.start) for t in tracker.turns] == [("Alex", 0.0), ("Sam", 3.2), ("Alex", 3.8)]
    assert tracker.turns[1].latency == pytest.approx(0.2)
    assert len(kinds(run(timeline, words={("Sam", 3.2): True}), "backchannel")) == 1


def test_the_last_words_of_a_cut_short_sentence_are_not_a_backchannel_and_the_interrupter_talked_over_them():
    timeline = {"Alex": [(0.0, 4.6), (5.0, 5.5)], "Sam": [(4.0, 8.0)]}  # "...on our trip | to the coast last week?"
    tracker = run(timeline, words={("Alex", 5.0): False}, under_voice=True)
    assert not kinds(tracker, "backchannel")
    [interruption] = kinds(tracker, "interruption")
    assert (interruption.by, interruption.start, interruption.end) == ("Sam", 4.0, 5.5)
    assert [(e.by, e.of, e.start, e.end) for e in kinds(tracker, "talk_over")] == [
        ("Sam", "Alex", 4.0, pytest.approx(4.6)), ("Sam", "Alex", 5.0, 5.5)]


def test_a_short_sound_over_the_holder_is_left_to_timing_whatever_its_words():
    timeline = {"Alex": [(0.0, 7.0)], "Sam": [(3.0, 3.5)]}  # "Oh dear." read as "hope here." while Alex talks on
    for words in (None, False, True):
        tracker = run(timeline, words={("Sam", 3.0): words})
        assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Sam", 3.0)]
        assert not kinds(tracker, "interruption")
        assert [t.speaker for t in tracker.turns] == ["Alex"]


def test_words_after_giving_way_are_neither_a_backchannel_nor_more_talk_over_by_the_interrupter():
    timeline = {"Sam": [(0.0, 3.3), (3.63, 3.87)], "Alex": [(3.0, 7.0)]}  # Sam stops for Alex, then "and then"
    tracker = run(timeline, words={("Sam", 3.63): False}, under_voice=True)
    assert [(e.by, e.start, e.end) for e in kinds(tracker, "interruption")] == [("Alex", 3.0, 3.3)]
    assert [(e.by, e.start) for e in kinds(tracker, "talk_over")] == [("Alex", 3.0), ("Sam", 3.63)]
    assert not kinds(tracker, "backchannel")
    assert [t.speaker for t in tracker.turns] == ["Sam", "Alex"]


def test_words_over_a_reply_by_the_one_who_had_finished_are_their_talk_over():
    timeline = {"Alex": [(0.0, 3.6), (4.2, 4.65)], "Sam": [(4.0, 8.0)]}  # Alex had finished; Sam replies
    tracker = run(timeline, words={("Alex", 4.2): False}, under_voice=True)
    assert [(e.by, e.of, e.start) for e in kinds(tracker, "talk_over")] == [("Alex", "Sam", 4.2)]
    assert not kinds(tracker, "interruption") and not kinds(tracker, "backchannel")
    assert [t.speaker for t in tracker.turns] == ["Alex", "Sam"]


def test_a_short_sound_over_the_holder_never_takes_the_floor_even_if_the_holder_is_pausing_when_it_is_settled():
    timeline = {"Alex": [(0.0, 4.0), (4.8, 7.0)], "Sam": [(3.0, 3.5)]}
    tracker = run(timeline, words={("Sam", 3.0): False})
    assert not kinds(tracker, "interruption")
    assert [t.speaker for t in tracker.turns] == ["Alex"]


def test_a_reply_begun_over_the_holders_last_word_is_a_turn_change_with_talk_over_where_each_has_a_mic():
    timeline = {"Alex": [(0.0, 3.0)], "Sam": [(2.9, 6.0)]}
    tracker = run(timeline, under_voice=True)
    assert not kinds(tracker, "interruption")
    assert [(e.by, e.start, e.end) for e in kinds(tracker, "talk_over")] == [("Sam", 2.9, 3.0)]
    assert [t.speaker for t in tracker.turns] == ["Alex", "Sam"]
    # where the louder voice may hide the holder's going on (one mic, a laptop array), it stays an interruption
    assert [e.by for e in kinds(run(timeline), "interruption")] == ["Sam"]


def test_a_holder_who_stops_as_the_other_starts_but_then_makes_a_cut_off_sound_was_interrupted():
    timeline = {"Alex": [(0.0, 3.0)], "Sam": [(2.9, 6.0)]}
    tracker = run(timeline, under_voice=True, sounds={"Alex": [(3.3, 3.39)]})  # "two—", too short to be speech
    assert [(e.by, e.of) for e in kinds(tracker, "interruption")] == [("Sam", "Alex")]
    # a single voiced frame just after the stop is the end of the last syllable, not a sound
    assert not kinds(run(timeline, under_voice=True, sounds={"Alex": [(3.06, 3.09)]}), "interruption")
    # ...and so is one 0.55 s after the stop, before the reply can be judged (the sentence may go on after a pause)
    assert kinds(run(timeline, under_voice=True, sounds={"Alex": [(3.55, 3.64)]}), "interruption")
    # a sound after a longer pause than a sentence goes on after (SENTENCE_RESUMES_WITHIN), or after the reply was
    # judged, is weighed on its own: a new bid ("Twenty quid?"), not the old sentence going on
    for later in (3.65, 4.0):
        assert not kinds(run(timeline, under_voice=True, sounds={"Alex": [(later, later + 0.09)]}), "interruption")


def test_a_holder_who_stops_only_a_reaction_after_the_other_starts_was_interrupted():
    for stop in (3.3, 3.06):  # 0.4 s and 0.16 s after the onset (an early reply needs a stop within 0.15 s)
        tracker = run({"Alex": [(0.0, stop)], "Sam": [(2.9, 6.0)]}, under_voice=True)
        assert [(e.by, e.of) for e in kinds(tracker, "interruption")] == [("Sam", "Alex")], stop
    assert not kinds(run({"Alex": [(0.0, 3.02)], "Sam": [(2.9, 6.0)]}, under_voice=True), "interruption")


def test_a_holder_who_goes_on_after_a_breath_as_the_other_starts_was_interrupted():
    tracker = run({"Alex": [(0.0, 3.0), (3.3, 5.0)], "Sam": [(2.9, 6.0)]}, under_voice=True)
    assert [(e.by, e.of) for e in kinds(tracker, "interruption")] == [("Sam", "Alex")]


def test_no_live_alert_for_a_reply_begun_over_the_holders_last_word():
    live = []
    run({"Alex": [(0.0, 3.0)], "Sam": [(2.9, 6.0)]}, live=live, under_voice=True)
    assert not [e for e in live if getattr(e, "type", None) == "possible_interruption"]


def test_a_short_turn_in_the_holders_pause_that_stops_when_the_holder_comes_back_over_it_was_interrupted():
    # "Your seat's miles too far back." (0.9 s) in Alex's pause; Alex talks over it at 6.7 and Sam stops at 7.1
    timeline = {"Alex": [(4.3, 5.8), (6.7, 9.2)], "Sam": [(6.15, 7.05)]}
    tracker = run(timeline, words={("Sam", 6.15): False}, under_voice=True)
    assert [(e.by, e.of, e.start) for e in kinds(tracker, "interruption")] == [("Alex", "Sam", 6.7)]
    assert [(e.by, e.of) for e in kinds(tracker, "talk_over")] == [("Alex", "Sam")]
    # where Alex only took a breath (0.48 s) and goes on with the sentence, Sam came in over Alex's talk: no
    # interruption by Alex, and the overlap is Sam's
    breath = run({"Alex": [(0.0, 5.8), (6.28, 9.0)], "Sam": [(5.95, 6.6)]}, words={("Sam", 5.95): False},
                 under_voice=True)
    assert not kinds(breath, "interruption")
    assert [(e.by, e.of) for e in kinds(breath, "talk_over")] == [("Sam", "Alex")]
    assert [(t.speaker, t.start) for t in tracker.turns] == [("Alex", 4.3), ("Sam", 6.15), ("Alex", 6.7)]
    # answered after it ended, it is a plain turn change
    later = run({"Alex": [(4.3, 5.8), (7.3, 9.2)], "Sam": [(6.15, 7.05)]}, words={("Sam", 6.15): False},
                under_voice=True)
    assert not kinds(later, "interruption")


def test_an_early_reply_then_the_first_speaker_starting_again_over_it_is_their_interruption():
    # Sam replies over Alex's last word; a second later Alex starts a new sentence over Sam, who stops for it
    tracker = run({"Alex": [(4.1, 5.7), (6.8, 8.6)], "Sam": [(5.64, 7.3)]}, under_voice=True)
    assert [(e.by, e.of, e.start) for e in kinds(tracker, "interruption")] == [("Alex", "Sam", 6.8)]
    assert [(t.speaker, t.start) for t in tracker.turns] == [("Alex", 4.1), ("Sam", 5.64), ("Alex", 6.8)]


def test_a_holder_who_goes_on_with_the_sentence_after_a_pause_was_interrupted_in_it():
    # "...when you come home late," (0.57 s) "and I feel like I don't matter to you." with Sam in over the pause
    tracker = run({"Alex": [(0.5, 6.39), (6.96, 10.4)], "Sam": [(6.36, 7.89)]}, under_voice=True)
    assert [(e.by, e.of) for e in kinds(tracker, "interruption")] == [("Sam", "Alex")]
    # after a longer pause (0.7 s) the holder had finished: Sam's reply took the turn, and Alex coming back over it is
    # the interruption
    tracker = run({"Alex": [(0.5, 6.39), (7.09, 10.4)], "Sam": [(6.36, 7.89)]}, under_voice=True)
    assert [(e.by, e.of) for e in kinds(tracker, "interruption")] == [("Alex", "Sam")]


def test_a_yeah_after_the_others_short_turn_is_a_backchannel_when_they_go_on():
    # Sam: "Not yet," - Alex: "Yeah." - Sam: "but the posts have rotted right through."
    timeline = {"Alex": [(0.0, 3.1), (4.17, 4.53)], "Sam": [(3.48, 3.99), (4.89, 6.4)]}
    tracker = run(timeline, words={("Sam", 3.48): False, ("Alex", 4.17): True}, under_voice=True)
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Alex", 4.17)]
    assert not kinds(tracker, "interruption")
    assert [(t.speaker, t.start) for t in tracker.turns] == [("Alex", 0.0), ("Sam", 3.48)]
    # ...and a short answer it stays, if Sam does not go on
    quiet = run({"Alex": [(0.0, 3.1), (4.17, 4.53)], "Sam": [(3.48, 3.99)]},
                words={("Sam", 3.48): False, ("Alex", 4.17): True}, under_voice=True)
    assert not quiet.events
    assert [(t.speaker, t.start) for t in quiet.turns] == [("Alex", 0.0), ("Sam", 3.48), ("Alex", 4.17)]

    # ...and if the stream ends before it is settled, it is not lost
    ended = run({"Alex": [(0.0, 3.1), (4.17, 4.53)], "Sam": [(3.48, 3.99)]},
                words={("Sam", 3.48): False, ("Alex", 4.17): True}, under_voice=True, until=4.9)
    assert [(t.speaker, t.start) for t in ended.turns] == [("Alex", 0.0), ("Sam", 3.48), ("Alex", 4.17)]


def test_speech_after_that_yeah_over_the_one_who_went_on_is_an_interruption_from_its_own_start():
    timeline = {"Alex": [(0.0, 3.1), (4.17, 4.53), (5.2, 8.0)], "Sam": [(3.48, 3.99), (4.89, 7.0)]}
    tracker = run(timeline, words={("Sam", 3.48): False, ("Alex", 4.17): True}, under_voice=True)
    assert [(e.by, e.start) for e in kinds(tracker, "backchannel")] == [("Alex", 4.17)]
    assert [(e.by, e.of, e.start) for e in kinds(tracker, "interruption")] == [("Alex", "Sam", 5.2)]


def test_with_a_mic_each_a_stop_heard_0_15_s_after_the_others_start_is_giving_way():
    # Alex cuts in at 2.88; Sam is heard stopping 0.21 s later (under Alex's voice a stop is heard early), then
    # comes straight back over Alex 0.45 s later: a cut straight back, an interruption of its own
    timeline = {"Sam": [(0.0, 3.09), (3.54, 4.68)], "Alex": [(2.88, 5.73)]}
    two_mics = run(timeline, under_voice=True)
    assert [(e.by, e.start) for e in kinds(two_mics, "interruption")] == [("Alex", 2.88), ("Sam", 3.54)]
    # on a shared mic a stop so soon after the other's start is not yet heard as giving way
    one_mic = run(timeline)
    assert [(e.by, e.start) for e in kinds(one_mic, "interruption")] == [("Alex", 2.88)]


def test_with_a_mic_each_a_breath_just_after_the_other_cuts_in_leaves_the_talk_over_with_the_one_who_cut_in():
    # Sam talks over Alex at 11.26; Alex's comma pause is heard from 11.45 (0.19 s later: too soon to be stopping for
    # Sam) to 11.83, and the sentence goes on: all the overlap is Sam's talk-over, none of it Alex's
    timeline = {"Alex": [(9.0, 11.45), (11.83, 13.8)], "Sam": [(11.26, 14.5)]}
    tracker = run(timeline, under_voice=True)
    assert {e.by for e in kinds(tracker, "talk_over")} == {"Sam"}
    # (the breath does not end the overlap)
    assert sum(e.end - e.start for e in kinds(tracker, "talk_over")) == pytest.approx(13.8 - 11.26)
    # a pause as long as YIELD_PAUSE after that stop was giving way: coming back is starting again, over Sam
    gave_way = run({"Alex": [(9.0, 11.45), (11.93, 13.8)], "Sam": [(11.26, 14.5)]}, under_voice=True)
    assert [(e.by, e.start) for e in kinds(gave_way, "talk_over")] == [("Sam", 11.26), ("Alex", 11.93)]


def test_a_sound_followed_within_the_quiet_window_by_speech_confirmed_after_it_starts_an_interruption():
    # Sam holds the floor; Alex's "Frozen flannel?" (0.72 s) over it, then 0.87 s later "She spat one out…": begun
    # inside the 1 s quiet window though confirmed as speech only after it, so the interruption began with the sound
    timeline = {"Sam": [(0.0, 12.6)], "Alex": [(10.32, 11.04), (11.91, 13.9)]}
    tracker = run(timeline, under_voice=True)
    assert not kinds(tracker, "backchannel")
    assert [(e.by, e.of, e.start) for e in kinds(tracker, "interruption")] == [("Alex", "Sam", 10.32)]

    # ...but speech begun after the window leaves the sound a backchannel, and is an interruption of its own
    later = run({"Sam": [(0.0, 13.0)], "Alex": [(10.32, 11.04), (12.10, 13.9)]}, under_voice=True)
    assert [(e.by, e.start) for e in kinds(later, "backchannel")] == [("Alex", 10.32)]
    assert [(e.by, e.of, e.start) for e in kinds(later, "interruption")] == [("Alex", "Sam", 12.1)]


def test_with_a_mic_each_a_holder_who_stops_under_a_cut_in_and_goes_on_0_4_s_later_still_holds_the_floor():
    # Sam cuts in at 11.28 over Alex's long sentence; Alex is heard stopping 0.24 s later (a reaction, under Sam's
    # voice) and goes on with the same sentence 0.39 s after that: Sam's interruption, and no bid back by Alex
    timeline = {"Alex": [(7.0, 8.5), (10.05, 11.52), (11.91, 13.77)],
                "Sam": [(8.9, 9.6), (11.28, 11.94), (12.39, 14.25)]}
    tracker = run(timeline, under_voice=True)
    assert [(e.by, e.of, e.start) for e in kinds(tracker, "interruption")] == [("Sam", "Alex", 11.28)]
