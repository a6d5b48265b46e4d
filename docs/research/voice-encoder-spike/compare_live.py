"""As the live VoiceAttributor decides (minus its VAD/loudness gate): probabilities smoothed
p <- 0.6 p + 0.4 new, heard if > 0.6; same per-hop metrics on tune scenes."""
import sys, glob
from common import *
scenes = tune_scenes()
lens = [len(s["truth"]) for s in scenes]
base = np.load("/tmp/spike/baseline_probs.npy", allow_pickle=True)
def ema(p, a=0.6):
    out = np.empty_like(p); run = np.zeros(p.shape[1])
    for i, row in enumerate(p):
        run = a * run + (1 - a) * row; out[i] = run
    return out
files = [("current", np.vstack(list(base)))] + [(f.split("probs_")[1][:-4], np.load(f)) for f in sorted(glob.glob("/tmp/spike/cache/probs_*.npy")) if any(k in f for k in sys.argv[1:])]
for name, p in files:
    m = metrics([ema(q) > 0.6 for q in np.split(p, np.cumsum(lens)[:-1])], scenes)
    print(f"{name:30s} own {m['own_alone']} wrong {m['other_wrong']} both {m['both']} bc {m['bc_heard']} bcEv {m['bc_events']}")
