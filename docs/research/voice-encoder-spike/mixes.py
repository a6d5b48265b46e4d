"""Same synthetic conversation mixes as voice_presence._training_set (same RNG use), but also keep the raw audio."""
from common import *
from voicecoach.listening.attribution import voice_presence as vp


def training_mixes(first, second, seed, mixes=vp.MIXES):
    rng = np.random.default_rng(seed)
    samples = [first.astype(np.float64), second.astype(np.float64)]
    voiced = [vp._voiced_hops(s) for s in samples]
    length = min(int(vp.MIX_SECONDS * 16000), *(len(s) for s in samples)) // HOP * HOP
    hops = length // HOP
    audios, targets = [], []
    for _ in range(mixes):
        holder = int(rng.integers(0, 2))
        relative = rng.uniform(-vp.RELATIVE_DB, vp.RELATIVE_DB)
        spans = {holder: (0, hops)}
        joins = rng.random()
        if joins < vp.ENTERS_SHARE:
            span = int(rng.integers(min(vp.COMES_IN_HOPS[0], hops - 1), min(vp.COMES_IN_HOPS[1], hops)))
            start = int(rng.integers(0, hops - span + 1))
            spans[1 - holder] = (start, start + span)
        elif joins < vp.ENTERS_SHARE + vp.BOTH_SHARE:
            spans[1 - holder] = (0, hops)
        mix = np.zeros(length)
        target = np.zeros((hops, 2), dtype=bool)
        for person, (begin, end) in spans.items():
            sample, has_voice = samples[person], voiced[person]
            offset = int(rng.integers(0, len(sample) - length + 1)) // HOP
            piece = np.zeros(length)
            piece[begin * HOP: end * HOP] = vp._perturbed(sample[(offset + begin) * HOP:], (end - begin) * HOP, rng)
            gain = 10 ** ((relative if person == 0 else -relative) / 40)
            mix += piece * gain
            target[begin:end, person] = has_voice[offset + begin: offset + end]
        mix = mix * 10 ** (rng.uniform(-12.0, 6.0) / 20) + vp._background(rng, length)
        audios.append(mix)
        targets.append(target)
    return audios, targets


if __name__ == "__main__":
    import time
    first, second = enrolment()
    import sys
    for seed in map(int, sys.argv[1:] or ["0", "1", "2"]):
        a, t = training_mixes(first, second, seed)
        x = np.vstack([stacked(hop_spectra(split_hops(m))) for m in a]).astype(np.float32)
        np.savez(f"/tmp/spike/cache/mix_seed{seed}.npz", audio=np.array(a), target=np.array(t), base=x)
        print(seed, np.array(a).shape, x.shape)
