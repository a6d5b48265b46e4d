import json
import subprocess
import sys

from voicecoach.demo import RECORDINGS


def test_demo_replays_the_couple_and_reports_what_the_labels_say(fixtures_dir):
    result = subprocess.run([sys.executable, "-m", "voicecoach", "demo", "--fast"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    labels = [json.loads((fixtures_dir / f"{name}.json").read_text()) for name in RECORDINGS]
    interruptions = sum(e["type"] == "interruption" for label in labels for e in label["events"])
    backchannels = sum(e["type"] == "backchannel" for label in labels for e in label["events"])
    assert result.stdout.count(" interrupted ") == interruptions
    assert result.stdout.count("gave a backchannel") == backchannels
    assert f"Heard {interruptions} interruptions and {backchannels} backchannels." in result.stdout
