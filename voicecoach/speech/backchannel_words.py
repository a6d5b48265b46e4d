"""Whether a short sound says a backchannel ("mm-hmm", "okay", "I see") or other words ("Which sink?", the last
words of a sentence). Timing alone cannot tell the two apart; the words can.

Whisper's free reading of a half-second clip is often wrong for a hum ("Mm-hmm." comes out as "Mama." or
"Mountain."), so a reading that is not a backchannel is checked once more: how likely Whisper finds each
backchannel as the clip's text, against how likely it finds its own reading. A real "mm-hmm" read as "Mama" scores
its "Mm-hmm." nearly as well; "the whole thing" scores every backchannel far worse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ctranslate2
import numpy as np

from voicecoach.speech.transcriber import MIN_VOICED_SECONDS, Transcriber, voiced_seconds

BACKCHANNEL_PHRASES = frozenset({
    "mm-hmm", "mm hmm", "mhm", "mm", "hmm", "uh-huh", "uh huh", "yeah", "yes", "yep", "yup", "okay", "ok", "right",
    "all right", "alright", "sure", "true", "oh", "ah", "aha", "i see", "got it", "oh no", "oh dear", "oh okay",
    "oh right", "fine", "fair", "fair enough", "i know", "ha", "ha ha", "haha", "wow", "really", "exactly",
    "of course", "absolutely", "totally", "uh-oh", "uh", "um", "no way", "go on", "good", "great", "cool",
    # reactions: what a listener says to news without taking the floor ("Oh, nice.", "Dear me.", "Goodness.")
    "nice", "lovely", "brilliant", "perfect", "indeed", "definitely", "dear", "dear me", "oh dear me", "goodness",
    "goodness me", "my goodness", "good grief", "good heavens", "heavens", "gosh", "oh my", "my god", "god", "my word",
    "blimey", "crikey", "cripes", "yikes", "jeez", "geez", "jeepers", "gee", "golly", "whoa", "woah", "phew", "ouch",
    "ow", "oops", "whoops", "ooh", "oof", "aw", "aww", "ugh", "eek", "heck", "bother", "damn", "bless",
})
# the one-word backchannels, which also make one when run together without a comma ("Oh good.", "Yeah okay.")
BACKCHANNEL_WORDS = frozenset(phrase for phrase in BACKCHANNEL_PHRASES if " " not in phrase)
# The ones Whisper is asked to score against its own reading, as Whisper writes them (the 16 that came out best
# for a misread hum on the tuning scenes: each extra one costs as much as another reading).
CANDIDATES = ("Mm-hmm.", "Uh-huh.", "Mm.", "Yeah.", "Okay.", "Right.", "Sure.", "True.", "Oh.", "Oh no.", "I see.",
              "Got it.", "Fine.", "Fair.", "Ha ha.", "Yeah, yeah.")
# Mean log-probability per token by which the best backchannel may trail Whisper's own reading and still be what
# was said. On the tuning scenes (s00-s116, the sounds timing alone took for backchannels) a misread backchannel
# trailed by at most 1.16, other words by 1.45 or more (one, "Fine, I'll take it.", by 0.66).
MAX_SHORTFALL = 1.3
# What Whisper says for a hum or a breath it cannot read (learned from video captions): no words at all.
HALLUCINATIONS = frozenset({"thank you for watching", "thanks for watching", "thank you", "thank you very much",
                            "you", "bye", "bye-bye"})
WINDOW_FRAMES = 3000  # Whisper hears 30 s windows; a clip is padded to one
MAX_TOKENS = 24


def is_backchannel_text(text: str) -> bool:
    """Whether every phrase of a reading is a backchannel ("Oh, okay." and "Oh good." yes; "I check." no; "" no)."""
    phrases = [p for p in map(_plain, re.split(r"[,.!?;:…]+", text)) if p]
    return bool(phrases) and all(p in BACKCHANNEL_PHRASES or set(p.split()) <= BACKCHANNEL_WORDS for p in phrases)


def _plain(text: str) -> str:
    """Lower-case words, apostrophes and hyphens only."""
    return re.sub(r"[^a-z' -]", "", text.lower()).strip()


class BackchannelWords:
    """Reads short sounds with the shared Whisper model (one at a time, under the transcriber's lock)."""

    def __init__(self, transcriber: Transcriber):
        self._transcriber = transcriber
        whisper = transcriber.model
        from faster_whisper.tokenizer import Tokenizer

        self._tokenizer = Tokenizer(whisper.hf_tokenizer, False, task="transcribe", language="en")
        self._start = [*self._tokenizer.sot_sequence, self._tokenizer.no_timestamps]
        self._candidates = [self._tokenizer.encode(" " + text) for text in CANDIDATES]

    def says_backchannel(self, audio: np.ndarray) -> bool | None:
        """True for backchannel words, False for other words, None when nothing clear was said. 16 kHz mono.
        A one-word reading that is not a backchannel ("Mama.", "Mountain.", but also "What?") is left to timing:
        it is how Whisper most often misreads a hum, and too little to go on."""
        reading = self.read(audio)
        if reading is None or reading.is_backchannel:
            return None if reading is None else True
        if reading.shortfall is None:
            return None
        return reading.shortfall <= MAX_SHORTFALL

    def read(self, audio: np.ndarray) -> Reading | None:
        """Whisper's reading of the sound and, for a reading of two or more words that is not a backchannel phrase,
        by how much the best backchannel trails it (None: no voice, or no words)."""
        if audio.dtype == np.int16:
            audio = audio.astype(np.float32) / 32768.0
        if voiced_seconds(audio) < MIN_VOICED_SECONDS:
            return None
        whisper = self._transcriber.model
        with self._transcriber.lock:
            features = whisper.feature_extractor(audio)[:, :WINDOW_FRAMES]
            frames = features.shape[-1]
            padded = np.zeros((1, features.shape[0], WINDOW_FRAMES), dtype=np.float32)
            padded[0, :, :frames] = features
            encoded = whisper.model.encode(ctranslate2.StorageView.from_array(padded))
            result = whisper.model.generate(encoded, [self._start], beam_size=1, max_length=MAX_TOKENS)[0]
            tokens = [token for token in result.sequences_ids[0] if token < self._tokenizer.eot]
            if not tokens:
                return None
            text = self._tokenizer.decode(tokens).strip()
            if _plain(text) in HALLUCINATIONS:
                return None
            if is_backchannel_text(text) or len(text.split()) < 2:
                return Reading(text, is_backchannel_text(text))
            texts = [tokens, *self._candidates]
            batch = ctranslate2.StorageView.from_array(np.repeat(np.asarray(encoded), len(texts), axis=0))
            # align() puts <|notimestamps|> after the start sequence itself; num_frames counts mel frames
            aligned = whisper.model.align(batch, list(self._tokenizer.sot_sequence), texts, [frames] * len(texts))
        scores = [float(np.mean(np.log(np.maximum(a.text_token_probs, 1e-9)))) for a in aligned]
        return Reading(text, False, scores[0] - max(scores[1:]))


@dataclass(frozen=True)
class Reading:
    text: str
    is_backchannel: bool
    shortfall: float | None = None  # mean log-probability per token by which the best backchannel trails `text`
