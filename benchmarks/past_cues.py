"""Shared by the coach's carry-over benchmarks: the labels an earlier commit's cues give, precision/recall/F1, and the
writer-by-writer table of a rule for the turns those labels leave empty."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path
from typing import Callable

import numpy as np

ROOT = Path(__file__).resolve().parent.parent


def labels_at(commit: str, rows: list[dict], script: str) -> dict[str, dict[str, bool]]:
    """Run `script` (reads the rows as JSON on stdin, prints {id: labels}) in a separate interpreter on a copy of
    that commit's package, so the cues of the time label the rows."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "voicecoach"], check=True,
                             capture_output=True).stdout
    with tempfile.TemporaryDirectory() as folder:
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        done = subprocess.run([sys.executable, "-c", script], input=json.dumps(rows), text=True, cwd=folder,
                              check=True, capture_output=True)
    return json.loads(done.stdout)


def precision_recall_f1(truth: np.ndarray, guess: np.ndarray) -> tuple[float, float, float]:
    tp, fp, fn = int((truth & guess).sum()), int((~truth & guess).sum()), int((truth & ~guess).sum())
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0,
            2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0)


def print_rule_by_writer(label: str, rows: list[dict], writers: dict[int, tuple[int, int, str]], script: str,
                         train_before: Callable[[list[dict]], object], thresholds: tuple[float, ...],
                         found_by_rule: Callable[[object, dict, dict[str, bool], float], bool],
                         takes_back: bool = False) -> None:
    """For each writer (first dialogue, last dialogue, the commit that held it out): `label` as that commit's labels
    give it (`script`, see labels_at), then with `found_by_rule(model, row, labels_of_the_time, threshold)` added at
    each threshold (or, with `takes_back`, taken away), the model trained (`train_before`) on every writer before.
    Precision / recall per writer, then over all of them."""
    number = {row["id"]: int(row["dialogue"].lstrip("d")) for row in rows}
    totals = np.zeros((len(thresholds) + 1, 3), dtype=int)  # true positives, false positives, false negatives
    print(f"{label} precision / recall: the labels of the time, then with the rule at each threshold")
    for writer, (first, last, commit) in writers.items():
        test = [r for r in rows if first <= number[r["id"]] <= last]
        then = labels_at(commit, test, script)
        model = train_before([r for r in rows if number[r["id"]] < first])
        truth = np.array([r["labels"][label] for r in test])
        found = np.array([then[r["id"]][label] for r in test])
        cells = []
        for n, threshold in enumerate((None, *thresholds)):
            ruled = None if threshold is None else np.array(
                [found_by_rule(model, r, then[r["id"]], threshold) for r in test])
            guess = found if ruled is None else (found & ~ruled) if takes_back else (found | ruled)
            totals[n] += [(truth & guess).sum(), (~truth & guess).sum(), (truth & ~guess).sum()]
            precision, recall, _ = precision_recall_f1(truth, guess)
            cells.append(f"{precision:.2f}/{recall:.2f}")
        print(f"  writer {writer:>2} (d{first:03d}-d{last}, {commit}, model d001-d{first - 1:03d})  then {cells[0]}  "
              + "  ".join(f"{t}: {c}" for t, c in zip(thresholds, cells[1:])), flush=True)
    print(f"all {len(writers)} writers:")
    for name, (tp, fp, fn) in zip(["then"] + [str(t) for t in thresholds], totals):
        print(f"  {name:>4}  P {tp / (tp + fp):.3f}  R {tp / (tp + fn):.3f}  F1 {2 * tp / (2 * tp + fp + fn):.3f}")
