"""Score the listening engine on the labelled fixtures, per attribution mode and split.

    .venv/bin/python benchmarks/score_listening.py [--mode channels|array|voice] [--split tune|holdout] [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voicecoach.listening.analysis import analyze_file  # noqa: E402
from voicecoach.listening.scoring import Score, score_scene  # noqa: E402
from voicecoach.settings import load_settings  # noqa: E402

FIXTURES = ROOT / "audio_fixtures"
FILE_OF_MODE = {"channels": "channels", "array": "array", "voice": "mono"}


def scenes(split: str | None = None) -> list[dict]:
    labels = [json.loads(p.read_text()) for p in sorted(FIXTURES.glob("s*.json"))]
    return [label for label in labels if split in (None, label["split"])]


def score_mode(mode: str, split: str | None, settings=None, verbose: bool = False) -> Score:
    settings = settings or load_settings(use_user_file=False)
    total = Score()
    enroll = {"Alex": FIXTURES / "enroll_alex.flac", "Sam": FIXTURES / "enroll_sam.flac"}
    for label in scenes(split):
        path = FIXTURES / label["files"][FILE_OF_MODE[mode]]
        result = analyze_file(path, settings, mode=mode, channel_map="Alex=0,Sam=1", enroll=enroll).result
        scene_score = score_scene(result, label)
        if verbose:
            for line in scene_score.misses:
                print("   ", line)
        total.add(scene_score)
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", action="append", choices=list(FILE_OF_MODE))
    parser.add_argument("--split", action="append", choices=["tune", "holdout"])
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    for mode in args.mode or list(FILE_OF_MODE):
        for split in args.split or ["tune", "holdout"]:
            score = score_mode(mode, split, verbose=args.verbose)
            print(mode, split, json.dumps(score.summary()))


if __name__ == "__main__":
    main()
