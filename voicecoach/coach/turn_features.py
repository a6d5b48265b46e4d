"""What the turn model reads from a turn: its words and word pairs, the letter runs inside its words (so that "gutted",
"gutting" and a misheard "guttered" share most of their features), and how much of the partner's last turn it repeats.
"""

from __future__ import annotations

import math
from itertools import pairwise

from voicecoach.coach.partner_overlap import adds_much, copied_in_order, overlap

LETTER_RUNS = (3, 4, 5)


def word_features(normalised_text: str) -> list[str]:
    """The turn's words and word pairs, its start and end marked, so that an opening ("<s> oh") counts apart."""
    words = normalised_text.split()
    marked = ["<s>", *words, "</s>"]
    return sorted(set(words) | {f"{a} {b}" for a, b in pairwise(marked)})


def letter_runs(normalised_text: str) -> list[str]:
    """Runs of 3-5 letters inside each word, the word's edges marked with spaces (" gut", "ted ")."""
    runs = set()
    for word in normalised_text.split():
        padded = f" {word} "
        for n in LETTER_RUNS:
            runs.update("#" + padded[i:i + n] for i in range(len(padded) - n + 1))
    return sorted(runs)


def turn_features(normalised_text: str, normalised_partner: str = "", letters: bool = True) -> dict[str, float]:
    """Each kind of text feature scaled to unit length, so a long turn counts no more than a short one; with the
    partner's turn, the share of its content words repeated, in what order, and whether the turn adds much."""
    features: dict[str, float] = {}
    kinds = [word_features(normalised_text)] + ([letter_runs(normalised_text)] if letters else [])
    for names in kinds:
        features.update(dict.fromkeys(names, 1.0 / math.sqrt(len(names))) if names else {})
    if letters:
        shared, order = overlap(normalised_text, normalised_partner)
        features.update({"=shared": shared, "=order": order,
                         "=copied": copied_in_order(normalised_text, normalised_partner),
                         "=adds much": float(bool(normalised_partner) and adds_much(normalised_text, normalised_partner)),
                         "=length": min(len(normalised_text.split()), 40) / 40})
    return features
