"""A listener excusing someone else by their nature rather than hearing what they did ("She means well.", "That's
just how he is.", "She's from a different generation.", "He can't help it.", "That's just her sense of humour."), or
by the reason they were there ("She was only there because she's Sam's godmother.", "He has to be reachable.")."""

from __future__ import annotations

from voicecoach.coach.lexicon import SECOND_PERSON, alternatives, either

_THIRD = r"(he|she|they)"
_IS = r"('?s| is|'re|(?<=they)re| are| was| were)"
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
    r"|anything|nothing)\b|\b" + _THIRD + _IS + r" (a )?(born |natural |real |terrible )?(worrier|perfectionist"
    r"|joker)\b",
)
# not when the turn goes on to the partner's side: "She frets about everything and you end up carrying it."
EXCUSED_BY_NATURE = alternatives(*("(?:" + nature + r")(?!.*\b(and|but) (" + SECOND_PERSON + r")\b)" for nature in _NATURES))
# the reason someone else was there or must be kept in touch: "He was only invited because he's on the committee.",
# "She needs to be contactable when she's got the girls.", "It's for the kids." (not the partner: "You were only…")
THIRD_PARTY_REASON = alternatives(
    r"\b(he|she|they|(?!(you|i|we)\b)\w+) (was|were) only (there|here|invited|round|over|in the house"
    r"|at the \w+|in|with us)"
    r" (because|cos|as|since)\b",
    r"\b(he|she|they) (has|have|needs?|had|needed) to be (able to (reach|contact|get hold of) (me|him|her|them)"
    r"|reachable|contactable|available|on call|in touch)\b",
    r"^(it'?s|it was|that'?s|that was) (all |just |only )?for the (kids|children|baby|girls|boys|family)(,? nothing"
    r" else)?$",
)
# a fact of the case followed by the listener's own omission owned ("…, but I should have told you she was coming.")
OMISSION_OWNED = either(r"\bi should(n'?t)? have (told|asked|said|mentioned|checked|rung|called|warned)\b"
                        r"(?!.*\bbut\b)")
