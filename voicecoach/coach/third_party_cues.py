"""A listener excusing someone else by their nature rather than hearing what they did: "She means well.", "That's
just how he is.", "She's from a different generation.", "He can't help it.", "That's just her sense of humour."."""

from __future__ import annotations

from voicecoach.coach.lexicon import alternatives

_THIRD = r"(he|she|they)"
_IS = r"('?s| is|'?re| are| was| were)"
# not the excuse reported as what the partner keeps hearing: "You're tired of hearing that she means well."
_NOT_REPORTED = r"(?<!that )(?<!hearing )(?<!hear )(?<!')"  # nor quoted

_NATURES = (
    _NOT_REPORTED + r"\b" + _THIRD + r" (really |only |just |genuinely |honestly )?(means?|meant) well\b",
    _NOT_REPORTED + r"\b(that'?s|it'?s|thats|its) (just )?(how|what|who) " + _THIRD
    + r" (is|are|does|do|talks?|speaks?|was|were)\b",
    r"\b" + _THIRD + _IS + r" (just )?(like that|that way) (with|to) (everyone|everybody|all of us|the whole)\b",
    r"\b" + _THIRD + _IS + r" (just |a bit |very )?(from (a|another) (different )?(generation|era|time)"
    r"|old[ -]fashioned|old school|set in (his|her|their) ways)\b",
    r"\b" + _THIRD + r" (can'?t|cannot|couldn'?t) help (it|himself|herself|themselves)\b",
    r"(?<!not )\b(that'?s|it'?s|thats|its) (just )?(his|her|their) (sense of humou?r|manner|nature|personality"
    r"|upbringing|generation)\b",
    r"\b" + _THIRD + r"('?s|'?ve| has| have) had (a|such a) (hard|tough|difficult|rough) (life|childhood|upbringing)\b",
    r"\b" + _THIRD + r" (worries|frets|panics|stresses|gets (worked up|anxious|stressed)) (about|over) (everything"
    r"|anything|nothing)\b|\b" + _THIRD + _IS + r" (a )?(born |natural |real |terrible )?(worrier|perfectionist|joker)\b",
)
# not when the turn goes on to the partner's side: "She frets about everything and you end up carrying it."
EXCUSED_BY_NATURE = alternatives(*("(?:" + nature + r")(?!.*\b(and|but) (you|your)\b)" for nature in _NATURES))
