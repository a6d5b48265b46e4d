#!/usr/bin/env python3
"""Make labelled recordings of WHOLE practice sessions: a couple (or one person alone) doing the six-step
active-listening exercise from the first feeling statement to the answer to "switch roles?".

Same voices, clip cache, acoustics and FLAC writer as make_fixtures.py (imported from it, not copied):
Alex = hibari-tts, Sam = piper joe; clean room as in the non-noise scenes (close mics with bleed, laptop
array with TDOA and reflections, far mono mic, -66 dBFS room tone).  Every gap is set exactly (silence
from the end of one trimmed clip to the start of the next), so the labels are known by construction.

    .venv/bin/python audio_fixtures/make_sessions.py            # write audio_fixtures/sessions/, then verify
    .venv/bin/python audio_fixtures/make_sessions.py --verify   # only re-check the files already written
    .venv/bin/python audio_fixtures/make_sessions.py --plan     # print the timelines, write nothing

Deterministic (fixed seeds; TTS clips cached like make_fixtures.py).  See README.md ("Whole sessions").
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_fixtures as mf
from make_fixtures import ALEX, SAM, SR, r3, read_versions, sec

A, S = ALEX, SAM
LEAD_IN = 0.5           # silence before the first word
TAIL = 2.5              # silence after the last word
SESSION_SEED = 7000     # render rng per session: default_rng([mf.SEED, SESSION_SEED + index])
TOL = 0.05              # verify: allowed timing error (s)
FAR_END_TOL = 0.2       # verify: allowed error of a detected speech END on the far mics (quiet tails, see verify)


# ---------------------------------------------------------------------------------------------------------
# Session scripts
# ---------------------------------------------------------------------------------------------------------
def turn(who, step, gap, *parts):
    """One turn. gap: silence (s) from the end of all speech so far to this turn's first word (None for the
    first turn: LEAD_IN).  parts: sentences (str), pause(s) between two sentences of the turn, and overlays
    (backchannel / interruption by the other person) placed relative to the onset of the sentence before."""
    return {"who": who, "step": step, "gap": gap, "parts": parts}


def pause(s):
    """Thinking pause inside a turn: silence (s) before the next sentence of the same turn."""
    return {"op": "pause", "s": s}


def backchannel(who, text, at):
    return {"op": "overlay", "kind": "backchannel", "who": who, "text": text, "at": at}


def interruption(who, text, at):
    """Starts `at` s into the sentence before it; that sentence is NOT cut (both talk at once)."""
    return {"op": "overlay", "kind": "interruption", "who": who, "text": text, "at": at}


SESSIONS = [
    dict(name="p01_couple", people=[A, S],
         notes="Alex speaks, Sam listens. Sam backchannels once and interrupts once (both keep talking); "
               "two rounds of reflection (the first misses the worry), empathy, then Alex declines to switch.",
         turns=[
             turn(A, 1, None,
                  "I've been feeling really alone in the evenings lately.",
                  backchannel(S, "Mm-hmm.", at=1.0),
                  pause(1.6),
                  "When you stay late at work without calling, I end up waiting by the phone, "
                  "and I feel like I don't matter to you.",
                  interruption(S, "But I told you about the deadline!", at=1.5)),
             turn(S, 2, 4.0, "So when I work late and don't call, you feel lonely, like you're not important to me."),
             turn(A, 3, 3.0, "You got the lonely part, but you missed that I worry something happened to you."),
             turn(S, 4, 3.0, "So it's not only lonely, you actually get scared that something happened to me."),
             turn(A, 3, 3.0, "Yes, exactly. That's it."),
             turn(S, 6, 3.0, "I feel sad that you've been waiting alone and scared. I'm touched that you told me."),
             turn(A, "switch", 3.0, "No, let's stop here for today."),
         ],
         expected={"steps": [1, 2, 3, 4, 3, 6], "rounds": 2, "understood": True, "switch": False,
                   "nudges": [{"kind": "interruption", "person": SAM}], "interruptions": 1, "backchannels": 1}),
    dict(name="p02_couple_switch", people=[A, S],
         notes="Sam speaks first; Alex replies too fast (0.6 s) with advice instead of a reflection; two rounds, "
               "empathy, Sam agrees to switch; then Alex speaks and Sam gets it in one round.",
         turns=[
             turn(S, 1, None, "I feel hurt when our plans change at the last minute, "
                              "because I had looked forward to our weekend."),
             turn(A, 2, 0.6, "You just need to plan better next time."),
             turn(S, 3, 3.0, "Not quite. I don't need a plan, I felt let down."),
             turn(A, 4, 3.0, "You were looking forward to the weekend, and when it changed you felt let down."),
             turn(S, 3, 3.0, "Yes, you understood me."),
             turn(A, 6, 3.0, "I'm sorry it hurt so much. I can feel how disappointed you were."),
             turn(S, "switch", 3.0, "Sure, let's switch."),
             turn(A, 1, 3.0, "I feel stressed when the bills pile up on the kitchen table."),
             turn(S, 2, 4.0, "When the bills pile up, you feel stressed."),
             turn(A, 3, 3.0, "That's it, you got it."),
             turn(S, 6, 3.0, "That sounds heavy, and I care that you carry it."),
         ],
         expected={"steps": [1, 2, 3, 4, 3, 6, 1, 2, 3, 6], "rounds": [2, 1], "understood": True, "switch": True,
                   "nudges": [{"kind": "too_fast", "person": ALEX}], "interruptions": 0, "backchannels": 0}),
    dict(name="p03_solo", people=[A], mono_only=True,
         notes="One person (Alex's voice) practising alone, speaking both roles; mono only.",
         turns=[
             turn(A, 1, None, "I feel overwhelmed when my inbox fills up on Monday mornings."),
             turn(A, 2, 4.0, "You feel overwhelmed by the Monday emails."),
             turn(A, 3, 3.0, "Partly. You missed that I feel I can never catch up."),
             turn(A, 4, 3.0, "So it's more than overwhelmed, you feel like you can never catch up."),
             turn(A, 3, 3.0, "Yes, that's right."),
             turn(A, 6, 3.0, "That sounds exhausting, and I feel for you."),
             turn(A, "switch", 3.0, "No thanks, let's stop here."),
         ],
         expected={"steps": [1, 2, 3, 4, 3, 6], "rounds": 2, "understood": True, "switch": False,
                   "nudges": [], "interruptions": 0, "backchannels": 0}),
]

ROLE = {1: "speaker", 3: "speaker", 2: "listener", 4: "listener", 6: "listener", "switch": "answer"}


# ---------------------------------------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------------------------------------
def build_session(idx, spec, clips):
    """Place every clip by the script. Returns (utts, turns, pauses, n_samples, rng); utts are make_fixtures
    Utt objects with kind "speech" | "backchannel" | "interruption"."""
    rng = np.random.default_rng([mf.SEED, SESSION_SEED + idx])
    utts: list[mf.Utt] = []
    turns, pauses = [], []
    n_bc = 0

    def latest_end():
        return max((u.end for u in utts), default=0)

    for n, tr in enumerate(spec["turns"], 1):
        who, main, pending = tr["who"], [], None
        for part in tr["parts"]:
            if isinstance(part, str):
                if not utts:
                    assert tr["gap"] is None
                    start = sec(LEAD_IN)
                elif not main:
                    start = latest_end() + sec(tr["gap"])
                else:
                    assert pending is not None, "two sentences of a turn need a pause() between them"
                    pauses.append({"by": who, "start": latest_end(), "end": latest_end() + sec(pending)})
                    start = latest_end() + sec(pending)
                a = clips.clip(who, part, *mf.speech_take(who, part))
                utts.append(mf.Utt(who, part, "speech", start, a, role="pause" if main else "say"))
                main.append(utts[-1])
                pending = None
            elif part["op"] == "pause":
                pending = part["s"]
            else:   # overlay over the last sentence of this turn
                host = main[-1]
                o = part["who"]
                assert o != host.person
                if part["kind"] == "backchannel":
                    n_bc += 1
                    var = mf.stable_seed(spec["name"], n_bc) % 3          # set 0 (tune takes) of make_fixtures
                    b = clips.clip(o, part["text"], *mf.bc_take(o, var))
                    gain, role = -2.0, "bc_over"
                else:
                    b = clips.clip(o, part["text"], *mf.speech_take(o, part["text"]))
                    gain, role = 0.0, "over"
                u = mf.Utt(o, part["text"], part["kind"], host.start + sec(part["at"]), b, role=role, gain_db=gain)
                # the host goes on talking for >= 0.3 s after the overlay: the host's sentence is not cut, and
                # the silence after this turn is measured from the host's end
                assert u.end <= host.end - sec(0.3), f"{spec['name']}: {u.text!r} outlasts {host.text!r}"
                assert not any(w.person == o and w.start < u.end and w.end > u.start for w in utts)
                utts.append(u)
        turns.append({"n": n, "person": who, "start": main[0].start, "end": main[-1].end,
                      "text": " ".join(u.text for u in main), "step": tr["step"], "role": ROLE[tr["step"]]})
    for u in utts:                                   # small per-utterance level jitter, as in make_fixtures
        u.gain_db += rng.uniform(-1.0, 1.0)
    n_samples = latest_end() + sec(TAIL)
    return utts, turns, pauses, n_samples, rng


def exchanges(turns):
    """Split the turns at the switch answers; per exchange: speaker, listener, steps, rounds (reflections)."""
    out, cur = [], []
    for t in turns + [None]:
        if t is None or t["step"] == "switch":
            if cur:
                steps = [x["step"] for x in cur]
                out.append({"speaker": cur[0]["person"],
                            "listener": next((x["person"] for x in cur if x["role"] == "listener"), None),
                            "turns": [x["n"] for x in cur], "steps": steps,
                            "rounds": sum(1 for s in steps if s in (2, 4))})
            cur = []
        else:
            cur.append(t)
    return out


def labels(spec, utts, turns, pauses, n, voices, cond, files):
    exp = dict(spec["expected"])
    ex = exchanges(turns)
    for e in ex:
        e["understood"] = exp["understood"]
    # the expectations written in the script must agree with the timeline built from it
    assert [s for e in ex for s in e["steps"]] == exp["steps"], spec["name"]
    rounds = [e["rounds"] for e in ex]
    assert exp["rounds"] == (rounds[0] if len(rounds) == 1 else rounds), (spec["name"], rounds)
    switch_turns = [t for t in turns if t["step"] == "switch"]
    assert len(switch_turns) == 1 and exp["switch"] == (not switch_turns[0]["text"].startswith("No"))
    assert exp["interruptions"] == sum(u.kind == "interruption" for u in utts)
    assert exp["backchannels"] == sum(u.kind == "backchannel" for u in utts)
    for nd in exp["nudges"]:
        if nd["kind"] == "interruption":
            assert any(u.kind == "interruption" and u.person == nd["person"] for u in utts)
        elif nd["kind"] == "too_fast":
            assert any(t1["person"] == nd["person"] and t1["start"] - t0["end"] < sec(1.0)
                       for t0, t1 in itertools.pairwise(turns))
    exp["exchanges"] = ex
    people = spec["people"]
    order = sorted(utts, key=lambda u: u.start)
    return {
        "session": spec["name"], "duration": r3(n), "sample_rate": SR, "people": people,
        "channel_map": {p: mf.CHANNEL[p] for p in people}, "files": files,
        "utterances": [{"person": u.person, "start": r3(u.start), "end": r3(u.end), "text": u.text, "kind": u.kind}
                       for u in order],
        "turns": [{**t, "start": r3(t["start"]), "end": r3(t["end"])} for t in turns],
        "pauses": [{"by": p["by"], "start": r3(p["start"]), "end": r3(p["end"])} for p in pauses],
        "expected": exp,
        "voices": {p: voices[p].engine for p in people},
        "conditions": cond,
        "notes": spec["notes"],
    }


def check_texts():
    """No session sentence is a holdout sentence (holdout must stay unseen); returns the sentences."""
    texts = {p if isinstance(p, str) else p.get("text") for spec in SESSIONS for t in spec["turns"] for p in t["parts"]}
    texts.discard(None)
    holdout = mf.check_sentences()["holdout"]
    assert not texts & holdout, f"session sentences shared with the holdout scenes: {texts & holdout}"
    return texts


# ---------------------------------------------------------------------------------------------------------
# Verification: read the files back
# ---------------------------------------------------------------------------------------------------------
def detect(x, thr=-56.0):
    """Speech segments (s) of a signal: 10 ms frames (5 ms hop) above thr dBFS (the room tone is -66 dBFS RMS,
    its 10 ms frames stay under about -61), joined across gaps < 0.1 s."""
    act = mf.frame_db(x) > thr
    segs, start = [], None
    for i, a in enumerate(np.append(act, False)):
        if a and start is None:
            start = i
        elif not a and start is not None:
            segs.append([start * mf.HOP / SR, (i - 1) * mf.HOP / SR + mf.FRAME / SR])
            start = None
    return mf.merge(segs, 0.1)


def compare(want, got):
    """Edge errors (s) between the labelled segments `want` and the detected ones: (largest onset error,
    largest end error).  Each labelled segment is compared with the union of the detected segments that touch
    it (so pauses inside a clip do not matter); a detected segment that touches no labelled one counts as an
    onset error of its length."""
    on = end = 0.0
    for s, e in want:
        d = [g for g in got if g[1] > s - TOL and g[0] < e + TOL]
        if not d:
            return float("inf"), float("inf")
        on = max(on, abs(min(g[0] for g in d) - s))
        end = max(end, abs(max(g[1] for g in d) - e))
    for g in got:
        if not any(g[1] > s - TOL and g[0] < e + TOL for s, e in want):
            on = max(on, g[1] - g[0])
    return on, end


def unleak(own, other, leak):
    """A close-mic channel minus the other person's bleed, rebuilt from the other mic with the recorded leak
    settings (delay, level, low-pass): what is left is the own voice plus noise."""
    return own - mf.filt(other, [(leak["delay_ms"] * SR / 1000, mf.undb(leak["db"]))], leak["lowpass_hz"])


def verify(out_dir: Path, verbose=True):
    problems = []
    for i, spec in enumerate(SESSIONS):
        name = spec["name"]
        lab = json.loads((out_dir / f"{name}.json").read_text())
        dur = lab["duration"]
        data = read_versions(out_dir, lab, problems, tolerance=0.001)
        # --- timeline from the labels: lead-in, gaps between turns, pauses inside turns, tail
        utt, turns = lab["utterances"], lab["turns"]
        errs = []
        if abs(utt[0]["start"] - LEAD_IN) > TOL:
            errs.append(f"lead-in {utt[0]['start']}")
        if abs(dur - max(u["end"] for u in utt) - TAIL) > TOL:
            errs.append(f"tail {dur - max(u['end'] for u in utt):.3f}")
        for t, tr in zip(turns[1:], spec["turns"][1:]):
            silence = t["start"] - max(u["end"] for u in utt if u["start"] < t["start"])
            if abs(silence - tr["gap"]) > TOL:
                errs.append(f"gap before turn {t['n']}: {silence:.3f} s, want {tr['gap']}")
        want_pauses = [p["s"] for tr in spec["turns"] for p in tr["parts"] if isinstance(p, dict) and p["op"] == "pause"]
        got_pauses = [round(p["end"] - p["start"], 3) for p in lab["pauses"]]
        if len(got_pauses) != len(want_pauses) or any(abs(a - b) > TOL for a, b in zip(got_pauses, want_pauses)):
            errs.append(f"pauses {got_pauses} want {want_pauses}")
        for u in utt:      # nobody else speaks in the silences (a gap is silence from everybody)
            for t in turns:
                if u["start"] < t["start"] and u["end"] > t["start"] and u["kind"] == "speech":
                    errs.append(f"{u['text']!r} runs into turn {t['n']}")
        for ov in (u for u in utt if u["kind"] != "speech"):
            host = [u for u in utt if u["kind"] == "speech" and u["start"] < ov["start"] < u["end"]]
            if len(host) != 1 or host[0]["end"] <= ov["end"]:
                errs.append(f"{ov['kind']} {ov['text']!r} is not inside one sentence of the other person")
        # --- timeline from the audio: detected speech vs the labelled utterances.  Close mics (own voice with
        # the other's bleed removed): each person's onsets and ends within TOL.  Far mics (array, mono; both
        # people merged): onsets within TOL; ends only within FAR_END_TOL, because the last 10-20 dB of a
        # word's decay (the clip trim keeps down to 40 dB under its loudest frame) is under the room tone there.
        report = {}
        everyone = mf.merge([[u["start"], u["end"]] for u in utt], 0.0)
        if "channels" in data:
            ch, leaks = data["channels"], lab["conditions"]["channels"]
            for p in lab["people"]:
                c = lab["channel_map"][p]
                other = next(q for q in mf.PEOPLE if q != p)
                own = unleak(ch[:, c], ch[:, 1 - c], leaks[f"{other}_leak_into_{p}_mic"])
                mine = [[u["start"], u["end"]] for u in utt if u["person"] == p]
                report[f"channels {p}"] = compare(mine, detect(own)) + (TOL,)
        if "array" in data:
            report["array"] = compare(everyone, detect(data["array"].mean(axis=1))) + (FAR_END_TOL,)
        report["mono"] = compare(everyone, detect(data["mono"][:, 0])) + (FAR_END_TOL,)
        for k, (on, end, end_tol) in report.items():
            if on > TOL or end > end_tol:
                errs.append(f"{k}: detected speech does not match the labels (onsets {on:.3f} s, ends {end:.3f} s)")
        problems += [f"{name}: {e}" for e in errs]
        if verbose:
            det = ", ".join(f"{k} {on * 1000:.0f}/{end * 1000:.0f}" for k, (on, end, _) in report.items())
            print(f"verify {name}: {dur:.2f} s, {len(turns)} turns, timeline {'PROBLEMS' if errs else 'OK'}")
            print(f"    detected speech vs labels, largest onset/end error in ms: {det}")
    if verbose:
        print("verify:", "OK" if not problems else "PROBLEMS:\n  " + "\n  ".join(problems))
    return problems


# ---------------------------------------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------------------------------------
def print_timeline(name, n, utts, turns):
    print(f"{name}: {n / SR:.2f} s")
    for t in turns:
        print(f"    turn {t['n']:2d} {t['start'] / SR:6.2f}-{t['end'] / SR:6.2f} {t['person']:4s} "
              f"step {t['step']!s:6s} {t['role']:8s} {t['text']}")
        for u in utts:
            if u.kind != "speech" and t["start"] <= u.start < t["end"]:
                print(f"            {u.start / SR:6.2f}-{u.end / SR:6.2f} {u.person:4s} {u.kind:12s} {u.text}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=HERE / "sessions", help="output folder (default: sessions/ here)")
    ap.add_argument("--cache", type=Path,
                    default=Path(os.environ.get("VOICECOACH_TTS_CACHE",
                                                Path.home() / ".cache" / "voicecoach" / "tts-clips")))
    ap.add_argument("--no-cache", action="store_true", help="synthesize every clip again")
    ap.add_argument("--verify", action="store_true", help="only verify the files already in --out")
    ap.add_argument("--plan", action="store_true", help="only print the session timelines")
    args = ap.parse_args()
    if args.verify:
        sys.exit(1 if verify(args.out) else 0)

    t0 = time.time()
    check_texts()
    voices = mf.make_voices()
    clips = mf.ClipStore(voices, None if args.no_cache else args.cache)
    if not args.plan:
        args.out.mkdir(parents=True, exist_ok=True)
    for i, spec in enumerate(SESSIONS):
        name = spec["name"]
        utts, turns, pauses, n, rng = build_session(i, spec, clips)
        print_timeline(name, n, utts, turns)
        if args.plan:
            continue
        versions, cond = mf.render({"noise": False, "quiet": None}, utts, n, rng)
        kinds = ("mono",) if spec.get("mono_only") else ("channels", "array", "mono")
        files = {k: f"{name}.{k}.flac" for k in kinds}
        for k in kinds:
            mf.write_flac(args.out / files[k], versions[k])
        if spec.get("mono_only"):
            cond = {k: v for k, v in cond.items() if k not in ("channels", "array")}
        doc = labels(spec, utts, turns, pauses, n, voices, cond, files)
        (args.out / f"{name}.json").write_text(mf.dump_json(doc))
    if args.plan:
        return
    size = sum(f.stat().st_size for f in args.out.iterdir() if f.suffix in (".flac", ".json"))
    print(f"\nclips: {clips.misses} synthesized, {clips.hits} from cache")
    print(f"output: {size / 1e6:.2f} MB in {args.out}; generated in {time.time() - t0:.1f} s")
    if verify(args.out):
        sys.exit(1)


if __name__ == "__main__":
    main()
