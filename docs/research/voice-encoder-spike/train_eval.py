"""Train per-couple MLP ensembles (same recipe as voice_presence) on different feature sets; score on tune scenes.
usage: train_eval.py W variant [variant ...]   variants: base, base+cos, base+emb, emb, base+h3, base+hall, h3, base+emb+cos"""
import sys, time, warnings, json
from common import *
from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier
import enc as E

scenes = tune_scenes()
first, second = enrolment()
W = int(sys.argv[1])
HIDDEN = int(__import__("os").environ.get("HIDDEN", "128"))
PASSES = int(__import__("os").environ.get("PASSES", "40"))
SEEDOFF = int(__import__("os").environ.get("SEEDOFF", "0"))
SHARE = int(__import__("os").environ.get("SHARE", "0"))
MIXN = int(__import__("os").environ.get("MIXN", "200"))
HOPSTEP = int(__import__("os").environ.get("HOPSTEP", "1"))
MIXOFF = int(__import__("os").environ.get("MIXOFF", "0"))
DOUBLE = int(__import__("os").environ.get("DOUBLE", "0"))
TAG = ("_step%d" % HOPSTEP if HOPSTEP > 1 else "") + ("_noisy" if MIXOFF == 100 else "") + ("_x2" if DOUBLE else "") + ("_share" if SHARE else "") + ("_n%d" % MIXN if MIXN != 200 else "")
ALPHA = float(__import__("os").environ.get("ALPHA", "0.01"))
try:
    ref = np.load("/tmp/spike/cache/enrol_emb.npy")
except FileNotFoundError:
    ref = np.stack([E.enrol_embedding(first), E.enrol_embedding(second)])
    np.save("/tmp/spike/cache/enrol_emb.npy", ref)
print("enrol cos(alex,sam) =", float(ref[0] @ ref[1]))

scene_base = np.vstack([stacked(hop_spectra(split_hops(s["audio"]))) for s in scenes]).astype(np.float32)
lens = [len(s["truth"]) for s in scenes]
_c = {}
def encf(w, which):
    if (w, which) not in _c:
        _c[(w, which)] = np.load(f"/tmp/spike/cache/enc_W{w}_{which}.npz")
    return _c[(w, which)]


def build(variant, base, which):
    parts = []
    for p in variant.split("+"):
        p, _, w = p.partition("@")
        if p != "base":
            e = encf(w or str(W), which); emb, h = e["emb"], e["h"]
        if p.endswith("hold2"):
            p = p[:-5]
            hop_in = (np.arange(len(emb)) % 66) if which != "scenes" else np.concatenate([np.arange(n) for n in lens])
            src = np.arange(len(emb)) - (hop_in % 2)
            emb, h = emb[src], h[src]
        if p == "base": parts.append(base)
        elif p == "emb": parts.append(emb)
        elif p == "cos": parts.append(emb @ ref.T)
        elif p == "h3": parts.append(h[:, 512:])
        elif p == "hall": parts.append(h)
        else: raise ValueError(p)
    return np.hstack(parts).astype(np.float32)


def cos_stack(x, lens_):
    return x


def train_predict(variant):
    probs = np.zeros((len(scene_base), 2))
    t0 = time.process_time()
    for seed in (0, 1, 2):
        ms = (0 if SHARE else seed) + MIXOFF
        d = np.load(f"/tmp/spike/cache/mix_seed{ms}.npz")
        x = build(variant, d["base"], f"seed{ms}")[: MIXN * 66]
        y = d["target"].reshape(-1, 2).astype(int)[: MIXN * 66]
        if DOUBLE:
            d2 = np.load(f"/tmp/spike/cache/mix_seed{seed + 3}.npz")
            x = np.vstack([x, build(variant, d2["base"], f"seed{seed + 3}")])
            y = np.vstack([y, d2["target"].reshape(-1, 2).astype(int)])
        x, y = x[::HOPSTEP], y[::HOPSTEP]
        mean, scale = x.mean(0), x.std(0) + 1e-6
        model = MLPClassifier((HIDDEN,), alpha=ALPHA, max_iter=PASSES, random_state=seed + SEEDOFF)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", ConvergenceWarning)
            model.fit((x - mean) / scale, y)
        xs = build(variant, scene_base, "scenes")
        probs += model.predict_proba((xs - mean) / scale) / 3
    return probs, time.process_time() - t0


for variant in sys.argv[2:]:
    probs, cpu = train_predict(variant)
    plist = np.split(probs, np.cumsum(lens)[:-1])
    np.save(f"/tmp/spike/cache/probs_W{W}_{variant}_H{HIDDEN}_S{SEEDOFF}{TAG}.npy", probs)
    print(f"== W={W} {variant} hidden={HIDDEN} (train cpu {cpu:.0f}s)")
    for th, m in sweep(plist, scenes).items():
        print("  ", th, m)
    sys.stdout.flush()
