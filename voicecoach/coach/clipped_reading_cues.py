"""A reading of the partner in clipped speech, with no "you feel" and often no verb: the feeling first ("Small, after
months of carrying that project.", "Left out by the one person…"), "Feels like the nights never end", "The hardest
part is doing it alone", "All that work, and someone else's name on it", "Like the work was yours but the credit
wasn't". None of it may be about the listener ("Exhausted, to be honest, I've had a long day" is their own)."""

from __future__ import annotations

from voicecoach.coach.lexicon import FEELINGS, GLAD_FEELINGS, alternatives

_NOT_MINE = r"(?!.*\b(i|i'?m|im|i'?ve|ive|i'?d|me|my|myself)\b)"
# the partner's hurt named first (not "sorry", nor a glad feeling), then where it comes from
_HURT = "|".join(sorted((f for f in FEELINGS if f not in GLAD_FEELINGS and f != "sorry"), key=len, reverse=True))

CLIPPED_READING = alternatives(
    r"^(and |but |so )?" + _NOT_MINE + r"(" + _HURT + r")( and| after| from| by| to| at| with| that| about| because"
    r"| over| when| in| of)\b",
    r"^(it )?(feels|felt) like (?!(i|i'?m|im|me|my)\b)" + _NOT_MINE,
    r"^(so )?the (hardest|worst|toughest|loneliest|scariest) (part|bit|thing) (is|was|seems|sounds)\b" + _NOT_MINE,
    r"^all (that|those|the) \w+( \w+)?,? and\b" + _NOT_MINE,
    r"^(so,? )?(like|as if) (the|it|it'?s|its)\b(?=.*\b(you|your|yours)\b)",
)
