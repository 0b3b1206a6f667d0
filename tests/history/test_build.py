"""The history: every session file gathered into one database, read-only on the sessions,
idempotent, deduplicated by session, anonymisable, and a person erasable from it."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from workshop_app.cli import main
from workshop_app.history import HistoryError, build_history, forget
from workshop_app.history.metadata import metadata_path
from workshop_app.store import SessionStore
from workshop_app.store.demo import create_demo_session

ALL = {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(history: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(history)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _small_session(path: Path) -> Path:
    """Two managers, one finished with answers given by hand, one not started."""
    with SessionStore.create(path, title="Manager l’équilibre", client="Atlantique", date="2026-03-12",
                             trainer="Claire Vasseur") as store:
        marie, paul = store.import_participants([("Marie Dupont", "marie.dupont@example.fr", "Ouest", "E-042"),
                                                 ("Paul Martin", None, None)])
        for item in store.instrument.items:
            # faire 5 (100), analyser 4 (75), commando 3 (50), developper 1 (0)
            store.record_answer(marie, item.id, {"faire": 5, "analyser": 4, "commando": 3, "developper": 1}[item.territory])
        store.set_allocation(marie, "today", {"faire": 40, "analyser": 30, "commando": 20, "developper": 10})
        store.set_allocation(marie, "ideal", ALL)
        for tension in store.instrument.tension_ids:
            store.set_tension(marie, tension, 2)
        store.set_commitments(marie, "developper", ["Un entretien de développement par mois", "Déléguer le reporting"])
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    sessions = tmp_path / "sessions"
    sessions.mkdir()
    _small_session(sessions / "small.sqlite")
    return sessions


def test_the_history_holds_each_table_as_a_person_reads_it(folder, tmp_path):
    history = tmp_path / "history.sqlite"
    before = _digest(folder / "small.sqlite")
    report = build_history([folder], history)
    assert _digest(folder / "small.sqlite") == before  # never written
    assert report.sessions == 1 and report.updated == ["Manager l’équilibre"]
    assert _rows(history, "SELECT title, client, date, trainer, participants, finished FROM sessions") == [
        ("Manager l’équilibre", "Atlantique", "2026-03-12", "Claire Vasseur", 2, 1)]
    assert _rows(history, "SELECT name, email, external_id, sessions FROM people ORDER BY name") == [
        ("Marie Dupont", "marie.dupont@example.fr", "E-042", 1), ("Paul Martin", None, None, 1)]
    # x = ((50 + 0) - (100 + 75)) / 200 = -0.625; y = ((75 + 0) - (100 + 50)) / 200 = -0.375
    assert _rows(history, "SELECT name, finished, point_x, point_y, point_source, major FROM participations "
                          "ORDER BY name") == [("Marie Dupont", 1, -0.625, -0.375, "practices", "faire"),
                                               ("Paul Martin", 0, None, None, None, None)]
    assert _rows(history, "SELECT territory, score FROM scores ORDER BY score") == [
        ("developper", 0.0), ("commando", 50.0), ("analyser", 75.0), ("faire", 100.0)]
    assert _rows(history, "SELECT phase, territory, points FROM allocations WHERE territory = 'faire' "
                          "ORDER BY phase") == [("ideal", "faire", 25), ("today", "faire", 40)]
    assert _rows(history, "SELECT tension_id, value FROM tensions ORDER BY tension_id") == [
        ("focus", 2), ("horizon", 2), ("mode", 2)]
    assert _rows(history, "SELECT action_no, territory, action FROM commitments ORDER BY action_no") == [
        (1, "developper", "Un entretien de développement par mois"), (2, "developper", "Déléguer le reporting")]
    assert _rows(history, "SELECT count(*), min(value), max(value) FROM answers") == [(24, 1, 5)]
    p01 = _rows(history, "SELECT territory, text_fr, text_en FROM items WHERE item_id = 'p01'")[0]
    assert p01[0] in ("faire", "analyser", "commando", "developper") and p01[1] and p01[2] and p01[1] != p01[2]


def test_a_second_build_changes_nothing_and_a_changed_session_updates_its_rows(folder, tmp_path):
    history = tmp_path / "history.sqlite"
    os.utime(folder / "small.sqlite", ns=(10**18, 10**18))  # written a while ago: not read again
    build_history([folder], history)
    first = _digest(history), _digest(metadata_path(history))
    again = build_history([folder], history)
    assert (_digest(history), _digest(metadata_path(history))) == first
    assert again.read == [] and again.updated == []
    with SessionStore.open(folder / "small.sqlite") as store:
        paul = store.participants()[1].id
        store.set_allocation(paul, "today", ALL)
        store.rename_participant(paul, "Paul Martin-Leroy")
    changed = build_history([folder], history)
    assert changed.updated == ["Manager l’équilibre"]
    assert _rows(history, "SELECT name FROM people ORDER BY name") == [("Marie Dupont",), ("Paul Martin-Leroy",)]
    assert _rows(history, "SELECT count(*) FROM allocations WHERE phase = 'today'") == [(8,)]
    assert _rows(history, "SELECT count(*) FROM sessions") == [(1,)]


def test_a_copied_session_file_is_one_session(folder, tmp_path):
    with SessionStore.open(folder / "small.sqlite", read_only=True) as store:
        store.save_copy(folder / "copy.sqlite")
    sub = folder / "archive"
    sub.mkdir()
    shutil.copyfile(folder / "small.sqlite", sub / "again.sqlite")
    history = tmp_path / "history.sqlite"
    build_history([folder], history)
    assert _rows(history, "SELECT count(*) FROM sessions") == [(1,)]
    assert _rows(history, "SELECT count(*) FROM participations") == [(2,)]
    assert _rows(history, "SELECT count(*), sum(used) FROM sources") == [(3, 1)]


def test_files_that_are_not_sessions_are_skipped_and_said(folder, tmp_path):
    (folder / "notes.sqlite").write_text("not a database")
    history = folder / "history.sqlite"  # inside a folder it searches: never read as a session
    report = build_history([folder], history)
    build_history([folder], history)
    assert [p.name for p, _ in report.skipped] == ["notes.sqlite"]
    assert report.sessions == 1


def test_a_file_that_is_not_a_history_is_refused_untouched(folder, tmp_path):
    other = folder / "small.sqlite"
    before = _digest(other)
    with pytest.raises(HistoryError, match="not an Équilibriste history"):
        build_history([folder], other)
    assert _digest(other) == before


def test_follow_up_sessions_are_linked_and_people_followed(folder, tmp_path):
    with SessionStore.open(folder / "small.sqlite", read_only=True) as store:
        store.follow_up(folder / "follow-up.sqlite", date="2026-06-18").close()
    history = tmp_path / "history.sqlite"
    build_history([folder], history)
    assert _rows(history, "SELECT days_between FROM links") == [(98,)]  # 12 March to 18 June 2026
    assert _rows(history, "SELECT name, sessions FROM people ORDER BY name") == [
        ("Marie Dupont", 2), ("Paul Martin", 2)]


def test_anonymised_history_holds_no_name_email_or_id(folder, tmp_path):
    create_demo_session(folder, 15)
    history = tmp_path / "anon.sqlite"
    build_history([folder], history, anonymise=True)
    build_history([folder], history, anonymise=True)
    with SessionStore.open(folder / "small.sqlite", read_only=True) as store:
        people = store.participants()
    secrets = ["Marie", "Dupont", "marie.dupont", "E-042", "Claire Vasseur", "Vasseur"]
    for demo in folder.glob("demo-*.sqlite"):
        with SessionStore.open(demo, read_only=True) as store:
            for p in store.participants():
                secrets += [p.name, p.name.split(" ")[-1], p.email or ""]
    found = subprocess.run(["strings", "-n", "3", str(history)], capture_output=True, text=True, check=True).stdout
    found += Path(metadata_path(history)).read_text(encoding="utf-8")
    leaked = [s for s in secrets if s and s in found]
    assert leaked == []
    pseudonyms = _rows(history, "SELECT name FROM people ORDER BY name")
    assert len(pseudonyms) == 17 and all(name.startswith("Manager ") for (name,) in pseudonyms)
    # Stable: the same pseudonym for the same person in another build.
    other = tmp_path / "anon2.sqlite"
    build_history([folder], other, anonymise=True)
    assert _rows(other, "SELECT person_uid, name FROM people ORDER BY 1") == \
        _rows(history, "SELECT person_uid, name FROM people ORDER BY 1")
    assert people[0].person_uid in {uid for uid, in _rows(history, "SELECT person_uid FROM people")}
    with pytest.raises(HistoryError, match="built with --anonymise"):
        build_history([folder], history)


def test_forget_removes_the_person_everywhere_and_for_good(folder, tmp_path):
    with SessionStore.open(folder / "small.sqlite", read_only=True) as store:
        store.follow_up(folder / "follow-up.sqlite", date="2026-06-18").close()
    history = tmp_path / "history.sqlite"
    build_history([folder], history)
    assert forget(history, "marie.dupont@EXAMPLE.fr") == ["Marie Dupont"]
    for table in ("people", "participations", "scores", "allocations", "tensions", "commitments", "answers"):
        assert _rows(history, f"SELECT count(*) FROM {table} WHERE person_uid IN "
                              "(SELECT person_uid FROM participations WHERE name = 'Marie Dupont')") == [(0,)]
    assert _rows(history, "SELECT count(*) FROM scores") == [(0,)]  # she was the only one scored
    found = subprocess.run(["strings", "-n", "3", str(history)], capture_output=True, text=True, check=True).stdout
    assert "Dupont" not in found and "E-042" not in found and "Un entretien" not in found
    # A touched session file is read again, and she is not brought back.
    os.utime(folder / "small.sqlite", ns=(1, 1))
    build_history([folder], history)
    assert _rows(history, "SELECT name FROM people") == [("Paul Martin",)]
    with pytest.raises(HistoryError, match="nobody"):
        forget(history, "Marie Dupont")


def test_the_command_line_builds_and_forgets(folder, tmp_path, capsys):
    history = tmp_path / "history.sqlite"
    assert main(["history", "build", str(folder), "--out", str(history)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 session in ") and "--metadata" in out
    assert main(["history", "forget", "E-042", "--history", str(history)]) == 0
    assert capsys.readouterr().out.startswith("erased from ")
    assert main(["history", "forget", "Nobody", "--history", str(history)]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    assert main(["history", "build", str(tmp_path / "missing"), "--out", str(history)]) == 2


def test_the_metadata_describes_every_table_and_column_in_both_languages(folder, tmp_path):
    history = tmp_path / "history.sqlite"
    build_history([folder], history)
    meta = json.loads(metadata_path(history).read_text(encoding="utf-8"))
    tables = meta["databases"]["history"]["tables"]
    real = {name for (name,) in _rows(history, "SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert set(tables) == real
    for name, table in tables.items():
        columns = {c for (_, c, *_) in _rows(history, f"PRAGMA table_info({name})")}
        assert set(table["columns"]) == columns
        assert " · " in table["description"]
    assert set(meta["databases"]["history"]["queries"]) == {
        "cohorts_over_time", "majors_by_client", "commitments_by_territory"}


def test_an_older_session_file_is_read_without_being_written(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    old = shutil.copyfile(Path(__file__).parent.parent / "fixtures" / "session_v1.sqlite", folder / "v1.sqlite")
    before = _digest(old)
    build_history([folder], tmp_path / "history.sqlite")
    assert _digest(old) == before and sorted(p.name for p in folder.iterdir()) == ["v1.sqlite"]
    assert _rows(tmp_path / "history.sqlite", "SELECT name FROM people ORDER BY name") == [
        ("Aïssatou N’Diaye",), ("Cédric Lambert",), ("François Nguyen",)]


def test_answers_still_in_the_wal_of_an_open_session_are_gathered(folder, tmp_path):
    history = tmp_path / "history.sqlite"
    old = 10**18  # September 2001: long settled
    with SessionStore.open(folder / "small.sqlite") as store:  # open, as in the console
        os.utime(folder / "small.sqlite", ns=(old, old))
        build_history([folder], history)
        paul = store.participants()[1].id
        store.set_allocation(paul, "today", ALL)
        os.utime(folder / "small.sqlite", ns=(old, old))  # the file's own date says nothing changed
        build_history([folder], history)
    assert _rows(history, "SELECT count(*) FROM allocations WHERE phase = 'today'") == [(8,)]

