"""Does the turn model carry over to a new writer when it is trained on every writer before? For each of the seventh
to tenth writers: the cues as they were while that writer was held out (the commit that made them the holdout, run
from a copy of that commit's package, model off), OR-ed with a model trained on all the writers before (features as
now, turn_features.py), at each threshold; scored on that writer. The shipped thresholds
(voicecoach/coach/turn_model_training.py) were chosen from this table: per label, the sum of F1 over the four
writers, and no loss of precision or recall on any of them where a label is newly backed up.

    .venv/bin/python benchmarks/later_writers_feedback.py      # ~5 min
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voicecoach.coach.scoring import CORPUS  # noqa: E402
from past_cues import labels_at, precision_recall_f1  # noqa: E402
from voicecoach.coach.turn_analysis import LABELS  # noqa: E402
from voicecoach.coach.turn_model_training import train  # noqa: E402
from voicecoach.coach.turn_text import normalise  # noqa: E402

# writer: (first dialogue, last dialogue, the commit at which the writer's dialogues were the held-out set)
WRITERS = {7: (303, 342, "c133244"), 8: (343, 382, "e2074dc"), 9: (383, 422, "479e2d9"), 10: (423, 462, "6b04ce6")}
THRESHOLDS = (0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
SPEAKER_LABELS = {"attack", "i_statement"}
EVERY_LABEL = {label: ("speaker" if label in SPEAKER_LABELS else "listener", 0.5, "or") for label in LABELS}
CUES_OF_THE_TIME = """
import json, sys
from voicecoach.coach.turn_analysis import analyse
from voicecoach.coach.turn_model import TurnModel
rows = json.load(sys.stdin)
print(json.dumps({r["id"]: analyse(r["role"], r["text"], r.get("partner_text"), r.get("step"), model=TurnModel({})).labels
                  for r in rows}))
"""


def cues_at(commit: str, rows: list[dict]) -> dict[str, dict[str, bool]]:
    return labels_at(commit, rows, CUES_OF_THE_TIME)



def main() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    number = {row["id"]: int(row["dialogue"].lstrip("d")) for row in rows}
    results = {}
    for writer, (first, last, commit) in WRITERS.items():
        test = [r for r in rows if first <= number[r["id"]] <= last]
        cues = cues_at(commit, test)
        model = train([r for r in rows if number[r["id"]] < first], EVERY_LABEL)
        probability = {r["id"]: {label: model.probability(label, normalise(r["text"]), normalise(r.get("partner_text")
                                                                                                   or ""))
                                 for label in model.labels_for(r["role"])} for r in test}
        results[writer] = (test, cues, probability)
        print(f"writer {writer} (d{first:03d}-d{last}): cues of {commit}, model trained on d001-d{first - 1:03d}",
              flush=True)
    print("precision / recall of the cues alone, then OR-ed with the model at each threshold; F1 summed over writers")
    for label in LABELS:
        print(f"{label}")
        sums = [0.0] * (len(THRESHOLDS) + 1)
        for writer, (test, cues, probability) in results.items():
            truth = np.array([r["labels"][label] for r in test])
            cue = np.array([cues[r["id"]][label] for r in test])
            p = np.array([probability[r["id"]].get(label, 0.0) for r in test])
            cells = []
            for n, guess in enumerate([cue] + [cue | (p >= t) for t in THRESHOLDS]):
                precision, recall, f = precision_recall_f1(truth, guess)
                sums[n] += f
                cells.append(f"{precision:.2f}/{recall:.2f}")
            print(f"  {writer:>2}th  cues {cells[0]}  " + "  ".join(f"{t}: {c}" for t, c in zip(THRESHOLDS, cells[1:])))
        print("  F1 sum cues " + f"{sums[0]:.3f}  " + "  ".join(f"{t}: {s:.3f}" for t, s in zip(THRESHOLDS, sums[1:])))


if __name__ == "__main__":
    main()
