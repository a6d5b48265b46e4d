"""Precision and recall of the turn analysis on the labelled corpus (tests/data/feedback/corpus.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path

from voicecoach.coach.turn_analysis import LABELS, analyse

CORPUS = Path(__file__).resolve().parent.parent.parent / "tests" / "data" / "feedback" / "corpus.jsonl"


def load_corpus(split: str, path: Path = CORPUS) -> list[dict]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return [row for row in rows if row["split"] == split]


def score(rows: list[dict]) -> tuple[dict[str, dict], list[str]]:
    counts = {label: [0, 0, 0] for label in LABELS}  # true positives, false positives, false negatives
    misses = []
    for row in rows:
        found = analyse(row["role"], row["text"], row.get("partner_text"), row.get("step")).labels
        for label in LABELS:
            truth, guess = row["labels"][label], found[label]
            if truth and guess:
                counts[label][0] += 1
            elif guess:
                counts[label][1] += 1
                misses.append(f"+{label:<11} {row['id']} {row['text']}")
            elif truth:
                counts[label][2] += 1
                misses.append(f"-{label:<11} {row['id']} {row['text']}")
    figures = {}
    for label, (tp, fp, fn) in counts.items():
        figures[label] = {"precision": round(tp / (tp + fp), 3) if tp + fp else None,
                          "recall": round(tp / (tp + fn), 3) if tp + fn else None, "labelled": tp + fn}
    return figures, misses
