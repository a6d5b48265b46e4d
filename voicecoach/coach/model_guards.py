"""Where the learned turn model's word evidence is not enough: shapes that share its words with a label but by the
label rules are not it. Each guard only takes back a label the model would add; what the cues find stands.

    advice       a retrospective "we should have talked about this ages ago" (no fix for now), the listener's own
                 comeuppance ("I'll get a lot of stick for this"), or an offer only to listen ("Would it help if I just
                 listened?")
    self_focus   a hypothetical that normalises the partner's feeling ("That would get to me too"), a loss of the
                 couple's ("I miss us too", not the listener's own past with "we"), or the listener owning their part
                 ("I keep thinking about my part in it")
    question     a statement that opens like a question ("What's really going on is you miss us.")
    validation   a bare "I understand, but…" turned to the listener's own side
    empathy      the partner's words reported ("I'm hearing a lot of blame") with no feeling of the listener's
    attack       blame not aimed at the partner (no "you": "Your brother never calls me back, and it stings."), a turn
                 that opens on the speaker's own fear or hurt ("I'm scared that if you go we'll row again", "What
                 hurts most is that you told your sister first."), warmth: "You're always welcome…", "Every time I
                 see you with the baby I fall for you again.", the partner cleared: "It's not you, it's the job…", or
                 the choice handed over: "Pick whichever date suits you, I'm easy."
"""

from __future__ import annotations

import re

from voicecoach.coach.lexicon import FEELING_RE, either
from voicecoach.coach.listener_cues import PSEUDO_CLEFT
from voicecoach.coach.speaker_cues import OWN_FEELING_FIRST as _OWN_FEELING_FIRST
from voicecoach.coach.turn_text import Turn

SAYS_YOU = re.compile(r"\b(you|you'?re|youre|you'?ve|youve|you'?d|youd)\b")
OWN_FEAR_FIRST = re.compile(r"^i(?:'?m| am| feel| get| was| worry| keep worrying)( so| really| a bit| just)?"
                            r" (scared|worried|afraid|frightened|anxious|nervous|terrified|panicky)\b")
OWN_FEELING_FIRST = re.compile(_OWN_FEELING_FIRST)
RETROSPECTIVE = either(r"\b(should|could|ought to|might)( not|n'?t)?( we| you| i)? (have|'?ve)\b|\b(shoulda|coulda)\b")
# an offer only to listen: "Would it help if I just listened for a bit?"
OFFER_TO_LISTEN = either(r"^(so |and |maybe )?would it help (if i|to) (just )?(listened|listen|sat with you|sit with you"
                         r"|held you|hold you|stayed|stay)\b")
FORWARD = either(r"\b(next time|from now on|in future|going forward|let'?s|tomorrow|tonight|this (week|weekend)"
                 r"|can we|could we|shall we|why don'?t|how about|what if)\b")
OWN_COMEUPPANCE = either(r"\bi'?ll (get|cop|take|catch) (a lot of |some |loads of |so much |no end of )?(stick|grief"
                         r"|flak|abuse|an earful|a telling off|told off|it in the neck|the blame)\b")
HYPOTHETICAL = either(r"^((oh|god|honestly|yeah|well),? )?(that|it|this)(?: would|'?d) (\w+ ){0,3}(me|anyone|anybody"
                      r"|most people)\b|^((oh|god|honestly|yeah|well),? )?(i'?d|i would|anyone would|anyone'?d)"
                      r" (be|feel|get|hate|find)\b")
# the couple's loss missed ("I miss us too", "I miss how we used to be"); any "we" or "our" had also taken back the
# listener's own past ("when we were kids", "at our wedding"): on the corpus, 8 true self-focus turns and no other
COUPLES_LOSS = either(r"\bmiss(ing)?( \w+){0,2} (us|we|we'?d|our)\b|\bwe used to\b|\bwe'?(ve| have) lost\b")
OWNING_UP = either(r"\bmy (part|share|fault|mistake|doing|bad)\b|\bi (should|could|ought to)( not|n'?t)? (have|'?ve)\b"
                   r"|\bi'?m (so |really |truly )?sorry\b|\bi let you down\b|\bon me\b$")
BARE_ACKNOWLEDGMENT_THEN_MINE = either(r"^((i|i do|yeah i|okay i) (understand|get it|get that|hear you|know)|fair"
                                       r"( enough)?|okay|ok|right|sure),? but (i|i'?m|i'?ve|my|it'?s|that'?s)\b")
WORDS_REPORTED = either(r"^(i'?m hearing|i hear|what i'?m hearing is|i'?m getting|i'?m picking up)\b")
# warmth, or the choice handed to the partner ("Pick whichever date suits you, I'm easy.")
WARMTH = either(r"\b(always|more than|very|so) welcome\b|\b(fall|fell|falling) (for you|in love)\b|\bi (love|adore)"
                r" you\b|\bproud of you\b|\bi'?m easy\b|\b(it'?s )?(up to you|your call|your choice)$"
                r"|\b(makes?|made) my (whole )?(day|morning|week)\b|^(it'?s|its) not (about )?you,? (it'?s|its)\b")


def unfounded(found: set[str], turn: Turn) -> set[str]:
    """The labels the model found here that the shape of the turn says are not so."""
    said, first = turn.said, turn.sentences[0] if turn.sentences else ""
    asked = any(raw.endswith("?") for raw in turn.raw_sentences)
    checks = {
        "advice": lambda: ((RETROSPECTIVE.search(said) and not FORWARD.search(said)) or OWN_COMEUPPANCE.search(said)
                           or OFFER_TO_LISTEN.search(said)),
        "self_focus": lambda: HYPOTHETICAL.search(first) or COUPLES_LOSS.search(said) or OWNING_UP.search(said),
        "question": lambda: not asked and any(PSEUDO_CLEFT.search(s) for s in turn.sentences),
        "validation": lambda: BARE_ACKNOWLEDGMENT_THEN_MINE.search(first),
        "empathy": lambda: WORDS_REPORTED.search(first) and not FEELING_RE.search(said),
        "attack": lambda: (not SAYS_YOU.search(said) or OWN_FEAR_FIRST.search(first) or OWN_FEELING_FIRST.search(first)
                           or WARMTH.search(said)),
    }
    return {label for label in found if label in checks and checks[label]()}
