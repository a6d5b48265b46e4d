"""Shared by the coach's carry-over benchmarks: the labels an earlier commit's cues give, and precision/recall/F1."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

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
