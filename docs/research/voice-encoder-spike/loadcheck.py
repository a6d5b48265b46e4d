import time, sys
t0=time.perf_counter()
import torch
torch.set_num_threads(1)
t1=time.perf_counter()
from resemblyzer import VoiceEncoder, preprocess_wav
t2=time.perf_counter()
enc=VoiceEncoder("cpu", verbose=False)
t3=time.perf_counter()
import numpy as np, soundfile as sf
wav,_=sf.read("/work/main/audio_fixtures/enroll_alex.flac", dtype="float32")
e=enc.embed_utterance(preprocess_wav(wav))
t4=time.perf_counter()
print(f"import torch {t1-t0:.2f}s, import resemblyzer(+librosa) {t2-t1:.2f}s, model load {t3-t2:.2f}s, first embed {t4-t3:.2f}s, norm {np.linalg.norm(e):.3f}")
print("params", sum(p.numel() for p in enc.parameters()))
