"""The floor tracker: confirmed speech of each person becomes turns, interruptions, backchannels and talk-over.

A short burst by the listener (at most `backchannel_max` seconds) followed by `backchannel_quiet` seconds of
quiet, while the floor holder carries on, is a backchannel. Anything longer, or a burst followed quickly by more
speech, started while the holder was speaking is an interruption; a sound over the holder that stops and goes on
within a breath, all of it short ("Oh, heck."), is one sound. Every stretch where both speak is talk-over,
attributed to whoever started second, except the overlap of a backchannel. A breath inside someone's sentence
neither ends their talk nor its overlap: who started second is decided by when each one's talk began. A holder
whose floor was taken may finish their own sentence and then say "mm": two short sounds, not an interruption back.
A holder who stops for the interrupter and then makes one short sound ("oh", "fair") has given way: the sound is
weighed as the listener's, a backchannel if quiet follows, the start of a bid back if more speech does.
Where a voice is heard under the other's (two mics), a reply begun over the holder's last word is no interruption: the
holder stopped sooner than anyone reacts and made no sound after, so their sentence was ending anyway.
Where a short sound's words can be read (with two mics; on a shared mic only if nobody else spoke around it), one
whose words are not a backchannel ("Which sink?" in the holder's pause, the last words of a cut-short sentence) is
never counted as one; a listener's short sound over the holder's speech is left to timing. After such a short turn
("Not yet,"), the holder's one short sound ("Yeah.") is weighed as a listener's: a backchannel if the other goes on.
"""

from __future__ import annotations

from typing import Callable

from voicecoach.listening.burst import Burst
from voicecoach.listening.events import FloorEvent, Turn
from voicecoach.listening.holder_speech import HolderSpeech
from voicecoach.listening.segmenter import SpeechEnd, SpeechStart
from voicecoach.listening.turn_timing import (CLEAR_GAP, CLIP_MARGIN, EPSILON, MID_TURN_PAUSE, SAME_MOMENT,
                                              SPEECH_CONFIRMED_WITHIN, TAIL_WITHIN, TurnRules, gave_way)


# (person, start, end) -> whether that sound said a backchannel: True, False (other words), None (not known)
SaysBackchannel = Callable[[str, float, float], "bool | None"]


class FloorTracker(HolderSpeech):
    def __init__(self, people: list[str], rules: TurnRules, says_backchannel: SaysBackchannel | None = None,
                 hears_voice_under_voice: bool = False):
        super().__init__(people, rules, hears_voice_under_voice)
        self.says_backchannel = says_backchannel
        self.turns: list[Turn] = []
        self.events: list[FloorEvent] = []
        self._open_turn: Turn | None = None
        self._last_turn: Turn | None = None
        self._burst: Burst | None = None
        self._challenger: str | None = None  # took the floor while the holder still speaks
        self._challenger_onset = 0.0
        self._cut_short: str | None = None  # a holder who stopped while the one who interrupted them talks on
        self._interruption: FloorEvent | None = None  # its end is the end of its overlap, known later

    # -- input ---------------------------------------------------------------------------------------------
    def on_start(self, start: SpeechStart) -> list:
        person, onset = start.person, start.onset
        burst = self._burst
        if burst is not None and burst.person == person and burst.quiet_for(onset, self.rules.backchannel_quiet):
            # speech confirmed late, begun after the sound's quiet window: the sound is settled first, on its own
            return self._settle_after_quiet(burst, start.at) + self.on_start(start)
        talk_since = self._talk_start(person, onset)
        self._overlap_from[person] = self._last_end[person] if talk_since < onset else onset
        self._talk_since[person] = talk_since
        self._open[person] = onset
        if self.holder is None:
            return self._give_floor(person, onset, start.at)
        if person == self.holder:
            burst = self._burst
            if burst is not None:
                burst.holder_spoke = True
                resumed_after = start.onset - burst.onset
                carried_on = resumed_after <= SAME_MOMENT + EPSILON
                if burst.speaking and self._after_a_breath(person, start.onset) and carried_on:
                    # it began in a breath of the holder's, who carried straight on (a longer pause was the end of
                    # a sentence, and a sound then is the holder's "uh-huh" to a reply)
                    burst.overlapped = True
            return []
        if person == self._challenger:  # the interrupter goes on after a breath: the same interruption
            if self._open[self.holder] is None:
                old_holder = self.holder
                out = self._switch_to(person, self._challenger_onset, start.at)
                self._cut_short = old_holder
                return out
            return []
        burst = self._burst
        if burst is not None and burst.person == person and self._holder_answered(burst):
            # a "Yeah." after the holder's short turn that the holder then spoke after: settled on its own first
            out = self._settle_short_burst(burst, start.at)
            if self._burst is None and person != self.holder:
                overlapped = self._holder_heard_at(onset)
                self._burst = Burst(person, onset, overlapped, holder_spoke=overlapped)
            return out
        if burst is not None and burst.person == person:
            if burst.comeback and not burst.repeated and burst.last_end is not None \
                    and burst.last_end - burst.onset <= self.rules.backchannel_max:
                # A cut-short holder's short sound may be the end of their own sentence, and the next an "mm" to the
                # new speaker: weigh the next on its own, but if it is real speech, it all began with the first.
                overlapped = self._holder_heard_at(onset)
                self._burst = Burst(person, onset, overlapped, holder_spoke=overlapped, alerted=burst.alerted,
                                    sentence_end=burst)
                return []
            burst.speaking = True
            if burst.overlapped and not burst.comeback and burst.goes_on_within(onset, self.rules.backchannel_max):
                return []
            burst.repeated = True  # more speech within the quiet window: not a backchannel
            return self._take(start.at)
        overlapped = self._holder_heard_at(onset)
        comeback = self._cut_short_resumes(person, onset)
        self._burst = Burst(person, onset, overlapped, holder_spoke=overlapped, comeback=comeback,
                            resumes_cut_short=comeback)
        self._cut_short = None
        return []

    def on_end(self, end: SpeechEnd) -> list:
        person = end.person
        found = self._talk_over_with_open_segments(person, self._overlap_from[person], end.end, end.at)
        self._open[person] = None
        self._last_end[person] = end.end
        self._segments[person].append((end.start, end.end))
        if self._open_turn is not None and person == self._open_turn.speaker:
            self._open_turn.segments.append((end.start, end.end))
            self._open_turn.end = end.end
        burst = self._burst
        out: list = []
        if burst is not None and burst.person == person:
            burst.speaking = False
            burst.last_end = end.end
            burst.talk_over.extend(found)
            return out
        if burst is not None and person == self.holder and burst.onset - end.end >= CLEAR_GAP - EPSILON:
            # the holder's end is confirmed late: they had stopped before the burst began after all
            burst.overlapped = burst.holder_spoke = False
        if person == self.holder and self._challenger is not None:
            if self._one_sound_after_giving_way(self._challenger_onset):
                return self._hand_over_before_sound(end, found)
            if self._open[self._challenger] is not None:
                out.extend(self._settle_talk_over(found))
                out.extend(self._switch_to(self._challenger, self._challenger_onset, end.at))
                self._cut_short = person
                return out
        out.extend(self._settle_talk_over(found))
        return out

    def tick(self, t: float) -> list:
        """Time has reached `t` with nothing new: settle what the silence decides."""
        out: list = []
        burst = self._burst
        if burst is not None:
            if burst.speaking and burst.overlapped and not burst.alerted and t - burst.onset >= self.rules.alert_after:
                burst.alerted = True  # live only: the coach may react now; the verdict comes with the burst's end
                if not self._holder_was_finishing(burst.onset):
                    out.append(FloorEvent("possible_interruption", burst.person, burst.onset, t, t, of=self.holder))
            # a sound whose voice stopped short is short, though the silence that confirms its end is not over yet
            if burst.speaking and self._voiced_longer_than(burst.person, burst.onset, self.rules.backchannel_max, t):
                out.extend(self._take(t))
            elif burst.quiet_for(t, self.rules.backchannel_quiet) and not self._may_be_speaking_again(burst, t):
                out.extend(self._settle_after_quiet(burst, t))
        challenger = self._challenger
        if challenger is not None and self._open[challenger] is None:
            if t - (self._last_end[challenger] or t) >= self.rules.backchannel_quiet:
                self._challenger = None  # the interrupter gave up; the holder keeps the floor
        if self._burst is None and self.holder is not None and self._open[self.holder] is None:
            last = self._last_end[self.holder]
            if last is not None and t - last >= self.rules.end_of_turn and self._challenger is None:
                out.extend(self._close_turn(t))
                self.holder = None
        return out

    def _may_be_speaking_again(self, burst: Burst, t: float) -> bool:
        """Whether voice of theirs begun within the quiet window may yet be confirmed as speech (the "Frozen
        flannel?" that goes on "She spat one out…" 0.9 s later starts an interruption, not a backchannel)."""
        quiet = self.rules.backchannel_quiet
        return not burst.resumes_cut_short and t - burst.last_end < quiet + SPEECH_CONFIRMED_WITHIN \
            and self._voiced_again_within(burst.person, burst.last_end, quiet) \
            and not self._someone_else_began_after(burst.person, burst.last_end)

    def _settle_after_quiet(self, burst: Burst, t: float) -> list:
        too_long = burst.repeated or burst.last_end - burst.onset > self.rules.backchannel_max
        return self._take(t) if too_long else self._settle_short_burst(burst, t)

    def yield_floor(self, t: float) -> list:
        """The holder handed over in words ("over to you") or by key: the turn ends now, not after the silence."""
        holder = self.holder
        if holder is None or self._open[holder] is not None or self._burst is not None or self._challenger:
            return []
        self.holder = None
        return self._close_turn(t)

    def may_ask_words(self, person: str) -> bool:
        """Whether this person's pending short sound may be settled by its words (worth reading ahead)."""
        burst = self._burst
        if burst is not None and person == self.holder and burst.person != person:
            return not burst.overlapped  # an answer to a short turn in the holder's pause may be a listener's sound
        return person != self.holder and burst is not None and burst.person == person \
            and not burst.over_the_holder_alone()

    def words_are_its_own(self, person: str, start: float, end: float) -> bool:
        """Whether a clip of this person's sound holds their words alone: with a mic each, always; on a shared mic,
        only if nobody else spoke in it. (Only speech is seen, not a partner's sound too short to be confirmed as
        speech; by the time a sound is settled, speech begun within its clip has been confirmed.)"""
        return self.hears_voice_under_voice or \
            not self.someone_else_spoke(person, start - CLIP_MARGIN, end + CLIP_MARGIN)

    @property
    def holder_quiet_since(self) -> float | None:
        """When the floor holder last stopped speaking, if they are quiet now."""
        if self.holder is None or self._open[self.holder] is not None:
            return None
        return self._last_end[self.holder]

    def finish(self, t: float) -> list:
        out = []
        while self._burst is not None:  # settling one may leave another (a sound weighed on its own after it)
            burst = self._burst
            if burst.speaking or burst.repeated or (burst.last_end or t) - burst.onset > self.rules.backchannel_max:
                out.extend(self._take(t))
            else:
                out.extend(self._settle_short_burst(burst, t))
        if self._challenger is not None and self._open[self.holder] is None:
            out.extend(self._switch_to(self._challenger, self._challenger_onset, t))
        out.extend(self._close_turn(t, stream_ended=True))
        return out

    # -- decisions -----------------------------------------------------------------------------------------
    def _take(self, t: float) -> list:
        """The burst is real speech: an interruption if it began over the holder, and a bid for the floor."""
        burst = self._burst
        self._burst = None
        first = burst.sentence_end
        if first is not None:  # it was real speech after all, from the first sound on
            burst.onset, burst.overlapped = first.onset, first.overlapped or burst.overlapped
            burst.talk_over[:0] = first.talk_over
        out: list = []
        if burst.overlapped and self._holder_was_finishing(burst.onset):
            burst.overlapped = False  # an early reply over the holder's last word: the talk-over stands, the turn passes
        if burst.overlapped:
            event = FloorEvent("interruption", burst.person, burst.onset, burst.onset, t, of=self.holder)
            self._interruption = event
            out.append(self._record(event))
        holder_speaking = self._open[self.holder] is not None
        came_back = self._holder_speech_since(burst.onset)
        if (holder_speaking or came_back) and (not burst.overlapped or self._holder_gave_way(burst, came_back)):
            # The holder had finished, or stopped for this, and came back in over it. The floor passes, and the
            # holder's new speech is weighed as the other's would be (backchannel or interruption), with its overlap.
            return self._hand_over_with_comeback(burst, came_back, t)
        out.extend(self._settle_talk_over(burst.talk_over))
        if burst.speaking and holder_speaking:
            self._challenger, self._challenger_onset = burst.person, burst.onset
        elif burst.speaking or not holder_speaking:
            old_holder = self.holder
            out.extend(self._switch_to(burst.person, burst.onset, t))
            if burst.overlapped:
                self._cut_short = old_holder
        return out

    def _cut_short_resumes(self, person: str, onset: float) -> bool:
        """Whether this is the first speech, soon after, of a holder whose floor an interruption took."""
        return person == self._cut_short and self._after_a_pause_under(person, onset, TAIL_WITHIN)

    def _hand_over_before_sound(self, end: SpeechEnd, found: list[FloorEvent]) -> list:
        """The floor goes to the interrupter from their onset; the holder's sound after it is weighed on its own, with
        its overlap (if another short sound follows, the first is not reported, as after a sentence's tail, but its
        overlap is a listener's, not the new holder's talk-over)."""
        assert self._burst is None  # a challenger exists, so nobody else can have a burst pending
        old_holder, challenger = self.holder, self._challenger
        # an overlap already closed (the interrupter paused first) is weighed with the sound too
        pair = {old_holder, challenger}
        closed = [e for e in self.events if e.type == "talk_over" and e.start >= end.start and {e.by, e.of} == pair]
        self.events = [e for e in self.events if e not in closed]
        out = self._pass_floor(challenger, self._challenger_onset, end.at, cut_from=end.start)
        self._burst = Burst(old_holder, end.start, overlapped=True, speaking=False, last_end=end.end,
                            holder_spoke=True, talk_over=closed + found, comeback=True, after_giving_way=True)
        return out

    def _pass_floor(self, person: str, onset: float, at: float, cut_from: float) -> list:
        """The floor passes to `person` from `onset`; the old holder's turn keeps only what began before `cut_from`."""
        turn = self._open_turn
        turn.segments = [seg for seg in turn.segments if seg[0] < cut_from]
        turn.end = turn.segments[-1][1] if turn.segments else turn.start
        return self._switch_to(person, onset, at)

    def _hand_over_with_comeback(self, burst: Burst, came_back: list[tuple[float, float]], t: float) -> list:
        old_holder, restart = self.holder, self._restart(came_back)
        out = self._pass_floor(burst.person, burst.onset, t, cut_from=burst.onset)
        comeback = Burst(old_holder, restart, overlapped=True, holder_spoke=True, comeback=True,
                         resumes_cut_short=burst.overlapped)  # they had stopped for it, mid-sentence
        comeback.speaking = self._open[old_holder] is not None
        comeback.last_end = came_back[-1][1] if came_back else None
        comeback.repeated = len(came_back) > 1 or (bool(came_back) and comeback.speaking)
        comeback.talk_over = [e for e in burst.talk_over if e.start >= restart]  # weighed with the comeback
        out.extend(self._record(e) for e in burst.talk_over if e.start < restart)
        self._burst = comeback
        return out

    def _settle_short_burst(self, burst: Burst, t: float) -> list:
        holder_end = self._last_end[self.holder]
        holder_carried_on = burst.holder_spoke or (holder_end is not None and holder_end > burst.onset)
        if holder_carried_on and not burst.over_the_holder_alone() and self._said_other_words(burst):
            return self._settle_spoken_sound(burst, t)
        self._burst = None
        first = burst.sentence_end
        if holder_carried_on:
            # over the end of the backchanneler's own sentence, it was the new holder who talked second
            tail = [FloorEvent("talk_over", self.holder, e.start, e.end, e.at, of=burst.person)
                    for e in (first.talk_over if first and not first.after_giving_way else [])
                    if {e.by, e.of} == {self.holder, burst.person}]
            return [*self._settle_talk_over(tail),
                    self._record(FloorEvent("backchannel", burst.person, burst.onset, burst.last_end, t))]
        # The holder had stopped and stayed quiet: a short reply (from the first sound, if there were two), so the
        # floor passes.
        out = self._settle_talk_over((first.talk_over if first else []) + burst.talk_over)
        out.extend(self._switch_to(burst.person, first.onset if first else burst.onset, t))
        return out

    def _said_other_words(self, burst: Burst) -> bool:
        return self.says_backchannel is not None \
            and self.words_are_its_own(burst.person, burst.onset, burst.last_end) \
            and self.says_backchannel(burst.person, burst.onset, burst.last_end) is False

    def _settle_spoken_sound(self, burst: Burst, t: float) -> list:
        """A short sound whose words are not a backchannel, while the holder carried on: the end of the sentence of a
        holder who was cut short or stopped for the other, a few more words of one who had the floor before, or a
        short turn of its own in the holder's pause ("Which sink?")."""
        self._burst = None
        first = burst.sentence_end
        overlaps = (first.talk_over if first else []) + burst.talk_over
        if (first or burst).resumes_cut_short:  # the new holder talked second, over the end of this sentence
            return self._settle_talk_over([FloorEvent("talk_over", self.holder, e.start, e.end, e.at, of=burst.person)
                                           for e in overlaps if {e.by, e.of} == {self.holder, burst.person}])
        if burst.comeback:  # a few more words of one's own after the floor passed: not a bid, not a backchannel
            return self._settle_talk_over(overlaps)
        came_back = self._holder_speech_since(burst.onset)
        old_holder, restart = self.holder, self._restart(came_back)
        # the holder came back over it after a real pause (not a breath inside their sentence), and it stopped
        paused = [end for _, end in self._segments[old_holder] if end <= burst.onset + EPSILON]
        cut_in = restart is not None and gave_way(restart, burst.last_end, self._reaction) and \
            (not paused or restart - paused[-1] >= MID_TURN_PAUSE - EPSILON)
        out = self._settle_talk_over(overlaps)
        out.extend(self._pass_floor(burst.person, burst.onset, t, cut_from=burst.onset))
        if restart is None:
            return out
        if cut_in:
            self._interruption = FloorEvent("interruption", old_holder, restart, burst.last_end, t, of=burst.person)
            out.append(self._record(self._interruption))
        elif self._one_short_sound_after(old_holder, came_back, burst.last_end):
            # "Not yet," - "Yeah." - "but...": weighed as the new listener's sound (a backchannel if the new holder
            # goes on, a short reply of its own if they do not); the new holder has not spoken since, or this
            # would not be settling now
            self._burst = Burst(old_holder, restart, overlapped=False, speaking=False, last_end=came_back[0][1],
                                after_short_turn=True)
            return out
        out.extend(self._switch_to(old_holder, restart, t))  # the holder's speech since answers it
        return out

    def _give_floor(self, person: str, onset: float, at: float) -> list:
        self.holder = person
        latency = None
        if self._last_turn is not None and self._last_turn.speaker != person:
            latency = onset - self._last_turn.end
        self._open_turn = Turn(person, onset, onset, at, latency)
        return []

    def _switch_to(self, person: str, onset: float, at: float) -> list:
        out = self._close_turn(at)
        self._challenger = None
        out.extend(self._give_floor(person, onset, at))
        if self._open[person] is None and self._last_end[person] is not None:
            self._open_turn.end = self._last_end[person]
            self._open_turn.segments.append((onset, self._last_end[person]))
        return out

    def _close_turn(self, at: float, stream_ended: bool = False) -> list:
        turn = self._open_turn
        if turn is None:
            return []
        self._open_turn = None
        if stream_ended and self._open[turn.speaker] is not None:
            turn.end = max(turn.end, at)
        turn.at = at
        self.turns.append(turn)
        self._last_turn = turn
        return [turn]

    # -- talk-over (the rest is in SpeechTimes) ----------------------------------------------------------
    def _settle_talk_over(self, found: list[FloorEvent]) -> list:
        """Overlaps that involve an unclassified burst wait for it; a backchannel's overlap is dropped."""
        out = []
        for event in found:
            if self._burst is not None and self._burst.person in (event.by, event.of):
                self._burst.talk_over.append(event)
            else:
                out.append(self._record(event))
        return out

    def _record(self, event: FloorEvent) -> FloorEvent:
        interruption = self._interruption
        if event.type == "talk_over" and interruption is not None and event.by == interruption.by:
            if event.start <= interruption.end + self.rules.backchannel_quiet and event.end > interruption.end:
                interruption.end = event.end  # the interruption lasts as long as its overlap
        self.events.append(event)
        return event
