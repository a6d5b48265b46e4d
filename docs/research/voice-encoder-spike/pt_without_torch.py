"""Read resemblyzer's pretrained.pt (legacy torch serialization) WITHOUT torch: pickle with persistent storage ids,
then the raw storages. Writes the same .npz as np_encoder.export() and checks it equals the torch-exported one."""
import pickle, struct, sys, zipfile
from pathlib import Path
import numpy as np

DT = {"FloatStorage": np.float32, "LongStorage": np.int64, "IntStorage": np.int32, "DoubleStorage": np.float64}


class _Storage:
    def __init__(self, kind, key, n):
        self.kind, self.key, self.n = kind, key, n


def _rebuild_tensor_v2(storage, offset, size, stride, *rest):
    return ("tensor", storage, offset, tuple(size), tuple(stride))


class _U(pickle.Unpickler):
    def find_class(self, module, name):
        if module == "torch._utils" and name == "_rebuild_tensor_v2":
            return _rebuild_tensor_v2
        if module == "torch" and name.endswith("Storage"):
            return name
        if module == "collections" and name == "OrderedDict":
            import collections; return collections.OrderedDict
        raise pickle.UnpicklingError(f"refusing {module}.{name}")

    seen = {}

    def persistent_load(self, pid):
        # ('storage', storage_type, key, location, numel, view_metadata)
        _, kind, key, _loc, n, _view = pid
        self.seen[key] = _Storage(kind, key, n)
        return self.seen[key]


def load_state(path):
    with open(path, "rb") as f:
        assert not zipfile.is_zipfile(path)
        for _ in range(3):  # magic number, protocol version, sys info
            pickle.load(f)
        u = _U(f); u.seen = {}
        obj = u.load()
        keys = pickle.load(f)
        raw = {}
        for key in keys:
            n = struct.unpack("<q", f.read(8))[0]
            dt = DT[u.seen[key].kind]
            raw[key] = np.frombuffer(f.read(n * np.dtype(dt).itemsize), dtype=dt)  # optimizer storages too
    out = {}
    for name, (_, st, off, size, stride) in obj["model_state"].items():
        a = raw[st.key]
        out[name] = np.lib.stride_tricks.as_strided(a[off:], size, [s * a.itemsize for s in stride]).copy()
    return out


if __name__ == "__main__":
    sys.modules['torch'] = None  # prove torch is not needed
    import importlib.util
    p = Path(importlib.util.find_spec("resemblyzer").submodule_search_locations[0]) / "pretrained.pt"
    st = load_state(p)
    ref = np.load("/tmp/spike/ge2e_weights.npz")
    worst = max(float(np.abs(st[k].astype(np.float32) - ref[k.replace(".", "_")]).max()) for k in st if k.startswith(("lstm", "linear")))
    print("tensors", len(st), "max diff vs torch export", worst)
