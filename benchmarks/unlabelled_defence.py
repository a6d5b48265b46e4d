"""Does "a listener turn in step 2 or 4 that nothing else labels is defending when the model says so" carry over to a
new writer? For each of the third to twelfth writers: the labels as they were while that writer was held out (the
commit that made them the holdout, run from a copy of that commit's package, its own model included), then on the
turns those labels leave empty, this commit's filters (voicecoach/coach/unlabelled_defence.py) and a defending model
trained on every writer before (features as now, turn_features.py), at each threshold. Defending precision and
recall per writer, then over all ten. The shipped threshold (voicecoach/coach/turn_model_training.py) was chosen
from this table.

With --labelled, the same for turns the labels of the time call a question: defending added, and the question taken
away, where the model's score reaches each threshold (QUESTION_AS_DEFENCE in unlabelled_defence.py was chosen from
this).

    .venv/bin/python benchmarks/unlabelled_defence.py [--labelled]     # ~4 min
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from past_cues import print_rule_by_writer  # noqa: E402
from voicecoach.coach.scoring import CORPUS  # noqa: E402
from voicecoach.coach.turn_model_training import train  # noqa: E402
from voicecoach.coach.turn_analysis import open_to_unlabelled_defence  # noqa: E402
from voicecoach.coach.turn_text import Turn, normalise  # noqa: E402
from voicecoach.coach.unlabelled_defence import REFLECTING_STEPS  # noqa: E402

# writer: (first dialogue, last dialogue, the commit at which the writer's dialogues were the held-out set)
WRITERS = {3: (140, 184, "67b9965"), 4: (185, 222, "8fc08b3"), 5: (223, 262, "e6ab6f3"), 6: (263, 302, "1dbc10c"),
           7: (303, 342, "c133244"), 8: (343, 382, "e2074dc"), 9: (383, 422, "479e2d9"), 10: (423, 462, "6b04ce6"),
           11: (463, 502, "d38fd65"), 12: (503, 542, "a461b3b")}
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
LABELLED_THRESHOLDS = (0.6, 0.7, 0.8, 0.85, 0.9)
LABELS_OF_THE_TIME = """
import inspect, json, sys
from voicecoach.coach.turn_analysis import analyse
rows = json.load(sys.stdin)
takes_step = "step" in inspect.signature(analyse).parameters
print(json.dumps({r["id"]: (analyse(r["role"], r["text"], r.get("partner_text"), r.get("step")) if takes_step
                            else analyse(r["role"], r["text"], r.get("partner_text"))).labels for r in rows}))
"""


def main() -> None:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    if "--labelled" not in sys.argv[1:]:
        print_rule_by_writer("defending", rows, WRITERS, LABELS_OF_THE_TIME, trained, THRESHOLDS,
                             lambda model, row, labels, threshold: _unlabelled(row, labels)
                             and _score(model, row) >= threshold)
        return
    for label in ("defending", "question"):
        print_rule_by_writer(label, rows, WRITERS, LABELS_OF_THE_TIME, trained, LABELLED_THRESHOLDS,
                             lambda model, row, labels, threshold: _a_question(row, labels)
                             and _score(model, row) >= threshold, takes_back=label == "question")


def trained(before: list[dict]):
    return train(before, {"defending": ("listener", 0.5, "unlabelled")})


def _a_question(row: dict, labels: dict[str, bool]) -> bool:
    return (row["role"] == "listener" and row["step"] in REFLECTING_STEPS and labels["question"]
            and open_to_unlabelled_defence(Turn(row["text"])))


def _unlabelled(row: dict, labels: dict[str, bool]) -> bool:
    return (row["role"] == "listener" and row["step"] in REFLECTING_STEPS and not any(labels.values())
            and open_to_unlabelled_defence(Turn(row["text"])))


def _score(model, row: dict) -> float:
    return model.probability("defending", normalise(row["text"]), normalise(row.get("partner_text") or ""))


if __name__ == "__main__":
    main()
