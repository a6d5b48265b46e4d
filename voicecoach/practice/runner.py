"""`voicecoach practice` and the guided part of `demo`: options from settings and flags, a view, one session."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from voicecoach.errors import ConfigError
from voicecoach.practice.live_view import LineView, make_view
from voicecoach.practice.session import PracticeOptions, PracticeSession
from voicecoach.settings import Settings


def options_from(settings: Settings, names: str | None = None, channel_map: str | None = None,
                 enroll: dict[str, Path] | None = None, input_file: Path | None = None, realtime: bool = False,
                 voice: bool = True, intro: bool = True, events_jsonl: Path | None = None,
                 keys: bool = False) -> PracticeOptions:
    people = [name.strip() for name in names.split(",")] if names else list(settings["session.names"])
    if not all(people) or len(set(people)) != len(people):
        raise ConfigError(f"--names needs distinct names separated by commas, not '{names}'")
    return PracticeOptions(
        mode=settings["practice.mode"], names=people, attribution=settings["attribution.mode"],
        channel_map=channel_map, enroll=enroll or None, input=input_file, realtime=realtime,
        voice=voice and settings["voice.engine"] != "off", intro=intro and settings["practice.intro"],
        events_jsonl=events_jsonl, keys=keys,
    )


def run_practice(settings: Settings, console: Console, **flags) -> dict:
    from voicecoach.history.store import Store

    store = Store.from_settings(settings)
    try:
        result = run_session(settings, console, options_from(settings, keys=settings["practice.keys"], **flags),
                             store=store)
    finally:
        store.close()
    console.print(f"Saved as session {result['session_id']} in {store.path}", soft_wrap=True)
    return result


def run_session(settings: Settings, console: Console, options: PracticeOptions, view: LineView | None = None,
                **session_args) -> dict:
    view = view or make_view(console)
    try:
        session = PracticeSession(settings, options, view, **session_args)
    except BaseException:
        view.close()
        raise
    result = session.run()
    print_summary(console, result)
    return result


def print_summary(console: Console, result: dict) -> None:
    table = Table("", *result["people"], title=f"Session {result['status']}, {result['duration']:.0f} s")
    metrics = result["metrics"]
    for label, key in (("interruptions", "interruptions"), ("backchannels", "backchannels"),
                       ("talk-over (s)", "talk_over_seconds"), ("talk share", "talk_share"),
                       ("median reply latency (s)", "median_latency")):
        table.add_row(label, *[str(metrics[p][key]) if metrics[p][key] is not None else "–" for p in result["people"]])
    console.print(table)
    for exchange in result["exchanges"]:
        outcome = "felt understood" if exchange["understood"] else "did not yet feel understood"
        console.print(f"{exchange['speaker']} {outcome} after {exchange['rounds']} reflection round(s).")
