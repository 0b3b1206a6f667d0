"""Identities: a stable session_uid, a person_uid per participant, the client's external id,
and the session a follow-up follows. Files of schema version 1 (the fixture was written by
the app before identities existed) keep opening, read-only without ever being written."""

from __future__ import annotations

import csv
import hashlib
import shutil
import sqlite3
from pathlib import Path

from workshop_app.store import SessionStore
from workshop_app.store.export_csv import export_csv
from workshop_app.store.schema import SCHEMA_VERSION

FIXTURE_V1 = Path(__file__).parent.parent / "fixtures" / "session_v1.sqlite"


def _v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "old.sqlite"
    shutil.copyfile(FIXTURE_V1, target)
    return target


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_fixture_is_a_version_1_file():
    conn = sqlite3.connect(FIXTURE_V1)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_a_version_1_file_opened_read_only_is_never_written_and_reads_identities(tmp_path):
    path = _v1_copy(tmp_path)
    before = _digest(path)
    with SessionStore.open(path, read_only=True) as store:
        people = store.participants()
        assert [p.name for p in people] == ["Cédric Lambert", "Aïssatou N’Diaye", "François Nguyen"]
        assert all(len(p.person_uid) == 32 for p in people)
        assert len(store.session_uid) == 32 and store.follows_session_uid is None
        first = (store.session_uid, [p.person_uid for p in people])
        assert store.results().group.n_finished >= 1
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite"]
    # The same identities each time, and the same the file gets when migrated in place.
    with SessionStore.open(path, read_only=True) as store:
        assert (store.session_uid, [p.person_uid for p in store.participants()]) == first
    with SessionStore.open(path) as store:
        assert (store.session_uid, [p.person_uid for p in store.participants()]) == first
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


def test_a_version_1_file_in_a_read_only_folder_opens_read_only(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    path = shutil.copyfile(FIXTURE_V1, folder / "old.sqlite")
    folder.chmod(0o555)
    try:
        with SessionStore.open(path, read_only=True) as store:
            assert len(store.participants()) == 3
    finally:
        folder.chmod(0o755)


def test_new_sessions_and_people_get_their_own_identities(tmp_path):
    with SessionStore.create(tmp_path / "a.sqlite", title="A") as a, \
            SessionStore.create(tmp_path / "b.sqlite", title="A") as b:
        assert a.session_uid != b.session_uid
        first = a.add_participant("Marie Dupont")
        second = a.import_participants([("Paul Martin", None, None, "E-042")])[0]
        assert a.participant(first).person_uid != a.participant(second).person_uid
        assert a.participant(second).external_id == "E-042"
        assert a.participant(first).external_id is None


def test_save_copy_keeps_identities_a_template_gets_new_ones(tmp_path):
    with SessionStore.create(tmp_path / "a.sqlite", title="A") as a:
        a.import_participants([("Marie Dupont", "marie@example.com", None, "E-1")])
        a.save_copy(tmp_path / "copy.sqlite")
        with SessionStore.open(tmp_path / "copy.sqlite", read_only=True) as copy:
            assert copy.session_uid == a.session_uid
            assert copy.participants()[0].person_uid == a.participants()[0].person_uid
        with a.copy_as_template(tmp_path / "template.sqlite") as template:
            assert template.session_uid != a.session_uid and template.follows_session_uid is None
            person = template.participants()[0]
            assert person.person_uid != a.participants()[0].person_uid
            assert person.external_id == "E-1"


def test_results_csv_exports_person_uid_and_external_id(tmp_path):
    with SessionStore.create(tmp_path / "a.sqlite", title="A") as a:
        a.import_participants([("Marie Dupont", None, None, "E-7")])
        uid = a.participants()[0].person_uid
        export_csv(a, tmp_path / "r.csv")
    header, row = csv.reader((tmp_path / "r.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    cells = dict(zip(header, row))
    assert cells["person_uid"] == uid and cells["external_id"] == "E-7"


def test_the_roster_id_column_is_kept_as_external_id(tmp_path):
    from workshop_app.store.roster_csv import import_roster, parse_roster
    roster = tmp_path / "roster.csv"
    roster.write_text("nom;email;id\nMarie Dupont;marie@example.com;E-12\nPaul Martin;;\n", encoding="utf-8")
    with SessionStore.create(tmp_path / "a.sqlite", title="A") as a:
        import_roster(a, parse_roster(roster))
        assert [(p.name, p.external_id) for p in a.participants()] == [("Marie Dupont", "E-12"),
                                                                       ("Paul Martin", None)]


def test_a_follow_up_keeps_the_people_and_links_to_the_earlier_session(tmp_path):
    with SessionStore.create(tmp_path / "a.sqlite", title="A", date="2026-09-15") as a:
        first = a.import_participants([("Marie Dupont", None, None, "E-1"), ("Paul Martin", None, None, None)])
        a.record_answer(first[0], a.instrument.item_ids[0], 4)
        with a.follow_up(tmp_path / "b.sqlite", date="2026-12-15") as b:
            assert b.follows_session_uid == a.session_uid and b.session_uid != a.session_uid
            assert b.settings.date == "2026-12-15" and b.settings.title == "A"
            assert [(p.name, p.person_uid, p.external_id) for p in b.participants()] == \
                [(p.name, p.person_uid, p.external_id) for p in a.participants()]
            assert b.results().group.n_finished == 0 and not b.responses(b.participants()[0].id).answers
