"""`analyze`: run the listening engine over a recording."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from voicecoach.audio.file_source import FileSource
from voicecoach.errors import VoicecoachError
from voicecoach.listening.attribution import Attributor, parse_channel_map
from voicecoach.listening.engine import ListeningEngine
from voicecoach.listening.turn_timing import TurnRules
from voicecoach.settings import Settings

MIN_SECONDS = 0.5
CLIPPED = 32767


@dataclass
class Analysis:
    result: dict
    warnings: list[str] = field(default_factory=list)


def turn_rules(settings: Settings) -> TurnRules:
    turns = settings.section("turns")
    return TurnRules(turns["end_of_turn"], turns["backchannel_max"], turns["backchannel_quiet"])


def build_engine(attributor: Attributor, settings: Settings, sound_words=None) -> ListeningEngine:
    vad = settings.section("vad")
    return ListeningEngine(attributor, turn_rules(settings), settings["audio.frame_ms"] / 1000,
                           vad["min_speech"], vad["bridge"], sound_words)


def checks_words(mode: str, settings: Settings) -> bool:
    """Whether a short sound's words may decide whether it was a backchannel: with two people (not `solo`); on a
    shared microphone only for a sound nobody else spoke around (see sound_words.py)."""
    return mode in ("channels", "array", "voice") and settings["turns.word_check"]


def build_sound_words(settings: Settings, mode: str, channel_map: str | None, transcriber, live: bool = False):
    """The check of a short sound's words (see checks_words), on the shared Whisper model; `live` reads short
    sounds ahead on a worker thread (see sound_words.py)."""
    from voicecoach.listening.sound_words import ShortSoundWords
    from voicecoach.speech.backchannel_words import BackchannelWords

    mapping = parse_channel_map(channel_map or settings["attribution.channel_map"])
    if mode == "voice":  # one microphone (its first channel, if the device gives more)
        mapping = {person: 0 for person in mapping}
    return ShortSoundWords(BackchannelWords(transcriber), mapping, ahead=live)


def build_attributor(mode: str, channels: int, settings: Settings, channel_map: str | None = None,
                     enroll: dict[str, Path] | None = None) -> Attributor:
    aggressiveness = settings["vad.aggressiveness"]
    frame_s = settings["audio.frame_ms"] / 1000
    mapping = parse_channel_map(channel_map or settings["attribution.channel_map"])
    if mode == "channels":
        from voicecoach.listening.attribution.channels import ChannelAttributor

        return ChannelAttributor(mapping, channels, aggressiveness, settings["attribution.bleed_margin_db"], frame_s)
    if mode == "array":
        from voicecoach.listening.attribution.array import ArrayAttributor

        return ArrayAttributor(mapping, channels, aggressiveness, settings["attribution.max_delay_ms"], frame_s)
    if mode == "voice":
        from voicecoach.listening.attribution.voice import VoiceAttributor

        return VoiceAttributor.from_enrolment(enroll or {}, list(mapping), aggressiveness, frame_s,
                                              settings["attribution.voice_encoder"])
    if mode == "solo":
        from voicecoach.listening.attribution.solo import SoloAttributor

        return SoloAttributor(list(mapping), aggressiveness)
    raise VoicecoachError(f"unknown attribution mode '{mode}' (choose channels, array, voice or solo)")


def analyze_file(path: str | Path, settings: Settings, mode: str | None = None, channel_map: str | None = None,
                 enroll: dict[str, Path] | None = None, transcribe: bool = False, check_words: bool = False,
                 transcriber=None) -> Analysis:
    """`transcribe` adds each turn's words; `check_words` lets a short sound's words decide whether it was a
    backchannel (see checks_words). Both load Whisper unless a loaded `transcriber` is given."""
    source = FileSource(path, settings["audio.frame_ms"])
    if source.duration < MIN_SECONDS:
        raise VoicecoachError(f"{path} is too short to analyse ({source.duration:.2f} s; at least {MIN_SECONDS} s)")
    mode = mode or settings["attribution.mode"]
    attributor = build_attributor(mode, source.channels, settings, channel_map, enroll)
    check_words = check_words and checks_words(mode, settings)
    if (transcribe or check_words) and transcriber is None:
        from voicecoach.speech.transcriber import Transcriber

        transcriber = Transcriber.from_settings(settings)
    sound_words = build_sound_words(settings, mode, channel_map, transcriber) if check_words else None
    engine = build_engine(attributor, settings, sound_words)
    clipped = samples = 0
    frames = source.frames()
    if hasattr(attributor, "read_ahead"):
        frames = list(frames)
        attributor.read_ahead(frames)
    for frame in frames:
        engine.push(frame)
        clipped += int(np.count_nonzero(np.abs(frame.samples.astype(np.int32)) >= CLIPPED))
        samples += frame.samples.size
    engine.finish()
    analysis = Analysis(engine.result())
    if samples and clipped / samples > 0.001:
        analysis.warnings.append(
            f"{path} is clipped ({clipped / samples:.1%} of samples at full scale): timings may be less accurate"
        )
    if not any(s["segments"] for s in analysis.result["speakers"].values()):
        analysis.warnings.append(f"no speech found in {path}")
    if transcribe and analysis.result["turns"]:
        from voicecoach.speech.turn_text import transcribe_turns, words_of_events

        own_channels = parse_channel_map(channel_map or settings["attribution.channel_map"]) if mode == "channels" else None
        words = transcribe_turns(path, analysis.result["turns"], transcriber, own_channels, settings["audio.frame_ms"])
        words_of_events(analysis.result["events"], analysis.result["turns"], words)
    return analysis
