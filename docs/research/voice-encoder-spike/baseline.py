import time, json
from common import *
from voicecoach.listening.attribution.voice_presence import train_presence
scenes = tune_scenes()
print(len(scenes), "tune scenes", sum(len(s["audio"]) for s in scenes) / 16000, "s")
t = time.process_time(); det = train_presence(*enrolment()); print("train cpu s", round(time.process_time() - t, 1))
t = time.process_time()
probs = [det.probabilities(stacked(hop_spectra(split_hops(s["audio"])))) for s in scenes]
print("infer cpu s per audio s", (time.process_time() - t) / (sum(len(s["audio"]) for s in scenes) / 16000))
np.save("/tmp/spike/baseline_probs.npy", np.array(probs, dtype=object), allow_pickle=True)
for th, m in sweep(probs, scenes).items():
    print(th, m)
