"""The session store: SQLite (WAL), one row per session, turn and event, each committed the moment it happens.

A session is written as `incomplete` when it starts and marked `complete` or `stopped` when it ends, so a killed
process leaves a session that can still be reviewed, short only of the turn in progress. The file and its folder
are private to the user (0600 in 0700). A damaged or locked database gets one clear line and is never replaced.
"""

from __future__ import annotations

import datetime
import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import platformdirs

from voicecoach.errors import VoicecoachError

SCHEMA_VERSION = 1
MIGRATIONS = {  # version -> statements that bring the previous version up to it
    1: """
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, ended_at TEXT, status TEXT NOT NULL,
        mode TEXT NOT NULL, attribution TEXT, pack TEXT, duration REAL, reflection_rounds INTEGER,
        understood INTEGER);
    CREATE TABLE people (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (session_id, position));
    CREATE TABLE turns (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        step TEXT, role TEXT, person TEXT NOT NULL, start REAL NOT NULL, end REAL NOT NULL, latency REAL,
        text TEXT, labels TEXT, feedback TEXT);
    CREATE TABLE events (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        type TEXT NOT NULL, by TEXT, of TEXT, step TEXT, start REAL, end REAL, detail TEXT);
    CREATE TABLE exchanges (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, n INTEGER NOT NULL,
        speaker TEXT, listener TEXT, rounds INTEGER, understood INTEGER, PRIMARY KEY (session_id, n));
    CREATE TABLE metrics (session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE, person TEXT NOT NULL,
        interruptions INTEGER, backchannels INTEGER, talk_over_seconds REAL, talk_share REAL, median_latency REAL,
        longest_turn REAL, PRIMARY KEY (session_id, person));
    CREATE INDEX turns_by_session ON turns(session_id);
    CREATE INDEX events_by_session ON events(session_id);
    """,
}
# how each table's rows of a session are ordered
ORDER = {"people": "position", "turns": "start", "events": "start", "exchanges": "n", "metrics": "person"}


def default_db_path() -> Path:
    return Path(platformdirs.user_data_dir("voicecoach")) / "sessions.db"


def db_path(settings) -> Path:
    configured = settings["storage.db"]
    return Path(configured).expanduser() if configured else default_db_path()


def now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")


class Store:
    def __init__(self, path: str | Path, create: bool = True):
        self.path = Path(path)
        if not self.path.exists() and not create:
            raise VoicecoachError(f"no session database at {self.path} yet: practise a session first")
        self.db = self._open()
        try:
            self._migrate()
        except BaseException:
            self.db.close()
            raise

    @classmethod
    def from_settings(cls, settings, create: bool = True) -> "Store":
        return cls(db_path(settings), create)

    def _open(self) -> sqlite3.Connection:
        folder = self.path.parent
        try:
            if not folder.exists():
                folder.mkdir(parents=True, mode=0o700)
            if not self.path.exists():
                os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        except OSError as exc:
            raise VoicecoachError(f"cannot create the session database {self.path}: {exc.strerror or exc}") from None
        old_umask = os.umask(0o077)  # the -wal and -shm files are as private as the database
        db = None
        try:
            db = sqlite3.connect(self.path, timeout=2.0, isolation_level=None)
            db.execute("PRAGMA foreign_keys = ON")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("integrity check failed")
        except sqlite3.OperationalError as exc:
            if db is not None:
                db.close()
            if "locked" in str(exc):
                raise VoicecoachError(f"the session database {self.path} is locked by another program; try again when it is done") from None
            raise VoicecoachError(f"cannot open the session database {self.path}: {exc}") from None
        except sqlite3.DatabaseError as exc:
            if db is not None:
                db.close()
            raise VoicecoachError(
                f"the session database {self.path} is damaged ({exc}); it was left as it is — move it aside to start afresh"
            ) from None
        finally:
            os.umask(old_umask)
        return db

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise VoicecoachError(f"the session database {self.path} is from a newer voicecoach (schema {version})")
        for target in range(version + 1, SCHEMA_VERSION + 1):
            with self.transaction():
                self.db.executescript("BEGIN;" + MIGRATIONS[target] + f"PRAGMA user_version = {target}; COMMIT;")

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            yield self.db
        except sqlite3.Error as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if not isinstance(exc, sqlite3.OperationalError):
                raise VoicecoachError(f"writing the session database failed: {exc}") from None
            if "full" in str(exc).lower():
                raise VoicecoachError(f"the disk is full: the session database {self.path} cannot grow") from None
            raise VoicecoachError(f"writing the session database failed: {exc}") from None

    def _write(self, sql: str, values: tuple) -> int:
        with self.transaction():
            return self.db.execute(sql, values).lastrowid

    # -- a session as it happens ---------------------------------------------------------------------------
    def begin_session(self, mode: str, people: list[str], attribution: str | None, pack: str | None) -> int:
        with self.transaction():
            self.db.execute("BEGIN")
            session = self.db.execute(
                "INSERT INTO sessions (started_at, status, mode, attribution, pack) VALUES (?, 'incomplete', ?, ?, ?)",
                (now(), mode, attribution, pack)).lastrowid
            self.db.executemany("INSERT INTO people VALUES (?, ?, ?)",
                                [(session, i, name) for i, name in enumerate(people)])
            self.db.execute("COMMIT")
        return session

    def add_turn(self, session: int, turn: dict) -> int:
        return self._write(
            "INSERT INTO turns (session_id, step, role, person, start, end, latency, text, labels, feedback)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (session, _step(turn.get("step")), turn.get("role"), turn["person"], turn["start"], turn["end"],
             turn.get("latency"), turn.get("text"), json.dumps(turn.get("labels")) if turn.get("labels") else None,
             turn.get("feedback")))

    def add_event(self, session: int, kind: str, by: str | None, of: str | None, step, start: float | None,
                  end: float | None, detail: dict | None = None) -> int:
        return self._write(
            "INSERT INTO events (session_id, type, by, of, step, start, end, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (session, kind, by, of, _step(step), start, end, json.dumps(detail) if detail else None))

    def finish_session(self, session: int, status: str, result: dict) -> None:
        exchanges = result.get("exchanges", [])
        with self.transaction():
            self.db.execute("BEGIN")
            self.db.execute(
                "UPDATE sessions SET ended_at = ?, status = ?, duration = ?, reflection_rounds = ?, understood = ?"
                " WHERE id = ?",
                (now(), status, result.get("duration"), sum(e["rounds"] for e in exchanges),
                 int(bool(exchanges) and all(e["understood"] for e in exchanges)), session))
            self.db.executemany("INSERT OR REPLACE INTO exchanges VALUES (?, ?, ?, ?, ?, ?)",
                                [(session, n, e["speaker"], e["listener"], e["rounds"], int(e["understood"]))
                                 for n, e in enumerate(exchanges)])
            self.db.executemany("INSERT OR REPLACE INTO metrics VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                                [(session, person, m["interruptions"], m["backchannels"], m["talk_over_seconds"],
                                  m["talk_share"], m["median_latency"], m["longest_turn"])
                                 for person, m in result.get("metrics", {}).items()])
            self.db.execute("COMMIT")

    # -- reading -------------------------------------------------------------------------------------------
    def sessions(self, last: int | None = None) -> list[sqlite3.Row]:
        self.db.row_factory = sqlite3.Row
        sql = "SELECT * FROM sessions ORDER BY id DESC" + (" LIMIT ?" if last else "")
        rows = self.db.execute(sql, (last,) if last else ()).fetchall()
        return list(reversed(rows))

    def rows(self, table: str, session: int) -> list[sqlite3.Row]:
        if table not in ("people", "turns", "events", "exchanges", "metrics"):
            raise ValueError(table)
        self.db.row_factory = sqlite3.Row
        return self.db.execute(f"SELECT * FROM {table} WHERE session_id = ? ORDER BY {ORDER[table]}",
                               (session,)).fetchall()

    def session(self, session: int) -> sqlite3.Row | None:
        self.db.row_factory = sqlite3.Row
        return self.db.execute("SELECT * FROM sessions WHERE id = ?", (session,)).fetchone()

    def find_sessions(self, last: int | None = None, person: str | None = None) -> list[sqlite3.Row]:
        """Sessions oldest first: all, or the last `last` of them; only those `person` took part in, if given."""
        self.db.row_factory = sqlite3.Row
        where = " WHERE id IN (SELECT session_id FROM people WHERE name = ?)" if person is not None else ""
        sql = f"SELECT * FROM sessions{where} ORDER BY id DESC" + (" LIMIT ?" if last else "")
        values = ((person,) if person is not None else ()) + ((last,) if last else ())
        return list(reversed(self.db.execute(sql, values).fetchall()))

    def rows_by_session(self, table: str, sessions: list[int]) -> dict[int, list[sqlite3.Row]]:
        """`rows(table, id)` for many sessions in one query: {session id: rows in order} (every id present)."""
        if table not in ORDER:
            raise ValueError(table)
        grouped: dict[int, list[sqlite3.Row]] = {session: [] for session in sessions}
        if not sessions:
            return grouped
        self.db.row_factory = sqlite3.Row
        rows = self.db.execute(f"SELECT * FROM {table} WHERE session_id BETWEEN ? AND ?"
                               f" ORDER BY session_id, {ORDER[table]}", (min(sessions), max(sessions)))
        for row in rows:
            if row["session_id"] in grouped:
                grouped[row["session_id"]].append(row)
        return grouped

    def close(self) -> None:
        self.db.close()


def _step(step) -> str | None:
    return None if step is None else str(step)
