"""Train the coach's turn model on the labelled corpus (dialogues d001 to LAST_TUNING_DIALOGUE in
voicecoach/coach/scoring.py, now d742, or for the labels TRAINED_THROUGH in turn_model_training.py names, to the
dialogue it gives) and write voicecoach/coach/turn_model.npz. Deterministic: the same corpus gives
the same file.

    .venv/bin/python scripts/build_turn_model.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from voicecoach.coach.scoring import LAST_TUNING_DIALOGUE  # noqa: E402
from voicecoach.coach.turn_model import WEIGHTS  # noqa: E402
from voicecoach.coach.turn_model_training import (  # noqa: E402
    MODEL_LABELS,
    TRAINED_THROUGH,
    train_shipped,
    training_rows,
)


def main() -> None:
    rows = training_rows()
    model = train_shipped(rows)
    model.save(WEIGHTS)
    sizes = ", ".join(f"{label}: {len(m['weights'])} weights" for label, m in model.labels.items())
    longer = ", ".join(f"{label} to d{last}" for label, last in TRAINED_THROUGH.items())
    print(f"trained on tests/data/feedback/corpus.jsonl, d001-d{LAST_TUNING_DIALOGUE} ({longer}); "
          f"labels {list(MODEL_LABELS)}")
    print(f"wrote {WEIGHTS} ({WEIGHTS.stat().st_size // 1024} KiB; {sizes})")


if __name__ == "__main__":
    main()
