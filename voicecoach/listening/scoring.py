"""Scoring the listening engine against labelled recordings: precision, recall, onset and talk-over errors."""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass, field
from pathlib import Path

MATCH_WINDOW = 0.5  # seconds between a found and a labelled onset for them to be the same event


@dataclass
class TypeScore:
    found: int = 0
    labelled: int = 0
    matched: int = 0
    onset_errors: list[float] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0

    def add(self, other: "TypeScore") -> None:
        self.found += other.found
        self.labelled += other.labelled
        self.matched += other.matched
        self.onset_errors.extend(other.onset_errors)


@dataclass
class Score:
    types: dict[str, TypeScore] = field(default_factory=lambda: {"interruption": TypeScore(), "backchannel": TypeScore()})
    talk_over_errors: list[float] = field(default_factory=list)  # per scene: |found − labelled| seconds, both people
    misses: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for name, score in other.types.items():
            self.types[name].add(score)
        self.talk_over_errors.extend(other.talk_over_errors)
        self.misses.extend(other.misses)

    def median_onset_error(self, kind: str = "interruption") -> float:
        errors = self.types[kind].onset_errors
        return statistics.median(errors) if errors else 0.0

    def summary(self) -> dict:
        out = {}
        for name, s in self.types.items():
            out[name] = {"precision": round(s.precision, 3), "recall": round(s.recall, 3), "found": s.found,
                         "labelled": s.labelled, "median_onset_error": round(self.median_onset_error(name), 3)}
        errors = self.talk_over_errors
        out["talk_over_error"] = {"median": round(statistics.median(errors), 3) if errors else 0.0,
                                  "max": round(max(errors), 3) if errors else 0.0}
        return out


def score_scene(result: dict, labels: dict) -> Score:
    score = Score()
    for kind in score.types:
        found = [e for e in result["events"] if e["type"] == kind]
        wanted = [e for e in labels["events"] if e["type"] == kind]
        type_score = score.types[kind]
        type_score.found, type_score.labelled = len(found), len(wanted)
        unmatched = list(found)
        for label in sorted(wanted, key=lambda e: e["start"]):
            close = [e for e in unmatched if e["by"] == label["by"] and abs(e["start"] - label["start"]) <= MATCH_WINDOW]
            if close:
                best = min(close, key=lambda e: abs(e["start"] - label["start"]))
                unmatched.remove(best)
                type_score.matched += 1
                type_score.onset_errors.append(abs(best["start"] - label["start"]))
            else:
                score.misses.append(f"{labels['scene']}: missed {kind} by {label['by']} at {label['start']:.2f}")
        for extra in unmatched:
            score.misses.append(f"{labels['scene']}: extra {kind} by {extra['by']} at {extra['start']:.2f}")
    error = 0.0
    for person in labels["people"]:
        found = sum(e["end"] - e["start"] for e in result["events"] if e["type"] == "talk_over" and e["by"] == person)
        wanted = sum(e["end"] - e["start"] for e in labels["events"] if e["type"] == "talk_over" and e["by"] == person)
        error += abs(found - wanted)
    score.talk_over_errors.append(error)
    return score


FILE_OF_MODE = {"channels": "channels", "array": "array", "voice": "mono"}


def labelled_scenes(fixtures: Path, split: str | None = None) -> list[dict]:
    labels = [json.loads(p.read_text()) for p in sorted(fixtures.glob("s*.json"))]
    return [label for label in labels if split in (None, label["split"])]


def enrolment_clips(fixtures: Path, length: str = "half_minute") -> dict[str, Path]:
    """The bundled enrolment clip of each person: `half_minute` (~30 s, what `analyze --enroll` is measured with)
    or `short` (~7 s, about what the practice intro hears of each partner)."""
    suffixes = {"half_minute": "_30s", "short": ""}
    if length not in suffixes:
        raise ValueError(f"enrolment clips are 'half_minute' or 'short', not {length!r}")
    suffix = suffixes[length]
    return {name: fixtures / f"enroll_{name.lower()}{suffix}.flac" for name in ("Alex", "Sam")}


def score_fixtures(fixtures: Path, mode: str, split: str | None, settings, transcriber=None,
                   enrolment: str | dict[str, Path] = "half_minute") -> Score:
    """Run `analyze` on every labelled scene of a split in one attribution mode and score it (with the check of
    short sounds' words, which needs `transcriber` or loads one, where the mode allows it). `voice` learns the
    voices from the `enrolment` clips: a length (see enrolment_clips) or each person's clip."""
    from voicecoach.listening.analysis import analyze_file, checks_words

    if transcriber is None and checks_words(mode, settings):
        from voicecoach.speech.transcriber import Transcriber

        transcriber = Transcriber.from_settings(settings)  # once, not per scene
    total = Score()
    enroll = enrolment if isinstance(enrolment, dict) else enrolment_clips(fixtures, enrolment)
    for label in labelled_scenes(fixtures, split):
        path = fixtures / label["files"][FILE_OF_MODE[mode]]
        mapping = ",".join(f"{name}={channel}" for name, channel in label["channel_map"].items())
        result = analyze_file(path, settings, mode=mode, channel_map=mapping, enroll=enroll, check_words=True,
                              transcriber=transcriber).result
        total.add(score_scene(result, label))
    return total
