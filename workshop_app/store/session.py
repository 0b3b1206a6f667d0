"""SessionStore: one workshop session in one SQLite file.

Every write is one transaction, committed and synced (WAL, synchronous=FULL) before the call
returns. Bad input raises InvalidInput and changes nothing. A file that is not a session, is
corrupt or is newer is refused before anything is written to it.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
import sqlite3
import stat
import unicodedata
from contextlib import contextmanager
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from workshop_app.model.instrument import PHASES, Instrument, InstrumentError, default_instrument, parse_instrument
from workshop_app.model.scoring import Form, Responses, Results, score_session
from workshop_app.model.territories import CODES, LANGUAGES
from workshop_app.paths import SESSION_SUFFIX
from workshop_app.store.database import Database
from workshop_app.store.errors import (
    InvalidInput, InvisibleNameError, SessionExistsError, SessionFileError, SessionFileGoneError, SessionLockedError,
    SessionWriteError, StoreError,
)
from workshop_app.store.lock import WriterLock, file_identity, held_names
from workshop_app.store.schema import APPLICATION_ID, SCHEMA_VERSION, SQLITE_HEADER, expected_schema, migrate

MAX_NAME = 200
MAX_EMAIL = 254  # the longest address mail systems accept
MAX_TEXT = 2000


@dataclass(frozen=True)
class PinWork:
    """scrypt's work factor for the PIN's hash: `n` (a power of two) x `r` x 128 bytes of memory,
    and as much time; the stored hash keeps the factor it was made with."""

    n: int = 2**15
    r: int = 10
    p: int = 1

    def valid(self) -> bool:
        # Bounded so a planted record cannot ask for more memory than a laptop has (64 MiB).
        return 2 <= self.n and self.n & (self.n - 1) == 0 and 1 <= self.r <= 32 and 1 <= self.p <= 4 \
            and self.n * self.r <= 2**19

    def digest(self, pin: str, salt: str) -> str:
        return hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=self.n, r=self.r, p=self.p,
                              maxmem=129 * self.n * self.r + 2**20, dklen=32).hex()


# About 120 ms a try here (`pin_check_ms` in make bench; r = 8 measured 95 to 102 ms, too close
# to the 100 ms floor): the 10 000 four-digit PINs take a core twenty minutes instead of a second. The PIN guards the station; the file needs its own care.
DEFAULT_PIN_WORK = PinWork()
LEGACY_PIN_ITERATIONS = 120_000  # PBKDF2-SHA256, bare hex: what the first versions stored


@dataclass(frozen=True)
class SessionSettings:
    title: str
    client: str = ""
    place: str = ""
    date: str = ""  # ISO date, as the trainer set it
    trainer: str = ""
    language: str = "fr"
    form: Form = "full"
    allow_walk_ins: bool = False
    show_norms: bool = False  # debriefs show where scores sit among the client's managers in the history
    logo: bytes | None = None
    logo_name: str | None = None


_TEXT_SETTINGS = ("title", "client", "place", "date", "trainer")


@dataclass(frozen=True)
class Participant:
    id: int
    name: str
    email: str | None
    team: str | None
    position: int
    note: str | None
    person_uid: str = ""  # follows the person into follow-up sessions
    external_id: str | None = None  # the client's own id (an employee number), from the roster


_PARTICIPANT_COLUMNS = "id, name, email, team, position, note, person_uid, external_id"


def new_uid() -> str:
    return secrets.token_hex(16)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _clean_text(value: Any, what: str, limit: int, required: bool = False, field: str = "") -> str:
    """`what` names the value in the English message, `field` for the windows ("name", "title")."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(f"{what} must be text", "text_not_text", field=field)
    value = value.strip()
    if required and not value:
        raise InvalidInput(f"{what} cannot be empty", "text_empty", field=field)
    if len(value) > limit:
        raise InvalidInput(f"{what} is longer than {limit} characters", "text_too_long", field=field, max=limit)
    if any(ord(ch) < 32 and ch not in "\n\t" for ch in value):
        raise InvalidInput(f"{what} contains control characters", "text_control", field=field)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a byte the locale could not decode, kept as a lone surrogate
        raise InvalidInput(f"{what} holds characters that are not valid text", "text_invalid", field=field) from None
    return value


def _clean_name(name: Any) -> str:
    name = _clean_text(name, "a participant's name", MAX_NAME, required=True, field="name")
    if "\n" in name or "\t" in name:
        raise InvalidInput("a participant's name must fit on one line", "name_multiline")
    if not visible(name).strip():
        raise InvisibleNameError("a participant's name cannot be made only of invisible characters "
                                 "(zero-width spaces, soft hyphens...)")
    return name


# Drawn as nothing: the Hangul fillers, the Braille blank, the combining grapheme joiner, the
# Khmer inherent vowels; with every format character (category Cf: zero-width space, soft
# hyphen, BOM, word joiner, joiners, bidi marks) and the variation selectors.
_BLANK_GLYPHS = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f\u17b4\u17b5")


def _invisible(ch: str) -> bool:
    code = ord(ch)
    return unicodedata.category(ch) == "Cf" or ch in _BLANK_GLYPHS or 0xFE00 <= code <= 0xFE0F \
        or 0xE0100 <= code <= 0xE01EF


def visible(text: str) -> str:
    """`text` without the characters nobody can see on a screen."""
    return "".join(ch for ch in text if not _invisible(ch))


def name_key(name: str) -> str:
    """Two names the room could not tell apart on the station's list compare equal
    (case, accents, apostrophe style, spacing and invisible characters set aside)."""
    folded = unicodedata.normalize("NFKD", visible(name).casefold().replace("\u2019", "'"))
    return " ".join("".join(ch for ch in folded if not unicodedata.combining(ch)).split())


def _optional(value: Any, what: str, limit: int = MAX_NAME, field: str = "") -> str | None:
    return _clean_text(value, what, limit, field=field) or None


def check_session_file(path: Path) -> None:
    """Refuse, without touching it, a file that is not a session or is newer than this app."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would hang the read below
            raise SessionFileError(f"{path.name} is not a regular file, so not a session file", "not_a_session",
                                   file=path.name)
        with open(path, "rb") as f:
            header = f.read(100)
    except FileNotFoundError:
        raise SessionFileError(f"{path.name}: no such session file", "no_such_file", file=path.name) from None
    except OSError as exc:
        raise SessionFileError(f"{path.name}: cannot be read ({exc.strerror})", "unreadable", file=path.name,
                               reason=exc.strerror or "") from None
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise SessionFileError(f"{path.name} is not an Équilibriste session file", "not_a_session", file=path.name)
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise SessionFileError(f"{path.name} is not an Équilibriste session file", "not_a_session", file=path.name)
    if user_version > SCHEMA_VERSION:
        raise SessionFileError(
            f"{path.name} was written by a newer version of Équilibriste; update the app to open it",
            "newer_version", file=path.name)


def write_error(exc: sqlite3.Error, name: str) -> SessionWriteError:
    """What the system's refusal of a write means for the trainer, in one line."""
    code = getattr(exc, "sqlite_errorcode", None)
    text = str(exc)
    if code == sqlite3.SQLITE_FULL or "disk is full" in text:
        return SessionWriteError(f"the disk is full: {name} was not changed; free some space and try again",
                                 "disk_full")
    if code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM) or "readonly" in text:
        return SessionWriteError(f"{name} cannot be changed: the file or its folder is read-only "
                                 "(the session can still be read)", "read_only")
    return SessionWriteError(f"{name} could not be written ({text}); nothing was changed", "io_error", reason=text)


class _SessionDatabase(Database):
    """Every transaction of a session: a refusal by the system becomes a SessionWriteError."""

    name = "the session"

    @contextmanager
    def atomic(self) -> Iterator[Database]:
        try:
            with super().atomic() as db:
                yield db
        except sqlite3.OperationalError as exc:
            raise write_error(exc, self.name) from None


class SessionStore:
    def __init__(self, path: Path, conn: sqlite3.Connection, lock: WriterLock | None) -> None:
        self.path = path
        self.read_only = lock is None
        self._lock = lock
        self.db = _SessionDatabase(conn)
        self.db.name = path.name
        self._identity = file_identity(path)
        self.instrument = self._load_instrument()

    # -- opening and closing ------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: str | Path,
        *,
        title: str,
        language: str = "fr",
        instrument: Instrument | None = None,
        client: str = "",
        place: str = "",
        date: str = "",
        trainer: str = "",
        form: Form = "full",
    ) -> SessionStore:
        """Write a new session file (never over an existing one) and open it for writing."""
        path = Path(path)
        if os.path.lexists(path):
            raise SessionExistsError(f"{path.name} already exists; choose another name", "file_exists",
                                     file=path.name)
        settings = _validated_settings(
            SessionSettings(title=title), dict(title=title, language=language, client=client,
                                               place=place, date=date, trainer=trainer, form=form)
        )
        instrument = instrument or default_instrument()

        def build(conn: sqlite3.Connection) -> None:
            db = Database(conn)
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            migrate(db)
            with db.atomic():
                _write_settings(db, settings)
                # The migration derived one from the (empty) contents: every new file has its own.
                db.execute("UPDATE settings SET value = ? WHERE key = 'session_uid'", [new_uid()])
                db.execute(
                    "INSERT INTO instrument (id, instrument_id, version, json) VALUES (1, ?, ?, ?)",
                    [instrument.id, instrument.version, instrument.to_json()],
                )

        _write_new_file(path, build, "created")
        return cls.open(path)

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> SessionStore:
        path = Path(path)
        check_session_file(path)
        if not read_only:
            _refuse_unchangeable(path)
        if not read_only and os.stat(path).st_nlink > 1:
            # Another name may sit in another folder, beside another lock file.
            raise SessionFileError(f"{path.name} has another name on the disk (a hard link), so it can be "
                                   "read but not changed; save a copy and work on the copy", "hard_link",
                                   file=path.name)
        lock = None if read_only else WriterLock(path)
        try:
            conn = _connect(path, read_only)
            try:
                _check_integrity(conn, path)
                _check_schema(conn, path)
                if not read_only:
                    conn.execute("PRAGMA journal_mode = WAL")
                    migrate(Database(conn))
                elif conn.execute("PRAGMA user_version").fetchone()[0] < SCHEMA_VERSION:
                    conn = _migrated_in_memory(conn)
                store = cls(path, conn, lock)
                store._check_contents()
            except sqlite3.Error as exc:
                conn.close()
                if read_only:
                    raise SessionFileError(f"{path.name} cannot be read ({exc})") from None
                raise write_error(exc, path.name) from None
            except BaseException:
                conn.close()
                raise
        except BaseException:
            if lock:
                lock.release()
            raise
        return store

    def close(self) -> None:
        self.db.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> SessionStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _load_instrument(self) -> Instrument:
        row = self.db.execute("SELECT json FROM instrument WHERE id = 1").fetchone()
        if row is None:
            raise SessionFileError(f"{self.path.name} has no instrument: the file is damaged")
        try:
            return parse_instrument(json.loads(row[0]), source=self.path.name)
        except (InstrumentError, ValueError) as exc:
            raise SessionFileError(f"{self.path.name}: its instrument is damaged ({exc})") from None

    @contextmanager
    def batch(self) -> Iterator[SessionStore]:
        """Many writes in one transaction: all durable when the block ends, or none."""
        with self._write().atomic():
            yield self

    def _write(self) -> Database:
        if self.read_only:
            raise InvalidInput(f"{self.path.name} is open read-only", "read_only_open", file=self.path.name)
        self._check_still_ours()
        return self.db

    def _check_still_ours(self) -> None:
        """Before a write: the file is still at its name and the lock still ours (a file manager
        may have deleted or replaced it; what we wrote would go to a file nobody can open)."""
        try:
            gone = file_identity(self.path) != self._identity
        except OSError:
            gone = True
            self._save_wal_into_the_moved_file()
        if gone:
            raise SessionFileGoneError(f"{self.path.name} was deleted or replaced on the disk: nothing more "
                                       "can be recorded in it; answers given so far are in the file that was "
                                       "there", file=self.path.name)
        if self._lock:
            self._lock.check(self.path.name)

    def _save_wal_into_the_moved_file(self) -> None:
        """Nothing is at our name any more: a file manager moved (or deleted) the file alone and
        left the -wal beside the old name. The connection still holds the file itself, wherever
        it went: copy the -wal's pages into it now, so every acknowledged answer is in the moved
        file and no stale -wal is left for a file made later under the old name. (A file put in
        our place is another file: its name's -wal is not touched.)"""
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.Error:
            pass  # a deleted file: nothing left to save into

    def _check_contents(self) -> None:
        """Refuse a file whose rows its own instrument cannot hold (tampered in an SQLite tool)."""
        problem = _content_problem(self.db.conn, self.instrument)
        if problem:
            raise SessionFileError(f"{self.path.name} was changed outside Équilibriste and cannot be opened "
                                   f"({problem})", "changed_outside", file=self.path.name)

    # -- settings -----------------------------------------------------------------------

    @property
    def settings(self) -> SessionSettings:
        values = dict(self.db.execute("SELECT key, value FROM settings").fetchall())
        logo = self.db.execute("SELECT name, data FROM logo WHERE id = 1").fetchone()
        return SessionSettings(
            **{k: values.get(k) or "" for k in _TEXT_SETTINGS},
            language=values.get("language") or "fr",
            form=values.get("form") or "full",  # type: ignore[arg-type]
            allow_walk_ins=values.get("allow_walk_ins") == "1",
            show_norms=values.get("show_norms") == "1",
            logo=logo[1] if logo else None,
            logo_name=logo[0] if logo else None,
        )

    def update_settings(self, **changes: Any) -> SessionSettings:
        settings = _validated_settings(self.settings, changes)
        db = self._write()
        with db.atomic():
            _write_settings(db, settings)
        return settings

    def set_pin(self, pin: str, *, work: PinWork = DEFAULT_PIN_WORK) -> None:
        """Keep the PIN's salted scrypt hash; `work` is for tests only, the app keeps the default."""
        if not isinstance(pin, str) or len(pin.strip()) < 4:
            raise InvalidInput("the trainer PIN needs at least 4 characters", "pin_too_short", min=4)
        salt = secrets.token_hex(16)
        db = self._write()
        with db.atomic():
            _write_pin(db, salt, _pin_record(work, pin.strip(), salt))

    @property
    def has_pin(self) -> bool:
        return self._setting("pin_hash") is not None

    def check_pin(self, pin: str) -> bool:
        """Whether `pin` is the trainer's; a PIN kept the old way is kept the new way once typed."""
        salt, record = self._setting("pin_salt"), self._setting("pin_hash")
        if salt is None or record is None or not isinstance(pin, str):
            return False
        pin = pin.strip()
        parsed = _parse_pin_record(record)
        if parsed is None:
            return False
        work, digest = parsed
        computed = work.digest(pin, salt) if work else _legacy_pin_digest(pin, salt)
        if not secrets.compare_digest(computed, digest):
            return False
        if work is None and not self.read_only:
            self._upgrade_pin(pin)
        return True

    def _upgrade_pin(self, pin: str) -> None:
        try:
            self.set_pin(pin)
        except StoreError:
            pass  # the check stands; the next good PIN tries again

    @property
    def session_uid(self) -> str:
        """Stable for the session's life, kept by `save_copy`; new for a template or a follow-up."""
        return self._setting("session_uid") or ""

    @property
    def follows_session_uid(self) -> str | None:
        """The session this one follows up, if it is a follow-up session."""
        return self._setting("follows_session_uid")

    def _setting(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    # -- participants -------------------------------------------------------------------

    def participants(self) -> list[Participant]:
        rows = self.db.execute(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants ORDER BY position, id"
        ).fetchall()
        return [Participant(*row) for row in rows]

    def participant(self, participant_id: int) -> Participant:
        row = self.db.execute(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE id = ?",
            [participant_id],
        ).fetchone()
        if row is None:
            raise InvalidInput(f"no participant with id {participant_id!r} in this session")
        return Participant(*row)

    def add_participant(self, name: str, email: str | None = None, team: str | None = None) -> int:
        return self.import_participants([(name, email, team)])[0]

    def import_participants(self, rows: Iterable[Sequence[str | None]]) -> list[int]:
        """Add participants at the end, all or none. A row is (name, email, team, external id,
        person uid): the last three are optional; a person uid is given only to carry a person
        into a follow-up session, otherwise each new participant gets a new one."""
        cleaned = []
        taken = {name_key(p.name) for p in self.participants()}
        uids = {p.person_uid for p in self.participants()}
        for row in rows:
            name, email, team, external_id, person_uid = (list(row) + [None] * 4)[:5]
            name = _clean_name(name)
            self._refuse_taken(name, taken)
            taken.add(name_key(name))
            person_uid = _optional(person_uid, "a person uid", 64) or new_uid()
            if person_uid in uids:
                raise InvalidInput(f"{name} is already in the session under another name")
            uids.add(person_uid)
            cleaned.append((name, _optional(email, "an email", MAX_EMAIL, "email"), _optional(team, "a team", field="team"),
                            _optional(external_id, "an id"), person_uid))
        db = self._write()
        ids = []
        with db.atomic():
            position = db.execute("SELECT COALESCE(MAX(position), 0) FROM participants").fetchone()[0]
            for name, email, team, external_id, person_uid in cleaned:
                position += 1
                cursor = db.execute(
                    "INSERT INTO participants (name, email, team, position, created_at, external_id, person_uid) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [name, email, team, position, _now(), external_id, person_uid],
                )
                ids.append(int(cursor.lastrowid or 0))
        return ids

    @staticmethod
    def _refuse_taken(name: str, taken: set[str]) -> None:
        if name_key(name) in taken:
            raise InvalidInput(f"a participant named {name} is already in the session", "name_taken", name=name)

    def rename_participant(self, participant_id: int, name: str) -> None:
        name = _clean_name(name)
        self.participant(participant_id)
        self._refuse_taken(name, {name_key(p.name) for p in self.participants() if p.id != participant_id})
        with self._write().atomic():
            self.db.execute("UPDATE participants SET name = ? WHERE id = ?", [name, participant_id])

    def update_participant(self, participant_id: int, **changes: str | None) -> None:
        unknown = set(changes) - {"email", "team"}
        if unknown:
            raise InvalidInput(f"unknown participant field: {', '.join(sorted(unknown))}")
        self.participant(participant_id)
        values = {k: _optional(v, f"a participant's {k}", MAX_EMAIL if k == "email" else MAX_NAME, k)
                  for k, v in changes.items()}
        with self._write().atomic():
            for key, value in values.items():
                self.db.execute(f"UPDATE participants SET {key} = ? WHERE id = ?", [value, participant_id])

    def set_note(self, participant_id: int, text: str | None) -> None:
        note = _clean_text(text, "a note", MAX_TEXT, field="note") or None
        self.participant(participant_id)
        with self._write().atomic():
            self.db.execute("UPDATE participants SET note = ? WHERE id = ?", [note, participant_id])

    def move_participant(self, participant_id: int, new_index: int) -> None:
        """Put a participant at `new_index` (0-based) in the order; the others keep theirs."""
        order = [p.id for p in self.participants()]
        if participant_id not in order:
            raise InvalidInput(f"no participant with id {participant_id!r} in this session")
        if not 0 <= new_index < len(order):
            raise InvalidInput(f"position {new_index} is outside the list")
        order.remove(participant_id)
        order.insert(new_index, participant_id)
        with self._write().atomic():
            for position, pid in enumerate(order, start=1):
                self.db.execute("UPDATE participants SET position = ? WHERE id = ?", [position, pid])

    def remove_participant(self, participant_id: int) -> None:
        """Erase a participant and every answer, note and history row of theirs."""
        self.participant(participant_id)
        with self._write().atomic():
            self.db.execute("DELETE FROM participants WHERE id = ?", [participant_id])
        self._erase_wal()

    def _erase_wal(self) -> None:
        """After an erasure, the -wal still holds the erased rows' old pages: copy the overwritten
        pages into the file and empty the -wal, so the person's bytes are nowhere on the disk."""
        try:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError as exc:
            raise write_error(exc, self.path.name) from None

    # -- answers ------------------------------------------------------------------------

    def record_answer(self, participant_id: int, item_id: str, value: int) -> None:
        self.participant(participant_id)
        if item_id not in self.instrument.item_ids:
            raise InvalidInput(f"unknown item {item_id!r} for instrument {self.instrument.id}")
        low, high = self.instrument.scale_min, self.instrument.scale_max
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InvalidInput(f"an answer must be a whole number from {low} to {high}, not {value!r}")
        self._upsert("answers", participant_id, "item_id", item_id, {"value": value}, str(value))

    def set_allocation(self, participant_id: int, phase: str, points_by_territory: Mapping[str, int]) -> None:
        self.participant(participant_id)
        if phase not in PHASES:
            raise InvalidInput(f"unknown allocation phase {phase!r} (expected today or ideal)")
        points = dict(points_by_territory)
        if set(points) != set(CODES):
            raise InvalidInput(f"an allocation needs exactly the territories {', '.join(CODES)}")
        if any(isinstance(v, bool) or not isinstance(v, int) or v < 0 for v in points.values()):
            raise InvalidInput("allocation points must be whole numbers of 0 or more")
        total = sum(points.values())
        if total != 100:
            raise InvalidInput(f"an allocation must total 100 points, not {total}")
        ordered = {c: points[c] for c in CODES}
        self._upsert("allocations", participant_id, "phase", phase, ordered, json.dumps(ordered))

    def set_tension(self, participant_id: int, tension_id: str, value: int) -> None:
        self.set_tensions(participant_id, {tension_id: value})

    def set_tensions(self, participant_id: int, values: Mapping[str, int]) -> None:
        """Several tensions in one transaction: all stored, or none (every value checked first)."""
        self.participant(participant_id)
        steps = self.instrument.tension_steps
        for tension_id, value in values.items():
            if tension_id not in self.instrument.tension_ids:
                raise InvalidInput(f"unknown tension {tension_id!r}")
            if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= steps:
                raise InvalidInput(f"a tension must be a whole number from 1 to {steps}, not {value!r}")
        with self._write().atomic():  # the upserts nest in it: one synced commit for all of them
            for tension_id, value in values.items():
                self._upsert("tensions", participant_id, "tension_id", tension_id, {"value": value}, str(value))

    def set_commitments(self, participant_id: int, territory: str | None, actions: Sequence[str]) -> None:
        self.participant(participant_id)
        if territory is not None and territory not in CODES:
            raise InvalidInput(f"unknown territory {territory!r}")
        if isinstance(actions, str):
            raise InvalidInput("actions must be a list of texts")
        cleaned = [_clean_text(a, "an action", MAX_TEXT) for a in actions]
        while cleaned and not cleaned[-1]:
            cleaned.pop()
        if len(cleaned) > self.instrument.max_actions:
            raise InvalidInput(f"at most {self.instrument.max_actions} actions")
        text = json.dumps(cleaned, ensure_ascii=False)
        new = json.dumps({"territory": territory, "actions": cleaned}, ensure_ascii=False)
        db = self._write()
        with db.atomic():
            old = db.execute(
                "SELECT territory, actions FROM commitments WHERE participant_id = ?", [participant_id]
            ).fetchone()
            db.execute(
                "INSERT OR REPLACE INTO commitments (participant_id, territory, actions, answered_at) VALUES (?, ?, ?, ?)",
                [participant_id, territory, text, _now()],
            )
            old_text = json.dumps({"territory": old[0], "actions": json.loads(old[1])}, ensure_ascii=False) if old else None
            self._history(participant_id, "commitments", "commitments", old_text, new)

    def _upsert(self, table: str, participant_id: int, key_column: str, key: str,
                values: dict[str, int], shown: str) -> None:
        """Insert or replace one answer row and keep the change in the history."""
        db = self._write()
        columns = list(values)
        with db.atomic():
            old = db.execute(
                f"SELECT {', '.join(columns)} FROM {table} WHERE participant_id = ? AND {key_column} = ?",
                [participant_id, key],
            ).fetchone()
            db.execute(
                f"INSERT OR REPLACE INTO {table} (participant_id, {key_column}, {', '.join(columns)}, answered_at) "
                f"VALUES (?, ?, {', '.join('?' for _ in columns)}, ?)",
                [participant_id, key, *values.values(), _now()],
            )
            if old is not None:
                old_shown = str(old[0]) if len(columns) == 1 else json.dumps(dict(zip(columns, old)))
            else:
                old_shown = None
            self._history(participant_id, table, key, old_shown, shown)

    def _history(self, participant_id: int, part: str, key: str, old: str | None, new: str) -> None:
        self.db.execute(
            "INSERT INTO history (participant_id, at, part, key, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)",
            [participant_id, _now(), part, key, old, new],
        )

    def answers_changed_at(self) -> dict[int, datetime]:
        """When each participant's answers last changed, by participant id (none yet: left out)."""
        rows = self.db.execute("SELECT participant_id, MAX(at) FROM history GROUP BY participant_id").fetchall()
        return {int(pid): datetime.fromisoformat(at) for pid, at in rows}

    def history(self, participant_id: int) -> list[dict[str, Any]]:
        """Every change to a participant's answers, oldest first."""
        cursor = self.db.execute(
            "SELECT at, part, key, old_value, new_value FROM history WHERE participant_id = ? ORDER BY id",
            [participant_id],
        )
        columns = [c[0] for c in cursor.description]
        return [dict(zip(columns, row)) for row in cursor]

    # -- reading and scoring ------------------------------------------------------------

    def responses(self, participant_id: int) -> Responses:
        return self.responses_of([self.participant(participant_id)])[0]

    def all_responses(self) -> list[Responses]:
        """Every participant's answers so far, in participant order (one read per table)."""
        return self.responses_of(self.participants())

    def responses_of(self, participants: list[Participant]) -> list[Responses]:
        """These participants' answers, in their order, read in one query per part."""
        ids = [p.id for p in participants]
        answers: dict[int, dict[str, int]] = {pid: {} for pid in ids}
        allocations: dict[int, dict[str, dict[str, int]]] = {pid: {} for pid in ids}
        tensions: dict[int, dict[str, int]] = {pid: {} for pid in ids}
        commitments: dict[int, tuple[str | None, tuple[str, ...]]] = {}

        def rows(columns: str, table: str) -> sqlite3.Cursor:
            """These participants' rows only: one person's read stays small in a large room."""
            marks = ", ".join("?" * len(ids))
            return self.db.execute(f"SELECT participant_id, {columns} FROM {table} WHERE participant_id IN ({marks})",
                                   ids)

        for pid, item_id, value in rows("item_id, value", "answers"):
            answers[pid][item_id] = value
        for pid, phase, *points in rows(f"phase, {', '.join(CODES)}", "allocations"):
            allocations[pid][phase] = dict(zip(CODES, points))
        for pid, tension_id, value in rows("tension_id, value", "tensions"):
            tensions[pid][tension_id] = value
        for pid, territory, actions in rows("territory, actions", "commitments"):
            commitments[pid] = (territory, tuple(json.loads(actions)))
        return [
            Responses(
                participant_id=p.id, name=p.name, team=p.team, answers=answers[p.id],
                allocations=allocations[p.id], tensions=tensions[p.id],
                commitment_territory=commitments.get(p.id, (None, ()))[0],
                commitment_actions=commitments.get(p.id, (None, ()))[1],
            )
            for p in participants
        ]

    def results(self) -> Results:
        """Every participant scored (in participant order) and the group."""
        return score_session(self.responses_of(self.participants()), self.instrument, self.form)

    @property
    def form(self) -> Form:
        """The questionnaire's form alone: `settings` would also read the logo."""
        return self._setting("form") or "full"  # type: ignore[return-value]

    # -- whole-session operations -------------------------------------------------------

    def link_to_earlier(self, earlier_session_uid: str, person_uids: Mapping[int, str]) -> None:
        """Make this session the follow-up of another after the fact: it records the session it
        follows, and each participant given (by id) takes the person uid they had there. Only
        on the trainer's confirmation of the proposed matches (`store/matching.py`)."""
        uid = _clean_text(earlier_session_uid, "a session uid", 64, required=True)
        if uid == self.session_uid:
            raise InvalidInput("a session cannot follow itself")
        kept = {p.person_uid for p in self.participants() if p.id not in person_uids}
        given = [_clean_text(v, "a person uid", 64, required=True) for v in person_uids.values()]
        if len(set(given)) != len(given) or kept & set(given):
            raise InvalidInput("two participants cannot be the same person")
        for pid in person_uids:
            self.participant(pid)
        with self._write().atomic():
            self.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('follows_session_uid', ?)", [uid])
            # Through a placeholder first: a swap of two uids must not trip the unique index.
            for pid in person_uids:
                self.db.execute("UPDATE participants SET person_uid = ? WHERE id = ?", [f"linking-{pid}", pid])
            for pid, person_uid in person_uids.items():
                self.db.execute("UPDATE participants SET person_uid = ? WHERE id = ?", [person_uid, pid])

    def save_copy(self, path: str | Path) -> Path:
        """The whole session, answers and history included, copied consistently into a new file,
        even while it is being written (SQLite's online backup, not a file copy that could miss
        what is still in the -wal file)."""
        path = Path(path)
        _write_new_file(path, self.db.conn.backup, "written")
        return path

    def follow_up(self, new_path: str | Path, date: str, leave_out: Iterable[str] = ()) -> SessionStore:
        """The follow-up session: same settings and the same people (same person uids), no
        answers (self-ratings stay independent), linked to this session. `leave_out` names
        participants not invited again (refused, with nothing made, if one is not in the session);
        others are added later as to any session."""
        return self.copy_as_template(new_path, date=date, follow_up=True, leave_out=leave_out)

    def copy_as_template(self, new_path: str | Path, title: str | None = None, *, date: str | None = None,
                         follow_up: bool = False, leave_out: Iterable[str] = ()) -> SessionStore:
        """A new session with the same settings, instrument and participant list, no answers;
        new people unless it is a follow-up."""
        left = {name_key(n): n for n in leave_out}
        unknown = sorted(set(left) - {name_key(p.name) for p in self.participants()})
        if unknown:
            raise InvalidInput(f"no participant named {left[unknown[0]]} in this session")
        s = self.settings
        copy = SessionStore.create(
            new_path, title=title or s.title, language=s.language, instrument=self.instrument,
            client=s.client, place=s.place, date=s.date if date is None else date, trainer=s.trainer, form=s.form,
        )
        try:
            if follow_up:
                with copy.db.atomic():
                    copy.db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('follows_session_uid', ?)",
                                    [self.session_uid])
            copy.update_settings(allow_walk_ins=s.allow_walk_ins, show_norms=s.show_norms, logo=s.logo,
                                 logo_name=s.logo_name)
            salt, digest = self._setting("pin_salt"), self._setting("pin_hash")
            if salt and digest:
                with copy.db.atomic():
                    _write_pin(copy.db, salt, digest)
            copy.import_participants((p.name, p.email, p.team, p.external_id, p.person_uid if follow_up else None)
                                     for p in self.participants() if name_key(p.name) not in left)
        except BaseException:
            copy.close()
            raise
        return copy


def _write_new_file(path: Path, fill: Callable[[sqlite3.Connection], object], done: str) -> None:
    """A new SQLite file, filled beside its name and renamed into place: a half-made file never
    has the name, and a failure leaves nothing behind."""
    if os.path.lexists(path):
        raise SessionExistsError(f"{path.name} already exists; choose another name", "file_exists", file=path.name)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        _remove_companions(partial)
        partial.unlink(missing_ok=True)
        conn = sqlite3.connect(partial)
        try:
            fill(conn)
        finally:
            conn.close()
        _clear_stale_companions(path)
        try:
            os.link(partial, path)  # exclusive: never over a file made meanwhile
        except FileExistsError:
            raise SessionExistsError(f"{path.name} already exists; choose another name", "file_exists", file=path.name) from None
        finally:
            partial.unlink(missing_ok=True)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise SessionFileError(f"{path.name} cannot be {done} in {path.parent} ({exc})") from None


COMPANIONS = ("-wal", "-shm", "-journal")


def _remove_companions(path: Path) -> None:
    for suffix in COMPANIONS:
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _clear_stale_companions(path: Path) -> None:
    """A -wal, -shm or -journal of a deleted file would be replayed into the new one: remove
    them, unless an open session holds them (its file deleted under it)."""
    if not any(os.path.lexists(f"{path}{suffix}") for suffix in COMPANIONS):
        return
    if path.name in held_names(path.parent):
        raise SessionExistsError(f"{path.name}: a session of that name is still open for writing; close it, "
                                 "or choose another name")
    _remove_companions(path)


def _migrated_in_memory(conn: sqlite3.Connection) -> sqlite3.Connection:
    """An older file opened read-only: read through a copy in memory brought to this version, so
    the file itself is never written (a read-only open must not migrate it)."""
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
        migrate(Database(memory))
        memory.execute("PRAGMA query_only = ON")
        memory.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        memory.close()
        raise
    finally:
        conn.close()
    return memory


def _unchangeable(path: Path) -> str | None:
    """"folder" or "file" when the system will not let this process change the session (the
    real file's folder holds the -wal, the -shm and the lock); None when it can."""
    real = os.path.realpath(path)
    if not os.access(os.path.dirname(real), os.W_OK):
        return "folder"
    if not os.access(real, os.W_OK):
        return "file"
    return None


def _refuse_unchangeable(path: Path) -> None:
    """A writer is refused up front, in words that say what is true (SQLite would call the file
    damaged, or the lock file odd)."""
    what = _unchangeable(path)
    if what == "folder":
        raise SessionWriteError(f"{path.name}: the folder is read-only; the session can be read but not changed",
                                "read_only_folder", file=path.name)
    if what == "file":
        raise SessionWriteError(f"{path.name} is read-only; the session can be read but not changed",
                                "read_only_file", file=path.name)


def _connect_unchangeable(path: Path) -> sqlite3.Connection:
    """Read a session the system will not let us change. With no -wal the file holds everything,
    so it is opened immutable: SQLite then needs no -shm (which it could not make in a read-only
    folder) and leaves nothing behind. A -wal means a writer is (or was) at work: read through it."""
    uri = Path(os.path.realpath(path)).as_uri()
    if os.path.exists(f"{os.path.realpath(path)}-wal"):
        return sqlite3.connect(f"{uri}?mode=ro", uri=True)
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True)


def _connect(path: Path, read_only: bool) -> sqlite3.Connection:
    try:
        if read_only and _unchangeable(path):
            conn = _connect_unchangeable(path)
        else:
            # A read-write connection, even for reading: the last one to close tidies the
            # -wal and -shm files away, which a mode=ro connection cannot do.
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA synchronous = FULL")
            # Erased rows leave no bytes behind in free pages (a removed participant, a note).
            conn.execute("PRAGMA secure_delete = ON")
        if read_only:
            conn.execute("PRAGMA query_only = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 2000")
        return conn
    except sqlite3.Error as exc:
        raise SessionFileError(f"{path.name} cannot be opened ({exc})") from None


def _check_integrity(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError:
        result = "unreadable"
    if result != "ok":
        raise SessionFileError(f"{path.name} is damaged and cannot be opened (integrity check failed)", "damaged",
                               file=path.name)


def _check_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Exactly the tables and indexes the app's migrations make for the file's version: a planted
    trigger or view, or a changed table, could rewrite answers behind the app's back."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        found = frozenset(conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
        ).fetchall())
    except sqlite3.DatabaseError:
        raise SessionFileError(f"{path.name} is damaged and cannot be opened", "damaged",
                               file=path.name) from None
    expected = expected_schema(version)
    if found != expected:
        extra = sorted(f"{kind} {name}" for kind, name, _, _ in found - expected)
        missing = sorted(f"{kind} {name}" for kind, name, _, _ in expected - found)
        what = "; ".join(filter(None, [", ".join(extra) and f"unexpected {', '.join(extra)}",
                                       ", ".join(missing) and f"missing or changed {', '.join(missing)}"]))
        raise SessionFileError(f"{path.name} holds an unexpected database schema and cannot be opened ({what})")


def _content_problem(conn: sqlite3.Connection, instrument: Instrument) -> str | None:
    """What, if anything, in the file its instrument copy and the app's rules cannot hold."""
    settings = dict(conn.execute("SELECT key, value FROM settings").fetchall())
    if "pin_hash" in settings and not _pin_record_ok(settings["pin_hash"], settings.get("pin_salt")):
        return "a trainer PIN record this app never writes"
    if settings.get("language", "fr") not in LANGUAGES:
        return f"unknown language {str(settings['language'])[:20]!r}"
    if settings.get("form", "full") not in ("full", "short"):
        return f"unknown form {str(settings['form'])[:20]!r}"
    if conn.execute("SELECT 1 FROM participants WHERE typeof(name) != 'text' OR typeof(position) != 'integer' "
                    "LIMIT 1").fetchone():
        return "a participant's name or position is not of the right type"
    items, low, high = instrument.item_ids, instrument.scale_min, instrument.scale_max
    wrong = _first_out_of_range(conn, "answers", "item_id", items, low, high)
    if wrong and wrong[0] not in items:
        return f"an answer to an unknown item {str(wrong[0])[:20]!r}"
    if wrong:
        return f"an answer of {_shown(wrong[1])}, outside {low} to {high}"
    tensions, steps = instrument.tension_ids, instrument.tension_steps
    wrong = _first_out_of_range(conn, "tensions", "tension_id", tensions, 1, steps)
    if wrong and wrong[0] not in tensions:
        return f"an unknown tension {str(wrong[0])[:20]!r}"
    if wrong:
        return f"a tension of {_shown(wrong[1])}, outside 1 to {steps}"
    checks = " OR ".join(f"typeof({c}) != 'integer' OR {c} < 0" for c in CODES)
    if conn.execute(f"SELECT 1 FROM allocations WHERE {checks} LIMIT 1").fetchone():
        return "an allocation that is not whole points of 0 or more"
    for territory, actions in conn.execute("SELECT territory, actions FROM commitments"):
        if territory is not None and territory not in CODES:
            return f"an unknown territory {str(territory)[:20]!r}"
        try:
            parsed = json.loads(actions)
        except (TypeError, ValueError, RecursionError):
            parsed = None
        if not isinstance(parsed, list) or not all(isinstance(a, str) for a in parsed) \
                or len(parsed) > instrument.max_actions:
            return "commitments that are not a list of actions"
    return None


def _first_out_of_range(conn: sqlite3.Connection, table: str, key: str, keys: Sequence[str],
                        low: int, high: int) -> tuple[object, object] | None:
    """The first row of `table` whose `key` is not one of `keys` or whose value is not a whole
    number from `low` to `high`. Searched by SQLite: reading every answer of a large room into
    Python to look at it was a twentieth of the console's start."""
    marks = ", ".join("?" * len(keys))
    return conn.execute(
        f"SELECT {key}, value FROM {table} WHERE {key} NOT IN ({marks}) OR typeof(value) != 'integer' "
        "OR value NOT BETWEEN ? AND ? LIMIT 1", [*keys, low, high]).fetchone()


def _shown(value: object) -> str:
    """A stored value in a message: numbers as they are, anything else quoted and cut short."""
    return str(value) if isinstance(value, int) else repr(str(value)[:20])


def _pin_record(work: PinWork, pin: str, salt: str) -> str:
    return f"scrypt${work.n}${work.r}${work.p}${work.digest(pin, salt)}"


def _parse_pin_record(record: str) -> tuple[PinWork | None, str] | None:
    """(work factor, hex digest) of a stored PIN hash; None for the legacy PBKDF2 one; None
    altogether for a record this app never writes."""
    if re.fullmatch(r"[0-9a-f]{64}", record):
        return None, record
    found = re.fullmatch(r"scrypt\$(\d{1,10})\$(\d{1,3})\$(\d{1,2})\$([0-9a-f]{64})", record)
    if not found:
        return None
    work = PinWork(*(int(g) for g in found.groups()[:3]))
    return (work, found.group(4)) if work.valid() else None


def _pin_record_ok(record: object, salt: object) -> bool:
    return isinstance(record, str) and isinstance(salt, str) and re.fullmatch(r"[0-9a-f]{32}", salt) is not None \
        and _parse_pin_record(record) is not None


def _legacy_pin_digest(pin: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), LEGACY_PIN_ITERATIONS).hex()


def _write_pin(db: Database, salt: str, digest: str) -> None:
    db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('pin_salt', ?), ('pin_hash', ?)", [salt, digest])


def _validated_settings(current: SessionSettings, changes: Mapping[str, Any]) -> SessionSettings:
    known = {f.name for f in fields(SessionSettings)}
    unknown = set(changes) - known
    if unknown:
        raise InvalidInput(f"unknown session setting: {', '.join(sorted(unknown))}")
    values = {f.name: getattr(current, f.name) for f in fields(SessionSettings)}
    for key, value in changes.items():
        if key in _TEXT_SETTINGS:
            value = _clean_text(value, f"the session {key}", MAX_NAME, required=key == "title", field=key)
        elif key == "language" and value not in LANGUAGES:
            raise InvalidInput(f"language must be fr or en, not {value!r}")
        elif key == "form" and value not in ("full", "short"):
            raise InvalidInput(f"form must be full or short, not {value!r}")
        elif key in ("allow_walk_ins", "show_norms"):
            value = bool(value)
        elif key == "logo" and value is not None and not isinstance(value, bytes):
            raise InvalidInput("the logo must be image data")
        values[key] = value
    if values["logo"] is None:
        values["logo_name"] = None
    elif not values["logo_name"]:
        values["logo_name"] = "logo"
    return SessionSettings(**values)


def _write_settings(db: Database, s: SessionSettings) -> None:
    rows = [(k, getattr(s, k)) for k in _TEXT_SETTINGS]
    rows += [("language", s.language), ("form", s.form), ("allow_walk_ins", "1" if s.allow_walk_ins else "0"),
             ("show_norms", "1" if s.show_norms else "0")]
    for key, value in rows:
        db.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])
    if s.logo is None:
        db.execute("DELETE FROM logo")
    else:
        db.execute("INSERT OR REPLACE INTO logo (id, name, data) VALUES (1, ?, ?)", [s.logo_name, s.logo])


def create_with_free_name(folder: Path, stem: str, create: Callable[[Path], object]) -> Path:
    """`create(folder/stem.sqlite)`, or the next free name (`stem-2`...) when another process
    takes the name first: two sessions made at once both get a file."""
    for n in range(1, 1000):
        path = folder / (f"{stem}{SESSION_SUFFIX}" if n == 1 else f"{stem}-{n}{SESSION_SUFFIX}")
        if os.path.lexists(path):
            continue
        try:
            create(path)
            return path
        except SessionExistsError:
            continue
    raise SessionExistsError(f"no free file name for {stem} in {folder}")
