"""Check corpus.jsonl (the labelled listening-feedback utterances) and print its counts.

    .venv/bin/python tests/data/feedback/check_corpus.py              # check, print counts
    .venv/bin/python tests/data/feedback/check_corpus.py --markdown   # the same counts as README tables

Exits 1 and lists the problems if any check fails. Not a pytest module (nothing here is collected).
"""

import collections
import json
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).with_name("corpus.jsonl")
LABELS = ["reflection", "parroting", "advice", "defending", "self_focus",
          "question", "validation", "empathy", "attack", "i_statement"]
SPEAKER_ONLY = {"attack", "i_statement"}
LISTENER_ONLY = set(LABELS) - SPEAKER_ONLY
STEPS = {"speaker": {1, 3}, "listener": {2, 4, 6}}
SPLITS = ("tune", "holdout")
REQUIRED = {"id", "split", "role", "step", "text", "partner_text", "labels", "feeling_words"}
OPTIONAL = {"note", "dialogue", "topic", "hard_cases"}
HARD_CASES = ["hear_but_should", "sarcasm", "advice_as_question", "validation_without_agreement",
              "reflection_adds_feeling", "upset_not_attacking", "defending_in_reflection",
              "self_focus_as_empathy", "parroting_reflection_pair", "asr_transcript"]
MIN_TRUE = 25
# Dialogues d001-d1222 (the first part, used during development, and the second to twenty-ninth writers' parts, each
# scored once and then used for tuning; the twenty-ninth writer's part, d1183-d1222, was the holdout until it had been
# scored and is now tune) are tune; d1223 onwards (written later by a thirtieth writer, never used for tuning) are
# holdout.
LAST_TUNE_DIALOGUE = 1222
MIN_HOLDOUT_TRUE = 15
MIN_WORDS, MAX_WORDS = 3, 40


def load(path=CORPUS):
    rows, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: not JSON ({exc})")
    return rows, problems


def occurs(word, text):
    """A feeling word occurs in the text: as a whole word or phrase, or as the base of an inflected form (hurt/hurts),
    or with a clitic ("betrayal's too strong")."""
    return re.search(r"(?<![\w'])" + re.escape(word) + r"(?:s|ing|ed)?(?:'s)?(?![\w'])", text.lower()) is not None


def check(rows):
    problems = []
    ids = collections.Counter(r.get("id") for r in rows)
    problems += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for r in rows:
        where = r.get("id", "?")
        keys = set(r)
        if REQUIRED - keys:
            problems.append(f"{where}: missing {sorted(REQUIRED - keys)}")
            continue
        if keys - REQUIRED - OPTIONAL:
            problems.append(f"{where}: unknown keys {sorted(keys - REQUIRED - OPTIONAL)}")
        if not re.fullmatch(r"u\d{4}", str(r["id"])):
            problems.append(f"{where}: id is not uNNNN")
        if r["split"] not in SPLITS:
            problems.append(f"{where}: split {r['split']!r}")
        if r["role"] not in STEPS or r["step"] not in STEPS.get(r["role"], ()):
            problems.append(f"{where}: role/step {r['role']!r}/{r['step']!r}")
        if not isinstance(r["text"], str) or not r["text"].strip():
            problems.append(f"{where}: empty text")
            continue
        words = len(r["text"].split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"{where}: {words} words")
        if (r["step"] == 1) != (r["partner_text"] is None):
            problems.append(f"{where}: partner_text must be null exactly on step 1")
        if r["partner_text"] is not None and not (isinstance(r["partner_text"], str) and r["partner_text"].strip()):
            problems.append(f"{where}: bad partner_text")
        labels = r["labels"]
        if not isinstance(labels, dict) or set(labels) != set(LABELS):
            problems.append(f"{where}: labels must be exactly {LABELS}")
            continue
        if not all(isinstance(v, bool) for v in labels.values()):
            problems.append(f"{where}: non-boolean label")
        wrong_side = SPEAKER_ONLY if r["role"] == "listener" else LISTENER_ONLY
        if any(labels[k] for k in wrong_side):
            problems.append(f"{where}: {r['role']} turn with {[k for k in wrong_side if labels[k]]}")
        if labels["parroting"] and labels["reflection"]:
            problems.append(f"{where}: parroting is never also reflection")
        fw = r["feeling_words"]
        if not isinstance(fw, list) or not all(isinstance(w, str) and w == w.lower() and w for w in fw):
            problems.append(f"{where}: feeling_words must be a list of lower-case strings")
        else:
            if len(set(fw)) != len(fw):
                problems.append(f"{where}: repeated feeling word")
            problems += [f"{where}: feeling word {w!r} not in text" for w in fw if not occurs(w, r["text"])]
        if "dialogue" in r:
            if not re.fullmatch(r"d\d{3,4}", str(r["dialogue"])):
                problems.append(f"{where}: dialogue is not dNNN")
            elif (r["split"] == "holdout") != (int(r["dialogue"][1:]) > LAST_TUNE_DIALOGUE):
                problems.append(f"{where}: split does not follow the rule "
                                f"(d001-d{LAST_TUNE_DIALOGUE:03d} tune, later dialogues holdout)")
        for tag in r.get("hard_cases", []):
            if tag not in HARD_CASES:
                problems.append(f"{where}: unknown hard case {tag!r}")
    for label in LABELS:
        n = sum(r["labels"][label] for r in rows if isinstance(r.get("labels"), dict) and label in r["labels"])
        if n < MIN_TRUE:
            problems.append(f"label {label}: true in only {n} utterances")
        n = sum(r["labels"][label] for r in rows
                if r.get("split") == "holdout" and isinstance(r.get("labels"), dict) and label in r["labels"])
        if n < MIN_HOLDOUT_TRUE:
            problems.append(f"label {label}: true in only {n} holdout utterances")
    return problems


def counts(rows):
    by_split = {s: [r for r in rows if r["split"] == s] for s in SPLITS}
    groups = sorted({(r["role"], r["step"]) for r in rows}, key=lambda g: (g[0] != "speaker", g[1]))
    mix = {g: {s: sum((r["role"], r["step"]) == g for r in by_split[s]) for s in SPLITS} for g in groups}
    labels = {}
    for label in LABELS:
        role = "speaker" if label in SPEAKER_ONLY else "listener"
        labels[label] = {s: (sum(r["labels"][label] for r in by_split[s]),
                             sum(r["role"] == role for r in by_split[s])) for s in SPLITS}
    hard = {t: {s: sum(t in r.get("hard_cases", []) for r in by_split[s]) for s in SPLITS} for t in HARD_CASES}
    pairs = {s: 0 for s in SPLITS}
    grouped = collections.defaultdict(list)
    for r in rows:
        if "parroting_reflection_pair" in r.get("hard_cases", []):
            grouped[(r["split"], r["partner_text"])].append(r)
    for (split, _), members in grouped.items():
        if any(m["labels"]["parroting"] for m in members) and any(m["labels"]["reflection"] for m in members):
            pairs[split] += 1
    fw = {s: sum(bool(r["feeling_words"]) for r in by_split[s]) for s in SPLITS}
    given = {t: collections.Counter() for t in HARD_CASES}
    for r in rows:
        combo = "+".join(k for k in LABELS if r["labels"][k]) or "no label"
        for t in r.get("hard_cases", []):
            given[t][f"{r['role']} {combo}"] += 1
    return {"rows": {s: len(by_split[s]) for s in SPLITS}, "mix": mix, "labels": labels, "hard": hard,
            "pairs": pairs, "with_feeling_words": fw, "given": given,
            "dialogues": {s: len({r.get("dialogue") for r in by_split[s]}) for s in SPLITS}}


def show(c, markdown=False):
    def table(head, body):
        if markdown:
            print("| " + " | ".join(head) + " |")
            print("|" + "---|" * len(head))
            for line in body:
                print("| " + " | ".join(str(x) for x in line) + " |")
        else:
            width = max(len(str(line[0])) for line in [head, *body])
            for line in [head, *body]:
                print(f"{line[0]!s:<{width}}  " + "  ".join(f"{x!s:>12}" for x in line[1:]))
        print()

    total = {s: c["rows"][s] for s in SPLITS}
    table(["role, step", "tune", "holdout", "all", "holdout share"],
          [[f"{g[0]} {g[1]}", v["tune"], v["holdout"], v["tune"] + v["holdout"],
            f"{v['holdout'] / (v['tune'] + v['holdout']):.0%}"] for g, v in c["mix"].items()]
          + [["all", total["tune"], total["holdout"], sum(total.values()),
              f"{total['holdout'] / sum(total.values()):.0%}"]])
    table(["label (true / turns of its role)", "tune", "holdout", "all true"],
          [[k, f"{v['tune'][0]} / {v['tune'][1]}", f"{v['holdout'][0]} / {v['holdout'][1]}",
            v["tune"][0] + v["holdout"][0]] for k, v in c["labels"].items()]
          + [["feeling_words non-empty", c["with_feeling_words"]["tune"], c["with_feeling_words"]["holdout"],
              sum(c["with_feeling_words"].values())]])
    table(["hard case (utterances)", "tune", "holdout", "all"],
          [[k, v["tune"], v["holdout"], v["tune"] + v["holdout"]] for k, v in c["hard"].items()]
          + [["parroting/reflection pairs (same partner_text)", c["pairs"]["tune"], c["pairs"]["holdout"],
              sum(c["pairs"].values())]])
    table(["type (both splits)", "labels given"],
          [[t, "; ".join(f"{k}: {n}" for k, n in sorted(v.items(), key=lambda kv: (-kv[1], kv[0])))]
           for t, v in c["given"].items()])


def main(argv):
    rows, problems = load()
    problems += check(rows) if not problems else []
    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"{len(rows)} utterances, all checks pass\n")
    show(counts(rows), markdown="--markdown" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
