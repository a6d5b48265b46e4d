"""Hands-free through the real microphone path: the coach speaks its prompts into the rig's sound card, the
microphone hears them (and the gate keeps them out), and a scripted person answers each prompt by playing their
recorded turn into the same sound card once the coach has finished."""

import io
import json
import threading
import time

import soundfile
from rich.console import Console

from voicecoach.audio.file_source import read_all
from voicecoach.practice.live_view import LineView
from voicecoach.practice.session import PracticeOptions, PracticeSession
from voicecoach.settings import load_settings


class ScriptedPerson(threading.Thread):
    """Plays turn n once the session has logged the turns before it, the coach has prompted again and has been
    quiet for a moment."""

    def __init__(self, session, rig, clips):
        super().__init__(daemon=True)
        self.session, self.rig, self.clips = session, rig, clips
        self.failed = None

    def run(self):
        try:
            heard_prompts = 0
            for n, clip in enumerate(self.clips):
                self._wait(lambda: self._steps_done() >= n and len(self.session.log.of_type("prompt")) > heard_prompts, 60)
                heard_prompts = len(self.session.log.of_type("prompt"))
                self._wait(self.session.gate.is_gated, 10)  # the coach has begun the prompt...
                self._wait(lambda: self._coach_quiet(0.8), 60)  # ...and finished it a moment ago
                self.rig.play(clip).wait()
        except Exception as exc:  # reported by the test; the session must not wait for a person who is gone
            self.failed = exc
            self.session.exercise.stop("stopped")

    def _steps_done(self):
        return sum(1 for turn in self.session.log.of_type("turn_end") if turn["step"] is not None)

    def _coach_quiet(self, seconds):
        return not self.session.gate.is_gated() and not self.session.gate.is_gated(time.monotonic() - seconds)

    def _wait(self, ready, timeout):
        end = time.monotonic() + timeout
        while not ready():
            if time.monotonic() > end or self.session.exercise.done:
                raise TimeoutError("the session did not get to the next turn")
            time.sleep(0.05)


def cut_turns(fixtures_dir, tmp_path, name):
    labels = json.loads((fixtures_dir / "sessions" / f"{name}.json").read_text())
    audio = read_all(fixtures_dir / "sessions" / f"{name}.mono.flac")[:, 0]
    clips = []
    for n, turn in enumerate(labels["turns"]):
        piece = audio[int((turn["start"] - 0.2) * 16000): int((turn["end"] + 0.3) * 16000)]
        path = tmp_path / f"turn{n}.wav"
        soundfile.write(path, piece, 16000)
        clips.append(path)
    return labels, clips


def test_solo_practice_with_a_microphone_and_spoken_prompts(audio_rig, fixtures_dir, transcriber, tmp_path):
    labels, clips = cut_turns(fixtures_dir, tmp_path, "p03_solo")
    settings = load_settings(use_user_file=False)
    options = PracticeOptions(mode="solo", names=["Alex"], voice=True, intro=False)
    session = PracticeSession(settings, options, LineView(Console(file=io.StringIO(), width=200)),
                              transcriber=transcriber)
    person = ScriptedPerson(session, audio_rig, clips)
    person.start()
    result = session.run()
    person.join(timeout=5)

    assert person.failed is None, person.failed
    assert result["status"] == "complete"
    assert result["steps"] == labels["expected"]["steps"]
    assert result["exchanges"][0]["understood"] and result["exchanges"][0]["rounds"] == 2
    prompts = session.log.of_type("prompt")
    assert len(prompts) >= 8
    # the coach's own voice never became a turn: every turn is one of the person's, with their words
    heard = [turn["text"].lower() for turn in result["turns"]]
    assert len(heard) == len(labels["turns"])
    assert "overwhelmed" in heard[0] and "catch up" in heard[2] and "right" in heard[4]
    assert not any("reflect back" in text or "as the speaker" in text for text in heard)
    assert session.source.dropped_blocks == 0
