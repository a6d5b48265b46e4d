"""`voicecoach feedback`: JSON lines of turns in, one line of feedback out for each."""

from __future__ import annotations

import json
from typing import Iterable, Iterator

from voicecoach.coach.feedback import feedback_for
from voicecoach.errors import VoicecoachError

ROLES = ("speaker", "listener")


def feedback_lines(lines: Iterable[str], as_json: bool) -> Iterator[str]:
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        turn = _parse(line, number)
        result = feedback_for(turn["role"], turn["text"], turn.get("partner_text"), turn.get("step"))
        if as_json:
            yield json.dumps(result.as_dict())
        else:
            found = [label for label, on in result.analysis.labels.items() if on]
            yield f"{result.text}  [{', '.join(found) or 'no labels'}]"


def _parse(line: str, number: int) -> dict:
    try:
        turn = json.loads(line)
    except json.JSONDecodeError as exc:
        raise VoicecoachError(f"line {number} is not JSON ({exc.msg})") from None
    if not isinstance(turn, dict):
        raise VoicecoachError(f"line {number} must be a JSON object with role, step, text and partner_text")
    if turn.get("role") not in ROLES:
        raise VoicecoachError(f"line {number}: role must be 'speaker' or 'listener', not {turn.get('role')!r}")
    if not isinstance(turn.get("text"), str):
        raise VoicecoachError(f"line {number}: text must be a string")
    partner = turn.get("partner_text")
    if partner is not None and not isinstance(partner, str):
        raise VoicecoachError(f"line {number}: partner_text must be a string or null")
    step = turn.get("step")
    if step is not None and (isinstance(step, bool) or not isinstance(step, int) or not 1 <= step <= 6):
        raise VoicecoachError(f"line {number}: step must be a whole number from 1 to 6")
    return turn
