"""The listening engine: frames → who is speaking → segments → floor events. Same result live or replayed."""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING

from voicecoach.audio.frames import Frame
from voicecoach.listening.attribution import Attributor
from voicecoach.listening.events import FloorEvent, Turn
from voicecoach.listening.floor import FloorTracker
from voicecoach.listening.turn_timing import TurnRules
from voicecoach.listening.segmenter import Segmenter, SpeechEnd, SpeechStart

if TYPE_CHECKING:
    from voicecoach.listening.sound_words import ShortSoundWords


class ListeningEngine:
    def __init__(self, attributor: Attributor, rules: TurnRules, frame_s: float = 0.03,
                 min_speech: float = 0.2, bridge: float = 0.25, sound_words: ShortSoundWords | None = None):
        self.attributor = attributor
        self.people = list(attributor.people)
        self.frame_s = frame_s
        self.segmenters = {p: Segmenter(p, frame_s, min_speech, bridge) for p in self.people}
        self.floor = FloorTracker(self.people, rules,
                                  hears_voice_under_voice=getattr(attributor, "hears_voice_under_voice", False))
        self.sound_words: ShortSoundWords | None = None
        if sound_words is not None:
            self.listen_for_words(sound_words)
        self.duration = 0.0
        self.activity: dict[str, bool] = {p: False for p in self.people}  # who the last frame heard

    def listen_for_words(self, sound_words: ShortSoundWords) -> None:
        """From now on a short sound's words decide whether it was a backchannel (see sound_words.py)."""
        self.sound_words = sound_words
        self.floor.says_backchannel = sound_words.says_backchannel

    def push(self, frame: Frame) -> list:
        """One frame in; the speech starts/ends, turns and floor events it settled out (live)."""
        activity = self.activity = self.attributor.activity(frame)
        if self.sound_words is not None:
            self.sound_words.hear(frame)
        changes = []
        for person, segmenter in self.segmenters.items():
            changes.extend(segmenter.push(frame.t, activity[person]))
            self.floor.voiced(person, segmenter.voiced_until)
            if activity[person] and self.floor.hears_voice_under_voice:  # only that mode reads raw sounds
                self.floor.heard(person, frame.t, frame.t + frame.duration)
        self.duration = frame.t + frame.duration
        return self._feed(changes) + self.floor.tick(self.duration)

    def end_turn_now(self) -> list:
        """Close the holder's turn at once (a hand-off in words, or the "done" key), if they are quiet."""
        return self.floor.yield_floor(self.duration)

    def finish(self) -> list:
        changes = [end for segmenter in self.segmenters.values() for end in segmenter.finish(self.duration)]
        return self._feed(changes) + self.floor.finish(self.duration)

    def _feed(self, changes: list) -> list:
        out = []
        for change in sorted(changes, key=lambda c: isinstance(c, SpeechStart)):  # ends first
            out.append(change)
            if isinstance(change, SpeechEnd):
                out.extend(self.floor.on_end(change))
                if self.sound_words is not None and self.floor.may_ask_words(change.person) \
                        and change.end - change.start <= self.floor.rules.backchannel_max \
                        and self.floor.words_are_its_own(change.person, change.start, change.end):
                    self.sound_words.read_ahead(change.person, change.start, change.end)
            else:
                out.extend(self.floor.on_start(change))
        return out

    # -- the summary -----------------------------------------------------------------------------------------
    def result(self) -> dict:
        """The analysis as plain data (the `analyze --json` shape)."""
        segments = {p: self.floor.segments(p) for p in self.people}
        talk = {p: sum(end - start for start, end in segments[p]) for p in self.people}
        total_talk = sum(talk.values())
        events = sorted(self.floor.events, key=lambda e: (e.start, e.type))
        turns = sorted(self.floor.turns, key=lambda t: t.start)
        return {
            "duration": round(self.duration, 3),
            "speakers": {
                p: {"segments": [[round(s, 3), round(e, 3)] for s, e in segments[p]], "talk_time": round(talk[p], 3)}
                for p in self.people
            },
            "events": [event.as_dict() for event in events],
            "turns": [turn.as_dict() for turn in turns],
            "metrics": {p: self._metrics(p, events, turns, talk, total_talk) for p in self.people},
        }

    @staticmethod
    def _metrics(person: str, events: list[FloorEvent], turns: list[Turn], talk: dict, total_talk: float) -> dict:
        own = [turn for turn in turns if turn.speaker == person]
        latencies = [turn.latency for turn in own if turn.latency is not None]
        return {
            "interruptions": sum(1 for e in events if e.type == "interruption" and e.by == person),
            "backchannels": sum(1 for e in events if e.type == "backchannel" and e.by == person),
            "talk_over_seconds": round(sum((e.end - e.start for e in events if e.type == "talk_over" and e.by == person),
                                           0.0), 3),
            "talk_share": round(talk[person] / total_talk, 3) if total_talk else 0.0,
            "median_latency": round(statistics.median(latencies), 3) if latencies else None,
            "longest_turn": round(max((t.end - t.start for t in own), default=0.0), 3),
        }


def silent_result(people: list[str]) -> dict:
    """The events and metrics of a session in which the engine never started (nobody was heard)."""
    return {"events": [], "metrics": {p: ListeningEngine._metrics(p, [], [], {p: 0.0}, 0.0) for p in people}}
