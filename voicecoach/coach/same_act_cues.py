"""Defending by turning the complaint back: the partner did the same ("You did exactly the same at your sister's
birthday.", "You do exactly that every time your mum rings."), recalled as their own past act with a "remember?"
("You were on your laptop every night when you had that deadline, remember?") or with the time it lasted ("Last
summer you spent the whole holiday answering emails.", "I seem to remember you glued to your tablet all through
Easter."). Not the same done for the listener ("You did the same for me when I was low")."""

from __future__ import annotations

from voicecoach.coach.lexicon import alternatives, either

_OCCASION = r"summer|christmas|easter|holiday|holidays|year|weekend|week|month|trip|birthday|wedding|time|winter|spring"
_PARTNER_PAST = r"you (were|was|did|didn'?t|spent|had|went|sat|stayed|came|used to|kept|wouldn'?t|never)"

SAME_ACT_TURNED_BACK = alternatives(
    r"\byou (\w+ )?(did|do|done) (exactly |just )?(the (very )?same|exactly (that|this|the same))( thing)?\b"
    r"(?! (thing )?(for|with) (me|us)\b)",
    r"\b" + _PARTNER_PAST + r"\b.*\bremember$",
    r"\b(last|that|over|all through|through) (\w+ ){0,2}(" + _OCCASION + r") " + _PARTNER_PAST
    + r"\b (\w+ ){0,4}(the whole|all|every|the entire)\b",
    r"\bi (seem to |distinctly |do |clearly )?remember you (?!(telling|saying|crying|trying|being)\b)(\w+ing|glued|stuck|on|at|in)\b",
)
SAME_ACT = either(SAME_ACT_TURNED_BACK)
# the listener's own act owned with an apology ("I did exactly the same thing to you last night, and I'm sorry."),
# no counter-fact
OWNED_WITH_AN_APOLOGY = either(r"\bi (did|said|put) (\w+ ){0,4}to you\b.*\b(sorry|my fault|on me)\b")
