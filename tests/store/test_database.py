"""The transaction rules of every store connection: a write outside a block is on disk when
`execute` returns, a block is all or nothing, a nested block is a savepoint, and a refused
statement leaves no transaction open to swallow the writes after it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app.store.database import Database


@pytest.fixture
def files(tmp_path: Path):
    """A database on disk, and a second connection that sees only what was committed."""
    path = tmp_path / "d.sqlite"
    writer = sqlite3.connect(path)
    writer.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)")
    reader = sqlite3.connect(path)
    yield Database(writer), reader
    writer.close()
    reader.close()


def _rows(reader: sqlite3.Connection) -> list[tuple[int, str]]:
    return reader.execute("SELECT id, v FROM t ORDER BY id").fetchall()


def test_a_write_outside_a_block_is_committed_when_execute_returns(files) -> None:
    db, reader = files
    db.execute("INSERT INTO t VALUES (1, 'a')")
    assert not db.conn.in_transaction
    assert _rows(reader) == [(1, "a")]


def test_a_refused_write_leaves_no_transaction_open(files) -> None:
    db, reader = files
    db.execute("INSERT INTO t VALUES (1, 'a')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO t VALUES (1, 'again')")
    assert not db.conn.in_transaction
    db.execute("INSERT INTO t VALUES (2, 'b')")
    assert _rows(reader) == [(1, "a"), (2, "b")]


def test_a_block_is_committed_whole_when_it_ends(files) -> None:
    db, reader = files
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1, 'a')")
        db.execute("INSERT INTO t VALUES (2, 'b')")
        assert _rows(reader) == []  # nothing seen before the block ends
    assert _rows(reader) == [(1, "a"), (2, "b")]
    assert not db.conn.in_transaction


def test_a_block_that_fails_leaves_nothing(files) -> None:
    db, reader = files
    with pytest.raises(sqlite3.IntegrityError):
        with db.atomic():
            db.execute("INSERT INTO t VALUES (1, 'a')")
            db.execute("INSERT INTO t VALUES (1, 'again')")
    assert not db.conn.in_transaction
    assert _rows(reader) == []


def test_a_nested_block_that_fails_undoes_only_itself(files) -> None:
    db, reader = files
    with db.atomic():
        db.execute("INSERT INTO t VALUES (1, 'a')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO t VALUES (2, 'b')")
            raise ValueError("refused")
        with db.atomic():
            db.execute("INSERT INTO t VALUES (3, 'c')")
    assert _rows(reader) == [(1, "a"), (3, "c")]


def test_a_nested_block_s_failure_carried_out_undoes_the_whole_block(files) -> None:
    db, reader = files
    with pytest.raises(ValueError):
        with db.atomic():
            db.execute("INSERT INTO t VALUES (1, 'a')")
            with db.atomic():
                db.execute("INSERT INTO t VALUES (2, 'b')")
                raise ValueError("refused")
    assert _rows(reader) == []


def test_the_store_and_the_history_run_without_sqlite_utils(tmp_path: Path) -> None:
    """No third-party wrapper between the app and its files: a session created, opened, read,
    debriefed and put into a history leaves sqlite-utils (and its plugins) unimported."""
    code = f"""
import sys
from pathlib import Path
from workshop_app.store import SessionStore
from workshop_app.store.demo import create_demo_session
from workshop_app.history.build import build_history
from workshop_app.report.batch import read_session
folder = Path({str(tmp_path)!r}) / "sessions"
path = create_demo_session(folder, participants=3)
SessionStore.open(path).close()
SessionStore.open(path, read_only=True).close()
read_session(path)
build_history([folder], folder.parent / "history.sqlite")
print(sorted(m for m in sys.modules if m.split(".")[0] in ("sqlite_utils", "pluggy", "click")))
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
