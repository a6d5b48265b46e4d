"""End-to-end cost on ONE core of the recommended recipe vs the current detector: enrolment (training) time and
per-second-of-audio inference time. usage: cost.py [torch|numpy]"""
import os, sys, time, warnings
os.environ.setdefault("OMP_NUM_THREADS", "1"); os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np
from common import *
from mixes import training_mixes
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier
which = sys.argv[1] if len(sys.argv) > 1 else "numpy"
t = time.perf_counter()
if which == "torch":
    import torch; torch.set_num_threads(1); import enc
    feat = lambda a: enc.window_features(a, 60)["emb"]
else:
    from np_encoder import NumpyGE2E
    m = NumpyGE2E(); feat = lambda a: m.window_features(a, 60)["emb"]
print(f"[{which}] import+load {time.perf_counter() - t:.2f}s wall")
first, second = enrolment()
c0 = time.process_time(); tb = te = tm = 0.0
nets = []
for seed in (0, 1, 2):
    a0 = time.process_time()
    auds, targs = training_mixes(first, second, seed)
    xb = np.vstack([stacked(hop_spectra(split_hops(x))) for x in auds]).astype(np.float32)
    a1 = time.process_time(); tb += a1 - a0
    xe = np.vstack([feat(x) for x in auds]).astype(np.float32)
    a2 = time.process_time(); te += a2 - a1
    x = np.hstack([xb, xe]); y = np.vstack(targs).astype(int)
    mean, scale = x.mean(0), x.std(0) + 1e-6
    mod = MLPClassifier((128,), alpha=0.01, max_iter=40, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning); mod.fit((x - mean) / scale, y)
    tm += time.process_time() - a2
    nets.append((mod, mean, scale))
print(f"[{which}] enrolment cpu: mixes+base features {tb:.1f}s, encoder features {te:.1f}s, MLPs {tm:.1f}s, total {time.process_time()-c0:.1f}s")
scenes = tune_scenes()[:8]; sec = sum(len(s["audio"]) for s in scenes) / 16000
c = time.process_time()
for s in scenes:
    xb = stacked(hop_spectra(split_hops(s["audio"])))
    xe = feat(s["audio"])
    x = np.hstack([xb, xe])
    p = np.mean([mod.predict_proba((x - mean) / scale) for mod, mean, scale in nets], axis=0)
print(f"[{which}] inference (base feats + encoder + 3 MLPs), offline batch: {(time.process_time()-c)/sec:.4f} cpu s per audio s")
