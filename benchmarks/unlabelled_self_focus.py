"""Does "a listener turn in step 2 or 4 that nothing else labels, not even the unlabelled-defence rule, is self-focus
when the model says so" carry over to a new writer? For each of the third to twelfth writers: the labels as they were
while that writer was held out (the commit that made them the holdout, run from a copy of that commit's package),
then on the turns those labels leave empty, the defending rule as now and this commit's self-focus rule
(voicecoach/coach/unlabelled_self_focus.py), with a model trained on every writer before, at each threshold.
Self-focus precision and recall per writer, then over all ten. The shipped threshold was chosen from this table.

    .venv/bin/python benchmarks/unlabelled_self_focus.py      # ~4 min
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from past_cues import labels_at, precision_recall_f1  # noqa: E402
from unlabelled_defence import LABELS_OF_THE_TIME, WRITERS  # noqa: E402
from voicecoach.coach import unlabelled_self_focus  # noqa: E402
from voicecoach.coach.scoring import CORPUS  # noqa: E402
from voicecoach.coach.turn_analysis import open_to_unlabelled_defence  # noqa: E402
from voicecoach.coach.turn_model_training import MODEL_LABELS, train  # noqa: E402
from voicecoach.coach.turn_text import Turn, normalise  # noqa: E402
from voicecoach.coach.unlabelled_defence import REFLECTING_STEPS  # noqa: E402

THRESHOLDS = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9)


def main() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    number = {row["id"]: int(row["dialogue"].lstrip("d")) for row in rows}
    totals = np.zeros((len(THRESHOLDS) + 1, 3), dtype=int)  # true positives, false positives, false negatives
    print("self-focus precision / recall: the labels of the time, then with unlabelled turns decided at each threshold")
    for writer, (first, last, commit) in WRITERS.items():
        test = [r for r in rows if first <= number[r["id"]] <= last]
        then = labels_at(commit, test, LABELS_OF_THE_TIME)
        model = train([r for r in rows if number[r["id"]] < first],
                      {label: MODEL_LABELS[label] for label in ("defending", "self_focus")})
        truth = np.array([r["labels"]["self_focus"] for r in test])
        found = np.array([then[r["id"]]["self_focus"] for r in test])
        cells = []
        for n, threshold in enumerate((None, *THRESHOLDS)):
            guess = found if threshold is None else found | np.array(
                [_turned_to_oneself(model, r, then[r["id"]], threshold) for r in test])
            totals[n] += [(truth & guess).sum(), (~truth & guess).sum(), (truth & ~guess).sum()]
            precision, recall, _ = precision_recall_f1(truth, guess)
            cells.append(f"{precision:.2f}/{recall:.2f}")
        print(f"  {writer:>2}th (d{first:03d}-d{last}, {commit}, model d001-d{first - 1:03d})  then {cells[0]}  "
              + "  ".join(f"{t}: {c}" for t, c in zip(THRESHOLDS, cells[1:])), flush=True)
    print("all ten writers:")
    for name, (tp, fp, fn) in zip(["then"] + [str(t) for t in THRESHOLDS], totals):
        print(f"  {name:>4}  P {tp / (tp + fp):.3f}  R {tp / (tp + fn):.3f}  F1 {2 * tp / (2 * tp + fp + fn):.3f}")


def _turned_to_oneself(model, row: dict, labels: dict[str, bool], threshold: float) -> bool:
    if row["role"] != "listener" or row["step"] not in REFLECTING_STEPS or any(labels.values()):
        return False
    turn, partner = Turn(row["text"]), normalise(row.get("partner_text") or "")
    defends = open_to_unlabelled_defence(turn) and model.probability("defending", turn.as_spoken, partner) \
        >= MODEL_LABELS["defending"][1]
    unlabelled_self_focus.THRESHOLD = threshold
    return not defends and unlabelled_self_focus.is_self_focus(model, turn, partner)


if __name__ == "__main__":
    main()
