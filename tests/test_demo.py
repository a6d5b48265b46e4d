"""`voicecoach demo`: the bundled couple's recording through the whole practice loop, as a user runs it."""

import json
import subprocess
import sys

from voicecoach.demo import RECORDING


def demo(tmp_path, *flags):
    log = tmp_path / "events.jsonl"
    result = subprocess.run([sys.executable, "-m", "voicecoach", "demo", "--fast", "--events-jsonl", str(log), *flags],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return result.stdout, [json.loads(line) for line in log.read_text().splitlines()]


def test_the_demo_guides_the_recorded_couple_through_all_six_steps(tmp_path, fixtures_dir):
    labels = json.loads((fixtures_dir / "sessions" / f"{RECORDING}.json").read_text())
    screen, events = demo(tmp_path, "--voice", "off")
    assert [e["step"] for e in events if e["type"] == "turn_end" and isinstance(e["step"], int)] == \
        labels["expected"]["steps"]
    assert sum(e["type"] == "interruption" for e in events) == labels["expected"]["interruptions"]
    assert sum(e["type"] == "backchannel" for e in events) == labels["expected"]["backchannels"]
    assert "session ended (complete)" in screen and "Alex felt understood after 2 reflection" in screen
    assert abs(events[-1]["t"] - labels["duration"]) < 2.0  # voice off: prompts take no audio time


def test_with_a_speaker_the_prompts_are_spoken_and_the_recording_waits_for_them(tmp_path, fixtures_dir, audio_rig):
    labels = json.loads((fixtures_dir / "sessions" / f"{RECORDING}.json").read_text())
    screen, events = demo(tmp_path)
    assert "not spoken" not in screen
    prompts = [e for e in events if e["type"] in ("prompt", "nudge")]
    assert len(prompts) >= 10
    assert [e["step"] for e in events if e["type"] == "turn_end" and isinstance(e["step"], int)] == \
        labels["expected"]["steps"]
    # the session's audio clock ran on while each prompt played: the recording plus every prompt's length
    waited = events[-1]["t"] - labels["duration"]
    assert waited > 2.0 * len(prompts[:-3]), waited  # eSpeak says a prompt in well over 2 s
