"""How the floor tracker reads time: the thresholds a couple's config may set (TurnRules) and the fixed ones of
human timing (how soon someone can react to the other starting, how long a breath inside a sentence lasts)."""

from __future__ import annotations

from dataclasses import dataclass

REACTION = 0.25  # the least time in which someone can stop because the other started (see gave_way)
YIELD_WITHIN = 0.8  # ...and the most: a stop later than this after the partner started is a breath, or an end
YIELD_PAUSE = 0.45  # a holder who gave way and speaks again after this long is heard as the listener now
COME_BACK_AFTER = 0.3  # the least pause in which someone who stopped for the other decides to speak again
CLIP_MARGIN = 0.05  # seconds of audio either side of a short sound read for its words (first and last phonemes whole)
MID_TURN_PAUSE = 0.5  # a holder's pause shorter than this may be a breath inside a sentence...
SAME_MOMENT = 0.3  # ...if the holder carries on within this long of the other starting
# A holder quiet this long after someone began over their last word has let the sentence end: a sound of theirs after
# it is a new bid ("Twenty quid?"), not the sentence going on. Above MID_TURN_PAUSE: a comma pause just that long
# (0.57 s in the bundled couple session) still carries the sentence on.
SENTENCE_RESUMES_WITHIN = 0.6
# Voice begun before the end of a short sound's quiet window is confirmed as speech within this long (the segmenter's
# 0.2 s of voiced frames, with a breath in them): a sound is settled as a backchannel only once that could have come.
SPEECH_CONFIRMED_WITHIN = 0.45
# A listener's sound that stops and goes on within this long, all inside backchannel_max of its start, is one sound
# with a comma in it ("Oh, heck." heard as two pieces under the holder's voice), weighed by its whole length.
INSIDE_ONE_SOUND = 0.35
CLEAR_GAP = 0.1  # a holder whose speech ended this long before the other's began had finished: no overlap
EPSILON = 1e-6  # times come from frame counts: 3.45 - 3.15 must count as 0.3
TAIL_WITHIN = 0.6  # a holder whose floor was taken finishes their own sentence within this long of stopping
# A holder heard stopping within this long of the other's onset had not stopped for them: less than REACTION, as
# under the other's voice the end of a sentence is heard up to ~0.2 s early. Where a voice is heard under the
# other's (two mics), a stop any later is heard as a reaction: an early-heard stop has no third reading.
FINISHED_WITHIN = 0.15


def gave_way(partner_onset: float, stop: float, reaction: float = REACTION) -> bool:
    """Whether someone who stopped at `stop` stopped because the partner started at `partner_onset` (a stop heard
    `reaction` or more after it, and not so late that it was a breath or an end)."""
    return partner_onset + reaction - EPSILON <= stop <= partner_onset + YIELD_WITHIN + EPSILON


@dataclass
class TurnRules:
    end_of_turn: float = 2.0
    backchannel_max: float = 0.9
    backchannel_quiet: float = 1.0
    alert_after: float = 0.5  # a live "possible interruption" this long into speech over the holder
