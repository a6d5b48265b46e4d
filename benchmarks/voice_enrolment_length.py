"""How `voice` accuracy grows with the enrolment speech it learns from: the bundled 7 s clips, then the first N
seconds of the bundled half-minute clips, scored on the tuning scenes, averaged over trainings from different seeds
(one training varies by ±0.04).

    .venv/bin/python benchmarks/voice_enrolment_length.py [--seconds 15 20 30] [--seed-sets 3] [--no-short]
        [--no-voice-encoder]

About 5 min per length and seed set on one core with the speaker encoder, 1.5 min without (the tuning scenes, with
the check of short sounds' words).
The seed set (0, 1, 2) is the product's own.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

import soundfile

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from voicecoach.audio.file_source import read_all  # noqa: E402
from voicecoach.listening.attribution import voice_presence  # noqa: E402
from voicecoach.listening.scoring import enrolment_clips, score_fixtures  # noqa: E402
from voicecoach.settings import load_settings  # noqa: E402
from voicecoach.speech.transcriber import Transcriber  # noqa: E402

FIXTURES = ROOT / "audio_fixtures"


def first_seconds(seconds: float, folder: Path) -> dict[str, Path]:
    """Each person's half-minute enrolment clip cut to its first `seconds`, written into `folder`."""
    clips = {}
    for person, path in enrolment_clips(FIXTURES).items():
        clips[person] = folder / path.name
        soundfile.write(clips[person], read_all(path)[: int(seconds * 16000)], 16000)
    return clips


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, nargs="+", default=[15.0, 20.0, 30.0])
    parser.add_argument("--seed-sets", type=int, default=3)
    parser.add_argument("--no-short", action="store_true", help="leave out the bundled 7 s clips")
    parser.add_argument("--no-voice-encoder", action="store_true", help="the detector without the speaker encoder")
    args = parser.parse_args()
    settings = load_settings(use_user_file=False)
    if args.no_voice_encoder:
        settings = settings.with_overrides({"attribution.voice_encoder": False})
    transcriber = Transcriber.from_settings(settings)
    if not args.no_short:
        report("the 7 s clips", lambda folder: enrolment_clips(FIXTURES, "short"), args.seed_sets, settings,
               transcriber)
    for seconds in args.seconds:
        report(f"the first {seconds:.0f} s of the half-minute clips", lambda folder: first_seconds(seconds, folder),
               args.seed_sets, settings, transcriber)


def report(what: str, clips_in, seed_sets: int, settings, transcriber) -> None:
    rows = []
    for first_seed in range(0, 3 * seed_sets, 3):
        voice_presence.SEEDS = (first_seed, first_seed + 1, first_seed + 2)
        voice_presence._trained.clear()
        with tempfile.TemporaryDirectory() as folder:
            rows.append(_score_with_clips(clips_in(Path(folder)), settings, transcriber))
    mean = {key: round(statistics.mean(row[key] for row in rows), 3) for key in rows[0]}
    print(f"{what}, {len(rows)} seed set(s): interruptions {mean['int_p']} / {mean['int_r']}, backchannels "
          f"{mean['bc_p']} / {mean['bc_r']}, talk-over {mean['talk_over']} s", flush=True)


def _score_with_clips(clips: dict[str, Path], settings, transcriber) -> dict:
    summary = score_fixtures(FIXTURES, "voice", "tune", settings, transcriber, enrolment=clips).summary()
    return {"int_p": summary["interruption"]["precision"], "int_r": summary["interruption"]["recall"],
            "bc_p": summary["backchannel"]["precision"], "bc_r": summary["backchannel"]["recall"],
            "talk_over": summary["talk_over_error"]["median"]}


if __name__ == "__main__":
    main()
