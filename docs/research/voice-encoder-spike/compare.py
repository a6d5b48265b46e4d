"""Compare saved probability files at (a) threshold 0.6 and (b) the threshold giving the same mean 'other wrongly
heard' as the current detector at 0.6 (a matched false-alarm operating point)."""
import sys, glob
from common import *
scenes = tune_scenes()
lens = [len(s["truth"]) for s in scenes]
base = np.load("/tmp/spike/baseline_probs.npy", allow_pickle=True)
files = [("current", np.vstack(list(base)))] + [(f.split("probs_")[1][:-4], np.load(f)) for f in sorted(glob.glob("/tmp/spike/cache/probs_*.npy"))]
def m_at(p, t, extra=False):
    return metrics(np.split(p > t, np.cumsum(lens)[:-1]), scenes, extra=extra)
target = np.mean(m_at(files[0][1], 0.6)["other_wrong"])
print(f"matched mean other_wrong = {target:.3f}")
print(f"{'variant':28s} | @0.6 own A/S  wrong A/S  both  bcA/bcS | @matched thr  own A/S   wrong A/S  both  bcA/bcS  bcEv")
for name, p in files:
    a = m_at(p, 0.6, True)
    ts = np.linspace(0.3, 0.95, 131)
    ws = [np.mean(m_at(p, t)["other_wrong"]) for t in ts]
    t = ts[int(np.argmin(np.abs(np.array(ws) - target)))]
    b = m_at(p, t, True)
    print(f"{name:28s} | {a['own_alone'][0]:.3f}/{a['own_alone'][1]:.3f} {a['other_wrong'][0]:.3f}/{a['other_wrong'][1]:.3f} {a['both']:.3f} {a['bc_heard'][0]:.2f}/{a['bc_heard'][1]:.2f} |"
          f" {t:.3f} {b['own_alone'][0]:.3f}/{b['own_alone'][1]:.3f} {b['other_wrong'][0]:.3f}/{b['other_wrong'][1]:.3f} {b['both']:.3f} {b['bc_heard'][0]:.2f}/{b['bc_heard'][1]:.2f} {b['bc_events']}")
