"""A pretrained speaker encoder (GE2E: a 3-layer LSTM over 40 mel bands, trained to tell thousands of voices apart),
run in plain numpy, causally, hop by hop.

The weights ship inside the `resemblyzer` wheel (`pretrained.pt`, Apache-2.0), which setup installs without its
dependencies: torch is not needed, because the file is read here with a restricted unpickler and the network is small
enough for numpy. Nothing is downloaded.

Each 30 ms hop gets the encoder's d-vector of the speech just before it. The encoder was trained on windows of
speech, not on an endless stream, so it runs over windows that restart: every `SPAN` mel frames a fresh run begins,
and a hop reads the run that has heard between `(RUNS - 1) * SPAN` and `RUNS * SPAN` frames (0.4-0.6 s). That costs
`RUNS` LSTM steps per 10 ms frame, where a sliding 0.6 s window would cost 60, and the file and the live paths give
the same numbers.
"""

from __future__ import annotations

import functools
import importlib.util
import os
import pickle
import struct
from pathlib import Path

import numpy as np

from voicecoach.audio.frames import SAMPLE_RATE
from voicecoach.errors import VoicecoachError
from voicecoach.listening.attribution.voice_features import HOP

N_FFT = 400  # 25 ms mel windows every 10 ms, as the encoder was trained
MEL_HOP = 160
N_MELS = 40
HIDDEN = 256
LAYERS = 3
SPAN = 20  # mel frames between fresh runs
RUNS = 3  # runs alive at once: a hop reads one that has heard 40-60 frames
FRAMES_PER_HOP = 3  # 30 ms hops
FEATURES = HIDDEN
BATCH = 128  # runs computed at once from a file (their outputs, all steps, are ~8 MB)


def _weights_file() -> Path:
    spec = importlib.util.find_spec("resemblyzer")  # found, never imported: its __init__ needs torch
    locations = list(spec.submodule_search_locations or []) if spec else []
    for folder in locations:
        if (Path(folder) / "pretrained.pt").is_file():
            return Path(folder) / "pretrained.pt"
    raise VoicecoachError("the speaker encoder's weights are missing: run scripts/setup.sh (it installs resemblyzer), "
                          "or set [attribution] voice_encoder = false")


class _Storage:
    def __init__(self, kind: str, key: str):
        self.kind, self.key = kind, key


def _tensor(storage, offset, size, stride, *_):
    return storage, offset, tuple(size), tuple(stride)


_DTYPES = {"FloatStorage": np.float32, "LongStorage": np.int64, "IntStorage": np.int32, "DoubleStorage": np.float64}
_MAGIC, _PROTOCOL = 0x1950A86A20F9469CFC6C, 1001  # torch's legacy format
_SHAPES = {  # what the encoder needs, and nothing is trusted that does not fit
    **{f"lstm.weight_ih_l{layer}": (4 * HIDDEN, N_MELS if layer == 0 else HIDDEN) for layer in range(LAYERS)},
    **{f"lstm.weight_hh_l{layer}": (4 * HIDDEN, HIDDEN) for layer in range(LAYERS)},
    **{f"lstm.{kind}_l{layer}": (4 * HIDDEN,) for kind in ("bias_ih", "bias_hh") for layer in range(LAYERS)},
    "linear.weight": (HIDDEN, HIDDEN),
    "linear.bias": (HIDDEN,),
}


class _PlainData(pickle.Unpickler):
    """Numbers, strings and containers only: the checkpoint's headers and its list of storages."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"unexpected {module}.{name} in the encoder weights")

    def persistent_load(self, pid):
        raise pickle.UnpicklingError("unexpected storage in the encoder weights' headers")


class _CheckpointReader(_PlainData):
    """The state dict: its tensors point at raw storages that follow it. Every class but the few a state dict needs
    is refused, so a tampered file cannot run code."""

    def __init__(self, file):
        super().__init__(file)
        self.storages: dict[str, _Storage] = {}

    def find_class(self, module, name):
        if (module, name) == ("torch._utils", "_rebuild_tensor_v2"):
            return _tensor
        if module == "torch" and name in _DTYPES:
            return name
        if (module, name) == ("collections", "OrderedDict"):
            import collections

            return collections.OrderedDict
        return super().find_class(module, name)

    def persistent_load(self, pid):
        _, kind, key, *_ = pid
        if kind not in _DTYPES:
            raise pickle.UnpicklingError(f"unexpected storage type {kind!r} in the encoder weights")
        self.storages[str(key)] = _Storage(kind, str(key))
        return self.storages[str(key)]


def read_checkpoint(path: Path) -> dict[str, np.ndarray]:
    """The encoder's tensors from torch's legacy checkpoint format, without torch; ValueError if the file is not
    one or does not hold what the encoder needs."""
    with open(path, "rb") as file:
        size = os.fstat(file.fileno()).st_size
        if _PlainData(file).load() != _MAGIC or _PlainData(file).load() != _PROTOCOL:
            raise ValueError("not a torch checkpoint")
        _PlainData(file).load()  # system info
        reader = _CheckpointReader(file)
        checkpoint = reader.load()
        raw = {}
        for key in _PlainData(file).load():
            count = struct.unpack("<q", file.read(8))[0]
            dtype = np.dtype(_DTYPES[reader.storages[str(key)].kind])
            if not 0 <= count * dtype.itemsize <= size - file.tell():
                raise ValueError("a storage runs past the end of the file")
            raw[str(key)] = np.frombuffer(file.read(count * dtype.itemsize), dtype=dtype)
    tensors = {}
    for name, shape in _SHAPES.items():
        storage, offset, size, stride = checkpoint["model_state"][name]
        data = raw[storage.key]
        if tuple(size) != shape or offset < 0 or min(stride) < 1:
            raise ValueError(f"{name} is not a {shape} tensor")
        if offset + sum((n - 1) * step for n, step in zip(size, stride)) >= len(data):
            raise ValueError(f"{name} runs past its storage")
        strides = [step * data.itemsize for step in stride]
        tensors[name] = np.lib.stride_tricks.as_strided(data[offset:], size, strides).astype(np.float32)
    return tensors


def _slaney_mel_filterbank() -> np.ndarray:
    """The mel filters the encoder was trained with (librosa's default: Slaney's mel scale, area-normalised)."""
    f_sp, min_log_hz = 200.0 / 3, 1000.0
    min_log_mel, log_step = min_log_hz / f_sp, np.log(6.4) / 27.0

    def to_mel(hz):
        hz = np.asarray(hz, np.float64)
        return np.where(hz >= min_log_hz, min_log_mel + np.log(np.maximum(hz, 1e-9) / min_log_hz) / log_step, hz / f_sp)

    def to_hz(mel):
        return np.where(mel >= min_log_mel, min_log_hz * np.exp(log_step * (mel - min_log_mel)), f_sp * mel)

    edges = to_hz(np.linspace(to_mel(0.0), to_mel(SAMPLE_RATE / 2), N_MELS + 2))
    bins = np.fft.rfftfreq(N_FFT, 1 / SAMPLE_RATE)
    widths = np.diff(edges)
    ramps = edges[:, None] - bins[None, :]
    lower = -ramps[:-2] / widths[:-1, None]
    upper = ramps[2:] / widths[1:, None]
    bank = np.maximum(0.0, np.minimum(lower, upper))
    return (bank * (2.0 / (edges[2:] - edges[:-2]))[:, None]).astype(np.float32)


class SpeakerEncoder:
    def __init__(self, tensors: dict[str, np.ndarray]):
        self.layers = []
        # sigmoid(x) = (1 + tanh(x / 2)) / 2: with the three sigmoid gates' weights halved (exactly, a power of two),
        # one tanh over all four gates serves the cell
        halved = np.where(np.arange(4 * HIDDEN) // HIDDEN == 2, 1.0, 0.5).astype(np.float32)
        # each layer's input and recurrent weights stacked, so that a step is one product of [input, output so far]
        for layer in range(LAYERS):
            into, back = tensors[f"lstm.weight_ih_l{layer}"], tensors[f"lstm.weight_hh_l{layer}"]
            bias = tensors[f"lstm.bias_ih_l{layer}"] + tensors[f"lstm.bias_hh_l{layer}"]
            self.layers.append((np.ascontiguousarray(np.vstack([into.T, back.T]) * halved), bias * halved))
        self.projection = np.ascontiguousarray(tensors["linear.weight"].T)
        self.projection_bias = tensors["linear.bias"]
        self.mel_bank = _slaney_mel_filterbank().T.copy()
        self.window = (0.5 - 0.5 * np.cos(2 * np.pi * np.arange(N_FFT) / N_FFT)).astype(np.float32)

    def mel(self, frames: np.ndarray) -> np.ndarray:
        """Mel power of (n, N_FFT) windows of samples scaled to ±1."""
        return (np.abs(np.fft.rfft(frames * self.window, axis=1)) ** 2).astype(np.float32) @ self.mel_bank

    def step(self, x: np.ndarray, state: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
        """One 10 ms step of a batch of runs: x (batch, N_MELS); `state` is updated in place; returns the top layer."""
        for layer, (weights, bias) in enumerate(self.layers):
            h, c = state[layer]
            h, c = _cell(np.hstack([x, h]) @ weights + bias, c)
            state[layer] = (h, c)
            x = h
        return x

    def run(self, x: np.ndarray) -> np.ndarray:
        """The top layer after every step of a batch of runs from rest: x (batch, steps, N_MELS)."""
        for weights, bias in self.layers:
            batch, steps, width = x.shape
            both = np.zeros((batch, width + HIDDEN), np.float32)  # this step's input, then the last step's output
            c = np.zeros((batch, HIDDEN), np.float32)
            out = np.empty((batch, steps, HIDDEN), np.float32)
            for t in range(steps):
                both[:, :width] = x[:, t]
                both[:, width:], c = _cell(both @ weights + bias, c)
                out[:, t] = both[:, width:]
            x = out
        return x

    def embed(self, top: np.ndarray) -> np.ndarray:
        """The d-vector: the top layer projected, rectified and scaled to unit length."""
        raw = np.maximum(top @ self.projection + self.projection_bias, 0.0)
        return raw / (np.linalg.norm(raw, axis=-1, keepdims=True) + 1e-9)

    def hop_features(self, audios: list[np.ndarray]) -> list[np.ndarray]:
        """(hops, FEATURES) for each clip of 16 kHz samples (int16 scale) cut into 30 ms hops: what EncoderStream
        gives hop by hop, computed in batches of runs (only the steps that hops read are kept)."""
        mels, runs, reads = [], [], []  # runs: (clip, first frame); reads: (run, step) of each clip's hops
        for clip, audio in enumerate(audios):
            hops = len(audio) // HOP
            frames = FRAMES_PER_HOP * hops
            padded = np.pad(np.asarray(audio, np.float32)[: hops * HOP] / 32768.0, (N_FFT // 2, N_FFT))
            windows = np.lib.stride_tricks.sliding_window_view(padded, N_FFT)[::MEL_HOP][:frames]
            mels.append(np.vstack([self.mel(windows), np.zeros((RUNS * SPAN, N_MELS), np.float32)]))
            newest = FRAMES_PER_HOP * np.arange(hops) + 1  # the newest mel frame a hop holds whole
            run = np.maximum(0, (newest + 1 - (RUNS - 1) * SPAN) // SPAN)
            reads.append((len(runs) + run, newest - run * SPAN))
            runs += [(clip, start) for start in range(0, max(frames, 1), SPAN)]
        out = [np.zeros((len(run), FEATURES), np.float32) for run, _ in reads]
        steps = np.arange(RUNS * SPAN)
        for first in range(0, len(runs), BATCH):
            batch = runs[first : first + BATCH]
            top = self.run(np.stack([mels[clip][start + steps] for clip, start in batch]))
            for clip, (run, step) in enumerate(reads):
                wanted = (run >= first) & (run < first + len(batch))
                if wanted.any():
                    out[clip][wanted] = self.embed(top[run[wanted] - first, step[wanted]])
        return out


class EncoderStream:
    """The encoder live: push each 30 ms hop, get its features (the same as SpeakerEncoder.hop_features)."""

    def __init__(self, encoder: SpeakerEncoder):
        self.encoder = encoder
        self._samples = np.zeros(N_FFT // 2, np.float32)  # the start is padded as the file path pads it
        self._frame = 0
        empty = np.zeros((0, HIDDEN), np.float32)
        self._state = [(empty, empty)] * LAYERS  # one row per live run, oldest first

    def push(self, hop: np.ndarray) -> np.ndarray:
        self._samples = np.concatenate([self._samples, np.asarray(hop, np.float32) / 32768.0])
        top = None
        while len(self._samples) >= N_FFT:
            mel = self.encoder.mel(self._samples[None, :N_FFT])
            self._samples = self._samples[MEL_HOP:]
            if self._frame % SPAN == 0:  # a fresh run starts; the oldest one ends
                fresh = np.zeros((1, HIDDEN), np.float32)
                self._state = [(np.vstack([h[1 - RUNS :], fresh]), np.vstack([c[1 - RUNS :], fresh]))
                               for h, c in self._state]
            runs = len(self._state[0][0])
            outputs = self.encoder.step(np.repeat(mel, runs, axis=0), self._state)
            oldest_start = (self._frame // SPAN - runs + 1) * SPAN
            wanted = max(0, (self._frame + 1 - (RUNS - 1) * SPAN) // SPAN) * SPAN
            top = outputs[(wanted - oldest_start) // SPAN]
            self._frame += 1
        if top is None:
            return np.zeros(FEATURES, np.float32)
        return self.encoder.embed(top)


def _cell(gates: np.ndarray, c: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """An LSTM cell's new output and state from its four gates' inputs (torch's order: in, forget, cell, out), the
    sigmoid gates' inputs halved."""
    into, forget, cell, out = np.split(np.tanh(gates), 4, axis=1)
    c = 0.5 * (1.0 + forget) * c + 0.5 * (1.0 + into) * cell
    return 0.5 * (1.0 + out) * np.tanh(c), c


@functools.lru_cache(maxsize=1)
def load_encoder() -> SpeakerEncoder:
    path = _weights_file()
    try:
        return SpeakerEncoder(read_checkpoint(path))
    except Exception as exc:  # a damaged or foreign file, whatever way it fails to be the encoder
        raise VoicecoachError(f"the speaker encoder's weights ({path}) cannot be read: {exc}") from None
