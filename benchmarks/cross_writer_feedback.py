"""Does a learned turn model carry over to a new writer better than hand-written cues? Trained on the first
writer's dialogues (d001-d094), scored on the second writer's (d095-d139). The baseline is the cues as they were
before anyone had seen the second writer's turns (git commit 30098cd), run from a copy of that commit's package.
Later dialogues (the held-out third writer) are never read.

Per label, precision / recall on d095-d139 of:
  cues   the cues of commit 30098cd
  a      the model alone (words, word pairs, letter runs, overlap with the partner; turn_features.py), at the
         threshold that gave the best F1 out of fold (5 dialogue-grouped folds) on the first writer
  b      a, with the 30098cd cues' ten labels as extra features
  c      cues OR model, at the lowest threshold from 0.5 whose additions to the cues were >= 90% right out of fold
         on the first writer (0.9 if none)
  c.8    cues OR model at 0.8
  d      cues AND model >= the highest threshold up to 0.4 whose removals were >= 90% wrong out of fold
A learned variant wins a label if it is no worse than the cues on precision and recall and better on one, or if
its F1 is at least 0.05 higher with precision >= 0.85; of the winners, the best F1 is chosen, but the simpler
(c, c.8, d, a, b in that order) when within 0.03.

    .venv/bin/python benchmarks/cross_writer_feedback.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voicecoach.coach.scoring import load_tuning_rows  # noqa: E402
from past_cues import labels_at, precision_recall_f1  # noqa: E402
from voicecoach.coach.turn_analysis import LABELS  # noqa: E402
from voicecoach.coach.turn_model import TurnModel  # noqa: E402
from voicecoach.coach.turn_model_training import features_of, fit  # noqa: E402

FIRST_WRITER_CUES = "30098cd"
LAST_FIRST_WRITER_DIALOGUE = 94
SPEAKER_LABELS = {"attack", "i_statement"}
THRESHOLDS = np.round(np.arange(0.1, 0.96, 0.05), 2)
SIMPLER_FIRST = ("c", "c.8", "d", "a", "b")
RUN_OLD_CUES = """
import json, sys
from voicecoach.coach.turn_analysis import analyse
rows = json.load(sys.stdin)
print(json.dumps({r["id"]: analyse(r["role"], r["text"], r.get("partner_text"), r.get("step")).labels for r in rows}))
"""


def first_writer_cues(rows: list[dict]) -> dict[str, dict[str, bool]]:
    """The labels the cues of commit 30098cd give each row, run in a separate interpreter on that commit's files."""
    return labels_at(FIRST_WRITER_CUES, rows, RUN_OLD_CUES)



def fit_predict(train: list[dict], test: list[dict], truth: list[bool]) -> np.ndarray:
    bias, weights = fit(train, truth)
    model = TurnModel({"x": {"role": "", "threshold": 1.0, "bias": bias, "weights": weights}})
    return np.array([model.probability("x", "x", features=features) for features in test])


def out_of_fold(features: list[dict], truth: list[bool], dialogues: list[str], folds: int = 5) -> np.ndarray:
    fold_of = {d: n % folds for n, d in enumerate(sorted(set(dialogues)))}
    result = np.zeros(len(features))
    for k in range(folds):
        test = [i for i, d in enumerate(dialogues) if fold_of[d] == k]
        train = [i for i, d in enumerate(dialogues) if fold_of[d] != k]
        result[test] = fit_predict([features[i] for i in train], [features[i] for i in test],
                                   [truth[i] for i in train])
    return result


def mostly(part: np.ndarray, right: np.ndarray) -> bool:
    return part.sum() > 0 and (part & right).sum() / part.sum() >= 0.9


def variants(label: str, train: list[dict], test: list[dict], cues: dict) -> dict[str, tuple]:
    truth, seen = np.array([r["labels"][label] for r in test]), np.array([r["labels"][label] for r in train])
    cue_test, cue_train = (np.array([cues[r["id"]][label] for r in rows]) for rows in (test, train))
    dialogues = [r["dialogue"] for r in train]
    plain = [features_of(r) for r in train], [features_of(r) for r in test]
    stacked = tuple([{**f, **{f"cue {k}": 1.0 for k, v in cues[r["id"]].items() if v}} for f, r in zip(fs, rows)]
                    for fs, rows in zip(plain, (train, test)))
    result = {"cues": precision_recall_f1(truth, cue_test)}
    for name, (train_features, test_features) in (("a", plain), ("b", stacked)):
        oof = out_of_fold(train_features, list(seen), dialogues)
        best = max(THRESHOLDS, key=lambda t: precision_recall_f1(seen, oof >= t)[2])
        sure = fit_predict(train_features, test_features, list(seen))
        result[name] = (*precision_recall_f1(truth, sure >= best), best)
        if name == "a":
            high = next((t for t in THRESHOLDS if t >= 0.5 and mostly((oof >= t) & ~cue_train, seen)), 0.9)
            result["c"] = (*precision_recall_f1(truth, cue_test | (sure >= high)), high)
            result["c.8"] = (*precision_recall_f1(truth, cue_test | (sure >= 0.8)), 0.8)
            low = next((t for t in THRESHOLDS[THRESHOLDS <= 0.4][::-1]
                        if not ((oof < t) & cue_train).any() or mostly((oof < t) & cue_train, ~seen)), 0.1)
            result["d"] = (*precision_recall_f1(truth, cue_test & (sure >= low)), low)
    return result


def chosen(result: dict[str, tuple]) -> str:
    p0, r0, f0 = result["cues"][:3]

    def wins(p: float, r: float, f: float) -> bool:
        return (p >= p0 and r >= r0 and (p > p0 or r > r0)) or (f >= f0 + 0.05 and p >= 0.85)

    winners = [name for name in SIMPLER_FIRST if wins(*result[name][:3])]
    if not winners:
        return "cues"
    best = max(result[name][2] for name in winners)
    return next(name for name in winners if result[name][2] >= best - 0.03)


def main() -> None:
    rows = load_tuning_rows()
    cues = first_writer_cues(rows)
    first = [r for r in rows if int(r["dialogue"].lstrip("d")) <= LAST_FIRST_WRITER_DIALOGUE]
    second = [r for r in rows if int(r["dialogue"].lstrip("d")) > LAST_FIRST_WRITER_DIALOGUE]
    print(f"trained on {len(first)} turns of d001-d094, scored on {len(second)} turns of d095-d139; "
          f"precision / recall (@ threshold)")
    names = ("cues", "a", "b", "c", "c.8", "d")
    print(f"  {'label':<11}" + "".join(f"{n:>19}" for n in names) + "   chosen  labelled")
    for label in LABELS:
        role = "speaker" if label in SPEAKER_LABELS else "listener"
        result = variants(label, [r for r in first if r["role"] == role], [r for r in second if r["role"] == role],
                          cues)
        cells = "".join(f"{v[0]:>8.2f} / {v[1]:.2f}" + (f" @{v[3]:.2f}" if len(v) > 3 else " " * 6)
                        for v in (result[n] for n in names))
        labelled = sum(r["labels"][label] for r in second)
        print(f"  {label:<11}{cells}   {chosen(result):<6}  {labelled:>8}", flush=True)


if __name__ == "__main__":
    main()
