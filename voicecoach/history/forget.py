"""`voicecoach forget`: delete sessions for good, so their words are gone from the database file.

The rows go (people, turns, events, exchanges and metrics follow their session: ON DELETE CASCADE), with SQLite's
secure_delete on, so the freed pages are overwritten with zeros. Then VACUUM rebuilds the file (with its temporary
copy in memory, not in /tmp), and a TRUNCATE checkpoint empties the write-ahead log, which would otherwise still
hold the old pages.

Audio: nothing keeps session recordings yet. `privacy.keep_audio` has no writer and the schema has no column for a
recording's path, so there is no file to delete; when recordings are kept, they must be deleted here as well.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from voicecoach.errors import VoicecoachError
from voicecoach.history.store import Store


@dataclass
class Forgotten:
    sessions: list[int] = field(default_factory=list)
    turns: int = 0
    events: int = 0
    compacted: str | None = None  # None: VACUUM and the log checkpoint worked; otherwise why not


def forget(store: Store, sessions: list[int] | None) -> Forgotten:
    """Delete these sessions (None: all), then VACUUM and empty the write-ahead log."""
    db = store.db
    db.row_factory = None
    done = Forgotten()
    try:
        db.execute("PRAGMA secure_delete = ON")
        db.execute("PRAGMA temp_store = MEMORY")
        db.execute("BEGIN IMMEDIATE")
        try:
            ids = [r[0] for r in db.execute("SELECT id FROM sessions ORDER BY id")] if sessions is None else sessions
            marks = ",".join("?" * len(ids))
            if ids:
                count = "SELECT count(*) FROM {} WHERE session_id IN (" + marks + ")"
                done.turns = db.execute(count.format("turns"), ids).fetchone()[0]
                done.events = db.execute(count.format("events"), ids).fetchone()[0]
                db.execute(f"DELETE FROM sessions WHERE id IN ({marks})", ids)
            # (no audio files to delete: see the module's note)
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise VoicecoachError(f"the session database {store.path} is in use by another program (a practice "
                                  "session?); nothing was forgotten, try again when it is done") from None
        raise VoicecoachError(f"forgetting failed, nothing was forgotten: {exc}") from None
    done.sessions = ids
    try:
        db.execute("VACUUM")
        busy, _, _ = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            done.compacted = "another program has the database open, so its write-ahead log could not be emptied"
    except sqlite3.OperationalError as exc:
        done.compacted = str(exc)
    return done
