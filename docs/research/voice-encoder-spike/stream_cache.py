"""Streaming (one continuous causal LSTM pass) features for mixes and scenes, stored like window features (emb, h=pad+h3)."""
import torch
from common import *
import enc
torch.set_num_threads(1)
for which in ("seed0", "seed1", "seed2", "scenes"):
    auds = list(np.load(f"/tmp/spike/cache/mix_{which}.npz")["audio"]) if which != "scenes" else [s["audio"] for s in tune_scenes()]
    f = [enc.stream_features(a) for a in auds]
    h3 = np.vstack([x["s_h3"] for x in f])
    np.savez(f"/tmp/spike/cache/enc_W1_{which}.npz", emb=np.vstack([x["s_emb"] for x in f]), h=np.hstack([np.zeros((len(h3), 512), np.float32), h3]))
    print(which, h3.shape)
