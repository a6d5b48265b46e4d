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

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from past_cues import print_rule_by_writer  # noqa: E402
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
    learned = {name: MODEL_LABELS[name] for name in ("defending", *unlabelled_turns.THRESHOLDS)}
    print_rule_by_writer(label, rows, WRITERS, LABELS_OF_THE_TIME, lambda before: train(before, learned), THRESHOLDS,
                         lambda model, row, labels, threshold: _found_when_unlabelled(model, row, labels, label,
                                                                                      threshold))


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
