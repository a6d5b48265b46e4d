"""Whole practice sessions from recordings of a couple (and of one person alone) doing the exercise, through the
real VAD, attribution, transcription and protocol. Expected outcomes come from the recordings' labels."""

import io
import json

import numpy as np
import pytest
from rich.console import Console

from voicecoach.practice.live_view import LineView
from voicecoach.practice.session import PracticeOptions, PracticeSession
from voicecoach.settings import load_settings

CASES = [  # recording, file, mode, attribution, intro
    ("p01_couple", "channels", "couple", "channels", True),
    ("p01_couple", "array", "couple", "array", True),
    ("p02_couple_switch", "channels", "couple", "channels", False),
    ("p02_couple_switch", "array", "couple", "array", False),
    ("p03_solo", "mono", "solo", None, True),
]


def run(fixtures_dir, transcriber, tmp_path, name, version, mode, attribution, intro, **settings_overrides):
    settings = load_settings(use_user_file=False).with_overrides(settings_overrides)
    log = tmp_path / f"{name}.{version}.jsonl"
    options = PracticeOptions(mode=mode, names=["Alex"] if mode == "solo" else ["Alex", "Sam"],
                              attribution=attribution, input=fixtures_dir / "sessions" / f"{name}.{version}.flac",
                              voice=False, intro=intro, events_jsonl=log)
    screen = io.StringIO()
    session = PracticeSession(settings, options, LineView(Console(file=screen, width=200)), transcriber=transcriber)
    result = session.run()
    events = [json.loads(line) for line in log.read_text().splitlines()]
    return result, events, screen.getvalue()


@pytest.mark.parametrize("name, version, mode, attribution, intro", CASES)
def test_a_recorded_session_goes_through_the_steps_the_labels_say(fixtures_dir, transcriber, tmp_path,
                                                                   name, version, mode, attribution, intro):
    expected = json.loads((fixtures_dir / "sessions" / f"{name}.json").read_text())["expected"]
    result, events, screen = run(fixtures_dir, transcriber, tmp_path, name, version, mode, attribution, intro)

    assert result["status"] == "complete"
    assert result["steps"] == expected["steps"]
    assert [(e["speaker"], e["rounds"], e["understood"]) for e in result["exchanges"]] == [
        (e["speaker"], e["rounds"], e["understood"]) for e in expected["exchanges"]]
    assert [{"kind": n["kind"], "person": n["person"]} for n in result["nudges"]] == expected["nudges"]
    if mode == "couple" and version == "channels":
        metrics = result["metrics"]
        assert sum(m["interruptions"] for m in metrics.values()) == expected["interruptions"]
        assert sum(m["backchannels"] for m in metrics.values()) == expected["backchannels"]

    # the event log: every line has t, wall and type; prompts open steps 1-6 in order; one session_end last
    assert all({"t", "wall", "type"} <= set(e) for e in events)
    assert [e["wall"] for e in events] == sorted(e["wall"] for e in events)
    step_prompts = [e["step"] for e in events if e["type"] == "prompt" and e["step"] is not None]
    assert step_prompts[0] == 1 and set(step_prompts) <= {1, 2, 3, 4, 6}
    turn_steps = [e["step"] for e in events if e["type"] == "turn_end" and isinstance(e["step"], int)]
    assert turn_steps == expected["steps"]
    assert [e["round"] for e in events if e["type"] == "understood"] == [x["rounds"] for x in expected["exchanges"]]
    assert events[-1] == {**events[-1], "type": "session_end", "reason": "complete"}
    for kind in ("interruption", "backchannel", "talk_over"):
        assert all("step" in e and "by" in e for e in events if e["type"] == kind)
    assert "session ended (complete)" in screen
    # the coach: kind words on every turn of the exercise, and a closing strength and thing to practise
    stepped = [turn for turn in result["turns"] if isinstance(turn["step"], int)]
    assert all(turn.get("feedback") for turn in stepped)
    assert all(set(turn["labels"]) >= {"reflection", "advice", "attack"} for turn in stepped)
    closing = "Your strength today:" if mode == "solo" else "your strength today was"
    assert any(e["type"] == "prompt" and closing in e["text"] for e in events)


def test_the_words_of_each_turn_are_heard(fixtures_dir, transcriber, tmp_path):
    from voicecoach.speech.wer import wer

    labels = json.loads((fixtures_dir / "sessions" / "p02_couple_switch.json").read_text())
    result, _, _ = run(fixtures_dir, transcriber, tmp_path, "p02_couple_switch", "channels", "couple", "channels", False)
    advice = [turn for turn in result["turns"] if turn.get("labels", {}).get("advice")]
    assert [turn["text"] for turn in advice] == ["You just need to plan better next time."]
    said = [turn["text"] for turn in labels["turns"]]
    heard = [turn["text"] for turn in result["turns"]]
    assert len(heard) == len(said)
    error = wer(list(zip(said, heard)))
    assert error < 0.1, (said, heard)


def test_a_protocol_of_one_reflection_round_wraps_up_early(fixtures_dir, transcriber, tmp_path):
    from voicecoach.practice.protocol import default_protocol_path

    protocol = tmp_path / "protocol.toml"
    protocol.write_text(default_protocol_path().read_text().replace("max_rounds = 4", "max_rounds = 1"))
    result, events, _ = run(fixtures_dir, transcriber, tmp_path, "p03_solo", "mono", "solo", None, True,
                            **{"practice.protocol": str(protocol)})
    assert result["steps"][:4] == [1, 2, 3, 6]
    assert any(e["type"] == "prompt" and "Let's move on" in e["text"] for e in events)


def test_the_live_view_shows_the_step_the_meters_and_the_counts(fixtures_dir, transcriber, tmp_path):
    from voicecoach.practice.live_view import LiveView

    screen = io.StringIO()
    view = LiveView(Console(file=screen, width=120, force_terminal=True), refresh_per_second=1000)
    options = PracticeOptions(mode="solo", names=["Alex"], input=fixtures_dir / "sessions" / "p03_solo.mono.flac",
                              voice=False, intro=False)
    result = PracticeSession(load_settings(use_user_file=False), options, view, transcriber=transcriber).run()
    shown = screen.getvalue()
    assert result["status"] == "complete"
    for text in ("Step 2 · the listener reflects", "Step 6 · the listener's empathic reaction", "Listener: reflect back",
                 "interruptions 0", "elapsed 0:3", "█", "Alex"):
        assert text in shown, text


def joined(tmp_path, pieces, name):
    import numpy as np
    import soundfile

    path = tmp_path / name
    soundfile.write(path, np.concatenate(pieces), 16000)
    return path


def silence(seconds, channels):
    import numpy as np

    return np.zeros((int(seconds * 16000), channels), dtype=np.int16)


def test_one_microphone_and_no_clips_the_intro_learns_both_voices(fixtures_dir, transcriber, tmp_path):
    from voicecoach.audio.file_source import read_all

    # Alex stops after 7 s, is asked for more and goes on; Sam says enough at once (~25 s of speech each in all)
    recording = joined(tmp_path, [read_all(fixtures_dir / "enroll_alex.flac"), silence(4.0, 1),
                                  read_all(fixtures_dir / "enroll_alex_30s.flac")[: 16000 * 16], silence(1.5, 1),
                                  read_all(fixtures_dir / "enroll_sam_30s.flac"), silence(1.5, 1),
                                  read_all(fixtures_dir / "sessions" / "p01_couple.mono.flac")], "voices.wav")
    options = PracticeOptions(mode="couple", names=["Alex", "Sam"], attribution="voice", input=recording,
                              voice=False, intro=True)
    screen = io.StringIO()
    session = PracticeSession(load_settings(use_user_file=False), options, LineView(Console(file=screen, width=200)),
                              transcriber=transcriber)
    result = session.run()
    assert "so I can learn your voice" in screen.getvalue() and "(voices learned)" in screen.getvalue()
    assert screen.getvalue().count("a little longer") == 1  # only Alex, who stopped too soon
    assert session.engine.sound_words is not None  # the engine started after learning checks short sounds' words
    assert result["status"] == "complete"
    assert result["steps"][:6] == [1, 2, 3, 4, 3, 6]
    assert [(e["speaker"], e["understood"]) for e in result["exchanges"]] == [("Alex", True)]


def test_a_laptop_array_with_the_sides_mapped_the_wrong_way_is_put_right_in_the_intro(fixtures_dir, transcriber,
                                                                                       tmp_path):
    from voicecoach.audio.file_source import read_all

    audio = read_all(fixtures_dir / "sessions" / "p01_couple.array.flac")
    hello = audio[int(0.4 * 16000): int(3.4 * 16000)]  # Alex's first sentence, said once more for the intro
    recording = joined(tmp_path, [silence(0.5, 2), hello, silence(1.5, 2), audio], "array.wav")
    options = PracticeOptions(mode="couple", names=["Alex", "Sam"], attribution="array", channel_map="Alex=1,Sam=0",
                              input=recording, voice=False, intro=True)
    screen = io.StringIO()
    result = PracticeSession(load_settings(use_user_file=False), options, LineView(Console(file=screen, width=200)),
                             transcriber=transcriber).run()
    assert "the sides are swapped" in screen.getvalue()
    assert result["status"] == "complete" and result["steps"] == [1, 2, 3, 4, 3, 6]


def test_a_hand_off_in_words_ends_the_turn_without_waiting_out_the_silence(fixtures_dir, transcriber, tmp_path):
    import numpy as np
    import soxr

    from voicecoach.audio.file_source import read_all
    from voicecoach.speech.voice import NaturalVoice

    labels = json.loads((fixtures_dir / "sessions" / "p03_solo.json").read_text())
    audio = read_all(fixtures_dir / "sessions" / "p03_solo.mono.flac")
    first_end = int(labels["turns"][0]["end"] * 16000)
    said, rate = NaturalVoice().synthesize("Over to you.")
    over = (soxr.resample(said, rate, 16000) * 0.3 * 32767).astype(np.int16).reshape(-1, 1)
    recording = joined(tmp_path, [audio[:first_end], silence(0.3, 1), over, audio[first_end:]], "handoff.wav")
    _, events, _ = run(fixtures_dir, transcriber, tmp_path, "p03_solo", "mono", "solo", None, False)
    options = PracticeOptions(mode="solo", names=["Alex"], input=recording, voice=False, intro=False,
                              events_jsonl=tmp_path / "handoff.jsonl")
    PracticeSession(load_settings(use_user_file=False), options, LineView(Console(file=io.StringIO())),
                    transcriber=transcriber).run()
    handed = [json.loads(line) for line in (tmp_path / "handoff.jsonl").read_text().splitlines()]
    plain_turn = next(e for e in events if e["type"] == "turn_end")
    handed_turn = next(e for e in handed if e["type"] == "turn_end")
    assert handed_turn["text"].lower().rstrip(".").endswith("over to you")
    assert plain_turn["t"] - plain_turn["end"] >= 2.4  # step 1 waits 2.5 s of silence...
    assert handed_turn["t"] - handed_turn["end"] < 1.0  # ...unless the speaker hands over in words


def test_the_intro_asks_twice_for_more_then_makes_do_with_what_was_said(fixtures_dir):
    from voicecoach.audio.file_source import read_all
    from voicecoach.audio.frames import Framer
    from voicecoach.practice.enrolment import ASKS, VoiceSamples

    listening = VoiceSamples(["Alex", "Sam"])
    audio = np.concatenate([read_all(fixtures_dir / "enroll_alex.flac"), silence(20.0, 1)])  # ~7 s, then quiet
    asked, moved_on_at = 0, None
    for frame in Framer(1, 30).push(audio):
        if listening.push(frame):
            moved_on_at = frame.t
            break
        if listening.wants_more:
            listening.wants_more = False
            asked += 1
    assert asked == ASKS
    assert moved_on_at is not None and moved_on_at < 7.0 + 3.0 * (ASKS + 1) + 1.0
    assert listening.person == "Sam"
    assert len(listening.samples()["Alex"]) > 16000 * 5
