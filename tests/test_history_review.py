"""The history review on sessions written through the Store API: incomplete sessions, labels, trends, escaping,
and bad input (no database, no sessions, unknown or damaged) as one line and a non-zero exit."""

import csv
import hashlib
import io
import json

import pytest

from tests.cli_helper import cli
from voicecoach.history.review import review
from voicecoach.history.store import Store


def one_line_error(code: int, err: str, *words: str) -> None:
    assert code != 0
    assert err.startswith("voicecoach: ") and err.count("\n") == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, err


def couple(store, interruptions=(0, 0), latency=(1.5, 1.5), rounds=2, labels=None, finish=True, people=("Alex", "Sam"),
           text="I feel unheard when plans change.") -> int:
    """A session where Alex speaks and Sam listens; Sam interrupts `interruptions[1]` times, Alex `[0]`."""
    alex, sam = people
    session = store.begin_session("couple", list(people), "channels", "couples")
    t = 0.5
    reflections = [(s, p) for r in range(rounds) for s, p in ((2 if r == 0 else 4, sam), (3, alex))]
    steps = [(1, alex), *reflections, (6, sam)]
    for step, person in steps:
        store.add_turn(session, {"person": person, "step": step, "role": "speaker" if person == alex else "listener",
                                 "start": t, "end": t + 4.0, "latency": None if t < 1 else latency[person == sam],
                                 "text": text if step == 1 else f"words of step {step}",
                                 "labels": (labels or {}).get((step, person))})
        t += 6.0
    for who, count in zip(people, interruptions):
        other = sam if who == alex else alex
        for k in range(count):
            store.add_event(session, "interruption", who, other, 1, 1.0 + k, 1.3 + k)
            store.add_event(session, "talk_over", who, other, 1, 1.0 + k, 1.5 + k)
    store.add_event(session, "backchannel", sam, None, 1, 2.0, 2.3)
    store.add_event(session, "understood", alex, None, 3, t, t, {"round": rounds})
    if finish:
        metrics = {p: {"interruptions": n, "backchannels": int(p == sam), "talk_over_seconds": 0.5 * n,
                       "talk_share": 0.5, "median_latency": latency[p == sam], "longest_turn": 4.0}
                   for p, n in zip(people, interruptions)}
        store.finish_session(session, "complete", {"duration": t, "exchanges": [
            {"speaker": alex, "listener": sam, "rounds": rounds, "understood": True}], "metrics": metrics})
    return session


def solo(store, rounds=1) -> int:
    session = store.begin_session("solo", ["Alex"], "solo", "couples")
    for i, step in enumerate([1, 2, 3, 6]):
        store.add_turn(session, {"person": "Alex", "step": step, "start": i * 5.0, "end": i * 5.0 + 3, "text": "x"})
    store.finish_session(session, "complete", {"duration": 20.0, "exchanges": [
        {"speaker": "Alex", "listener": "Alex", "rounds": rounds, "understood": True}], "metrics": {
        "Alex": {"interruptions": 0, "backchannels": 0, "talk_over_seconds": 0.0, "talk_share": 1.0,
                 "median_latency": None, "longest_turn": 3.0}}})
    return session


@pytest.fixture
def store(tmp_path):
    opened = Store(tmp_path / "history.db")
    yield opened
    opened.close()


def test_an_incomplete_session_is_reviewed_from_its_stored_turns_and_events(store):
    couple(store, interruptions=(0, 2), latency=(0.5, 2.5), rounds=2, finish=False)
    session = review(store)["sessions"][0]
    assert session["status"] == "incomplete" and session["ended_at"] is None
    assert session["metrics_from"] == "turns and events"
    sam, alex = session["metrics"]["Sam"], session["metrics"]["Alex"]
    assert (sam["interruptions"], sam["backchannels"], sam["talk_over_seconds"]) == (2, 1, 1.0)
    assert (alex["interruptions"], alex["backchannels"]) == (0, 0)
    assert sam["median_latency"] == 2.5 and alex["median_latency"] == 0.5
    assert alex["talk_share"] == 0.5 and sam["talk_share"] == 0.5  # three turns of 4 s each
    assert session["steps"] == [1, 2, 3, 4, 3, 6] and session["turns"] == 6
    assert session["exchanges"] == [{"speaker": "Alex", "listener": "Sam", "rounds": 2, "understood": True}]
    assert (session["reflection_rounds"], session["understood"]) == (2, True)
    assert session["duration"] == 36.5  # the last thing stored: the "understood" event


def test_advice_and_attacks_come_only_from_labels(store):
    labels = {(2, "Sam"): {"advice": True, "attack": False}, (4, "Sam"): ["advice", "reflection"],
              (1, "Alex"): {"advice": False, "attack": False}}
    couple(store, labels=labels)
    couple(store)
    first, second = review(store)["sessions"]
    assert (first["metrics"]["Sam"]["advice"], first["metrics"]["Sam"]["attacks"]) == (2, 0)
    assert (first["metrics"]["Alex"]["advice"], first["metrics"]["Alex"]["attacks"]) == (0, 0)  # labelled: 0
    assert second["metrics"]["Sam"]["advice"] is None and second["metrics"]["Alex"]["attacks"] is None


def test_each_persons_trend_says_better_or_worse(store):
    couple(store, interruptions=(0, 3), latency=(0.2, 0.4), rounds=3)
    couple(store, interruptions=(1, 2), latency=(0.2, 2.0), rounds=3)
    solo(store, rounds=1)  # no partner: not counted for interruptions or latency
    couple(store, interruptions=(2, 0), latency=(3.0, 5.0), rounds=1)
    people = review(store, patience=1.0)["people"]
    sam, alex = people["Sam"]["trend"], people["Alex"]["trend"]
    assert sam["interruptions"] == {"last": 0, "earlier_mean": 2.5, "change": -2.5, "verdict": "better", "sessions": 3}
    assert alex["interruptions"]["verdict"] == "worse" and alex["interruptions"]["sessions"] == 3
    assert sam["reflection_rounds"]["verdict"] == "better"  # 1 round against 3 as the listener
    # a longer pause is better only up to the patience (1 s): 0.2 -> 3.0 is better; 1.2 -> 5.0 is no better
    assert alex["median_latency"]["verdict"] == "better"
    assert (sam["median_latency"]["earlier_mean"], sam["median_latency"]["verdict"]) == (1.2, "same")
    assert people["Alex"]["trend"]["talk_share"]["verdict"] is None  # talk share has no better side
    assert people["Alex"]["solo_sessions"] == 1 and people["Alex"]["sessions"] == 4
    assert people["Alex"]["trend"]["reflection_rounds"] is None  # Alex listened only in the solo session
    assert people["Sam"]["totals"]["interruptions"] == 5


def test_the_report_escapes_every_user_text(tmp_path, capsys):
    db = tmp_path / "history.db"
    store = Store(db)
    names = ("<img src=x onerror=alert(1)>", "Sam & \"Co\"")
    session = couple(store, people=names, text="<script>alert('hi')</script> it's <b>mine</b> & yours $x$")
    store.db.execute("UPDATE turns SET feedback = ? WHERE session_id = ? AND step = '2'",
                     ("<i>Try</i> reflecting first", session))
    store.close()
    page = tmp_path / "r.html"
    code, _, err = cli(capsys, "report", "latest", "--out", str(page), "--db", str(db))
    assert code == 0, err
    html = page.read_text()
    for raw in ("<script>", "<img src=x", "<b>mine</b>", "<i>Try</i>"):
        assert raw not in html
    assert "&lt;script&gt;alert(&#x27;hi&#x27;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "Sam &amp; &quot;Co&quot;" in html
    assert "&lt;i&gt;Try&lt;/i&gt; reflecting first" in html


def test_the_report_of_an_incomplete_session_says_so(tmp_path, capsys):
    db = tmp_path / "history.db"
    store = Store(db)
    couple(store, interruptions=(0, 1), finish=False)
    store.close()
    code, _, _ = cli(capsys, "report", "--out", str(tmp_path / "r.html"), "--db", str(db))
    assert code == 0
    html = (tmp_path / "r.html").read_text()
    assert "incomplete" in html and "cut off" in html and "Sam interrupted Alex" in html


def test_stats_shows_an_incomplete_session_and_dashes_for_unlabelled_turns(tmp_path, capsys):
    db = tmp_path / "history.db"
    store = Store(db)
    couple(store, interruptions=(0, 1))
    couple(store, interruptions=(0, 1), finish=False)
    store.close()
    code, out, _ = cli(capsys, "stats", "--db", str(db))
    assert code == 0 and "incomplete" in out and "–" in out
    code, out, _ = cli(capsys, "stats", "--json", "--db", str(db))
    assert [s["status"] for s in json.loads(out)["sessions"]] == ["complete", "incomplete"]


def test_a_session_without_turns_still_has_a_csv_row(tmp_path, capsys):
    db = tmp_path / "history.db"
    store = Store(db)
    store.begin_session("couple", ["Alex", "Sam"], "channels", "couples")
    couple(store)
    store.close()
    code, out, _ = cli(capsys, "export", "--format", "csv", "--db", str(db))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["session_id"] == "1" and rows[0]["turn_id"] == "" and rows[0]["status"] == "incomplete"
    assert len(rows) == 1 + 6


# -- bad input: one line, no traceback, a non-zero exit --------------------------------------------------------
@pytest.mark.parametrize("args", [["stats"], ["stats", "--json"], ["report"], ["export"], ["forget", "--all"]])
def test_no_database_yet(tmp_path, capsys, args):
    db = tmp_path / "none" / "history.db"
    code, _, err = cli(capsys, *args, "--db", str(db))
    one_line_error(code, err, "no session database", "practise a session first")
    assert not db.exists() and not db.parent.exists()


@pytest.mark.parametrize("args", [["stats"], ["report"], ["report", "latest"], ["stats", "--json"]])
def test_no_sessions_yet(tmp_path, capsys, args):
    db = tmp_path / "history.db"
    Store(db).close()
    code, _, err = cli(capsys, *args, "--db", str(db))
    one_line_error(code, err, "no sessions stored")


@pytest.mark.parametrize("args, words", [
    (["report", "7"], ("no session 7", "stored: 1, 2")),
    (["forget", "7"], ("no session 7", "stored: 1, 2")),
    (["report", "yesterday"], ("not 'yesterday'",)),
    (["stats", "--person", "Kim"], ("no stored session with 'Kim'", "Alex, Sam")),
])
def test_unknown_sessions_and_people(tmp_path, capsys, args, words):
    db = tmp_path / "history.db"
    store = Store(db)
    couple(store)
    couple(store)
    store.close()
    code, _, err = cli(capsys, *args, "--db", str(db))
    one_line_error(code, err, *words)
    code, out, _ = cli(capsys, "stats", "--json", "--db", str(db))
    assert len(json.loads(out)["sessions"]) == 2  # nothing was forgotten


@pytest.mark.parametrize("args", [["stats"], ["report"], ["export"], ["forget", "1"], ["forget", "--all"]])
def test_a_damaged_database_gets_one_line_and_is_left_as_it_was(tmp_path, capsys, args):
    db = tmp_path / "history.db"
    db.write_bytes(b"not a database, but perhaps someone's only copy of something " * 100)
    before = hashlib.sha1(db.read_bytes()).hexdigest()
    code, _, err = cli(capsys, *args, "--db", str(db))
    one_line_error(code, err, "damaged")
    assert hashlib.sha1(db.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("args", [["forget"], ["forget", "1", "--all"], ["export", "--format", "xml"]])
def test_a_wrong_command_line_exits_2(tmp_path, capsys, args):
    db = tmp_path / "history.db"
    store = Store(db)
    couple(store)
    store.close()
    code, _, err = cli(capsys, *args, "--db", str(db))
    assert code == 2 and "Traceback" not in err and err.strip()
