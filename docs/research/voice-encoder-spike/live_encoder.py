"""Live (hop-by-hop) GE2E window features in numpy: every 30 ms hop, the final LSTM state of the last W mel frames.
Windows start every 3 frames; all active windows (W/3 of them) advance together by one LSTM step per mel frame,
so each frame costs one batched step instead of re-running W steps. Checks equality with the offline batch version."""
import sys, time
import numpy as np
sys.path.insert(0, "/tmp/spike")
from np_encoder import NumpyGE2E, _sig


class LiveGE2E:
    def __init__(self, model: NumpyGE2E, W=60):
        self.m, self.W = model, W
        self.buf = np.zeros(200, np.float32)  # waveform not yet framed (centre padding like librosa)
        self.p = 0  # padded frame index: W zero frames come first, as in the offline version
        self.states, self.starts = None, []
        for _ in range(W):
            self._frame(np.zeros(40, np.float32))

    def _frame(self, mel_row):
        p = self.p; self.p += 1
        if p % 3 == 0 and p >= 3:  # window of hop k = p/3 - 1 starts here
            z = np.zeros((1, 256), np.float32)
            self.states = [(z, z)] * 3 if self.states is None else [(np.vstack([h, z]), np.vstack([c, z])) for h, c in self.states]
            self.starts.append(p)
        if not self.starts:
            return None
        x = np.repeat(mel_row[None], len(self.starts), 0)
        new = []
        for (wih, whh, b), (h, c) in zip(self.m.layers, self.states):
            g = x @ wih + b + h @ whh
            c = _sig(g[:, 256:512]) * c + _sig(g[:, :256]) * np.tanh(g[:, 512:768])
            h = _sig(g[:, 768:]) * np.tanh(c)
            new.append((h, c)); x = h
        self.states = new
        if p - self.starts[0] + 1 == self.W:
            k = self.starts.pop(0) // 3 - 1
            out = [h[0].copy() for h, _ in self.states]
            self.states = [(h[1:], c[1:]) for h, c in self.states]
            return k, out
        return None

    def push(self, hop):
        """hop: 480 int16-scaled samples. Returns [(k, [h1, h2, h3])] for windows completed (hop k's features)."""
        self.buf = np.concatenate([self.buf, np.asarray(hop, np.float32) / 32768.0])
        done = []
        while len(self.buf) >= 400:
            fr, self.buf = self.buf[:400], self.buf[160:]
            mel = ((np.abs(np.fft.rfft(fr * self.m.window)) ** 2) @ self.m.mel_basis.T).astype(np.float32)
            r = self._frame(mel)
            if r is not None:
                done.append(r)
        return done


if __name__ == "__main__":
    from common import tune_scenes
    s = tune_scenes()[0]["audio"]
    m = NumpyGE2E()
    ref = m.window_features(s, 60)
    live = LiveGE2E(m, 60)
    t = time.process_time(); got = {}
    for k in range(len(s) // 480):
        for kk, hs in live.push(s[480 * k: 480 * k + 480]):
            got[kk] = hs[2]
    cpu = time.process_time() - t
    ks = sorted(got)
    diff = max(np.abs(got[k] - ref["h"][k, 512:]).max() for k in ks if k < len(ref["h"]))
    print(f"live: {len(ks)} hops emitted of {len(ref['h'])}, first k={ks[0]}, lag hops={len(s)//480 - 1 - ks[-1]}, max diff {diff:.2e}, cpu s per audio s {cpu/(len(s)/16000):.4f}")
