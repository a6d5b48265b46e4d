"""Word error rate on normalised text: lower case, no punctuation, contractions expanded, numbers, sums of money and
percentages, ordinals and decimals as words, British and American spellings alike."""

from __future__ import annotations

import re

_SPELLINGS = {
    # abbreviations and fillers
    "mr": "mister", "mrs": "missus", "dr": "doctor", "mhm": "mmhmm", "mmhmm": "mmhmm", "uhhuh": "uhhuh", "okay": "ok",
    "alright": "all right",
    # contractions the endings below cannot expand
    "let's": "let us", "won't": "will not", "can't": "can not", "cannot": "can not", "shan't": "shall not",
    # British spellings as American ones (the recogniser writes either)
    "neighbours": "neighbors", "neighbour": "neighbor", "colour": "color", "favourite": "favorite", "favour": "favor",
    "favours": "favors", "cancelled": "canceled", "cancelling": "canceling", "travelled": "traveled",
    "travelling": "traveling", "labelled": "labeled", "centre": "center", "metre": "meter", "theatre": "theater",
    "grey": "gray", "realise": "realize", "organise": "organize", "apologise": "apologize",
}
_CONTRACTIONS = (("n't", " not"), ("'re", " are"), ("'ve", " have"), ("'ll", " will"), ("'m", " am"), ("'d", " would"))
_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
        "seventeen eighteen nineteen".split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINAL_ENDINGS = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
                    "nine": "ninth", "twelve": "twelfth"}


def _number(n: int) -> str:
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else " " + _ONES[n % 10])
    for size, name in ((1_000_000_000, "billion"), (1_000_000, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            rest = n % size
            return _number(n // size) + " " + name + ("" if rest == 0 else " " + _number(rest))
    return str(n)


def _ordinal(n: int) -> str:
    *head, last = _number(n).split()
    if last in _ORDINAL_ENDINGS:
        last = _ORDINAL_ENDINGS[last]
    else:
        last = last[:-1] + "ieth" if last.endswith("y") else last + "th"
    return " ".join([*head, last])


def _money(match: re.Match) -> str:
    unit = {"£": "pound", "$": "dollar", "€": "euro"}[match.group(1)]
    whole, pence = int(match.group(2)), match.group(3)
    words = f"{_number(whole)} {unit}{'' if whole == 1 else 's'}"
    return words + (f" {_number(int(pence))}" if pence and int(pence) else "")


def normalise(text: str) -> list[str]:
    text = text.lower().replace("’", "'")
    text = re.sub(r"\b(mm|uh)-(hmm|huh)\b", r"\1\2", text).replace("-", " ")  # mm-hmm is one word; ill-disposed two
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 1,200 is one number
    text = re.sub(r"([£$€])(\d+)(?:\.(\d\d))?", _money, text)
    text = re.sub(r"(\d+)\s*%|\bper cent\b", lambda m: (m.group(1) or "") + " percent", text)
    text = re.sub(r"(\d+)(st|nd|rd|th)\b", lambda m: " " + _ordinal(int(m.group(1))) + " ", text)
    text = re.sub(r"(\d+)\.(\d+)", lambda m: f"{m.group(1)} point " + " ".join(m.group(2)), text)
    text = re.sub(r"\d+", lambda m: " " + _number(int(m.group())) + " ", text)
    text = re.sub(r"\ba (hundred|thousand|million|billion)\b", r"one \1", text)
    text = re.sub(r"\b(hundred|thousand|million|billion) and\b", r"\1", text)
    text = re.sub(r"[^a-z' ]+", " ", text)
    words = []
    for word in text.split():
        word = _SPELLINGS.get(word.strip("'"), word.strip("'"))
        for ending, expansion in _CONTRACTIONS:
            if word.endswith(ending) and len(word) > len(ending):
                word = word[: -len(ending)] + expansion
                break
        words.extend(word.split())
    return words


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(edit distance in words, number of reference words)."""
    ref, hyp = normalise(reference), normalise(hypothesis)
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i]
        for j, h in enumerate(hyp, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h)))
        previous = current
    return previous[-1], len(ref)


def wer(pairs: list[tuple[str, str]]) -> float:
    errors = total = 0
    for reference, hypothesis in pairs:
        e, n = word_errors(reference, hypothesis)
        errors, total = errors + e, total + n
    return errors / total if total else 0.0
