"""Offline transcription with faster-whisper: one loaded model, guarded against text from silence and loops."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import ctranslate2
import numpy as np
import webrtcvad

from voicecoach.speech.models import BUNDLED, load_whisper

NO_SPEECH_PROB = 0.6  # drop a segment Whisper itself thinks is not speech...
LOW_LOGPROB = -1.0  # ...when it is also unsure of the words...
SURE_NO_SPEECH = 0.8  # ...or when it is quite sure (a hum gives " You" at 0.94; a real "Okay." scores 0.1-0.35)
TEMPERATURES = (0.0, 0.2, 0.4)  # a bounded fallback: no wild sampling on hard audio
MIN_VOICED_SECONDS = 0.15
MAX_WORDS_PER_VOICED_SECOND = 6.0  # faster than anyone speaks: Whisper made words up (e.g. "Have a great day." for "Oh.")


@dataclass
class Word:
    start: float
    end: float
    word: str
    probability: float


@dataclass
class Segment:
    start: float
    end: float
    text: str


@dataclass
class Transcript:
    text: str
    segments: list[Segment] = field(default_factory=list)
    words: list[Word] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"text": self.text,
                "segments": [{"start": round(s.start, 3), "end": round(s.end, 3), "text": s.text} for s in self.segments]}


class Transcriber:
    """Thread-safe: one model, one transcription at a time (the model already uses every thread it is given)."""

    def __init__(self, model: str = BUNDLED, compute_type: str = "int8", beam_size: int = 5, threads: int = 2):
        self.model = load_whisper(model, compute_type, threads)
        self.beam_size = beam_size
        self.lock = threading.Lock()  # one model, one user at a time (also the backchannel check)

    @classmethod
    def from_settings(cls, settings) -> "Transcriber":
        whisper = settings.section("transcription")
        return cls(whisper["model"], whisper["compute_type"], whisper["beam_size"], whisper["threads"])

    def transcribe(self, audio: np.ndarray, offset: float = 0.0, whole_file: bool = False) -> Transcript:
        """Text of 16 kHz mono audio (int16 or float32). Times are shifted by `offset` seconds.

        `whole_file=True` lets Whisper's own VAD skip long silences; turns cut by our VAD do not need it.
        """
        if audio.dtype == np.int16:
            audio = audio.astype(np.float32) / 32768.0
        voiced = voiced_seconds(audio)
        if voiced < MIN_VOICED_SECONDS:  # no voice at all: Whisper would only make something up ("You")
            return Transcript("")
        with self.lock:
            ctranslate2.set_random_seed(0)  # the temperature fallback samples: same audio, same words
            segments, _ = self.model.transcribe(
                audio,
                language="en",
                beam_size=self.beam_size,
                temperature=list(TEMPERATURES),
                condition_on_previous_text=False,
                no_speech_threshold=NO_SPEECH_PROB,
                log_prob_threshold=LOW_LOGPROB,
                word_timestamps=True,
                vad_filter=whole_file,
            )
            kept = [s for s in segments if not _not_speech(s)]
        text = " ".join(s.text.strip() for s in kept).strip()
        if len(text.split()) > max(2.0, MAX_WORDS_PER_VOICED_SECOND * voiced + 1):
            return Transcript("")
        out = Transcript(text)
        for s in kept:
            out.segments.append(Segment(s.start + offset, s.end + offset, s.text.strip()))
            out.words.extend(Word(w.start + offset, w.end + offset, w.word.strip(), w.probability) for w in s.words or [])
        return out


def voiced_seconds(audio: np.ndarray) -> float:
    """How much of float audio in [-1, 1] at 16 kHz the WebRTC VAD hears as voice."""
    vad = webrtcvad.Vad(2)
    pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16)
    frame = 480
    voiced = sum(vad.is_speech(pcm[i : i + frame].tobytes(), 16000) for i in range(0, len(pcm) - frame + 1, frame))
    return voiced * 0.03


def _not_speech(segment) -> bool:
    if segment.no_speech_prob <= NO_SPEECH_PROB:
        return False
    return segment.avg_logprob < LOW_LOGPROB or segment.no_speech_prob > SURE_NO_SPEECH
