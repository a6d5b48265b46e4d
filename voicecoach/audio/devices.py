"""Sound devices through PortAudio: listing them and finding one by name or index."""

from __future__ import annotations

from dataclasses import dataclass
from types import ModuleType

from voicecoach.errors import AudioInputError, AudioOutputError, VoicecoachError


def portaudio() -> ModuleType:
    """The sounddevice module, or a one-line error when the PortAudio library is missing."""
    try:
        import sounddevice
    except OSError:
        raise VoicecoachError(
            "the PortAudio library is missing: run `make setup` (or install libportaudio2)"
        ) from None
    return sounddevice


@dataclass(frozen=True)
class Device:
    index: int
    name: str
    inputs: int
    outputs: int
    default_rate: float
    is_default_input: bool
    is_default_output: bool


def list_devices() -> list[Device]:
    sd = portaudio()
    try:
        found = sd.query_devices()
        default_in, default_out = _defaults(sd)
    except sd.PortAudioError:
        return []
    return [
        Device(
            index=info["index"],
            name=info["name"],
            inputs=info["max_input_channels"],
            outputs=info["max_output_channels"],
            default_rate=info["default_samplerate"],
            is_default_input=info["index"] == default_in,
            is_default_output=info["index"] == default_out,
        )
        for info in found
    ]


def _defaults(sd: ModuleType) -> tuple[int, int]:
    default_in, default_out = sd.default.device
    return int(default_in), int(default_out)


def find_device(spec: str | int | None, kind: str) -> Device:
    """The device named (by index, or a case-insensitive part of its name) or the system default."""
    error = AudioInputError if kind == "input" else AudioOutputError
    noun = "microphone" if kind == "input" else "speaker"
    devices = [d for d in list_devices() if (d.inputs if kind == "input" else d.outputs) > 0]
    if not devices:
        raise error(f"no {noun} found: connect one, or check it is not disabled (`voicecoach devices` lists what is seen)")
    if spec in (None, ""):
        default = [d for d in devices if (d.is_default_input if kind == "input" else d.is_default_output)]
        return default[0] if default else devices[0]
    text = str(spec).strip()
    if text.lstrip("-").isdigit():
        matches = [d for d in devices if d.index == int(text)]
    else:
        matches = [d for d in devices if text.lower() in d.name.lower()]
    if not matches:
        names = "; ".join(f"{d.index}: {d.name}" for d in devices)
        raise error(f"no {noun} matches '{text}' (available: {names})")
    return matches[0]
