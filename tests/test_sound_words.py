"""A short sound's words in the listening engine: read ahead live or when asked, the same events (two mics); on a
shared mic, only sounds nobody else spoke around."""

import numpy as np

from voicecoach.audio.file_source import FileSource
from voicecoach.audio.frames import Frame
from voicecoach.listening.analysis import analyze_file, build_attributor, build_engine, build_sound_words
from voicecoach.listening.sound_words import ShortSoundWords
from voicecoach.settings import load_settings

SCENE = "s106_ring_in_sink.channels.flac"  # "Which sink?" in Alex's pause, answered: timing alone calls it "mm-hmm"


def test_reading_ahead_live_gives_the_same_events_as_reading_when_asked(fixtures_dir, transcriber):
    settings = load_settings(use_user_file=False)
    asked = analyze_file(fixtures_dir / SCENE, settings, mode="channels", channel_map="Alex=0,Sam=1",
                         check_words=True, transcriber=transcriber).result
    timing_only = analyze_file(fixtures_dir / SCENE, settings, mode="channels", channel_map="Alex=0,Sam=1").result
    source = FileSource(fixtures_dir / SCENE)
    engine = build_engine(build_attributor("channels", 2, settings, "Alex=0,Sam=1"), settings)
    sound_words = build_sound_words(settings, "channels", "Alex=0,Sam=1", transcriber, live=True)
    engine.listen_for_words(sound_words)
    for frame in source.frames():
        engine.push(frame)
    engine.finish()
    sound_words.close()
    assert engine.result()["events"] == asked["events"]
    backchannels = lambda result: [(e["by"], e["start"]) for e in result["events"] if e["type"] == "backchannel"]
    assert ("Sam", 2.76) in backchannels(timing_only) and ("Sam", 2.76) not in backchannels(asked)


class Words:
    def __init__(self):
        self.clips = []

    def says_backchannel(self, clip):
        self.clips.append(clip)
        return True


def test_a_clip_is_the_sound_and_a_little_either_side_from_the_persons_own_channel():
    words = Words()
    heard = ShortSoundWords(words, {"Alex": 0, "Sam": 1})
    for i in range(100):  # 3 s of 30 ms frames; Sam's channel counts samples, Alex's is silent
        samples = np.zeros((480, 2), dtype=np.int16)
        samples[:, 1] = (np.arange(480) + 480 * i) % 30000
        heard.hear(Frame(i, i * 0.03, samples, gated=40 <= i < 45))
    heard.says_backchannel("Sam", 0.6, 0.9)
    clip = words.clips[-1]
    assert len(clip) == round(0.4 * 16000) and clip[0] == round(0.55 * 16000)  # 0.05 s either side
    heard.says_backchannel("Sam", 0.02, 0.3)  # near the start: from the first sample, still ending 0.05 s after
    assert len(words.clips[-1]) == round(0.35 * 16000) and words.clips[-1][0] == 0
    heard.says_backchannel("Sam", 1.2, 1.5)  # frames 40-44 (1.2-1.35 s) were the coach speaking: silence
    gated = slice(round(0.05 * 16000), round(0.2 * 16000))
    assert not words.clips[-1][gated].any() and words.clips[-1][: gated.start].all() and words.clips[-1][-1] != 0
    assert heard.says_backchannel("Alex", 0.6, 0.9) is True
    assert not words.clips[-1].any()  # from Alex's own channel, silent here, not Sam's


ARRAY_SCENE = "s131_mouse_in_kitchen.array.flac"  # Sam's sentence with Alex's "Oh." over it; "How big?" in a pause


def test_on_a_shared_mic_only_a_sound_nobody_else_spoke_around_is_read(fixtures_dir, transcriber):
    settings = load_settings(use_user_file=False)
    engine = build_engine(build_attributor("array", 2, settings, "Alex=0,Sam=1"), settings)
    sound_words = build_sound_words(settings, "array", "Alex=0,Sam=1", transcriber)
    asked, read = [], sound_words.says_backchannel

    def says_backchannel(person, start, end):
        asked.append((person, start, end))
        return read(person, start, end)

    sound_words.says_backchannel = says_backchannel
    engine.listen_for_words(sound_words)
    for frame in FileSource(fixtures_dir / ARRAY_SCENE).frames():
        engine.push(frame)
    engine.finish()
    result = engine.result()
    assert asked
    for person, start, end in asked:
        for other, spoken in result["speakers"].items():
            if other != person:
                assert not any(s < end + 0.05 and e > start - 0.05 for s, e in spoken["segments"]), (person, start)
    timing_only = analyze_file(fixtures_dir / ARRAY_SCENE, settings, mode="array", channel_map="Alex=0,Sam=1").result
    def backchannels(result):
        return [(e["by"], round(e["start"], 1)) for e in result["events"] if e["type"] == "backchannel"]

    assert ("Alex", 3.1) in backchannels(timing_only) and ("Alex", 3.1) not in backchannels(result)  # "How big?"
    assert ("Alex", 0.6) in backchannels(result)  # the "Oh." over Sam's sentence: left to timing


class ScriptedVoices:
    """Who speaks when, instead of a microphone's audio (the engine's decisions, apart from attribution)."""

    def __init__(self, timeline: dict[str, list[tuple[float, float]]]):
        self.people = list(timeline)
        self.timeline = timeline

    def activity(self, frame):
        return {p: any(s <= frame.t < e for s, e in spans) for p, spans in self.timeline.items()}


class SharedMicWords(ShortSoundWords):
    """Every sound it is asked about says other words ("How big?"); it remembers what it was asked."""

    def __init__(self):
        super().__init__(None, {"Alex": 0, "Sam": 0})
        self.asked = []

    def says_backchannel(self, person, start, end):
        self.asked.append((person, round(start, 2)))
        return False


def backchannels_with_shared_mic_words(timeline):
    from voicecoach.listening.engine import ListeningEngine
    from voicecoach.listening.turn_timing import TurnRules

    words = SharedMicWords()
    engine = ListeningEngine(ScriptedVoices(timeline), TurnRules(), sound_words=words)
    for i in range(300):
        engine.push(Frame(i, i * 0.03, np.zeros((480, 1), dtype=np.int16)))
    engine.finish()
    return words.asked, [(e.by, round(e.start, 2)) for e in engine.floor.events if e.type == "backchannel"]


def test_on_a_shared_mic_a_sound_in_a_clear_pause_is_read_and_one_touching_other_speech_is_not():
    # Sam's short question 0.3 s into Alex's pause: read, and its words make it no backchannel
    asked, backchannels = backchannels_with_shared_mic_words({"Alex": [(0.0, 3.0), (4.5, 7.5)], "Sam": [(3.3, 3.75)]})
    assert asked == [("Sam", 3.3)] and backchannels == []
    # the same sound with Alex starting again as it ends: the clip would hold Alex's first syllable, so timing decides
    asked, backchannels = backchannels_with_shared_mic_words({"Alex": [(0.0, 3.0), (3.78, 7.5)], "Sam": [(3.3, 3.75)]})
    assert asked == [] and backchannels == [("Sam", 3.3)]
