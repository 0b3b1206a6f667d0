"""The app's own commands never lose or corrupt a session (hostile or careless use)."""

from __future__ import annotations

import json
import os
import re
import shutil
import sqlite3

import pytest

from workshop_app.cli import main
from workshop_app.store import SessionFileError, SessionLockedError, SessionStore
from workshop_app.store.errors import SessionFileGoneError
from workshop_app.store.roster_csv import parse_roster


def _session_with_people(path, *names):
    store = SessionStore.create(path, title="Client A")
    store.import_participants([(n, None, None) for n in names])
    return store


# 1. A stale -wal left by a deleted session is never replayed into a new file of that name.

def test_a_new_session_does_not_replay_a_deleted_sessions_wal(tmp_path):
    path = tmp_path / "atelier.sqlite"
    old = _session_with_people(path, "Client A person")
    stale = {suffix: (tmp_path / f"atelier.sqlite{suffix}").read_bytes() for suffix in ("-wal", "-shm")}
    old.close()
    path.unlink()  # deleted in a file manager, leaving its companions behind
    for suffix, data in stale.items():
        (tmp_path / f"atelier.sqlite{suffix}").write_bytes(data)
    (tmp_path / "atelier.sqlite-journal").write_bytes(b"junk")

    with SessionStore.create(path, title="Client B") as new:
        assert new.participants() == []
        assert new.settings.title == "Client B"


# 2. The writer lock follows the file, not its name.

def test_a_symlink_does_not_make_a_second_writer(tmp_path):
    path = tmp_path / "s.sqlite"
    with SessionStore.create(path, title="T"):
        (tmp_path / "other.sqlite").symlink_to(path)
        with pytest.raises(SessionLockedError):
            SessionStore.open(tmp_path / "other.sqlite")


def test_a_hard_link_does_not_make_a_second_writer(tmp_path):
    path = tmp_path / "s.sqlite"
    with SessionStore.create(path, title="T"):
        os.link(path, tmp_path / "other.sqlite")
        with pytest.raises(StoreErrorTypes):
            SessionStore.open(tmp_path / "other.sqlite")


def test_a_hard_link_in_another_folder_is_not_opened_for_writing(tmp_path):
    path = tmp_path / "s.sqlite"
    SessionStore.create(path, title="T").close()
    (tmp_path / "elsewhere").mkdir()
    os.link(path, tmp_path / "elsewhere" / "s.sqlite")
    with pytest.raises(SessionFileError, match="another name"):
        SessionStore.open(tmp_path / "elsewhere" / "s.sqlite")
    with SessionStore.open(tmp_path / "elsewhere" / "s.sqlite", read_only=True) as reader:
        assert reader.settings.title == "T"


def test_deleting_the_lock_file_does_not_make_a_second_writer(tmp_path):
    path = tmp_path / "s.sqlite"
    with SessionStore.create(path, title="T") as first:
        for lock in tmp_path.glob(".*lock"):
            lock.unlink()
        second = SessionStore.open(path)  # the new lock file is another file: this one may write
        try:
            with pytest.raises(SessionLockedError):
                first.add_participant("Ann")  # the first notices its lock is gone and stops
            second.add_participant("Bob")
        finally:
            second.close()


# 3. A lock file that is a symlink (or not a regular file) is never followed.

def test_a_lock_file_that_is_a_symlink_is_not_followed(tmp_path):
    path = tmp_path / "s.sqlite"
    SessionStore.create(path, title="T").close()
    victim = tmp_path / "thesis.txt"
    victim.write_text("three years of work")
    st = os.stat(path)
    for name in (f".{st.st_dev:x}-{st.st_ino:x}.lock", "s.sqlite.lock"):
        (tmp_path / name).symlink_to(victim)
    with pytest.raises(SessionLockedError, match="not a regular file"):
        SessionStore.open(path)
    assert victim.read_text() == "three years of work"


# 4. Export never writes over a session file; a writer notices its file replaced.

@pytest.mark.parametrize("spelling", ["same", "dotted", "symlink", "hardlink", "other_session"])
def test_export_refuses_any_session_file_as_output(tmp_path, capsys, spelling):
    path = tmp_path / "s.sqlite"
    _session_with_people(path, "Ann").close()
    before = path.read_bytes()
    out = {"same": path, "dotted": tmp_path / "." / "s.sqlite"}.get(spelling)
    if spelling == "symlink":
        out = tmp_path / "out.csv"
        out.symlink_to(path)
    elif spelling == "hardlink":
        out = tmp_path / "out.csv"
        os.link(path, out)
    elif spelling == "other_session":
        out = tmp_path / "other.sqlite"
        SessionStore.create(out, title="Other").close()
    other_before = out.read_bytes()
    assert main(["export", str(path), "--csv", str(out), "--force"]) == 2
    assert "session file" in capsys.readouterr().err
    assert path.read_bytes() == before and out.read_bytes() == other_before


@pytest.mark.parametrize("how", ["deleted", "replaced"])
def test_a_writer_whose_file_is_deleted_or_replaced_stops_with_a_typed_error(tmp_path, how):
    path = tmp_path / "s.sqlite"
    store = _session_with_people(path, "Ann")
    try:
        path.unlink()
        if how == "replaced":
            path.write_bytes(b"a csv file")
        with pytest.raises(SessionFileGoneError) as caught:
            store.record_answer(store.participants()[0].id, store.instrument.item_ids[0], 3)
        assert caught.value.code == "session_file_gone"
        assert "s.sqlite" in str(caught.value)
    finally:
        store.close()


def test_answers_acknowledged_before_the_file_was_moved_are_in_the_moved_file(tmp_path):
    # SQLite keeps recent pages in the -wal beside the old name; a file manager moves only the
    # main file, so those acknowledged answers must be written into the moved file at once.
    path = tmp_path / "s.sqlite"
    store = _session_with_people(path, "Ann")
    try:
        ann = store.participants()[0].id
        first, second = store.instrument.item_ids[:2]
        store.record_answer(ann, first, 4)
        moved = tmp_path / "moved.sqlite"
        path.rename(moved)
        with pytest.raises(SessionFileGoneError):
            store.record_answer(ann, second, 2)
        reader = sqlite3.connect(f"file:{moved}?immutable=1", uri=True)
        try:
            rows = reader.execute("SELECT item_id, value FROM answers").fetchall()
        finally:
            reader.close()
        assert rows == [(first, 4)]
    finally:
        store.close()


# 5. A stray quote never merges people.

def test_a_stray_quote_is_reported_with_its_line_and_nothing_is_imported():
    data = 'nom;email;équipe\n"Zed;zed@x.fr;Est\nPaul Blanc;paul@x.fr;Ouest\nAnne Roy;anne@x.fr;Nord\n'
    preview = parse_roster(data.encode())
    assert not preview.ok
    assert [(p.line, p.code) for p in preview.errors] == [(2, "field_spans_lines")]
    assert preview.errors[0].text("en").startswith("line 2: ")


def test_a_field_with_the_separator_and_an_email_is_refused():
    data = 'nom,email\n"Zed, zed@x.fr",\nPaul Blanc,paul@x.fr\n'
    preview = parse_roster(data.encode())
    assert [(p.line, p.code) for p in preview.errors] == [(2, "merged_fields")]


# 6. A partial debrief run leaves the pack and the synthesis as they were.

def test_a_partial_debrief_run_leaves_the_pack_and_the_synthesis_alone(tmp_path):
    from workshop_app.report.batch import PRINT_PACK, SYNTHESIS, generate_documents
    from workshop_app.store.demo import create_demo_session

    path = create_demo_session(tmp_path, participants=4, language="en")
    out = tmp_path / "out"
    full = generate_documents(path, out, workers=1)
    someone = next(p for p in full.written if p.name[:2].isdigit())
    pack, synthesis = (out / PRINT_PACK).read_bytes(), (out / SYNTHESIS).read_bytes()
    with SessionStore.open(path, read_only=True) as store:
        name = next(r.name for r in store.results().participants if r.finished)
    partial = generate_documents(path, out, participants=[name], workers=1)
    assert len(partial.written) == 1 and partial.written[0].name[:2].isdigit()
    assert (out / PRINT_PACK).read_bytes() == pack and (out / SYNTHESIS).read_bytes() == synthesis
    assert someone.exists()


# 7. A session is validated against its own instrument copy when opened.

def _tamper(path, *statements):
    conn = sqlite3.connect(path)
    with conn:
        for sql, params in statements:
            conn.execute(sql, params)
    conn.close()


def _instrument_without(path, change):
    conn = sqlite3.connect(path)
    data = json.loads(conn.execute("SELECT json FROM instrument").fetchone()[0])
    conn.close()
    change(data)
    return ("UPDATE instrument SET json = ?", [json.dumps(data)])


def _drop_last_item(data):
    data["items"].pop()  # the answers to it remain in the file


def _drop_top_scale_point(data):
    data["scale"].pop()  # answers at the top of the scale remain


TAMPERING = {
    "answer of 99": lambda pid, s: [("UPDATE answers SET value = 99", [])],
    "answer to an unknown item": lambda pid, s: [("UPDATE answers SET item_id = 'zz99' WHERE rowid = (SELECT MIN(rowid) FROM answers)", [])],
    "text answer": lambda pid, s: [("UPDATE answers SET value = 'three'", [])],
    "tension 42": lambda pid, s: [("UPDATE tensions SET value = 42", [])],
    "unknown tension": lambda pid, s: [("UPDATE tensions SET tension_id = 'nope' WHERE rowid = (SELECT MIN(rowid) FROM tensions)", [])],
    "commitments not JSON": lambda pid, s: [("UPDATE commitments SET actions = '[unclosed'", [])],
    "commitments not texts": lambda pid, s: [("UPDATE commitments SET actions = '[1, 2]'", [])],
    "language xx": lambda pid, s: [("UPDATE settings SET value = 'xx' WHERE key = 'language'", [])],
    "form odd": lambda pid, s: [("UPDATE settings SET value = 'odd' WHERE key = 'form'", [])],
    "instrument lost an item": lambda pid, s: [_instrument_without(s, _drop_last_item)],
    "instrument lost a scale point": lambda pid, s: [_instrument_without(s, _drop_top_scale_point),
                                                     ("UPDATE answers SET value = (SELECT MAX(value) FROM answers)", [])],
}


@pytest.mark.parametrize("tampering", TAMPERING, ids=list(TAMPERING))
def test_a_tampered_session_is_refused_untouched(tmp_path, tampering):
    path = tmp_path / "s.sqlite"
    with _session_with_people(path, "Ann") as store:
        pid = store.participants()[0].id
        with store.batch():
            for item in store.instrument.item_ids:
                store.record_answer(pid, item, store.instrument.scale_max)
            for tension in store.instrument.tension_ids:
                store.set_tension(pid, tension, 1)
            store.set_commitments(pid, None, ["Call two clients a week"])
    _tamper(path, *TAMPERING[tampering](pid, path))
    before = path.read_bytes()
    for read_only in (True, False):
        with pytest.raises(SessionFileError, match="s.sqlite"):
            SessionStore.open(path, read_only=read_only)
    assert path.read_bytes() == before


WHAT_IS_WRONG = {  # the default instrument: answers 1 to 5, tensions 1 to 7
    "answer of 99": "an answer of 99, outside 1 to 5",
    "answer to an unknown item": "an answer to an unknown item 'zz99'",
    "text answer": "an answer of 'three', outside 1 to 5",
    "answer of 2.5": "an answer of '2.5', outside 1 to 5",
    "answer of 0 for the last item": "an answer of 0, outside 1 to 5",
    "tension 42": "a tension of 42, outside 1 to 7",
    "unknown tension": "an unknown tension 'nope'",
    "tension of 0 for the last one": "a tension of 0, outside 1 to 7",
}
TAMPERING_READ = {
    **TAMPERING,
    "answer of 2.5": lambda pid, s: [("UPDATE answers SET value = 2.5 WHERE rowid = (SELECT MAX(rowid) FROM answers)", [])],
    "answer of 0 for the last item": lambda pid, s: [("UPDATE answers SET value = 0 WHERE item_id = 'p24'", [])],
    "tension of 0 for the last one": lambda pid, s: [("UPDATE tensions SET value = 0 WHERE tension_id = 'focus'", [])],
}


@pytest.mark.parametrize("tampering", WHAT_IS_WRONG, ids=list(WHAT_IS_WRONG))
def test_a_refused_session_says_what_is_wrong_in_it(tmp_path, tampering):
    path = tmp_path / "s.sqlite"
    with _session_with_people(path, "Ann", "Bob") as store:
        with store.batch():
            for pid in (p.id for p in store.participants()):
                for item in store.instrument.item_ids:
                    store.record_answer(pid, item, 3)
                for tension in store.instrument.tension_ids:
                    store.set_tension(pid, tension, 4)
    _tamper(path, *TAMPERING_READ[tampering](None, path))
    for read_only in (True, False):
        with pytest.raises(SessionFileError, match=re.escape(WHAT_IS_WRONG[tampering])):
            SessionStore.open(path, read_only=read_only)


# 8. A session file holds exactly the schema the app creates.

PLANTED = {
    "trigger": "CREATE TRIGGER wipe AFTER INSERT ON participants BEGIN DELETE FROM answers; END",
    "view": "CREATE VIEW everyone AS SELECT * FROM participants",
    "extra table": "CREATE TABLE spy (x)",
    "extra index": "CREATE INDEX answers_value ON answers(value)",
}


@pytest.mark.parametrize("planted", PLANTED, ids=list(PLANTED))
def test_a_planted_schema_object_is_refused(tmp_path, planted):
    path = tmp_path / "s.sqlite"
    _session_with_people(path, "Ann").close()
    _tamper(path, (PLANTED[planted], []))
    before = path.read_bytes()
    with pytest.raises(SessionFileError, match="unexpected"):
        SessionStore.open(path)
    assert path.read_bytes() == before


def test_a_changed_table_definition_is_refused(tmp_path):
    path = tmp_path / "s.sqlite"
    _session_with_people(path, "Ann").close()
    conn = sqlite3.connect(path)
    conn.executescript("ALTER TABLE answers ADD COLUMN extra TEXT;")
    conn.close()
    with pytest.raises(SessionFileError, match="unexpected"):
        SessionStore.open(path, read_only=True)


def test_version_0_with_tables_is_refused_not_a_traceback(tmp_path):
    path = tmp_path / "s.sqlite"
    _session_with_people(path, "Ann").close()
    _tamper(path, ("PRAGMA user_version = 0", []))
    with pytest.raises(SessionFileError):
        SessionStore.open(path)


def test_a_missing_table_is_refused(tmp_path):
    path = tmp_path / "s.sqlite"
    _session_with_people(path, "Ann").close()
    _tamper(path, ("DROP TABLE history", []))
    with pytest.raises(SessionFileError):
        SessionStore.open(path, read_only=True)


from workshop_app.store import StoreError as StoreErrorTypes  # noqa: E402
