"""The exercise as data (config/protocol.toml): turn-ending silences per step and the coach's wordings."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from voicecoach.errors import ConfigError
from voicecoach.settings import defaults_path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

BASE_PACK = "couples"
PHASES = ("share", "reflect", "clarify", "empathy", "answer")
END_OF_TURN_RANGE = (0.8, 3.0)
REQUIRED = ("intro", "breathe", "enrol_voice", "enrol_more", "enrol_side", "step1", "step1_open", "step2", "step3",
            "step4", "wrap_up", "step6", "offer_switch", "ask_again", "switch", "understood", "summary_rounds",
            "summary_not_understood", "summary_interruptions", "summary_no_interruptions", "goodbye", "stopped",
            "paused", "resumed", "help", "nudge_interruption", "nudge_too_fast")


@dataclass
class Protocol:
    max_rounds: int
    breath: float
    end_of_turn: dict[str, float]
    prompts: dict[str, list[str]]
    _used: dict[str, int] = field(default_factory=dict)

    def wording(self, key: str, **names) -> str | None:
        """The next wording of a prompt, in turn; None when the pack has nothing to say there."""
        options = self.prompts.get(key) or []
        if not options:
            return None
        used = self._used.get(key, 0)
        self._used[key] = used + 1
        return options[used % len(options)].format(**names)


def default_protocol_path() -> Path:
    return defaults_path().parent / "protocol.toml"


def load_protocol(path: str | Path | None = None, pack: str = BASE_PACK, solo: bool = False) -> Protocol:
    path = Path(path) if path else default_protocol_path()
    try:
        with open(path, "rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"protocol file not found: {path}") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read protocol file {path}: {exc}") from None
    packs = data.get("packs", {})
    if BASE_PACK not in packs:
        raise ConfigError(f"{path}: needs a [packs.{BASE_PACK}] table (the wording every other pack builds on)")
    if pack not in packs:
        raise ConfigError(f"{path}: unknown pack '{pack}' (packs: {', '.join(sorted(packs))})")
    prompts = _prompts(packs[BASE_PACK], path, BASE_PACK)
    if pack != BASE_PACK:
        prompts.update(_prompts(packs[pack], path, pack))
    if solo:
        prompts.update(_prompts(packs[BASE_PACK].get("solo", {}), path, f"{BASE_PACK}.solo"))
        if pack != BASE_PACK:
            prompts.update(_prompts(packs[pack].get("solo", {}), path, f"{pack}.solo"))
    missing = [key for key in REQUIRED if key not in prompts]
    if missing:
        raise ConfigError(f"{path}: pack '{BASE_PACK}' lacks the prompt(s) {', '.join(missing)}")
    return Protocol(_whole(data, "max_rounds", path, 1, 10), _number(data, "breath", path, 0.0, 15.0),
                    _end_of_turn(data.get("end_of_turn", {}), path), prompts)


def _prompts(table: dict, path: Path, where: str) -> dict[str, list[str]]:
    prompts = {}
    for key, value in table.items():
        if key == "solo" and isinstance(value, dict):
            continue
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ConfigError(f"{path}: [packs.{where}] {key} must be a list of wordings in quotes")
        for wording in value:
            try:
                wording.format(speaker="", listener="", rounds="", count="")
            except (KeyError, IndexError, ValueError) as exc:
                raise ConfigError(f"{path}: [packs.{where}] {key}: bad placeholder {exc} in '{wording}'") from None
        prompts[key] = value
    return prompts


def _end_of_turn(table: dict, path: Path) -> dict[str, float]:
    missing = [phase for phase in PHASES if phase not in table]
    unknown = [key for key in table if key not in PHASES]
    if missing or unknown:
        raise ConfigError(f"{path}: [end_of_turn] needs exactly {', '.join(PHASES)}"
                          + (f" (unknown: {', '.join(unknown)})" if unknown else f" (missing: {', '.join(missing)})"))
    return {phase: _number(table, phase, path, *END_OF_TURN_RANGE, section="[end_of_turn] ") for phase in PHASES}


def _number(table: dict, key: str, path: Path, low: float, high: float, section: str = "") -> float:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigError(f"{path}: {section}{key} must be a number")
    if not low <= value <= high:
        raise ConfigError(f"{path}: {section}{key} = {value} is out of range (allowed {low} to {high})")
    return float(value)


def _whole(table: dict, key: str, path: Path, low: int, high: int) -> int:
    value = table.get(key)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigError(f"{path}: {key} must be a whole number")
    if not low <= value <= high:
        raise ConfigError(f"{path}: {key} = {value} is out of range (allowed {low} to {high})")
    return value
