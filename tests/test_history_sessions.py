"""Reviewing real stored sessions: the three bundled recordings practised once each (with every network call
blocked), then stats, report (rendered in headless Chromium), export and forget on that history."""

import csv
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT
from tests.cli_helper import cli

SESSIONS = [  # the practice command line of each bundled recording, in the order they are stored
    ["--input", "audio_fixtures/sessions/p01_couple.channels.flac"],
    ["--input", "audio_fixtures/sessions/p02_couple_switch.channels.flac", "--no-intro"],
    ["--input", "audio_fixtures/sessions/p03_solo.mono.flac", "--mode", "solo", "--names", "Alex"],
]
FIRST_WORDS = "feeling really alone in the evenings"  # said in session 1 only
SECOND_WORDS = "plans change at the last minute"  # said in session 2 only

NO_NETWORK = textwrap.dedent('''
    """Loaded first by every Python process of the test: any network call is written down and refused."""
    import os, socket, traceback

    _log = os.environ["VOICECOACH_TEST_NET_LOG"]
    with open(_log + ".armed", "a") as _armed:
        _armed.write(f"{os.getpid()}\\n")

    def _refuse(what, original):
        def refuse(*args, **kwargs):
            with open(_log, "a") as log:
                log.write(f"{what} {args!r}\\n" + "".join(traceback.format_stack(limit=12)) + "\\n")
            raise OSError(f"the test blocks the network ({what})")
        return refuse

    for _name in ("connect", "connect_ex", "sendto"):
        setattr(socket.socket, _name, _refuse(f"socket.{_name}", getattr(socket.socket, _name)))
    for _name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        setattr(socket, _name, _refuse(f"socket.{_name}", getattr(socket, _name)))
''')


@pytest.fixture(scope="module")
def history(tmp_path_factory):
    """One database with the three bundled sessions, practised in subprocesses whose sockets are blocked."""
    folder = tmp_path_factory.mktemp("history")
    blocker = folder / "blocker"
    blocker.mkdir()
    (blocker / "sitecustomize.py").write_text(NO_NETWORK)
    log = folder / "network.log"
    env = {**os.environ, "PYTHONPATH": str(blocker), "VOICECOACH_TEST_NET_LOG": str(log)}
    db = folder / "sessions.db"
    runs = []
    for flags in SESSIONS:
        runs.append(subprocess.run([sys.executable, "-m", "voicecoach", "practice", *flags, "--voice", "off",
                                    "--db", str(db)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180))
    for review in (["stats"], ["report", "--out", str(folder / "offline.html")], ["export", "--format", "csv"]):
        runs.append(subprocess.run([sys.executable, "-m", "voicecoach", *review, "--db", str(db)], cwd=ROOT, env=env,
                                   capture_output=True, text=True, timeout=120))
    return {"db": db, "runs": runs, "log": log, "env": env, "folder": folder}


def test_a_whole_practice_session_runs_with_the_network_blocked_and_never_tries_it(history):
    """So do the review commands (the report draws with matplotlib)."""
    for run in history["runs"]:
        assert run.returncode == 0, run.stderr
    for n, run in enumerate(history["runs"][:3], 1):
        assert f"Saved as session {n} in" in run.stdout
    armed = history["log"].with_name("network.log.armed").read_text().split()
    assert len(armed) >= len(history["runs"]), "the blocker was not loaded in every process"
    assert not history["log"].exists(), "a connection was attempted:\n" + history["log"].read_text()
    # and the blocker does block: a connection from a process like those is refused and written down
    probe = subprocess.run([sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9), 1)"],
                           env={**history["env"], "VOICECOACH_TEST_NET_LOG": str(history["folder"] / "probe.log")},
                           capture_output=True, text=True, timeout=30)
    assert probe.returncode != 0 and "blocks the network" in probe.stderr
    assert "create_connection" in (history["folder"] / "probe.log").read_text()


def test_stats_json_is_one_object_with_every_session_and_person(history, capsys):
    code, out, err = cli(capsys, "stats", "--json", "--db", str(history["db"]))
    assert code == 0, err
    found = json.loads(out)
    sessions = found["sessions"]
    assert [s["id"] for s in sessions] == [1, 2, 3]
    assert [s["mode"] for s in sessions] == ["couple", "couple", "solo"]
    assert all(s["status"] == "complete" and s["understood"] and s["ended_at"] for s in sessions)
    assert sessions[0]["steps"] == [1, 2, 3, 4, 3, 6]
    assert sessions[1]["steps"] == [1, 2, 3, 4, 3, 6, 1, 2, 3, 6]
    assert [s["people"] for s in sessions] == [["Alex", "Sam"], ["Alex", "Sam"], ["Alex"]]
    assert [s["reflection_rounds"] for s in sessions] == [2, 3, 2]
    assert [(e["speaker"], e["rounds"]) for e in sessions[1]["exchanges"]] == [("Sam", 2), ("Alex", 1)]
    first = sessions[0]["metrics"]
    assert (first["Sam"]["interruptions"], first["Sam"]["backchannels"], first["Alex"]["interruptions"]) == (1, 1, 0)
    for person in first.values():
        assert set(person) >= {"interruptions", "backchannels", "talk_over_seconds", "median_latency", "talk_share"}
    assert abs(first["Alex"]["talk_share"] + first["Sam"]["talk_share"] - 1) < 0.01
    assert sessions[0]["turns"] == 7 and sessions[0]["metrics_from"] == "stored"

    # advice and attacks are counted only where the coach labelled turns; never invented
    with sqlite3.connect(history["db"]) as db:
        labelled = {(s, p) for s, p in db.execute("SELECT session_id, person FROM turns WHERE labels IS NOT NULL")}
    for session in sessions:
        for name, figures in session["metrics"].items():
            assert (figures["advice"] is None) == ((session["id"], name) not in labelled)

    people = found["people"]
    assert set(people) == {"Alex", "Sam"}
    assert (people["Alex"]["sessions"], people["Alex"]["solo_sessions"], people["Sam"]["sessions"]) == (3, 1, 2)
    sam = people["Sam"]["trend"]["interruptions"]
    assert (sam["last"], sam["earlier_mean"], sam["change"], sam["verdict"]) == (0, 1, -1, "better")
    # Alex's interruption trend leaves the solo session out: session 2 against session 1
    assert people["Alex"]["trend"]["interruptions"]["sessions"] == 2


def test_stats_table_shows_sessions_people_and_which_way_they_went(history, capsys):
    code, out, _ = cli(capsys, "stats", "--db", str(history["db"]))
    assert code == 0
    assert "Sessions" in out and "Alex" in out and "Sam" in out and "solo" in out
    assert "↓ −1 better" in out  # Sam's interruptions, 1 then 0
    code, out, _ = cli(capsys, "stats", "--db", str(history["db"]), "--person", "Sam", "--last", "1", "--json")
    found = json.loads(out)
    assert [s["id"] for s in found["sessions"]] == [2] and list(found["people"]) == ["Sam"]


def test_the_report_is_one_offline_page_that_chromium_renders(history, capsys, tmp_path):
    page = tmp_path / "report.html"
    code, out, err = cli(capsys, "report", "1", "--out", str(page), "--db", str(history["db"]))
    assert code == 0, err
    assert out.strip() == str(page)
    html = page.read_text()
    assert not re.search(r"(?i)\b(?:https?|ftp|wss?)://", html), "the page names a URL"
    assert not re.search(r"(?i)<(?:script|link|iframe|object|embed)\b", html)
    assert all(src.startswith("data:image/png;base64,") for src in re.findall(r'\bsrc="([^"]*)"', html))
    assert len(re.findall(r'src="data:image/png;base64,', html)) == 2  # timeline and progress
    assert "default-src 'none'" in html
    assert "really alone in the evenings lately" in html and "Step 6" in html and "interrupted" in html

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed (scripts/system-packages.sh test installs it)")
    from PIL import Image

    shot = tmp_path / "shot.png"
    offline = ["--headless", "--no-sandbox", "--disable-gpu", "--host-resolver-rules=MAP * ~NOTFOUND",
               "--disable-background-networking", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}"]
    subprocess.run([chromium, *offline, f"--screenshot={shot}", "--window-size=1200,2000", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    image = Image.open(shot)
    assert image.format == "PNG" and image.size == (1200, 2000)
    pixels = image.convert("RGB").resize((300, 500))
    colours = pixels.getcolors(maxcolors=300 * 500)
    not_white = sum(count for count, rgb in colours if min(rgb) < 235)
    assert len(colours) > 50 and not_white > 0.05 * 300 * 500, "the page rendered blank"
    dom = subprocess.run([chromium, *offline, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert "I've been feeling really alone in the evenings lately" in dom and "Who spoke when" in dom


def test_export_json_has_everything_and_csv_a_row_per_turn(history, capsys, tmp_path):
    code, out, _ = cli(capsys, "export", "--db", str(history["db"]))
    assert code == 0
    found = json.loads(out)["sessions"]
    assert [s["id"] for s in found] == [1, 2, 3]
    assert found[0]["people"] == ["Alex", "Sam"] and found[0]["metrics"]["Sam"]["interruptions"] == 1
    assert [t["step"] for t in found[0]["turns"]] == ["1", "2", "3", "4", "3", "6", "switch"]
    assert {"interruption", "backchannel", "talk_over"} <= {e["type"] for e in found[0]["events"]}
    assert [e["speaker"] for e in found[1]["exchanges"]] == ["Sam", "Alex"]

    target = tmp_path / "turns.csv"
    code, _, _ = cli(capsys, "export", "--format", "csv", "--out", str(target), "--db", str(history["db"]))
    assert code == 0 and oct(target.stat().st_mode & 0o777) == "0o600"
    rows = list(csv.DictReader(io.StringIO(target.read_text(), newline="")))
    assert len(rows) == sum(len(s["turns"]) for s in found)
    assert rows[0]["session_id"] == "1" and rows[0]["people"] == "Alex;Sam" and rows[0]["status"] == "complete"
    assert [r["text"] for r in rows] == [t["text"] for s in found for t in s["turns"]]


def _bytes_on_disk(db) -> bytes:
    return b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))


def test_forget_leaves_no_trace_of_the_words_in_the_file_or_its_log(history, capsys, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(history["db"], db)
    keeper = sqlite3.connect(db)  # another open connection keeps the -wal and -shm files in place to be read
    keeper.execute("PRAGMA journal_mode = WAL").fetchone()
    keeper.execute("UPDATE sessions SET pack = pack")  # something in the log, as after a practice session
    keeper.commit()
    assert FIRST_WORDS.encode() in _bytes_on_disk(db) and SECOND_WORDS.encode() in _bytes_on_disk(db)

    code, out, err = cli(capsys, "forget", "1", "--db", str(db))
    assert code == 0, err
    assert out.startswith("Forgot session 1 (7 turns,") and "compacted" in out
    assert (db.parent / "copy.db-wal").exists()
    on_disk = _bytes_on_disk(db)
    assert FIRST_WORDS.encode() not in on_disk
    assert SECOND_WORDS.encode() in on_disk  # the other sessions are kept
    assert keeper.execute("SELECT count(*) FROM turns WHERE session_id = 1").fetchone()[0] == 0
    assert keeper.execute("SELECT count(*) FROM events WHERE session_id = 1").fetchone()[0] == 0

    code, out, err = cli(capsys, "forget", "--all", "--db", str(db))
    assert code == 0 and out.startswith("Forgot all sessions (2 sessions,")
    keeper.close()
    assert SECOND_WORDS.encode() not in _bytes_on_disk(db)
    code, _, err = cli(capsys, "stats", "--db", str(db))
    assert code == 1 and err.startswith("voicecoach: no sessions stored")
