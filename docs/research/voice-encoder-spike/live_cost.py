"""Per-hop live cost on one core: current path (LiveStack + 3 MLPs) vs new (+ LiveGE2E numpy encoder, 6 MLPs on 776 inputs)."""
import os
os.environ["OMP_NUM_THREADS"] = "1"; os.environ["OPENBLAS_NUM_THREADS"] = "1"
import time
import numpy as np
from common import *
from voicecoach.listening.attribution.voice_features import LiveStack
from np_encoder import NumpyGE2E
from live_encoder import LiveGE2E
rng = np.random.default_rng(0)
def mlp(n_in):
    w0, b0, w1, b1 = rng.standard_normal((n_in, 128)) * .05, np.zeros(128), rng.standard_normal((128, 2)) * .05, np.zeros(2)
    return lambda x: 1 / (1 + np.exp(-(np.maximum(x @ w0 + b0, 0) @ w1 + b1)))
audio = np.concatenate([s["audio"] for s in tune_scenes()[:6]])
hops = len(audio) // 480; sec = hops * 0.03
cur = [mlp(520) for _ in range(3)]
st = LiveStack(); t = time.process_time()
for k in range(hops):
    x = st.push(audio[480 * k: 480 * k + 480]); p = np.mean([n(x) for n in cur], axis=0)
c_cur = (time.process_time() - t) / sec
new = [mlp(776) for _ in range(6)]
t0 = time.perf_counter(); m = NumpyGE2E(); live = LiveGE2E(m, 60); load = time.perf_counter() - t0
st = LiveStack(); t = time.process_time(); worst = 0
for k in range(hops):
    h0 = time.perf_counter()
    hop = audio[480 * k: 480 * k + 480]
    x = st.push(hop)
    for kk, hs in live.push(hop):
        e = m.embed(hs[2][None])[0]
        p = np.mean([n(np.concatenate([x, e])) for n in new[:3]] + [n(np.concatenate([x, hs[2]])) for n in new[3:]], axis=0)
    worst = max(worst, time.perf_counter() - h0)
c_new = (time.process_time() - t) / sec
print(f"live per-hop, {sec:.0f}s of audio: current {c_cur:.4f} cpu s/s; with numpy GE2E (W=60) {c_new:.4f} cpu s/s; "
      f"worst hop {worst*1000:.1f} ms (budget 30 ms); numpy encoder load {load*1000:.0f} ms")
