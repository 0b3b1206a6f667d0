"""One SQLite connection and the transaction rules every session and history write follows.

A write outside a block is committed before `execute` returns: an acknowledged answer is on
disk. `atomic()` makes a block one transaction, all or nothing; a block inside a block is a
savepoint, so a refused inner step undoes only itself. A statement SQLite refuses leaves no
transaction open, which would otherwise swallow every write after it until the file closes.

Plain `sqlite3` under these few rules replaced sqlite-utils, of which the store used nothing
else: its import (click, dateutil, pluggy and their own) was a tenth of the console's start.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

Parameters = Sequence[Any] | dict[str, Any]

_savepoints = itertools.count(1)


class Database:
    """The connection `conn`, written through `execute` and `atomic`."""

    name = "the database"  # how error messages call the file

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Parameters = ()) -> sqlite3.Cursor:
        """Run one statement; outside a block, a write is committed at once."""
        conn = self.conn
        was_in_transaction = conn.in_transaction
        try:
            cursor = conn.execute(sql, parameters)
        except Exception:
            if not was_in_transaction and conn.in_transaction:
                conn.rollback()  # the implicit transaction the refused statement opened
            raise
        # A write opens an implicit transaction; a statement still returning rows cannot be
        # committed under them (none of the store's writes returns rows).
        if not was_in_transaction and conn.in_transaction and cursor.description is None:
            conn.commit()
        return cursor

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        """The block as one transaction, or as a savepoint inside an open one."""
        conn = self.conn
        if conn.in_transaction:
            savepoint = f"nested_{next(_savepoints)}"
            conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may have ended the whole transaction already
                    conn.execute(f"ROLLBACK TO {savepoint}")
                    conn.execute(f"RELEASE {savepoint}")
                raise
            conn.execute(f"RELEASE {savepoint}")
            return
        conn.execute("BEGIN")
        try:
            yield self
            conn.commit()
        except BaseException:
            conn.rollback()  # nothing to undo if the error already ended the transaction
            raise

    def close(self) -> None:
        self.conn.close()
