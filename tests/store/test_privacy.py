"""A removed participant leaves no trace: not in the session file, not in its -wal, not in the
documents written from it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workshop_app.store import SessionStore

# Distinctive enough that no other byte sequence of a session file could hold them by chance.
SECRETS = ("Zéphyrine Quaglio-Brandt", "zq.unique-7731@example.org", "Équipe Xylophone-Nord",
           "Note confidentielle : burn-out en 2025", "Appeler Octave Fourneau-Lebrun")


@pytest.fixture(autouse=True)
def secure_delete_off_by_default(monkeypatch):
    """Connections as many SQLite builds open them, deleted bytes left in place (this one's
    default is on, which would hide a missing pragma)."""
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        conn = real_connect(*args, **kwargs)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


def _bytes_of(path: Path) -> bytes:
    """The file and its -wal, as `strings` would read them."""
    data = path.read_bytes()
    wal = Path(f"{path}-wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def _add_the_person(store: SessionStore) -> int:
    name, email, team, note, action = SECRETS
    pid = store.add_participant(name, email, team)
    store.set_note(pid, note)
    store.record_answer(pid, "p01", 3)
    store.set_tension(pid, store.instrument.tension_ids[0], 2)
    store.set_commitments(pid, "faire", [action])
    return pid


def test_every_writing_connection_overwrites_what_it_deletes(tmp_path):
    with SessionStore.create(tmp_path / "s.sqlite", title="Atelier") as store:
        assert store.db.execute("PRAGMA secure_delete").fetchone()[0] == 1
    with SessionStore.open(tmp_path / "s.sqlite") as store:
        assert store.db.execute("PRAGMA secure_delete").fetchone()[0] == 1


def test_an_erased_person_leaves_no_bytes_in_the_file_or_its_wal(tmp_path):
    path = tmp_path / "s.sqlite"
    with SessionStore.create(path, title="Atelier") as store:
        store.add_participant("Ann Roy")
        pid = _add_the_person(store)
        store.db.execute("PRAGMA wal_checkpoint(PASSIVE)")  # some of it in the file, some in the -wal
        store.set_note(pid, SECRETS[3] + " (suite)")
        assert all(s.encode() in _bytes_of(path) for s in SECRETS)  # the test can see them
        store.remove_participant(pid)
        # Still open, as the console keeps it: the file and the -wal as they are on the disk now.
        found = [s for s in SECRETS if s.encode() in _bytes_of(path)]
        assert found == []
        assert [p.name for p in store.participants()] == ["Ann Roy"]


def test_the_erasure_leaves_no_bytes_even_with_a_reader_open(tmp_path):
    path = tmp_path / "s.sqlite"
    with SessionStore.create(path, title="Atelier") as store:
        pid = _add_the_person(store)
        reader = sqlite3.connect(path)
        reader.execute("SELECT COUNT(*) FROM participants").fetchone()  # a reader that has finished
        store.remove_participant(pid)
        reader.close()
        assert [s for s in SECRETS if s.encode() in _bytes_of(path)] == []
