"""What the floor holder's speech did around someone else's onset: whether they were heard, stopped because of it,
gave way, came back, or had been finishing anyway; and whether a short sound after it was answered. The floor
tracker decides with these (see floor.py)."""

from __future__ import annotations

from voicecoach.listening.burst import Burst
from voicecoach.listening.speech_times import MIN_SOUND, SpeechTimes
from voicecoach.listening.turn_timing import (COME_BACK_AFTER, EPSILON, FINISHED_WITHIN, REACTION,
                                              SENTENCE_RESUMES_WITHIN, YIELD_PAUSE, TurnRules, gave_way)


class HolderSpeech(SpeechTimes):
    def __init__(self, people: list[str], rules: TurnRules, hears_voice_under_voice: bool = False):
        super().__init__(people)
        self.rules = rules
        # Whether a voice is still heard while the other's is louder (a mic each). Only then does a holder's stop
        # just as the other starts mean they had finished, and a stop heard any later a reaction (_reaction);
        # elsewhere the louder voice hides the holder's going on.
        self.hears_voice_under_voice = hears_voice_under_voice
        self.holder: str | None = None

    @property
    def _reaction(self) -> float:
        """Under the other's voice a stop is heard early: there, one heard FINISHED_WITHIN or more after the other's
        start is a reaction to it (no stop is then neither finishing nor giving way)."""
        return FINISHED_WITHIN if self.hears_voice_under_voice else REACTION

    @property
    def _least_come_back(self) -> float:
        """Stopping for the other and deciding to speak again takes COME_BACK_AFTER, but only a voice heard under the
        other's has its pauses measured as they were: on a shared mic the louder voice moves a heard stop, so any
        pause may have been giving way."""
        return COME_BACK_AFTER if self.hears_voice_under_voice else 0.0

    def _voiced_again_within(self, person: str, after: float, within: float) -> bool:
        """Whether this person's voice came again after `after` and began less than `within` later (on a shared
        mic, where raw sounds are not read: whether they were voiced again since, which is asked within that
        long)."""
        if self.hears_voice_under_voice:
            return self._sound_began_within(person, after, within)
        until = self._voiced_until[person]
        return until is not None and until > after + MIN_SOUND - EPSILON

    def _onsets_of_present_talk(self, person: str) -> tuple[float, ...]:
        """Where each voice is heard under the other's, a breath inside someone's talk is seen as one, so the talk
        began before it: the other may have stopped for its first words. Elsewhere a gap in a voice is as often the
        louder voice hiding it, and only the present stretch of speech is sure."""
        if self.hears_voice_under_voice:
            return (self._open[person], self._talk_since[person])
        return super()._onsets_of_present_talk(person)

    def _holder_heard_at(self, onset: float) -> bool:
        holder_end = self._last_end[self.holder]
        return self._open[self.holder] is not None or (holder_end is not None and holder_end > onset)

    def _holder_was_finishing(self, onset: float) -> bool:
        """Whether the holder stopped too soon after `onset` to have stopped because of it (FINISHED_WITHIN) and made
        no sound from then until the reply can be judged, as far as heard yet (a cut-off "two—" too short to count as
        speech, or the sentence going on after a pause): the other began over the last word. A sound after a longer
        pause than SENTENCE_RESUMES_WITHIN goes on no sentence: it is a new bid, over the reply."""
        holder = self.holder
        if not self.hears_voice_under_voice:
            return False
        finished = [end for start, end in self._segments[holder] if start < onset]
        if not finished or (self._open[holder] is not None and self._open[holder] < onset):
            return False
        stop = finished[-1]
        judged = min(onset + self.rules.backchannel_max, stop + SENTENCE_RESUMES_WITHIN)
        return stop < onset + FINISHED_WITHIN - EPSILON and not self._sound_began_within(holder, stop, judged - stop)

    def _holder_speech_since(self, onset: float) -> list[tuple[float, float]]:
        return [seg for seg in self._segments[self.holder] if seg[0] > onset]

    def _restart(self, came_back: list[tuple[float, float]]) -> float | None:
        """When the holder began speaking again: their first finished segment since, or the one going on."""
        return came_back[0][0] if came_back else self._open[self.holder]

    def _holder_gave_way(self, burst: Burst, came_back: list[tuple[float, float]]) -> bool:
        """The holder stopped soon after the burst began (a reaction to it) and was quiet a while before speaking
        again: an "okay" then is the new listener's, not more of the old turn."""
        restart = self._restart(came_back)
        return any(start < burst.onset < end and gave_way(burst.onset, end, self._reaction)
                   and restart - end >= YIELD_PAUSE
                   for start, end in self._segments[self.holder])

    def _one_sound_after_giving_way(self, onset: float) -> bool:
        """Whether the holder's last speech is one short sound made after stopping for the interrupter (a stop a
        reaction's time after they began): an "oh" or "fair", or the start of a bid back, to be weighed as the
        listener's speech, not as more of the holder's turn. Whether quiet or more speech follows is the burst's to
        settle."""
        segments = self._segments[self.holder]
        if self._open[self.holder] is not None or len(segments) < 2:
            return False
        (start, stop), (sound_start, sound_end) = segments[-2], segments[-1]
        return start < onset < stop and gave_way(onset, stop, self._reaction) \
            and sound_end - sound_start <= self.rules.backchannel_max

    def _one_short_sound_after(self, person: str, came_back: list[tuple[float, float]], end: float) -> bool:
        """Whether this person, quiet now, made just one short sound since, begun after `end`. (One still going on
        when the short turn is settled is taken for an answer: the one such sound on the tuning scenes was "The small
        one," in reply to "Which sink?")"""
        return self._open[person] is None and len(came_back) == 1 and came_back[0][0] >= end - EPSILON \
            and came_back[0][1] - came_back[0][0] <= self.rules.backchannel_max

    def _holder_answered(self, burst: Burst) -> bool:
        """Whether a sound made after the holder's short turn ("Yeah.") was followed by the holder's speech."""
        if not burst.after_short_turn or burst.speaking or burst.last_end is None:
            return False
        holder_open = self._open[self.holder]
        return (holder_open is not None and holder_open >= burst.last_end - EPSILON) or \
            any(start >= burst.last_end - EPSILON for start, _ in self._segments[self.holder])
