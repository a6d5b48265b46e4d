"""The session history: written as it happens, private, and never lost or overwritten."""

import hashlib
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import time

import pytest

from voicecoach.errors import VoicecoachError
from voicecoach.history.store import Store

SESSION = "audio_fixtures/sessions/p01_couple.channels.flac"


def practice(db, *flags):
    return subprocess.Popen([sys.executable, "-m", "voicecoach", "practice", "--input", SESSION, "--voice", "off",
                             "--db", str(db), *flags], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def stored_turns(db):
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as read:
            return read.execute("SELECT count(*) FROM turns").fetchone()[0]
    except sqlite3.Error:
        return 0


def wait_for_turns(db, count, process, timeout=90):
    end = time.monotonic() + timeout
    while stored_turns(db) < count:
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < end, "the session did not get that far"
        time.sleep(0.2)


def test_a_whole_session_is_stored_privately(tmp_path):
    db = tmp_path / "private" / "history.db"
    process = practice(db)
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert f"Saved as session 1 in {db}" in out
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(db.parent).st_mode) == 0o700
    store = Store(db, create=False)
    session = store.sessions()[0]
    assert (session["status"], session["mode"], session["reflection_rounds"], session["understood"]) == \
        ("complete", "couple", 2, 1)
    assert [row["name"] for row in store.rows("people", 1)] == ["Alex", "Sam"]
    turns = store.rows("turns", 1)
    assert [row["step"] for row in turns] == ["1", "2", "3", "4", "3", "6", "switch"]
    assert all(row["feedback"] and row["labels"] for row in turns[:6])
    kinds = [row["type"] for row in store.rows("events", 1)]
    assert kinds.count("interruption") == 1 and kinds.count("backchannel") == 1 and "nudge" in kinds
    metrics = {row["person"]: row for row in store.rows("metrics", 1)}
    assert metrics["Sam"]["interruptions"] == 1 and metrics["Alex"]["interruptions"] == 0


def test_a_killed_session_keeps_every_finished_turn_and_shows_as_incomplete(tmp_path):
    db = tmp_path / "history.db"
    process = practice(db, "--realtime")
    wait_for_turns(db, 2, process)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    store = Store(db, create=False)
    session = store.sessions()[0]
    assert session["status"] == "incomplete" and session["ended_at"] is None
    turns = store.rows("turns", session["id"])
    assert len(turns) >= 2 and turns[0]["text"].startswith("I've been feeling")


def test_ctrl_c_ends_the_session_cleanly_as_stopped(tmp_path):
    db = tmp_path / "history.db"
    process = practice(db, "--realtime")
    wait_for_turns(db, 1, process)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert "Traceback" not in err
    session = Store(db, create=False).sessions()[0]
    assert session["status"] == "stopped" and session["ended_at"] is not None


def test_a_damaged_database_gets_one_line_and_is_left_as_it_was(tmp_path):
    db = tmp_path / "history.db"
    db.write_bytes(b"this is not a database, but it may be someone's only copy of something" * 100)
    before = hashlib.sha1(db.read_bytes()).hexdigest()
    process = practice(db)
    out, err = process.communicate(timeout=60)
    assert process.returncode != 0
    assert err.strip().count("\n") == 0 and "damaged" in err and "Traceback" not in err
    assert hashlib.sha1(db.read_bytes()).hexdigest() == before


def test_a_locked_database_gets_one_line(tmp_path):
    db = tmp_path / "history.db"
    Store(db).close()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("PRAGMA journal_mode = DELETE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(VoicecoachError, match="locked"):
            Store(db)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_database_from_a_newer_version_is_refused(tmp_path):
    db = tmp_path / "history.db"
    Store(db).close()
    with sqlite3.connect(db) as raw:
        raw.execute("PRAGMA user_version = 99")
    with pytest.raises(VoicecoachError, match="newer"):
        Store(db)


def test_a_full_disk_gets_one_line_and_what_was_written_stays(tmp_path):
    store = Store(tmp_path / "history.db")
    session = store.begin_session("couple", ["Alex", "Sam"], "channels", "couples")
    store.db.execute(f"PRAGMA max_page_count = {store.db.execute('PRAGMA page_count').fetchone()[0] + 2}")
    written = 0
    with pytest.raises(VoicecoachError, match="disk is full"):
        for n in range(1000):
            store.add_turn(session, {"person": "Alex", "step": 1, "start": n, "end": n + 1, "text": "words " * 300})
            written += 1
    assert written >= 1
    assert len(store.rows("turns", session)) == written
