"""A turn's words as the cues read them: normalised, split into sentences, with quoted words set aside."""

from __future__ import annotations

import re

from voicecoach.coach.lexicon import FEELING_RE

# text-speak read as the words it stands for, so that "u never listen" meets the cues for "you never listen"
# text speak, and the Scots and Irish "ye" and "yer" for "you" and "your"
TEXT_SPEAK = {"u": "you", "ur": "your", "r": "are", "cos": "because", "coz": "because", "bc": "because", "ye": "you",
              "yer": "your"}
QUOTED = re.compile(r"(?<![A-Za-z])['\u2018\"\u201c][^'\u2019\"\u201d]{2,60}['\u2019\"\u201d](?![A-Za-z])")


def normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("`", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return " ".join(text.split())


def feeling_words(text: str) -> list[str]:
    return list(dict.fromkeys(match.group(1) for match in FEELING_RE.finditer(normalise(text))))


def _spelled_out(said: str) -> str:
    return " ".join(TEXT_SPEAK.get(word, word) for word in said.split())


class Turn:
    """The turn as one normalised string and as its sentences, so that ^ and $ in a cue mean a sentence's edges.
    Quoted words ("when I say 'just quit'") are someone else's, so the cues do not see them."""

    def __init__(self, text: str):
        self.as_spoken = normalise(text)
        text = QUOTED.sub(" that ", text)
        self.raw_sentences = [s.strip() for s in re.split(r"(?<=[.!?])\s+", text.strip()) if normalise(s)]
        self.sentences = [_spelled_out(normalise(s)) for s in self.raw_sentences]
        self.said = _spelled_out(normalise(text))

    def has(self, cue: re.Pattern) -> bool:
        return bool(cue.search(self.said)) or any(cue.search(sentence) for sentence in self.sentences)

    def questions(self) -> list[tuple[str, str]]:
        """The sentences that end in a question mark, as (written, normalised)."""
        return [(raw, said) for raw, said in zip(self.raw_sentences, self.sentences) if raw.endswith("?")]
