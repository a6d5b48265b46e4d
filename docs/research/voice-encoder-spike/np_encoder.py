"""Torch-free GE2E encoder: weights exported once from resemblyzer's pretrained.pt to an .npz (needs torch only
for the export), then mel + 3-layer LSTM in plain numpy. Run `python np_encoder.py export` then `... check`."""
import sys, time
import numpy as np

NPZ = "/tmp/spike/ge2e_weights.npz"


def export():
    import torch, librosa
    from pathlib import Path
    import resemblyzer
    state = torch.load(Path(resemblyzer.__file__).parent / "pretrained.pt", map_location="cpu")["model_state"]
    w = {k.replace(".", "_"): v.numpy().astype(np.float32) for k, v in state.items() if k.startswith(("lstm", "linear"))}
    w["mel_basis"] = librosa.filters.mel(sr=16000, n_fft=400, n_mels=40).astype(np.float32)  # (40, 201), slaney
    np.savez(NPZ, **w)


class NumpyGE2E:
    def __init__(self, path=NPZ):
        z = np.load(path)
        self.mel_basis = z["mel_basis"]
        self.layers = []
        for l in range(3):
            wih, whh = z[f"lstm_weight_ih_l{l}"], z[f"lstm_weight_hh_l{l}"]
            self.layers.append((np.ascontiguousarray(wih.T), np.ascontiguousarray(whh.T),
                                z[f"lstm_bias_ih_l{l}"] + z[f"lstm_bias_hh_l{l}"]))
        self.lin_w, self.lin_b = z["linear_weight"].T.copy(), z["linear_bias"]
        self.window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(400) / 400)).astype(np.float32)  # periodic hann

    def mel(self, wav):
        """librosa.feature.melspectrogram(y, sr=16000, n_fft=400, hop_length=160, n_mels=40) (center, zero pad)."""
        y = np.pad(wav.astype(np.float32), 200)
        n = 1 + (len(y) - 400) // 160
        frames = np.lib.stride_tricks.as_strided(y, (n, 400), (y.strides[0] * 160, y.strides[0]))
        power = np.abs(np.fft.rfft(frames * self.window, axis=1)) ** 2
        return (power @ self.mel_basis.T).astype(np.float32)

    def run(self, x):
        """x (batch, T, 40) -> final hidden of each layer (3, batch, 256)."""
        finals = []
        for wih, whh, b in self.layers:
            B, T, _ = x.shape
            pre = x @ wih + b  # (B, T, 1024) input part for all steps at once
            h = np.zeros((B, 256), np.float32); c = np.zeros((B, 256), np.float32)
            outs = np.empty((B, T, 256), np.float32)
            for t in range(T):
                g = pre[:, t] + h @ whh
                i, f, gg, o = g[:, :256], g[:, 256:512], g[:, 512:768], g[:, 768:]
                c = _sig(f) * c + _sig(i) * np.tanh(gg)
                h = _sig(o) * np.tanh(c)
                outs[:, t] = h
            finals.append(h)
            x = outs
        return np.stack(finals)

    def embed(self, h_last):
        raw = np.maximum(h_last @ self.lin_w + self.lin_b, 0)
        return raw / (np.linalg.norm(raw, axis=1, keepdims=True) + 1e-9)

    def window_features(self, audio, W=60):
        mel = self.mel(np.asarray(audio, np.float64) / 32768.0)
        hops = len(audio) // 480
        padded = np.vstack([np.zeros((W, 40), np.float32), mel])
        ends = np.minimum(3 * np.arange(hops) + 3 + W, len(padded))
        idx = ends[:, None] - W + np.arange(W)[None, :]
        h = self.run(padded[idx])
        return dict(emb=self.embed(h[-1]), h=h.transpose(1, 0, 2).reshape(hops, -1))


def _sig(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


if __name__ == "__main__":
    if sys.argv[1] == "export":
        export()
    else:
        sys.path.insert(0, "/tmp/spike")
        import os
        from common import tune_scenes
        s = tune_scenes()[:4]
        sec = sum(len(x["audio"]) for x in s) / 16000
        t0 = time.perf_counter(); m = NumpyGE2E(); print("npz load s", round(time.perf_counter() - t0, 3))
        t = time.process_time(); out = [m.window_features(x["audio"], 60) for x in s]
        print("numpy cpu s per audio s (W=60):", round((time.process_time() - t) / sec, 4))
        import torch; torch.set_num_threads(1); import enc
        ref = [enc.window_features(x["audio"], 60) for x in s]
        print("max |h diff|", max(np.abs(a["h"] - b["h"]).max() for a, b in zip(out, ref)),
              "max |emb diff|", max(np.abs(a["emb"] - b["emb"]).max() for a, b in zip(out, ref)))


def batch_window_emb(model, audios, W=60, chunk=4096):
    """Encoder d-vectors for every hop of many clips at once (big batches: much faster in numpy than per clip)."""
    wins = []
    for audio in audios:
        mel = model.mel(np.asarray(audio, np.float64) / 32768.0)
        hops = len(audio) // 480
        padded = np.vstack([np.zeros((W, 40), np.float32), mel])
        ends = np.minimum(3 * np.arange(hops) + 3 + W, len(padded))
        wins.append(padded[ends[:, None] - W + np.arange(W)[None, :]])
    wins = np.concatenate(wins)
    return np.vstack([model.embed(model.run(wins[i:i + chunk])[-1]) for i in range(0, len(wins), chunk)])
