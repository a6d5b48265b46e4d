"""A small linear model over a turn's words that backs up the hand-written cues where phrasing varies most.

It is trained on the labelled corpus by scripts/build_turn_model.py and stored next to this file as
turn_model.npz (one list of feature names, a half-precision weight per label and name, and for each label its
role, threshold and bias as JSON): for each label it covers, a bias, a threshold and one weight per feature (turn_features.py: words,
word pairs, letter runs, overlap with the partner's turn). A turn gets the label when the model is at least as sure
as its threshold, or (for the labels it backs up rather than decides alone) when the cues find it, unless the model
is all but sure the label is absent (below its DOUBT).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from voicecoach.coach.turn_features import turn_features

WEIGHTS = Path(__file__).with_name("turn_model.npz")
# A cue's finding of these labels is taken back where the model's score is below this: the cues match a phrase
# ("you should…", "why don't you…"), the model weighs the whole turn. Chosen on writers the model had not been
# trained on, and kept where the probes written for the tests still pass (benchmarks/model_doubt.py): on sentences
# unlike the corpus writers' the model can be sure and wrong, so reflection and self-focus, which lost probes at any
# doubt that gained on the writers, have none.
DOUBT = {"advice": 0.05, "defending": 0.005}


class TurnModel:
    def __init__(self, labels: dict[str, dict]):
        self.labels = labels  # label -> {"role", "threshold", "bias", "weights"}

    @classmethod
    def from_file(cls, path: Path = WEIGHTS) -> TurnModel:
        with np.load(path) as stored:
            about = json.loads(str(stored["labels"]))
            names = stored["names"].tolist()
            table = stored["weights"].astype(np.float64)
        for row, (label, model) in enumerate(about.items()):
            model["weights"] = {names[i]: float(table[row, i]) for i in np.flatnonzero(table[row])}
        return cls(about)

    def save(self, path: Path = WEIGHTS) -> None:
        """One shared, sorted list of names and a half-precision weight table: the same model gives the same file."""
        names = sorted({name for model in self.labels.values() for name in model["weights"]})
        column = {name: i for i, name in enumerate(names)}
        table = np.zeros((len(self.labels), len(names)), dtype=np.float16)
        for row, model in enumerate(self.labels.values()):
            for name, weight in model["weights"].items():
                table[row, column[name]] = weight
        about = {label: {k: v for k, v in model.items() if k != "weights"} for label, model in self.labels.items()}
        with path.open("wb") as file:
            np.savez_compressed(file, names=np.array(names), weights=table, labels=np.array(json.dumps(about)))

    def probability(self, label: str, normalised_text: str, normalised_partner: str = "",
                    features: dict[str, float] | None = None) -> float:
        model = self.labels[label]
        if not normalised_text.strip():
            return 0.0
        if features is None:
            features = turn_features(normalised_text, normalised_partner, model.get("letters", True))
        weights = model["weights"]
        score = model["bias"] + sum(weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))

    def labels_for(self, role: str) -> list[str]:
        """The labels of this role the model adds to the cues' or decides alone (not those it decides only where
        nothing else is found: see turn_analysis._model_defence)."""
        return [label for label, m in self.labels.items() if m["role"] == role and m.get("combine") != "unlabelled"]

    def verdicts(self, role: str, normalised_text: str, normalised_partner: str = "") -> tuple[set[str], set[str]]:
        """The labels of this role the model is at least as sure of as their thresholds, and those of DOUBT it is all
        but sure are absent (the turn's features worked out once for both)."""
        found_by = self.labels_for(role)
        doubt_of = [label for label, m in self.labels.items() if m["role"] == role and label in DOUBT]
        scores = self._scores(list(dict.fromkeys(found_by + doubt_of)), normalised_text, normalised_partner)
        found = {label for label in found_by if label in scores and scores[label] >= self.labels[label]["threshold"]}
        doubted = {label for label in doubt_of if label in scores and scores[label] < DOUBT[label]}
        return found, doubted

    def _scores(self, labels: list[str], normalised_text: str, normalised_partner: str) -> dict[str, float]:
        if not normalised_text.strip():
            return {}
        features = {letters: turn_features(normalised_text, normalised_partner, letters) for letters in (True, False)
                    if any(self.labels[label].get("letters", True) == letters for label in labels)}
        return {label: self.probability(label, normalised_text,
                                        features=features[self.labels[label].get("letters", True)])
                for label in labels}


CUES_ALONE = TurnModel({})  # a model that never adds a label


@lru_cache(maxsize=1)
def shipped_model() -> TurnModel:
    return TurnModel.from_file()
