"""Does "a listener turn that nothing else labels gets the label the model gives it at a lower threshold" carry over to
a new writer? For each of the third to twelfth writers: the labels as they were while that writer was held out (the
commit that made them the holdout, run from a copy of that commit's package), then on the turns those labels leave
empty, the defending rule as now and this commit's rules (voicecoach/coach/unlabelled_turns.py) with the label's
threshold set to each value in turn, with a model trained on every writer before. The label's precision and recall
per writer, then over all ten. The shipped thresholds were chosen from this table.

    .venv/bin/python benchmarks/unlabelled_turns.py --label self_focus|reflection|empathy      # ~4 min each
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from past_cues import labels_at, precision_recall_f1  # noqa: E402
from unlabelled_defence import LABELS_OF_THE_TIME, WRITERS  # noqa: E402
from voicecoach.coach import unlabelled_turns  # noqa: E402
from voicecoach.coach.scoring import CORPUS  # noqa: E402
from voicecoach.coach.turn_analysis import open_to_unlabelled_defence  # noqa: E402
from voicecoach.coach.turn_model_training import MODEL_LABELS, train  # noqa: E402
from voicecoach.coach.turn_text import Turn, normalise  # noqa: E402
from voicecoach.coach.unlabelled_defence import REFLECTING_STEPS  # noqa: E402

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--label", required=True, choices=sorted(unlabelled_turns.THRESHOLDS))
    label = parser.parse_args().label
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    number = {row["id"]: int(row["dialogue"].lstrip("d")) for row in rows}
    totals = np.zeros((len(THRESHOLDS) + 1, 3), dtype=int)  # true positives, false positives, false negatives
    print(f"{label} precision / recall: the labels of the time, then with unlabelled turns decided at each threshold")
    for writer, (first, last, commit) in WRITERS.items():
        test = [r for r in rows if first <= number[r["id"]] <= last]
        then = labels_at(commit, test, LABELS_OF_THE_TIME)
        model = train([r for r in rows if number[r["id"]] < first],
                      {name: MODEL_LABELS[name] for name in ("defending", *unlabelled_turns.THRESHOLDS)})
        truth = np.array([r["labels"][label] for r in test])
        found = np.array([then[r["id"]][label] for r in test])
        cells = []
        for n, threshold in enumerate((None, *THRESHOLDS)):
            guess = found if threshold is None else found | np.array(
                [_found_when_unlabelled(model, r, then[r["id"]], label, threshold) for r in test])
            totals[n] += [(truth & guess).sum(), (~truth & guess).sum(), (truth & ~guess).sum()]
            precision, recall, _ = precision_recall_f1(truth, guess)
            cells.append(f"{precision:.2f}/{recall:.2f}")
        print(f"  {writer:>2}th (d{first:03d}-d{last}, {commit}, model d001-d{first - 1:03d})  then {cells[0]}  "
              + "  ".join(f"{t}: {c}" for t, c in zip(THRESHOLDS, cells[1:])), flush=True)
    print("all ten writers:")
    for name, (tp, fp, fn) in zip(["then"] + [str(t) for t in THRESHOLDS], totals):
        print(f"  {name:>4}  P {tp / (tp + fp):.3f}  R {tp / (tp + fn):.3f}  F1 {2 * tp / (2 * tp + fp + fn):.3f}")


def _found_when_unlabelled(model, row: dict, labels: dict[str, bool], label: str, threshold: float) -> bool:
    if row["role"] != "listener" or any(labels.values()):
        return False
    turn, partner = Turn(row["text"]), normalise(row.get("partner_text") or "")
    if row["step"] in REFLECTING_STEPS and open_to_unlabelled_defence(turn) \
            and model.probability("defending", turn.as_spoken, partner) >= MODEL_LABELS["defending"][1]:
        return False
    shipped = unlabelled_turns.THRESHOLDS[label]
    unlabelled_turns.THRESHOLDS[label] = threshold
    try:
        return label in unlabelled_turns.labels_for(model, turn, partner, row["step"])
    finally:
        unlabelled_turns.THRESHOLDS[label] = shipped


if __name__ == "__main__":
    main()
