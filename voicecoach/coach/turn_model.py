"""A small linear model over a turn's words that backs up the hand-written cues where phrasing varies most.

It is trained on the labelled corpus by scripts/build_turn_model.py and stored next to this file as
turn_model.json: for each label it covers, a bias, a threshold and one weight per word or word pair. A turn gets
the label when the cues find it, or when the model is at least as sure as its threshold.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

WEIGHTS = Path(__file__).with_name("turn_model.json")


def word_features(normalised_text: str) -> list[str]:
    """The turn's words and word pairs, its start and end marked, so that an opening ("<s> oh") counts apart."""
    words = normalised_text.split()
    marked = ["<s>", *words, "</s>"]
    return sorted(set(words) | {f"{a} {b}" for a, b in pairwise(marked)})


class TurnModel:
    def __init__(self, labels: dict[str, dict]):
        self.labels = labels  # label -> {"role", "threshold", "bias", "weights"}

    @classmethod
    def from_json(cls, path: Path = WEIGHTS) -> TurnModel:
        return cls(json.loads(path.read_text())["labels"])

    def probability(self, label: str, normalised_text: str) -> float:
        model = self.labels[label]
        features = word_features(normalised_text)
        if not features:
            return 0.0
        weights = model["weights"]
        score = model["bias"] + sum(weights.get(f, 0.0) for f in features) / math.sqrt(len(features))
        return 1.0 / (1.0 + math.exp(-score))

    def says(self, label: str, role: str, normalised_text: str) -> bool:
        model = self.labels.get(label)
        return bool(model) and model["role"] == role and \
            self.probability(label, normalised_text) >= model["threshold"]


CUES_ALONE = TurnModel({})  # a model that never adds a label


@lru_cache(maxsize=1)
def shipped_model() -> TurnModel:
    return TurnModel.from_json()
