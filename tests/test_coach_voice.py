"""The coach's voice when the speech engine fails on one prompt: the prompt is shown, not spoken, and the session
goes on (eSpeak NG now and then writes an empty file under load)."""

import numpy as np

from voicecoach.errors import AudioOutputError
from voicecoach.speech.coach_voice import CoachVoice
from voicecoach.speech.voice import SystemVoice


class QuietSpeaker:
    """Stands in for the sound card CI lacks: records what it was asked to play."""

    def __init__(self):
        self.played = []

    def play(self, audio, rate):
        self.played.append(len(audio) / rate)

    def stop(self):
        pass


def test_a_prompt_the_engine_cannot_voice_is_skipped_and_the_next_one_is_spoken():
    engine = SystemVoice()

    def synthesize(text):
        if text == "broken":
            raise AudioOutputError("the speech engine produced no audio")
        return engine.synthesize(text)

    speaker = QuietSpeaker()
    voice = CoachVoice(synthesize, speaker)
    assert voice.say("broken", wait=True) == 0.0
    seconds = voice.say("Sam, reflect back what you heard.", wait=True)
    voice.close()
    assert voice.unspoken == 1 and voice.queued == 1
    assert seconds > 1.0 and len(speaker.played) == 1 and abs(speaker.played[0] - seconds) < 1e-6


def test_the_system_voice_makes_audio_of_a_prompt():
    audio, rate = SystemVoice().synthesize("Alex, did that capture it?")
    assert rate > 8000 and len(audio) / rate > 0.8 and np.abs(audio).max() > 0.05


def test_a_file_the_engine_left_with_a_header_alone_is_not_waited_for_until_the_timeout(tmp_path):
    import time
    import wave

    from voicecoach.speech.voice import _wait_for_file

    path = tmp_path / "empty.wav"
    with wave.open(str(path), "wb") as f:  # what the driver writes when its last callback held all the audio
        f.setnchannels(1), f.setsampwidth(2), f.setframerate(22050), f.writeframes(b"")
    started = time.monotonic()
    _wait_for_file(str(path), timeout=60.0)
    assert time.monotonic() - started < 30.0  # a functional check (given up early), not a speed figure
