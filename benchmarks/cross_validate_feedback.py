"""How well the coach's turn labels generalise: k-fold cross-validation on the tuning dialogues (d001-d222),
grouped by dialogue so that no exchange is split between training and testing. Later dialogues are never read.

The hand-written cues do not train, so for them the folds only pool the same predictions (and they were written
looking at all of these turns: their figures here are not a test of generalisation). The model is trained anew on
the other folds for every fold, so its figures are. Printed: per-label precision and recall for the cues alone and
for the cues with the model, and what the model alone finds at each threshold.

    .venv/bin/python benchmarks/cross_validate_feedback.py [--folds 5]
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from voicecoach.coach.scoring import figures, load_tuning_rows  # noqa: E402
from voicecoach.coach.turn_analysis import LABELS, analyse  # noqa: E402
from voicecoach.coach.turn_model import CUES_ALONE, TurnModel  # noqa: E402
from voicecoach.coach.turn_model_training import train  # noqa: E402
from voicecoach.coach.turn_text import normalise  # noqa: E402

THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


def dialogue_folds(rows: list[dict], folds: int, seed: int = 7) -> dict[str, int]:
    dialogues = sorted({row["dialogue"] for row in rows})
    random.Random(seed).shuffle(dialogues)
    return {dialogue: n % folds for n, dialogue in enumerate(dialogues)}


def pooled_figures(rows: list[dict], model_for) -> dict[str, dict]:
    counts = {label: [0, 0, 0] for label in LABELS}  # true positives, false positives, false negatives
    for row in rows:
        found = analyse(row["role"], row["text"], row.get("partner_text"), row.get("step"),
                        model=model_for(row)).labels
        for label in LABELS:
            truth, guess = row["labels"][label], found[label]
            if truth or guess:
                counts[label][0 if truth and guess else 1 if guess else 2] += 1
    return figures(counts)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    rows = load_tuning_rows()
    fold_of = dialogue_folds(rows, args.folds)
    fold_models = {k: train([row for row in rows if fold_of[row["dialogue"]] != k]) for k in range(args.folds)}
    print(f"{len(rows)} turns in {len(fold_of)} dialogues, {args.folds} folds grouped by dialogue")
    columns = {
        "cues alone": pooled_figures(rows, lambda row: CUES_ALONE),
        "cues + model": pooled_figures(rows, lambda row: fold_models[fold_of[row["dialogue"]]]),
    }
    print(f"  {'label':<11} " + "".join(f"{name:>16}" for name in columns) + "   labelled   (precision / recall)")
    for label in LABELS:
        cells = "".join(f"{c[label]['precision']:>9.2f} / {c[label]['recall']:.2f}" for c in columns.values())
        print(f"  {label:<11} {cells}   {columns['cues alone'][label]['labelled']:>8}")
    _model_alone(rows, fold_of, fold_models)


def _model_alone(rows: list[dict], fold_of: dict[str, int], fold_models: dict[int, TurnModel]) -> None:
    print("the model alone, out of fold: true / false positives at each threshold")
    for label, model in fold_models[0].labels.items():
        sure = [(row["labels"][label], fold_models[fold_of[row["dialogue"]]].probability(label, normalise(row["text"])))
                for row in rows if row["role"] == model["role"]]
        found = [f"{t}: {sum(truth and p >= t for truth, p in sure)}/{sum(not truth and p >= t for truth, p in sure)}"
                 for t in THRESHOLDS]
        print(f"  {label:<11} ({sum(truth for truth, _ in sure)} labelled)  " + "  ".join(found))


if __name__ == "__main__":
    main()
