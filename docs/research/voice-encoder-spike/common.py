"""Shared helpers for the resemblyzer spike. Loads ONLY split=='tune' scenes (label JSON checked before audio)."""
import sys, json
sys.dont_write_bytecode = True  # never write __pycache__ under /work/main
sys.path.insert(0, "/work/main")
from pathlib import Path
import numpy as np
import soundfile as sf

from voicecoach.listening.attribution.voice_features import HOP, hop_spectra, split_hops, stacked  # noqa
FIX = Path("/work/main/audio_fixtures")


def read_mono(path):
    a, sr = sf.read(str(path), dtype="int16", always_2d=True)
    assert sr == 16000
    return a.mean(axis=1)


def enrolment():
    return [read_mono(FIX / "enroll_alex.flac").astype(np.int16), read_mono(FIX / "enroll_sam.flac").astype(np.int16)]


def hop_truth(labels, hops):
    centres = (np.arange(hops) + 0.5) * HOP / 16000
    return np.stack([
        np.any([(centres >= s) & (centres <= e) for s, e in labels["speakers"][p]["segments"]], axis=0)
        for p in ("Alex", "Sam")], axis=1)


def tune_scenes():
    out = []
    for path in sorted(FIX.glob("s*.json")):
        if int(path.name[1:3]) > 36:
            continue  # holdout (s37-s46): not even the label file is opened
        labels = json.loads(path.read_text())
        if labels["split"] != "tune":
            continue  # holdout: never opened
        num = int(path.name[1:3])
        assert num <= 36, path
        audio = read_mono(FIX / labels["files"]["mono"])
        hops = len(audio) // HOP
        loud = 10 * np.log10(np.mean((split_hops(audio) / 32768.0) ** 2, axis=1) + 1e-10) > -45
        bc = np.zeros((hops, 2), bool)  # backchannel hops per person
        centres = (np.arange(hops) + 0.5) * HOP / 16000
        for ev in labels["events"]:
            if ev["type"] == "backchannel":
                i = ("Alex", "Sam").index(ev["by"])
                bc[:, i] |= (centres >= ev["start"]) & (centres <= ev["end"])
        out.append(dict(name=path.stem, audio=audio, truth=hop_truth(labels, hops), loud=loud, bc=bc, labels=labels))
    return out


def metrics(found_list, scenes, extra=True):
    """Same figures as tests/test_voice_profiles.py (+ backchannel recall)."""
    found = np.vstack([f[s["loud"]] for f, s in zip(found_list, scenes)])
    truth = np.vstack([s["truth"][s["loud"]] for s in scenes])
    bc = np.vstack([s["bc"][s["loud"]] for s in scenes])
    alone = [truth[:, i] & ~truth[:, 1 - i] for i in (0, 1)]
    both = truth.all(axis=1)
    m = {
        "own_alone": [round(float(found[alone[i], i].mean()), 3) for i in (0, 1)],
        "other_wrong": [round(float(found[alone[i], 1 - i].mean()), 3) for i in (0, 1)],
        "both": round(float(found[both].all(axis=1).mean()), 3),
    }
    if extra:
        # backchannel hops: is the backchanneller heard? (most are over the partner's speech)
        m["bc_heard"] = [round(float(found[bc[:, i], i].mean()), 3) for i in (0, 1)]
        # event-level: share of backchannel events with >= 30% of their hops heard
        ev_hit, ev_n = 0, 0
        for f, s in zip(found_list, scenes):
            centres = (np.arange(len(f)) + 0.5) * HOP / 16000
            for ev in s["labels"]["events"]:
                if ev["type"] != "backchannel":
                    continue
                i = ("Alex", "Sam").index(ev["by"])
                sel = (centres >= ev["start"]) & (centres <= ev["end"]) & s["loud"]
                if sel.any():
                    ev_n += 1
                    ev_hit += f[sel, i].mean() >= 0.3
        m["bc_events"] = f"{ev_hit}/{ev_n}"
        m["n_hops"] = dict(alone=[int(a.sum()) for a in alone], both=int(both.sum()), bc=[int(b.sum()) for b in bc.T])
    return m


def sweep(probs_list, scenes, thresholds=(0.4, 0.5, 0.6, 0.7)):
    return {t: metrics([p > t for p in probs_list], scenes, extra=(t == 0.6)) for t in thresholds}
