"""Per-scene and per-group (noise / quiet person) breakdown at threshold 0.6: current vs chosen variants."""
import sys, json
from common import *
scenes = tune_scenes()
lens = [len(s["truth"]) for s in scenes]
idx = {e["scene"]: e for e in json.load(open(FIX / "index.json"))["scenes"] if e["split"] == "tune"}
base = np.vstack(list(np.load("/tmp/spike/baseline_probs.npy", allow_pickle=True)))
runs = {"current": base} | {n: np.load(f"/tmp/spike/cache/probs_{n}.npy") for n in sys.argv[1:]}
split = {n: np.split(p > 0.6, np.cumsum(lens)[:-1]) for n, p in runs.items()}
groups = {"noise": [idx[s["name"]]["noise"] for s in scenes], "quiet_person": [idx[s["name"]]["quiet_person"] is not None for s in scenes]}
groups["clean"] = [not a and not b for a, b in zip(groups["noise"], groups["quiet_person"])]
for g, sel in groups.items():
    sub = [s for s, k in zip(scenes, sel) if k]
    print(f"## {g} ({len(sub)} scenes)")
    for n in runs:
        m = metrics([f for f, k in zip(split[n], sel) if k], sub, extra=False)
        print(f"   {n:28s} {m}")
# per-scene 'both' wins/losses
names = list(runs)[1:]
for n in names:
    better = worse = 0
    for i, s in enumerate(scenes):
        both = s["truth"].all(1) & s["loud"]
        if both.sum() < 5: continue
        a = split["current"][i][both].all(1).mean(); b = split[n][i][both].all(1).mean()
        better += b > a + 0.02; worse += b < a - 0.02
    print(f"{n}: scenes where 'both heard' is better by >0.02: {better}, worse: {worse}")
