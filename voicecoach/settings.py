"""Settings: config/default.toml, then the user's file, then --config, then command-line flags.

The defaults file is the schema: a key it lacks is unknown, and each value must have the type of its default.
Ranges and choices that a type cannot say are in LIMITS.
"""

from __future__ import annotations

import copy
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from voicecoach.errors import ConfigError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

LIMITS: dict[str, tuple] = {
    "audio.input_channels": ("choice", (1, 2)),
    "audio.frame_ms": ("choice", (10, 20, 30)),
    "audio.queue_seconds": ("range", 0.5, 60.0),
    "audio.gate_tail": ("range", 0.0, 3.0),
    "vad.aggressiveness": ("range", 0, 3),
    "vad.min_speech": ("range", 0.03, 1.0),
    "vad.bridge": ("range", 0.0, 1.0),
    "attribution.mode": ("choice", ("channels", "array", "voice", "solo")),
    "attribution.bleed_margin_db": ("range", 0.0, 30.0),
    "attribution.max_delay_ms": ("range", 0.05, 3.0),
    "turns.end_of_turn": ("range", 0.3, 10.0),
    "turns.backchannel_max": ("range", 0.2, 3.0),
    "turns.backchannel_quiet": ("range", 0.2, 5.0),
    "turns.patience": ("range", 0.0, 5.0),
    "transcription.compute_type": ("choice", ("int8", "int8_float32", "float32")),
    "transcription.beam_size": ("range", 1, 10),
    "transcription.threads": ("range", 1, 64),
    "voice.engine": ("choice", ("pyttsx3", "natural", "off")),
    "voice.rate": ("range", 60, 400),
    "practice.mode": ("choice", ("couple", "solo")),
    "practice.interruption_nudge": ("choice", ("end_of_turn", "right_away", "off")),
    "practice.nudge_gap": ("range", 0.0, 600.0),
}


def defaults_path() -> Path:
    """The bundled defaults: inside the installed package, or config/ beside it in a source checkout."""
    packaged = Path(__file__).parent / "defaults" / "default.toml"
    if packaged.exists():
        return packaged
    return Path(__file__).resolve().parent.parent / "config" / "default.toml"


def user_config_path() -> Path:
    return Path(platformdirs.user_config_dir("voicecoach")) / "config.toml"


@dataclass(frozen=True)
class Settings:
    """Validated settings; read values with settings["vad.aggressiveness"] or settings.section("vad")."""

    values: dict[str, dict[str, Any]]

    def __getitem__(self, dotted: str) -> Any:
        section, key = dotted.split(".", 1)
        return self.values[section][key]

    def section(self, name: str) -> dict[str, Any]:
        return dict(self.values[name])

    def with_overrides(self, overrides: dict[str, Any], origin: str = "command line") -> "Settings":
        """A copy with `{"section.key": value}` applied (None values are skipped), validated like a file."""
        nested: dict[str, dict[str, Any]] = {}
        for dotted, value in overrides.items():
            if value is None:
                continue
            section, key = dotted.split(".", 1)
            nested.setdefault(section, {})[key] = value
        merged = copy.deepcopy(self.values)
        _merge(merged, nested, origin)
        return Settings(merged)


def load_settings(config_file: Path | None = None, use_user_file: bool = True) -> Settings:
    values = _read_toml(defaults_path())
    if use_user_file and user_config_path().exists():
        _merge(values, _read_toml(user_config_path()), str(user_config_path()))
    if config_file is not None:
        _merge(values, _read_toml(Path(config_file)), str(config_file))
    return Settings(values)


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from None


def _merge(base: dict[str, dict[str, Any]], extra: dict[str, Any], origin: str) -> None:
    for section, table in extra.items():
        if section not in base:
            known = ", ".join(sorted(base))
            raise ConfigError(f"{origin}: unknown section [{section}] (known sections: {known})")
        if not isinstance(table, dict):
            raise ConfigError(f"{origin}: '{section}' must be a [section] table")
        for key, value in table.items():
            dotted = f"{section}.{key}"
            if key not in base[section]:
                known = ", ".join(sorted(base[section]))
                raise ConfigError(f"{origin}: unknown key [{section}] {key} (keys in [{section}]: {known})")
            base[section][key] = _checked(dotted, value, base[section][key], origin)


def _checked(dotted: str, value: Any, default: Any, origin: str) -> Any:
    section, key = dotted.split(".", 1)
    where = f"{origin}: [{section}] {key} = {value!r}"
    value = _typed(value, default, where)
    limit = LIMITS.get(dotted)
    if limit and limit[0] == "choice" and value not in limit[1]:
        allowed = ", ".join(repr(choice) for choice in limit[1])
        raise ConfigError(f"{where} is not allowed (choose one of {allowed})")
    if limit and limit[0] == "range" and not limit[1] <= value <= limit[2]:
        raise ConfigError(f"{where} is out of range (allowed {limit[1]} to {limit[2]})")
    return value


def _typed(value: Any, default: Any, where: str) -> Any:
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
        raise ConfigError(f"{where} must be true or false")
    if isinstance(default, int):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ConfigError(f"{where} must be a whole number")
    if isinstance(default, float):
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return float(value)
        raise ConfigError(f"{where} must be a number")
    if isinstance(default, str):
        if isinstance(value, str):
            return value
        raise ConfigError(f"{where} must be a string in quotes")
    if isinstance(default, list):
        if isinstance(value, list) and all(isinstance(item, str) for item in value):
            return value
        raise ConfigError(f"{where} must be a list of strings")
    raise ConfigError(f"{where} has an unsupported type")  # pragma: no cover
