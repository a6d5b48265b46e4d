"""A reflection told as what something does to the partner, with no reflecting stem: "It galls you that I'd…",
"Those shifts leave you on the outside…", "The painting you spent a winter on got brushed aside…", "It's being
talked over in your own kitchen that…", "My comment turned something you were proud of into a punchline.", "…, and
you've no space left that's yours." (Not the listener's own: "It galls me…", "…leave me shattered"; not a
suggestion: "It helps you to…"; and not read when the turn is the listener's own feeling about it, a suggestion or
a question: "I feel rotten that I left you holding the line", "You should keep it in your own cupboard".)"""

from __future__ import annotations

from voicecoach.coach.lexicon import either
from voicecoach.coach.turn_text import Turn

IMPACT_ON_PARTNER = either(
    r"^(and |so )?it (really |still )?(?!(helps|might|could|would|will|takes|gives|costs|lets|means)\b)(\w+s) you"
    r" (that|when|how)\b",
    r"\b(leaves?|left|leaving|keeps?|kept|puts?) you (on the|out|outside|on your own|holding|carrying|stuck|at the"
    r"|with (nothing|no one|nobody|all))\b",
    r"\b(you|your)\b.*\bgot (\w+ )?(waved away|brushed (off|aside)|treated (like|as)|laughed (at|off)|ignored"
    r"|dismissed|thrown (away|back)|trampled|shrugged off|talked over|turned into|swept aside|wiped( off)?|scrapped"
    r"|overruled|binned|pushed aside)\b",
    r"^it (really )?(hurt|hurts|stung|stings|cut|cuts) (you )?(that|when|how) (i|my)\b",
    r"\b(in|of|over|about|from|out of) your own (?!(time|pace|way|accord|fault)\b)\w+",
    r"^(my|that|that one|the|this) (\w+ ){0,2}(joke|comment|remark|silence|laugh|decision|choice|lie|text|message"
    r"|post|words|question) (turned|made|took|left|reduced|shrank|wiped)\b(?=.*\byou)",
    r"\byou(?:'?ve| have)( got)? (no|little|hardly any) (room|space|time|say|choice|air)\b",
)
_OWN_FEELING_FIRST = either(r"^(i|i'?m|im) (feel|felt|hate|(so |really |just )?\w+ (that|to))\b")


def reads_the_impact(turn: Turn, labels: dict[str, bool]) -> bool:
    return turn.has(IMPACT_ON_PARTNER) and not (labels["empathy"] or labels["advice"] or labels["defending"]
                                                 or _asks_anything(turn) or _OWN_FEELING_FIRST.search(turn.said))


def _asks_anything(turn: Turn) -> bool:
    return any(raw.endswith("?") for raw in turn.raw_sentences)
