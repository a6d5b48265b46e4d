"""Where should the turn model take back a label the cues found (voicecoach/coach/turn_model.py, DOUBT)? For the
sixteenth to twenty-first writers, each scored by a model trained only on the writers before it was written (d001-d662
for the sixteenth and seventeenth, d001-d742 for the eighteenth to twenty-first), precision/recall per label with no
doubt and with each setting given, and how many labels reach 0.85/0.85; then the coach's probes (tests/coach_probes.py,
sentences written for the tests, not by the corpus writers) each setting gets wrong.

    .venv/bin/python benchmarks/model_doubt.py [LABEL=SCORE[,LABEL=SCORE...] ...]    # ~1 min
    e.g. benchmarks/model_doubt.py advice=0.05,defending=0.005 reflection=0.05 self_focus=0.1
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.coach_probes import PAIRED_PROBES, PARTNER, PROBES  # noqa: E402
from voicecoach.coach import turn_model  # noqa: E402
from voicecoach.coach.scoring import CORPUS, score  # noqa: E402
from voicecoach.coach.turn_analysis import analyse  # noqa: E402
from voicecoach.coach.turn_model_training import train  # noqa: E402

TARGET = 0.85
WRITERS = {"16th": (662, 663, 702), "17th": (662, 703, 742), "18th": (742, 743, 782), "19th": (742, 783, 822),
           "20th": (742, 823, 862), "21st": (742, 863, 902)}  # name: (model trained up to, first dialogue, last dialogue)


def dialogue(row: dict) -> int:
    return int(row["dialogue"].lstrip("d"))


def probe_errors() -> int:
    wrong = sum(analyse(role, text, *((PARTNER, 2) if role == "listener" else (None, 1))).labels[label] != expected
                for label, expected, role, text in PROBES)
    return wrong + sum(analyse("listener", text, partner, 2).labels[label] != expected
                       for label, expected, partner, text in PAIRED_PROBES)


def main(settings: list[str]) -> None:
    rows = [json.loads(line) for line in CORPUS.read_text().splitlines() if line.strip()]
    models = {last: train([r for r in rows if dialogue(r) <= last]) for last in {w[0] for w in WRITERS.values()}}
    shipped = dict(turn_model.DOUBT)
    for setting in ["none", *settings]:
        turn_model.DOUBT.clear()
        if setting != "none":
            turn_model.DOUBT.update({k: float(v) for k, v in (part.split("=") for part in setting.split(","))})
        figures = {}
        for name, (last, first, final) in WRITERS.items():
            turns = [r for r in rows if first <= dialogue(r) <= final]
            figures[name], _ = score(turns, lambda role, text, partner=None, step=None, m=models[last]:
                                     analyse(role, text, partner, step, model=m))
        print(f"doubt {setting}:  " + "  ".join(f"{name:>11}" for name in WRITERS))
        for label in next(iter(figures.values())):
            print(f"  {label:<12}" + "  ".join(f"{f[label]['precision']:.3f}/{f[label]['recall']:.3f}"
                                              for f in figures.values()))
        at_target = [sum(min(v["precision"], v["recall"]) >= TARGET for v in f.values()) for f in figures.values()]
        print(f"  labels at {TARGET}: {at_target}; probes wrong (shipped model): {probe_errors()}")
    turn_model.DOUBT.clear()
    turn_model.DOUBT.update(shipped)


if __name__ == "__main__":
    main(sys.argv[1:])
