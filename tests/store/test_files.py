"""Refusing files that are not sessions, one writer at a time, listing and deleting sessions."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

import pytest

from workshop_app.store import SessionFileError, SessionLockedError, SessionStore
from workshop_app.store.files import delete_session, session_summaries
from workshop_app.store.schema import SCHEMA_VERSION


def make_session(path, title="S"):
    SessionStore.create(path, title=title).close()
    return path


def finish(store, pid):
    """Every part answered for `pid`."""
    for item_id in store.instrument.item_ids:
        store.record_answer(pid, item_id, 3)
    for phase in ("today", "ideal"):
        store.set_allocation(pid, phase, {"faire": 25, "analyser": 25, "commando": 25, "developper": 25})
    for tension_id in store.instrument.tension_ids:
        store.set_tension(pid, tension_id, 4)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not an \u00c9quilibriste session"),
        (b"name;team\nAnne;Nord\n" * 20, "not an \u00c9quilibriste session"),
        (bytes(range(256)) * 8, "not an \u00c9quilibriste session"),
    ],
)
def test_foreign_files_are_refused_untouched(tmp_path, content, message):
    path = tmp_path / "x.sqlite"
    path.write_bytes(content)
    with pytest.raises(SessionFileError, match=message):
        SessionStore.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.sqlite"]


def test_another_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SessionFileError, match="not an"):
        SessionStore.open(path)
    assert path.read_bytes() == before


def test_a_newer_file_is_refused_untouched(tmp_path):
    path = make_session(tmp_path / "new.sqlite")
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(SessionFileError, match="newer version"):
        SessionStore.open(path)
    assert path.read_bytes() == before


def test_a_corrupt_file_is_refused_untouched(tmp_path):
    path = make_session(tmp_path / "bad.sqlite")
    with SessionStore.open(path) as s:
        for n in range(300):
            s.add_participant(f"Participant {n}")
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2: page * 3] = b"\xde\xad" * (page // 2)  # clobber a b-tree page
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(SessionFileError, match="damaged"):
        SessionStore.open(path)
    assert path.read_bytes() == before


def test_a_missing_file(tmp_path):
    with pytest.raises(SessionFileError, match="no such session"):
        SessionStore.open(tmp_path / "absent.sqlite")


HOLD = """
import sys, time
from workshop_app.store import SessionStore
s = SessionStore.open(sys.argv[1])
print("open", flush=True)
time.sleep(60)
"""


def test_a_second_writer_is_refused_but_readers_work(tmp_path):
    path = make_session(tmp_path / "s.sqlite")
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(path)], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "open"
        with pytest.raises(SessionLockedError, match="already open for writing"):
            SessionStore.open(path)
        with SessionStore.open(path, read_only=True) as ro:
            assert ro.settings.title == "S"
    finally:
        child.kill()
        child.wait()
    # The crashed writer's lock does not block the trainer.
    with SessionStore.open(path) as s:
        s.add_participant("Anne")


def test_two_writers_in_one_process(tmp_path):
    path = make_session(tmp_path / "s.sqlite")
    with SessionStore.open(path):
        with pytest.raises(SessionLockedError):
            SessionStore.open(path)
    SessionStore.open(path).close()


def test_summaries_list_sessions_newest_first_and_say_why_one_is_unreadable(tmp_path):
    make_session(tmp_path / "a.sqlite", "Atelier A")
    with SessionStore.open(make_session(tmp_path / "b.sqlite", "Atelier B")) as s:
        anne, bruno, _ = (s.add_participant(name) for name in ("Anne", "Bruno", "Chloé"))
        s.record_answer(bruno, "p01", 2)  # started, not finished
        finish(s, anne)
    (tmp_path / "junk.sqlite").write_bytes(b"junk")
    # Modified in an order that is neither the names' nor the creation's: a, then junk, then b.
    for minutes_ago, name in enumerate(("a.sqlite", "junk.sqlite", "b.sqlite")):
        os.utime(tmp_path / name, (1_800_000_000 - 60 * minutes_ago,) * 2)
    summaries = session_summaries(tmp_path)
    assert [p.path.name for p in summaries] == ["a.sqlite", "junk.sqlite", "b.sqlite"]
    a, junk, b = summaries
    assert (b.title, b.n_participants, b.n_finished, b.error) == ("Atelier B", 3, 1, None)
    assert (a.title, a.n_participants, a.error) == ("Atelier A", 0, None)
    assert "not an" in junk.error


def test_summaries_of_a_missing_folder_are_empty(tmp_path):
    assert session_summaries(tmp_path / "absent") == []


def test_delete_session_refuses_an_open_one(tmp_path):
    path = make_session(tmp_path / "s.sqlite")
    with SessionStore.open(path):
        with pytest.raises(SessionLockedError):
            delete_session(path)
        assert path.exists()
    delete_session(path)
    assert list(tmp_path.iterdir()) == []


def test_the_sessions_list_counts_who_finished_without_scoring_anyone(tmp_path, monkeypatch):
    """A session of 500 opened in the console: listing it must not score 500 managers."""
    from workshop_app.model import scoring

    with SessionStore.create(tmp_path / "a.sqlite", title="A") as s:
        anne = s.add_participant("Anne")
        s.add_participant("Bruno")
        finish(s, anne)

    def no_scoring(*args, **kwargs):
        raise AssertionError("the list scored a participant")

    monkeypatch.setattr(scoring, "score_participant", no_scoring)
    (summary,) = session_summaries(tmp_path)
    assert (summary.n_participants, summary.n_finished, summary.error) == (2, 1, None)
