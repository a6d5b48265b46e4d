"""A listener turn in a reflecting step that nothing else labels: most often a defence the cues have no words for.

On every fresh writer of the corpus, the defences the hand-written cues missed were mostly justifications by facts
("It hadn't ticked since 1998. It was essentially a very large ornament.", "I labelled every jar in braille."), and
such turns are left with no label at all. There, and only there, the turn model's defending score decides, unless
the turn owns up, promises a fix, tells the partner what to do, or speaks mostly of the partner with nothing denied
(a reading the cues missed). Checked writer by writer, each with the cues as they were while it was held out and a
model trained on the writers before it (benchmarks/unlabelled_defence.py).
"""

from __future__ import annotations

import re

from voicecoach.coach.feeling_with_cues import OWN_REMORSE
from voicecoach.coach.lexicon import FEELING_RE, either
from voicecoach.coach.model_guards import OWNING_UP, SAYS_I, WARMTH
from voicecoach.coach.turn_text import Turn

REFLECTING_STEPS = (2, 4)
# A question the cues found ("…so where's the harm?", "Shall I clock in at the door from now on?") is a defence instead
# when the model's defending score reaches this, in the same steps and through the same filters. On the third to
# twelfth writers (benchmarks/unlabelled_defence.py --labelled) 0.8 and 0.85 tie; 0.8 took a curious question among
# the probes ("Did anyone on the board know it was yours?", 0.81). Other labels beside it took near misses too.
QUESTION_AS_DEFENCE = 0.85

OWNS_UP = either(r"\b(my fault|my bad|you'?re right|youre right|you are right|should have|should'?ve|i was wrong"
                 r"|that'?s fair|thank you|thanks for|sorry|i know i|(stupid|wrong|unfair|selfish) of me)\b",
                 # the listener's own act judged: "…and that's not okay", "that's not fair on you", "I was cruel"
                 r"\b(that|it|which)(?:'?s| is| was)(?: just| really)?(?: not|n'?t| never) (okay|ok|fair|right"
                 r"|an excuse|on)\b|\b(it'?s|it was|that'?s|that was) (all )?mine\b"
                 r"|\bi (kept|keep) \w+ing\b|\b(and|then|but) (then )?i (didn'?t|haven'?t|forgot|never did)$"
                 r"|\bi wasn'?t there\b|\b(no idea|didn'?t (know|realise|realize)|never (realised|realized|knew))\b"
                 r"|\bdoesn'?t make it (okay|ok|right|better)\b|\bthat'?s the problem\b"
                 r"|\bi should (know|have known|'?ve known)\b"
                 r"|\bi did (that|this|it)$|\bthat was me\b"
                 r"|\bi (shouted|snapped|yelled|swore|lost my temper)\b"
                 r"|\bi(?:'?m| am| was| have been|'?ve been|ve been|'?d been)( being)? (so |really )?(cruel|selfish"
                 r"|unfair|unkind|distant|out of order|a fool|an idiot|thoughtless|careless|rude|horrible|awful|wrong"
                 r"|mean|a coward)\b")
# the listener's act owned by what it did to the partner: "I went quiet when you needed me", "…doing it to you"
OWNED_BY_ITS_EFFECT = either(r"\b(when|while) you needed\b|\band you noticed\b|\bwithout asking\b"
                             r"|\b(doing|done|did) (it|this|that) to you\b|\bi never (said|thanked|asked|told)\b"
                             r"|^(fair|fair enough|true|you'?re not wrong)\b")
# warmth, support or an offer: "It's you I want to talk to", "I'll back whatever you choose", "if you want"
ON_THE_PARTNERS_SIDE = either(r"^it'?s you i\b|\bi'?ll (back|support|stand by|be there)\b|\bit'?s yours\b"
                              r"|\bif you (want|like|fancy)\b|\byou need me\b|\bnot like you to\b"
                              r"|\bnot sure (what|how) to\b"
                              r"|\b(hopeful|happy|glad|proud|pleased|rooting) for you\b")
# sympathy: the partner's lot judged, a feeling spoken of, or the listener's guess at it ("I imagine")
SYMPATHY = either(r"\b(horrible|terrible|rotten|crime|cruel|unfair|brutal|grim|heartbreaking|a shame)\b"
                  r"|\bfeel(s|ing)?\b|\bi (imagine|guess|suppose)$"
                  r"|\b(nobody|no one) (notices|noticed|sees|saw|thanks|thanked|helps|helped|asks|asked)\b")
PROMISES = either(r"^((okay|ok|right|alright) )?(i'?ll|i will|let me|let'?s|lets|we'?ll|we can|i can|from now on"
                  r"|from tonight|next time)\b(?!')")  # not "I can't…"
TELLS = either(r"^(don'?t|go|have|write|cancel|just|try|give|put|take|call|ring|tell|think|swap|delete|stop)\b")
ABOUT_PARTNER = re.compile(r"\b(you|your|you'?re|you'?ve|you'?d|you'?ll|yourself|yours)\b")
SHORT = 4  # words: an acknowledgement ("Okay. I hear you.") says too little to defend
DENIES = re.compile(r"\b(not|never|no|wasn'?t|isn'?t|didn'?t|don'?t|weren'?t|can'?t|only|just|anyway|actually"
                    r"|honestly)\b")


def could_be_a_defence(turn: Turn) -> bool:
    """Not owned up, not on the partner's side, not a fix or an order, and not mostly about the partner with nothing
    denied."""
    said = turn.said
    if len(said.split()) <= SHORT or FEELING_RE.search(said):
        return False
    if any(turn.has(cue) for cue in (OWNS_UP, OWNING_UP, OWN_REMORSE, OWNED_BY_ITS_EFFECT, ON_THE_PARTNERS_SIDE,
                                     SYMPATHY, WARMTH, PROMISES, TELLS)):
        return False
    partner, own = len(ABOUT_PARTNER.findall(said)), len(SAYS_I.findall(said))
    return not (partner >= 2 and partner > own and not DENIES.search(said))
