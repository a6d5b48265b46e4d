"""The recommended recipe end to end, torch-free (numpy GE2E from ge2e_weights.npz), one core.
Per couple: the current 200 mixes x 3 seeds; for each hop, features = current stacked spectra (520)
+ GE2E of the last 60 mel frames (0.6 s, strictly causal: last frame = 3k+1, inside hop k).
Networks: for each seed, one MLP on [base, d-vector] and one on [base, LSTM layer-3 final hidden]; all 6 averaged."""
import os
os.environ.setdefault("OMP_NUM_THREADS", "1"); os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import time, warnings
import numpy as np
from common import *
from mixes import training_mixes
from np_encoder import NumpyGE2E
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier

W, AHEAD = 60, -1  # AHEAD=-1: window's last mel frame is 3k+1 (centre 480k+160, needs samples < 480k+360)


def ge2e(model, audio):
    mel = model.mel(np.asarray(audio, np.float64) / 32768.0)
    hops = len(audio) // 480
    padded = np.vstack([np.zeros((W, 40), np.float32), mel])
    ends = np.minimum(3 * np.arange(hops) + 3 + W + AHEAD, len(padded))
    h = model.run(padded[ends[:, None] - W + np.arange(W)[None, :]])[-1]
    return model.embed(h), h


def fit(x, y, seed):
    mean, scale = x.mean(0), x.std(0) + 1e-6
    m = MLPClassifier((128,), alpha=0.01, max_iter=40, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning); m.fit((x - mean) / scale, y)
    return lambda z: m.predict_proba((z - mean) / scale)


model = NumpyGE2E()
first, second = enrolment()
c0 = time.process_time(); enc_t = 0.0
nets = {"emb": [], "h3": []}
for seed in (0, 1, 2):
    auds, targs = training_mixes(first, second, seed)
    xb = np.vstack([stacked(hop_spectra(split_hops(a))) for a in auds])
    t = time.process_time(); e = [ge2e(model, a) for a in auds]; enc_t += time.process_time() - t
    y = np.vstack(targs).astype(int)
    nets["emb"].append(fit(np.hstack([xb, np.vstack([q[0] for q in e])]), y, seed))
    nets["h3"].append(fit(np.hstack([xb, np.vstack([q[1] for q in e])]), y, seed))
print(f"enrolment cpu {time.process_time() - c0:.1f}s (GE2E features {enc_t:.1f}s)")
scenes = tune_scenes()
def ema(p, a=0.6):
    out = np.empty_like(p); run = np.zeros(2)
    for i, r in enumerate(p):
        run = a * run + (1 - a) * r; out[i] = run
    return out
probs = {"emb": [], "h3": []}
for s in scenes:
    xb = stacked(hop_spectra(split_hops(s["audio"]))); e, h = ge2e(model, s["audio"])
    probs["emb"].append(np.mean([n(np.hstack([xb, e])) for n in nets["emb"]], axis=0))
    probs["h3"].append(np.mean([n(np.hstack([xb, h])) for n in nets["h3"]], axis=0))
probs["emb+h3 (6 nets)"] = [(a + b) / 2 for a, b in zip(probs["emb"], probs["h3"])]
for k, p in probs.items():
    print(f"[{k}] test-style @0.6:", metrics([q > 0.6 for q in p], scenes))
    print(f"[{k}] live-style (EMA 0.6) @0.6:", metrics([ema(q) > 0.6 for q in p], scenes, extra=False))
np.save("/tmp/spike/cache/probs_FINAL_emb+h3.npy", np.vstack(probs["emb+h3 (6 nets)"]))
np.save("/tmp/spike/cache/probs_FINAL_emb.npy", np.vstack(probs["emb"]))
