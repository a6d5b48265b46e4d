"""`voicecoach doctor`: checks each part of the machine voicecoach needs, with a fix for each failure."""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

import numpy as np
import soxr

from voicecoach.audio.frames import SAMPLE_RATE, to_int16
from voicecoach.errors import VoicecoachError
from voicecoach.settings import Settings

READY_PHRASE = "The coach is ready to listen."


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""


@dataclass
class Context:
    """What one check hands to the next (the spoken phrase feeds the VAD and the transcription checks)."""

    settings: Settings
    phrase_audio: np.ndarray | None = None  # int16 at 16 kHz


def check_microphone(ctx: Context) -> Check:
    from voicecoach.audio.microphone import MicrophoneSource, wait_for_level

    audio = ctx.settings.section("audio")
    with MicrophoneSource(audio["input_device"], audio["input_channels"], audio["frame_ms"]) as mic:
        peak = wait_for_level(mic, 0.6)
        lost = mic.overflows + mic.dropped_blocks
    return Check("microphone", True, f"{mic.device.name}: audio flowing, peak level {peak:.3f}, {lost} blocks lost")


def check_output(ctx: Context) -> Check:
    from voicecoach.audio.playback import Player

    player = Player(ctx.settings["audio.output_device"])
    t = np.arange(int(0.15 * 24_000)) / 24_000
    player.play(0.05 * np.sin(2 * np.pi * 660 * t).astype(np.float32), 24_000)
    return Check("speaker", True, f"{player.device.name}: played a short tone")


def check_speech_engine(ctx: Context) -> Check:
    from voicecoach.speech.voice import SystemVoice

    voice = SystemVoice(ctx.settings["voice.rate"], ctx.settings["voice.voice_id"])
    audio, rate = voice.synthesize(READY_PHRASE)
    ctx.phrase_audio = to_int16(soxr.resample(audio, rate, SAMPLE_RATE))
    return Check("speech engine", True, f"pyttsx3 spoke {len(audio) / rate:.1f} s of audio at {rate} Hz")


def check_vad(ctx: Context) -> Check:
    import webrtcvad

    if ctx.phrase_audio is None:
        return Check("voice activity", False, "no test speech (the speech engine check failed)", "fix the speech engine first")
    vad = webrtcvad.Vad(ctx.settings["vad.aggressiveness"])
    frame = SAMPLE_RATE * 30 // 1000

    def voiced_share(audio: np.ndarray) -> float:
        frames = [audio[i : i + frame] for i in range(0, len(audio) - frame + 1, frame)]
        return sum(vad.is_speech(f.tobytes(), SAMPLE_RATE) for f in frames) / max(1, len(frames))

    speech = voiced_share(ctx.phrase_audio)
    silence = voiced_share(np.zeros(SAMPLE_RATE, dtype=np.int16))
    ok = speech > 0.3 and silence == 0.0
    return Check("voice activity", ok, f"webrtcvad: {speech:.0%} of speech frames voiced, {silence:.0%} of silence",
                 "" if ok else "reinstall with `make setup` (package webrtcvad-wheels)")


def check_transcription(ctx: Context) -> Check:
    from voicecoach.speech.models import load_whisper, model_path

    settings = ctx.settings.section("transcription")
    path = model_path(settings["model"])
    started = time.monotonic()
    model = load_whisper(settings["model"], settings["compute_type"], settings["threads"])
    loaded = time.monotonic() - started
    if ctx.phrase_audio is None:
        return Check("transcription", True, f"model loaded from {path} in {loaded:.1f} s (not tried: no test speech)")
    segments, _ = model.transcribe(ctx.phrase_audio.astype(np.float32) / 32768.0, language="en", beam_size=1)
    text = " ".join(segment.text.strip() for segment in segments)
    ok = "ready" in text.lower()
    return Check("transcription", ok, f"{settings['model']} loaded in {loaded:.1f} s, heard: \"{text}\"",
                 "" if ok else "the model loads but mishears: check the model folder is a Whisper English model")


def check_speaker_encoder(ctx: Context) -> Check:
    from voicecoach.listening.attribution.speaker_encoder import load_encoder

    if not ctx.settings["attribution.voice_encoder"]:
        return Check("speaker encoder", True, "not used ([attribution] voice_encoder = false)")
    started = time.monotonic()
    encoder = load_encoder()
    loaded = time.monotonic() - started
    if ctx.phrase_audio is None:
        return Check("speaker encoder", True, f"weights read in {loaded:.2f} s (not tried: no test speech)")
    vectors = encoder.hop_features([ctx.phrase_audio])[0]
    ok = bool(len(vectors)) and bool(np.isfinite(vectors).all())
    return Check("speaker encoder", ok, f"weights read in {loaded:.2f} s; {len(vectors)} hops of the phrase encoded",
                 "" if ok else "the encoder gives no numbers: reinstall with `make setup`")


CHECKS: list[Callable[[Context], Check]] = [
    check_microphone, check_output, check_speech_engine, check_vad, check_transcription, check_speaker_encoder,
]
FIXES = {
    "microphone": "connect a microphone, or pick one with [audio] input_device (see `voicecoach devices`)",
    "speaker": "connect a speaker or headphones, or pick one with [audio] output_device; or use --voice off",
    "speech engine": "install eSpeak NG (`make setup` does it on Debian/Ubuntu)",
    "voice activity": "reinstall with `make setup`",
    "transcription": "reinstall with `make setup`, or set [transcription] model to a valid folder",
    "speaker encoder": "reinstall with `make setup` (it installs resemblyzer for the weights), or set "
                       "[attribution] voice_encoder = false",
}


def run_checks(settings: Settings) -> list[Check]:
    ctx = Context(settings)
    results = []
    for check in CHECKS:
        name = check.__name__.removeprefix("check_").replace("_", " ")
        name = {"output": "speaker"}.get(name, name)
        try:
            results.append(check(ctx))
        except VoicecoachError as exc:
            results.append(Check(name, False, exc.message, FIXES.get(name, "")))
        except Exception as exc:  # a doctor reports every failure instead of stopping at the first
            results.append(Check(name, False, f"{type(exc).__name__}: {exc}", FIXES.get(name, "")))
    return results
