"""The session file's schema and its migrations, numbered by `PRAGMA user_version`.

A session file is an SQLite database whose `application_id` names it as ours. Tables read
plainly in any SQLite tool: one row per answer, keyed by participant and item id.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from functools import cache

from workshop_app.store.database import Database

APPLICATION_ID = 0x45514C42  # "EQLB"
SQLITE_HEADER = b"SQLite format 3\x00"

Migration = Callable[[Database], None]

def _run(db: Database, script: str) -> None:
    # Not executescript(): it commits first, which would break the migration's transaction.
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


def _v1(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE logo (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            data BLOB NOT NULL
        );
        CREATE TABLE instrument (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            instrument_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            json TEXT NOT NULL
        );
        CREATE TABLE participants (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT,
            team TEXT,
            position INTEGER NOT NULL,
            note TEXT,
            created_at TEXT NOT NULL
        );
        CREATE TABLE answers (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            item_id TEXT NOT NULL,
            value INTEGER NOT NULL,
            answered_at TEXT NOT NULL,
            PRIMARY KEY (participant_id, item_id)
        );
        CREATE TABLE allocations (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            phase TEXT NOT NULL CHECK (phase IN ('today', 'ideal')),
            faire INTEGER NOT NULL,
            analyser INTEGER NOT NULL,
            commando INTEGER NOT NULL,
            developper INTEGER NOT NULL,
            answered_at TEXT NOT NULL,
            PRIMARY KEY (participant_id, phase),
            CHECK (faire + analyser + commando + developper = 100)
        );
        CREATE TABLE tensions (
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            tension_id TEXT NOT NULL,
            value INTEGER NOT NULL,
            answered_at TEXT NOT NULL,
            PRIMARY KEY (participant_id, tension_id)
        );
        CREATE TABLE commitments (
            participant_id INTEGER PRIMARY KEY REFERENCES participants(id) ON DELETE CASCADE,
            territory TEXT,
            actions TEXT NOT NULL,
            answered_at TEXT NOT NULL
        );
        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            participant_id INTEGER NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            part TEXT NOT NULL,
            key TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT
        );
        CREATE INDEX history_participant ON history(participant_id);
        """
    )


def _v2(db: Database) -> None:
    """Identities: the session's `session_uid` (and the `follows_session_uid` of a follow-up) in
    the settings, a `person_uid` and the client's `external_id` per participant.

    Identities given to an existing file are derived from what never changes in it (the
    participants' ids and creation times, the instrument, the PIN salt): a file read
    read-only, migrated in memory each time, shows the same identities on every read, and the
    same ones it keeps once migrated in place. `create` then gives a new file random ones."""
    _run(
        db,
        """
        ALTER TABLE participants ADD COLUMN person_uid TEXT;
        ALTER TABLE participants ADD COLUMN external_id TEXT;
        CREATE UNIQUE INDEX participants_person_uid ON participants(person_uid)
        """,
    )
    seed = hashlib.sha256()
    for row in db.execute("SELECT instrument_id, version, json FROM instrument"):
        seed.update(repr(row).encode())
    for row in db.execute("SELECT key, value FROM settings WHERE key IN ('pin_salt', 'title', 'date') ORDER BY key"):
        seed.update(repr(row).encode())
    people = db.execute("SELECT id, created_at FROM participants ORDER BY id").fetchall()
    for row in people:
        seed.update(repr(row).encode())
    session_uid = seed.hexdigest()[:32]
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('session_uid', ?)", [session_uid])
    for pid, created_at in people:
        person_uid = hashlib.sha256(f"{session_uid}/{pid}/{created_at}".encode()).hexdigest()[:32]
        db.execute("UPDATE participants SET person_uid = ? WHERE id = ?", [person_uid, pid])


# Index i holds the migration from version i to i + 1. Append; never edit a released one.
MIGRATIONS: list[Migration] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: Database) -> None:
    """Bring the file to SCHEMA_VERSION, each step in its own transaction."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    for version in range(current, SCHEMA_VERSION):
        with db.atomic():
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {version + 1}")


@cache
def expected_schema(version: int) -> frozenset[tuple[str, str, str, str | None]]:
    """(type, name, table, sql) of every schema object a file of `version` holds: what the
    migrations themselves make on an empty database, so a new migration needs no second list."""
    conn = sqlite3.connect(":memory:")
    try:
        db = Database(conn)
        for step in MIGRATIONS[:max(0, min(version, SCHEMA_VERSION))]:
            with db.atomic():
                step(db)
        return frozenset(conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
        ).fetchall())
    finally:
        conn.close()
