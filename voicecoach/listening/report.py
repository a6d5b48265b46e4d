"""The readable summary of an analysis, for the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table


def _seconds(value) -> str:
    return "-" if value is None else f"{value:.2f} s"


def print_summary(console: Console, result: dict) -> None:
    people = list(result["speakers"])
    console.print(f"Recording: {result['duration']:.1f} s, {len(result['turns'])} turns")
    table = Table("", *people)
    rows = [
        ("talk time", lambda p: _seconds(result["speakers"][p]["talk_time"])),
        ("talk share", lambda p: f"{result['metrics'][p]['talk_share']:.0%}"),
        ("interruptions", lambda p: str(result["metrics"][p]["interruptions"])),
        ("backchannels", lambda p: str(result["metrics"][p]["backchannels"])),
        ("talk-over", lambda p: _seconds(result["metrics"][p]["talk_over_seconds"])),
        ("median reply latency", lambda p: _seconds(result["metrics"][p]["median_latency"])),
        ("longest turn", lambda p: _seconds(result["metrics"][p]["longest_turn"])),
    ]
    for label, cell in rows:
        table.add_row(label, *(cell(p) for p in people))
    console.print(table)
    events = Table("time", "event", "who")
    for event in result["events"]:
        who = event["by"] + (f" → {event['of']}" if "of" in event else "")
        events.add_row(f"{event['start']:6.2f}-{event['end']:6.2f}", event["type"].replace("_", "-"), who)
    if result["events"]:
        console.print(events)
