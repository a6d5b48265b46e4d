"""A listener turn in a reflecting step that nothing else labels, not even the unlabelled-defence rule: often the
listener telling of their own life or feeling in words no cue has ("I'm forty on the ninth. I'd like one thing this
year that's about me.", "When I saw his little face I thought of Biscuit. I cried in the van, honestly."). There, and
only there, the turn model's self-focus score decides at a lower threshold than where it backs up the cues, less the
shapes model_guards.py rules out for self-focus and the listener's feeling for the partner ("I've been so worried
about you I've hardly slept.").

Checked writer by writer (benchmarks/unlabelled_self_focus.py): for each of the third to twelfth writers, the labels of
the commit that held it out, the defending rule as now, then this rule with a model trained on the writers before.
All ten together at 0.6: self-focus 0.826 / 0.631 -> 0.846 / 0.759 (F1 0.715 -> 0.800; 0.807 at 0.4, 0.798 at 0.5,
0.789 at 0.65, 0.779 at 0.7), defending unchanged. Recall rose on all ten; precision rose on nine and fell on one
(eleventh, 0.87 -> 0.82). 0.6 is the highest threshold within 0.01 of the best F1.
"""

from __future__ import annotations

import re

from voicecoach.coach.model_guards import unfounded
from voicecoach.coach.own_story_cues import REACTION_TO_PARTNER
from voicecoach.coach.turn_model import TurnModel
from voicecoach.coach.turn_text import Turn

THRESHOLD = 0.6
# the listener's feeling or lost sleep over the partner ("I've been so worried about you I've hardly slept.", "I've
# lost sleep over how tired you look", "It's hard for me too, seeing you this lonely.")
ABOUT_THE_PARTNER = re.compile(r"\b(about|over|for) (how |what |the way )?(\w+ ){0,2}(you|your)\b|\b(seeing|hearing|watching) you\b")


def is_self_focus(model: TurnModel, turn: Turn, partner: str) -> bool:
    if "self_focus" not in model.labels:
        return False
    return (model.probability("self_focus", turn.as_spoken, partner) >= THRESHOLD
            and not unfounded({"self_focus"}, turn) and not turn.has(REACTION_TO_PARTNER)
            and not ABOUT_THE_PARTNER.search(turn.said))
