"""GE2E (resemblyzer) features per 30 ms hop, causal: the window ends at the hop's end (+12.5 ms of mel frame)."""
import numpy as np
import torch
from resemblyzer import VoiceEncoder, preprocess_wav
from resemblyzer.audio import wav_to_mel_spectrogram

_enc = None


def encoder():
    global _enc
    if _enc is None:
        _enc = VoiceEncoder("cpu", verbose=False).eval()
    return _enc


def mel_of(audio_int16_scaled):
    wav = (np.asarray(audio_int16_scaled, dtype=np.float64) / 32768.0).astype(np.float32)
    return wav_to_mel_spectrogram(wav)  # (frames, 40), frame j centred at sample 160 j


def window_features(audio, W=60, batch=2048, layers="emb+h3", ahead=0):
    """For each 30 ms hop k: LSTM run from zero state over the W mel frames ending at frame 3k+3.
    Returns dict with 'emb' (n,256 L2-normed d-vector) and 'h' (n, 3*256 final hidden of each layer)."""
    enc = encoder()
    mel = mel_of(audio)
    hops = len(audio) // 480
    padded = np.vstack([np.zeros((W, 40), np.float32), mel])
    ends = 3 * np.arange(hops) + 3 + W + ahead  # index in padded, exclusive end -> last frame 3k+3
    ends = np.minimum(ends, len(padded))
    idx = ends[:, None] - W + np.arange(W)[None, :]
    embs, hs = [], []
    with torch.no_grad():
        for b in range(0, hops, batch):
            x = torch.from_numpy(padded[idx[b:b + batch]])
            _, (h, _) = enc.lstm(x)
            raw = enc.relu(enc.linear(h[-1]))
            embs.append((raw / (torch.norm(raw, dim=1, keepdim=True) + 1e-9)).numpy())
            hs.append(h.permute(1, 0, 2).reshape(len(x), -1).numpy())
    return dict(emb=np.vstack(embs), h=np.vstack(hs))


def stream_features(audio):
    """One causal LSTM pass over the whole signal (no resets): last-layer output at frame 3k+3 for each hop."""
    enc = encoder()
    mel = mel_of(audio)
    hops = len(audio) // 480
    with torch.no_grad():
        out, _ = enc.lstm(torch.from_numpy(mel[None]))
        out = out[0].numpy()
    j = np.minimum(3 * np.arange(hops) + 3, len(out) - 1)
    o = out[j]
    raw = np.maximum(o @ enc.linear.weight.detach().numpy().T + enc.linear.bias.detach().numpy(), 0)
    return dict(s_h3=o, s_emb=raw / (np.linalg.norm(raw, axis=1, keepdims=True) + 1e-9))


def enrol_embedding(audio_int16):
    wav = (np.asarray(audio_int16, np.float64) / 32768.0).astype(np.float32)
    return encoder().embed_utterance(preprocess_wav(wav))
