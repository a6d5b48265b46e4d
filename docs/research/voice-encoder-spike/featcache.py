"""Compute and cache encoder features for training mixes and tune scenes. usage: featcache.py W [W...]"""
import sys, time
import torch
from common import *
import enc
torch.set_num_threads(int(__import__("os").environ.get("THREADS", "2")))
scenes = tune_scenes()
AHEAD = int(__import__("os").environ.get("AHEAD", "0"))
SUF = (f"a{AHEAD}" if AHEAD >= 0 else f"m{-AHEAD}") if AHEAD else ""
for W in map(int, sys.argv[1:]):
    t0 = time.process_time(); w0 = time.time()
    for seed in map(int, __import__('os').environ.get('SEEDS', '0,1,2').split(',')):
        d = np.load(f"/tmp/spike/cache/mix_seed{seed}.npz")
        feats = [enc.window_features(a, W, ahead=AHEAD) for a in d["audio"]]
        np.savez(f"/tmp/spike/cache/enc_W{W}{SUF}_seed{seed}.npz", emb=np.vstack([f["emb"] for f in feats]),
                 h=np.vstack([f["h"] for f in feats]))
    t1 = time.process_time(); w1 = time.time()
    if __import__('os').environ.get('NOSCENES'): print(f'W={W} mixes cpu {t1-t0:.1f}s'); continue
    feats = [enc.window_features(s["audio"], W, ahead=AHEAD) for s in scenes]
    np.savez(f"/tmp/spike/cache/enc_W{W}{SUF}_scenes.npz", emb=np.vstack([f["emb"] for f in feats]),
             h=np.vstack([f["h"] for f in feats]))
    print(f"W={W}: mixes cpu {t1-t0:.1f}s wall {w1-w0:.1f}s; scenes cpu {time.process_time()-t1:.1f}s wall {time.time()-w1:.1f}s", flush=True)
