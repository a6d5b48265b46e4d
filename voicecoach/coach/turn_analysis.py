"""What a turn does, from its words and the partner's last turn: the labels the coach gives feedback on."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from voicecoach.coach import lexicon

LABELS = ("reflection", "parroting", "advice", "defending", "self_focus", "question", "validation", "empathy",
          "attack", "i_statement")
STOPWORDS = set(
    "a an the and or but so to of in on at for with about as is are was were be been being it its it's that this "
    "these those there here then than just really very quite um uh like i me my mine you your yours we us our he she "
    "they them his her their do does did have has had not no yes yeah oh well okay ok if when because what how "
    "would could should can will i'm you're it's that's don't didn't can't won't".split()
)
SWAP = {"i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "i'm": "you're",
        "im": "youre", "i've": "you've", "i'd": "you'd", "i'll": "you'll", "am": "are"}


@dataclass
class TurnAnalysis:
    labels: dict[str, bool]
    feeling_words: list[str] = field(default_factory=list)
    added_feeling: bool = False  # a reflection that names a feeling the partner did not say (a complex reflection)

    def as_dict(self) -> dict:
        return {"labels": dict(self.labels), "feeling_words": list(self.feeling_words)}


def normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("`", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return " ".join(text.split())


def feeling_words(text: str) -> list[str]:
    return list(dict.fromkeys(match.group(1) for match in lexicon._FEELING_RE.finditer(normalise(text))))


def analyse(role: str, text: str, partner_text: str | None = None, step: int | None = None) -> TurnAnalysis:
    said = normalise(text)
    labels = dict.fromkeys(LABELS, False)
    feelings = feeling_words(text)
    if role == "speaker":
        labels["attack"] = bool(lexicon.ATTACK.search(said))
        labels["i_statement"] = _i_statement(said, feelings)
        return TurnAnalysis(labels, feelings)
    partner = normalise(partner_text or "")
    overlap, order = _overlap(said, partner)
    labels["parroting"] = bool(partner) and overlap >= 0.5 and order >= 0.6 and not _adds_much(said, partner)
    labels["advice"] = bool(lexicon.ADVICE.search(said))
    labels["defending"] = bool(lexicon.DEFENDING.search(said))
    labels["self_focus"] = bool(lexicon.SELF_FOCUS.search(said))
    labels["validation"] = bool(lexicon.VALIDATION.search(said))
    labels["empathy"] = bool(lexicon.EMPATHY.search(said))
    asks = text.strip().endswith("?") or bool(lexicon.QUESTION_START.search(said))
    labels["question"] = asks and not labels["advice"] and not labels["defending"]
    reflective = bool(lexicon.REFLECTION_STEMS.search(said)) or overlap >= 0.35
    own_feeling_only = labels["empathy"] and not lexicon.REFLECTION_STEMS.search(said)
    labels["reflection"] = (reflective and _about_partner(said) and not labels["parroting"]
                            and not labels["self_focus"] and not own_feeling_only)
    partner_feelings = set(feeling_words(partner_text or ""))
    added = labels["reflection"] and any(f not in partner_feelings for f in feelings)
    return TurnAnalysis(labels, feelings, added)


def _i_statement(said: str, feelings: list[str]) -> bool:
    """Speaks from their own feeling or need ("I feel hurt when…", "I need you to…"); "I feel like you…" is a
    judgement, not a feeling."""
    if lexicon.I_NEED.search(said):
        return True
    if not feelings or not lexicon.I_FEEL.search(said):
        return False
    return not lexicon.JUDGEMENT_FEEL.search(said) or bool(lexicon.I_FEEL_DIRECT.search(said))


def _content(words: str) -> list[str]:
    return [SWAP.get(w, w) for w in words.split() if w not in STOPWORDS]


def _overlap(said: str, partner: str) -> tuple[float, float]:
    """How much of the partner's content the turn repeats, and how much in the same order."""
    mine, theirs = _content(said), _content(_swap_person(partner))
    if not mine or not theirs:
        return 0.0, 0.0
    shared = sum(1 for w in set(mine) if w in set(theirs)) / len(set(mine) | set(theirs))
    order = difflib.SequenceMatcher(None, mine, theirs).ratio()
    return shared, order


def _adds_much(said: str, partner: str) -> bool:
    return len(_content(said)) > 1.5 * max(1, len(_content(partner)))


def _swap_person(text: str) -> str:
    return " ".join(SWAP.get(w, w) for w in text.split())


def _about_partner(said: str) -> bool:
    return bool(re.search(r"\b(you|your|you'?re|youre|you'?ve|you'?d|yourself)\b", said))
