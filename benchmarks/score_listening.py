"""Accuracy of the listening engine on the labelled fixtures, per attribution mode and split.

    .venv/bin/python benchmarks/score_listening.py [--mode channels|array|voice] [--split tune|holdout] [-v]
        [--enrolment half_minute|short]   (the clips `voice` learns from: ~30 s or ~7 s each)
        [--no-voice-encoder]               (`voice` without the speaker encoder)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voicecoach.listening.scoring import FILE_OF_MODE, score_fixtures  # noqa: E402
from voicecoach.settings import load_settings  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", action="append", choices=list(FILE_OF_MODE))
    parser.add_argument("--split", action="append", choices=["tune", "holdout"])
    parser.add_argument("--enrolment", choices=["half_minute", "short"], default="half_minute")
    parser.add_argument("--no-voice-encoder", action="store_true", help="`voice` without the speaker encoder")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args()
    settings = load_settings(use_user_file=False)
    if args.no_voice_encoder:
        settings = settings.with_overrides({"attribution.voice_encoder": False})
    for mode in args.mode or list(FILE_OF_MODE):
        for split in args.split or ["tune", "holdout"]:
            score = score_fixtures(ROOT / "audio_fixtures", mode, split, settings, enrolment=args.enrolment)
            if args.verbose:
                print("\n".join("    " + line for line in score.misses))
            print(mode, split, json.dumps(score.summary()))


if __name__ == "__main__":
    main()
