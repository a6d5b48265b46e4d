"""Precision and recall of the coach's turn labels on the labelled corpus, and the time one turn takes.

    .venv/bin/python benchmarks/score_feedback.py [--split tune|holdout] [-v]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from voicecoach.coach.scoring import load_corpus, score  # noqa: E402
from voicecoach.coach.turn_analysis import analyse  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--split", default="tune", choices=["tune", "holdout"])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args()
    rows = load_corpus(args.split)
    figures, misses = score(rows)
    if args.verbose:
        print("\n".join(sorted(misses)))
    print(f"{args.split}: {len(rows)} utterances")
    for label, figure in figures.items():
        print(f"  {label:<11} P {figure['precision']}  R {figure['recall']}  ({figure['labelled']} labelled)")
    times = []
    for row in rows:
        start = time.perf_counter()
        analyse(row["role"], row["text"], row.get("partner_text"), row.get("step"))
        times.append(time.perf_counter() - start)
    print(f"one turn: median {statistics.median(times) * 1000:.2f} ms, worst {max(times) * 1000:.2f} ms (target <= 50 ms)")


if __name__ == "__main__":
    main()
