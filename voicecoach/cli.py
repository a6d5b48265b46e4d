"""The `voicecoach` command. Each command is a thin layer over the package; errors become one line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from voicecoach.errors import ConfigError, VoicecoachError
from voicecoach.settings import Settings, load_settings

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="voicecoach: practise active listening, hands-free and offline.",
    context_settings={"help_option_names": ["-h", "--help"]},
)
out = Console()
GLOBAL = {"config": None, "debug": False}


def settings(**overrides) -> Settings:
    """The settings for this run: defaults, user file, --config, then this command's flags."""
    return load_settings(GLOBAL["config"]).with_overrides(overrides)


@app.callback()
def _root(
    config: Optional[Path] = typer.Option(None, "--config", help="A settings file (TOML) on top of the defaults."),
    debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
) -> None:
    """Both options are also accepted after the command name."""


@app.command()
def devices() -> None:
    """List audio inputs and outputs with their channel counts."""
    from voicecoach.audio.devices import list_devices

    found = list_devices()
    if not found:
        out.print("No audio devices found (no sound card, or PortAudio cannot see it).")
        raise typer.Exit(1)
    table = Table("#", "name", "inputs", "outputs", "default rate", "default")
    for device in found:
        marks = " ".join(m for m, on in (("input", device.is_default_input), ("output", device.is_default_output)) if on)
        table.add_row(str(device.index), device.name, str(device.inputs), str(device.outputs),
                      f"{device.default_rate:.0f}", marks)
    out.print(table)


@app.command()
def doctor() -> None:
    """Check microphone, speaker, speech engine, voice activity detection, transcription model and speaker encoder."""
    from voicecoach.doctor import run_checks

    results = run_checks(settings())
    table = Table("check", "status", "detail", "fix")
    for check in results:
        status = "[green]ok[/green]" if check.ok else "[red]FAIL[/red]"
        table.add_row(check.name, status, escape(check.detail), escape(check.fix))
    out.print(table)
    if not all(check.ok for check in results):
        raise typer.Exit(1)


@app.command()
def practice(
    mode: Optional[str] = typer.Option(None, "--mode", help="couple (two partners) or solo (you speak both roles)."),
    names: Optional[str] = typer.Option(None, "--names", help="The partners' names: Alex,Sam (solo: one name)."),
    attribution: Optional[str] = typer.Option(None, "--attribution", help="channels, array or voice (couple mode)."),
    channel_map: Optional[str] = typer.Option(None, "--channel-map", help="Who is nearest which channel: Alex=0,Sam=1."),
    enroll: list[str] = typer.Option([], "--enroll",
                                     help="NAME=FILE: about 30 s of each person speaking alone (voice mode)."),
    input_file: Optional[Path] = typer.Option(None, "--input", help="A recording instead of the microphone."),
    realtime: bool = typer.Option(False, "--realtime", help="Pace --input like a live microphone."),
    voice: Optional[str] = typer.Option(None, "--voice", help="on: speak the prompts; off: print them."),
    no_intro: bool = typer.Option(False, "--no-intro", help="Start at step 1 (the first to speak is the speaker)."),
    events_jsonl: Optional[Path] = typer.Option(None, "--events-jsonl", help="Write every event as a JSON line."),
    db: Optional[Path] = typer.Option(None, "--db", help="The session database (default: the user data folder)."),
) -> None:
    """Guided six-step listening practice, hands-free (couple or solo)."""
    from voicecoach.practice.runner import run_practice

    if voice not in (None, "on", "off"):
        raise ConfigError(f"--voice takes on or off, not '{voice}'")
    run_settings = settings(**{"practice.mode": mode, "attribution.mode": attribution,
                               "voice.engine": "off" if voice == "off" else None,
                               "storage.db": str(db) if db else None})
    run_practice(run_settings, out, names=names, channel_map=channel_map, enroll=_enrolment(enroll),
                 input_file=input_file, realtime=realtime, voice=voice != "off", intro=not no_intro,
                 events_jsonl=events_jsonl)


@app.command()
def demo(
    fast: bool = typer.Option(False, "--fast", help="Do not pace the replay in real time."),
    voice: Optional[str] = typer.Option(None, "--voice", help="on: speak the prompts (when a speaker exists); off."),
    events_jsonl: Optional[Path] = typer.Option(None, "--events-jsonl", help="Write every event as a JSON line."),
) -> None:
    """A bundled recording of a couple doing the whole exercise, through the full practice loop (no microphone)."""
    from voicecoach.demo import run_demo

    if voice not in (None, "on", "off"):
        raise ConfigError(f"--voice takes on or off, not '{voice}'")
    run_demo(settings(), out, realtime=not fast, voice=voice != "off", events_jsonl=events_jsonl)


@app.command()
def analyze(
    file: Path = typer.Argument(..., help="A recording: WAV, FLAC, OGG or MP3."),
    attribution: Optional[str] = typer.Option(None, "--attribution", help="channels, array, voice or solo."),
    channel_map: Optional[str] = typer.Option(None, "--channel-map", help="Who is nearest which channel: Alex=0,Sam=1."),
    enroll: list[str] = typer.Option([], "--enroll",
                                     help="NAME=FILE: about 30 s of each person speaking alone (voice mode)."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    no_transcribe: bool = typer.Option(False, "--no-transcribe", help="Skip transcription: timings only, and no check "
                                       "of a short sound's words."),
) -> None:
    """Who spoke when in a recording: turns, interruptions, talk-over, backchannels."""
    from voicecoach.listening.analysis import analyze_file
    from voicecoach.listening.report import print_summary

    run_settings = settings(**{"attribution.mode": attribution})
    analysis = analyze_file(file, run_settings, channel_map=channel_map, enroll=_enrolment(enroll),
                            transcribe=not no_transcribe, check_words=not no_transcribe)
    for warning in analysis.warnings:
        print(f"voicecoach: warning: {warning}", file=sys.stderr)
    if as_json:
        print(json.dumps(analysis.result))
    else:
        print_summary(out, analysis.result)


def _enrolment(pairs: list[str]) -> dict[str, Path]:
    clips = {}
    for pair in pairs:
        name, _, path = pair.partition("=")
        if not name or not path:
            raise ConfigError(f"--enroll takes NAME=FILE, not '{pair}'")
        clips[name.strip()] = Path(path)
    return clips


@app.command()
def transcribe(
    files: list[Path] = typer.Argument(..., help="Audio files: WAV, FLAC, OGG or MP3."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line per file."),
    model: Optional[str] = typer.Option(None, "--model", help="A local CTranslate2 Whisper model folder."),
) -> None:
    """Transcribe audio files offline (the bundled tiny.en model unless --model says otherwise)."""
    from voicecoach.audio.file_source import read_all
    from voicecoach.speech.transcriber import Transcriber

    transcriber = Transcriber.from_settings(settings(**{"transcription.model": model}))
    for path in files:
        audio = read_all(path).mean(axis=1).astype("int16")
        result = transcriber.transcribe(audio, whole_file=True)
        if as_json:
            print(json.dumps({"file": str(path), **result.as_dict()}), flush=True)
        else:
            print(result.text, flush=True)


@app.command()
def feedback(
    file: Optional[Path] = typer.Argument(None, help="JSON lines: role, step, text, partner_text (default: stdin)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per line: labels, feeling_words, feedback."),
) -> None:
    """Listening feedback on transcribed turns: one line out per line in."""
    from voicecoach.coach.feedback_lines import feedback_lines

    if file is not None and not file.exists():
        raise VoicecoachError(f"no such file: {file}")
    source = open(file, encoding="utf-8") if file is not None else sys.stdin
    try:
        for line in feedback_lines(source, as_json):
            print(line, flush=True)
    finally:
        if file is not None:
            source.close()


@app.command()
def stats(
    as_json: bool = typer.Option(False, "--json", help="Print one JSON object."),
    last: Optional[int] = typer.Option(None, "--last", min=1, help="Only the last N sessions."),
    person: Optional[str] = typer.Option(None, "--person", help="Only the sessions this person took part in."),
    db: Optional[Path] = typer.Option(None, "--db", help="The session database (default: the user data folder)."),
) -> None:
    """Interruption and listening statistics across sessions, with each person's trend."""
    from voicecoach.history.review import review
    from voicecoach.history.store import Store
    from voicecoach.history.views import print_stats

    run_settings = settings(**{"storage.db": str(db) if db else None})
    store = Store.from_settings(run_settings, create=False)
    try:
        found = review(store, last, person, run_settings["turns.patience"])
    finally:
        store.close()
    if as_json:
        print(json.dumps(found))
    else:
        print_stats(out, found, run_settings["turns.patience"], max_rows=None if last else 30)


@app.command()
def report(
    session: str = typer.Argument("latest", help="A session number (see `voicecoach stats`) or 'latest'."),
    out_file: Optional[Path] = typer.Option(None, "--out", help="The HTML file (default: voicecoach-session-ID.html)."),
    db: Optional[Path] = typer.Option(None, "--db", help="The session database (default: the user data folder)."),
) -> None:
    """A self-contained HTML report of a session: timeline, transcript, figures and progress (works offline)."""
    from voicecoach.history import report as session_report
    from voicecoach.history.review import resolve_session
    from voicecoach.history.store import Store

    run_settings = settings(**{"storage.db": str(db) if db else None})
    store = Store.from_settings(run_settings, create=False)
    try:
        session_id = resolve_session(store, session)
        page = session_report.build(store, session_id, run_settings["turns.patience"])
    finally:
        store.close()
    path = session_report.write(page, out_file or Path(f"voicecoach-session-{session_id}.html"))
    print(path)


@app.command()
def export(
    fmt: str = typer.Option("json", "--format", help="json (everything) or csv (one row per turn, with its session)."),
    out_file: Optional[Path] = typer.Option(None, "--out", help="Write to this file (default: print)."),
    db: Optional[Path] = typer.Option(None, "--db", help="The session database (default: the user data folder)."),
) -> None:
    """Export every stored session: people, turns, events, exchanges and metrics."""
    from voicecoach.history import export as history_export
    from voicecoach.history.store import Store

    if fmt not in ("json", "csv"):
        raise ConfigError(f"--format takes json or csv, not '{fmt}'")
    store = Store.from_settings(settings(**{"storage.db": str(db) if db else None}), create=False)
    try:
        text = history_export.as_json(store) if fmt == "json" else history_export.as_csv(store)
    finally:
        store.close()
    if out_file is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    else:
        history_export.write(text, out_file)
        print(f"Exported to {out_file}", file=sys.stderr)


@app.command()
def forget(
    session: Optional[str] = typer.Argument(None, help="A session number (see `voicecoach stats`) or 'latest'."),
    everything: bool = typer.Option(False, "--all", help="Forget every stored session."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask first (it never asks when not in a terminal)."),
    db: Optional[Path] = typer.Option(None, "--db", help="The session database (default: the user data folder)."),
) -> None:
    """Delete stored sessions for good: their rows, then the file is compacted so their words are gone from it."""
    from voicecoach.history.forget import forget as forget_sessions
    from voicecoach.history.review import resolve_session
    from voicecoach.history.store import Store

    if (session is None) == (not everything):
        raise ConfigError("forget takes a session number (or 'latest') or --all, not both or neither")
    store = Store.from_settings(settings(**{"storage.db": str(db) if db else None}), create=False)
    try:
        chosen = None if everything else [resolve_session(store, session)]
        what = "every stored session" if everything else f"session {chosen[0]}"
        if not yes and sys.stdin.isatty() and not typer.confirm(f"Forget {what} in {store.path}? This cannot be undone"):
            print("Nothing was forgotten.")
            raise typer.Exit(1)
        done = forget_sessions(store, chosen)
    finally:
        store.close()
    if not done.sessions:
        print(f"No sessions were stored in {store.path}; the file was compacted.")
    else:
        which = f"session {done.sessions[0]} (" if chosen else f"all sessions ({len(done.sessions)} sessions, "
        print(f"Forgot {which}{done.turns} turns, {done.events} events) from {store.path}"
              + ("; the file was compacted, so their words are gone from it." if done.compacted is None else "."))
    if done.compacted is not None:
        print(f"voicecoach: warning: the file could not be compacted ({done.compacted}); the deleted rows were "
              "zeroed, but older copies may remain in its write-ahead log until the next forget", file=sys.stderr)
        raise typer.Exit(1)


def _take_global_options(argv: list[str]) -> list[str]:
    """--config and --debug are accepted anywhere on the line, before or after the command."""
    rest = []
    args = iter(argv)
    for arg in args:
        if arg == "--debug":
            GLOBAL["debug"] = True
        elif arg == "--config":
            value = next(args, None)
            if value is None:
                raise ConfigError("--config needs a file path")
            GLOBAL["config"] = Path(value)
        elif arg.startswith("--config="):
            GLOBAL["config"] = Path(arg.split("=", 1)[1])
        else:
            rest.append(arg)
    return rest


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = _take_global_options(argv)
        code = app(args=args, prog_name="voicecoach", standalone_mode=False)
        sys.exit(code if isinstance(code, int) else 0)
    except VoicecoachError as exc:
        if GLOBAL["debug"]:
            raise
        print(f"voicecoach: {exc.message}", file=sys.stderr)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        print("voicecoach: stopped", file=sys.stderr)
        sys.exit(130)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except Exception as exc:  # usage errors and anything unforeseen: one line unless --debug
        show = getattr(exc, "show", None)
        if callable(show) and hasattr(exc, "exit_code"):  # the command line was mistyped
            show()
            sys.exit(exc.exit_code)
        if GLOBAL["debug"]:
            raise
        print(f"voicecoach: unexpected error: {type(exc).__name__}: {exc} (run with --debug for details)", file=sys.stderr)
        sys.exit(1)
