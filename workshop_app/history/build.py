"""Gather session files into one history database, and erase a person from it.

Sessions are opened read-only (never written, even when older: the store migrates a copy in
memory). A build is idempotent: a file whose size and modification time are those recorded is
not read again (unless it changed in the last two seconds), and a session whose contents have
the recorded fingerprint is not rewritten,
so a second build over the same folders leaves the database byte for byte as it was. A
session found in several files (a saved copy) is kept once, from its most recently modified
file. A session file that disappears keeps its rows: the history is the record; `forget`
erases a person on request, and they are never imported again.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from workshop_app.history.catalogue import BY_NAME, PER_PERSON, PER_SESSION, TABLES
from workshop_app.history.metadata import write_metadata
from workshop_app.history.pseudonyms import pseudonym
from workshop_app.model.scoring import score_session
from workshop_app.model.territories import CODES
from workshop_app.paths import SESSION_SUFFIX
from workshop_app.store import SessionStore, StoreError
from workshop_app.store.database import Database
from workshop_app.store.session import check_session_file, name_key

Row = tuple[Any, ...]


class HistoryError(Exception):
    """The history cannot be built or changed as asked; one line for the trainer."""


@dataclass
class BuildReport:
    read: list[Path] = field(default_factory=list)  # files opened this time
    updated: list[str] = field(default_factory=list)  # titles of sessions whose rows were (re)written
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # not a session, and why
    sessions: int = 0  # sessions in the history after the build


@dataclass(frozen=True)
class SessionRows:
    """One session as the history holds it: a row per table, and their fingerprint."""

    session_uid: str
    rows: dict[str, list[Row]]
    items: list[Row]
    digest: str


@dataclass(frozen=True)
class _Found:
    path: Path
    size: int
    mtime_ns: int
    session_uid: str
    digest: str
    rows: SessionRows | None  # None when the file was known and not read again


def build_history(folders: Sequence[str | Path], out: str | Path, *, anonymise: bool = False) -> BuildReport:
    """Gather every session file under `folders` into `out` (made if missing)."""
    out = Path(out)
    report = BuildReport()
    with _open_history(out, anonymise) as db:
        known = {row[0]: row[1:] for row in db.execute(
            "SELECT path, size, mtime_ns, session_uid, content_digest FROM sources")}
        forgotten = {row[0] for row in db.execute("SELECT person_key FROM forgotten")}
        found: list[_Found] = []
        for path in _session_files(folders, out):
            item = _look(path, known.get(str(path)), anonymise, forgotten, report)
            if item:
                found.append(item)
        stored = dict(db.execute("SELECT session_uid, content_digest FROM sessions").fetchall())
        chosen = _newest_per_session(found)
        writes: list[SessionRows] = []
        for uid, item in chosen.items():
            if stored.get(uid) == item.digest:
                continue
            rows = item.rows or _read(item.path, anonymise, forgotten)
            if rows is None or rows.digest != item.digest:  # changed since it was looked at: next build
                continue
            writes.append(rows)
        sources = _sources(found, chosen)
        old_sources = set(db.execute("SELECT path, size, mtime_ns, session_uid, content_digest, used FROM sources"))
        if writes or set(sources) != old_sources:
            with db.atomic():
                for rows in writes:
                    _replace_session(db, rows)
                    report.updated.append(str(rows.rows["sessions"][0][1]))
                db.execute("DELETE FROM sources")
                db.conn.executemany("INSERT INTO sources VALUES (?, ?, ?, ?, ?, ?)", sources)
                if writes:
                    _refresh_people(db)
        report.sessions = db.execute("SELECT count(*) FROM sessions").fetchone()[0]
    write_metadata(out)
    return report


def forget(out: str | Path, person: str) -> list[str]:
    """Erase everyone `person` names (a person uid, a client id, an email or a name) from the
    history; their fingerprint is kept so a later build does not bring them back. The names
    erased; nothing changes when nobody matches."""
    out = Path(out)
    if not out.is_file():
        raise HistoryError(f"{out}: no such history file")
    with _open_history(out, None) as db:
        wanted = person.strip()
        matches = [row for row in db.execute("SELECT person_uid, name, email, external_id FROM people")
                   if wanted and (wanted in (row[0], row[3]) or (row[2] or "").casefold() == wanted.casefold()
                                  or name_key(row[1]) == name_key(wanted))]
        if not matches:
            raise HistoryError(f"nobody in {out.name} is {person!r} (give a name, an email, a client id or a person uid)")
        with db.atomic():
            for uid, *_ in matches:
                for table in (*PER_PERSON, "people"):
                    db.execute(f"DELETE FROM {table} WHERE person_uid = ?", [uid])
                db.execute("INSERT OR IGNORE INTO forgotten VALUES (?)", [person_key(uid)])
        # Free pages are already wiped (secure_delete); compacting leaves no page of theirs at all.
        db.execute("VACUUM")
    return [row[1] for row in matches]


def person_key(person_uid: str) -> str:
    return hashlib.sha256(f"forgotten/{person_uid}".encode()).hexdigest()


# -- the history file ---------------------------------------------------------------------------

class _open_history:
    """The history database, made with its tables if new; `anonymise` must match how it was
    first built (None: either), so named and pseudonymous rows never mix in one file."""

    def __init__(self, path: Path, anonymise: bool | None) -> None:
        self.path, self.anonymise = path, anonymise

    def __enter__(self) -> Database:
        new = not self.path.exists()
        if not new:
            _check_history_file(self.path)
        try:
            conn = sqlite3.connect(self.path)
        except sqlite3.Error as exc:
            raise HistoryError(f"{self.path}: cannot be opened ({exc})") from None
        conn.execute("PRAGMA secure_delete = ON")  # erased rows leave no bytes behind
        self.db = Database(conn)
        if new:
            with self.db.atomic():
                for table in TABLES:
                    self.db.execute(table.create_sql())
                self.db.execute("INSERT INTO build VALUES ('anonymised', ?)", ["1" if self.anonymise else "0"])
                self.db.execute(f"PRAGMA application_id = {HISTORY_APPLICATION_ID}")
        mode = self.db.execute("SELECT value FROM build WHERE key = 'anonymised'").fetchone()[0] == "1"
        if self.anonymise is not None and mode != self.anonymise:
            conn.close()
            raise HistoryError(f"{self.path.name} was built {'with' if mode else 'without'} --anonymise: build "
                               f"{'with' if mode else 'without'} it again, or into another file")
        return self.db

    def __exit__(self, *exc: object) -> None:
        self.db.close()


HISTORY_APPLICATION_ID = 0x45514C48  # "EQLH"


def _check_history_file(path: Path) -> None:
    try:
        with open(path, "rb") as f:
            header = f.read(100)
    except OSError as exc:
        raise HistoryError(f"{path}: cannot be read ({exc.strerror})") from None
    if len(header) < 100 or int.from_bytes(header[68:72], "big") != HISTORY_APPLICATION_ID:
        raise HistoryError(f"{path.name} is not an Équilibriste history: choose another --out")


# -- finding and reading sessions ---------------------------------------------------------------

def _session_files(folders: Sequence[str | Path], out: Path) -> Iterator[Path]:
    seen: set[Path] = set()
    for folder in folders:
        folder = Path(folder)
        if not folder.is_dir():
            raise HistoryError(f"{folder}: no such folder")
        for path in sorted(folder.rglob(f"*{SESSION_SUFFIX}")):
            resolved = path.resolve()
            if resolved in seen or resolved == out.resolve() or path.name.startswith("."):
                continue
            seen.add(resolved)
            yield resolved


def _look(path: Path, known: Row | None, anonymise: bool, forgotten: set[str],
          report: BuildReport) -> _Found | None:
    try:
        size, mtime_ns = _stamp(path)
    except OSError as exc:
        report.skipped.append((path, exc.strerror or str(exc)))
        return None
    settled = time.time_ns() - mtime_ns > RACY_NS
    if known and settled and known[0] == size and known[1] == mtime_ns:
        return _Found(path, size, mtime_ns, known[2], known[3], None)
    try:
        check_session_file(path)
    except StoreError as exc:
        report.skipped.append((path, str(exc)))
        return None
    rows = _read(path, anonymise, forgotten, report)
    if rows is None:
        return None
    report.read.append(path)
    return _Found(path, size, mtime_ns, rows.session_uid, rows.digest, rows)


# A file changed within this long of its recorded time may have changed again within the same
# clock tick, at the same size (SQLite files grow by whole pages): it is read again, and its
# fingerprint, not its date, says whether anything changed.
RACY_NS = 2_000_000_000


def _stamp(path: Path) -> tuple[int, int]:
    """Size and modification time of a session file with its -wal (where a session open in the
    console keeps its latest answers until it is closed)."""
    st = os.stat(path)
    size, mtime_ns = st.st_size, st.st_mtime_ns
    try:
        wal = os.stat(f"{path}-wal")
        size, mtime_ns = size + wal.st_size, max(mtime_ns, wal.st_mtime_ns)
    except FileNotFoundError:
        pass
    return size, mtime_ns


def _read(path: Path, anonymise: bool, forgotten: set[str], report: BuildReport | None = None) -> SessionRows | None:
    try:
        with SessionStore.open(path, read_only=True) as store:
            return session_rows(store, anonymise, forgotten)
    except StoreError as exc:
        if report is not None:
            report.skipped.append((path, str(exc)))
        return None


def session_rows(store: SessionStore, anonymise: bool = False, forgotten: Iterable[str] = ()) -> SessionRows:
    """What the history holds of one session; names, emails and client ids replaced by
    pseudonyms when `anonymise`, the forgotten left out."""
    s, instrument, uid = store.settings, store.instrument, store.session_uid
    forgotten = set(forgotten)
    people = [p for p in store.participants() if person_key(p.person_uid) not in forgotten]
    responses = [r for r in store.all_responses() if r.participant_id in {p.id for p in people}]
    results = score_session(responses, instrument, s.form)
    rows: dict[str, list[Row]] = {name: [] for name in PER_SESSION}
    for p, response, r in zip(people, responses, results.participants):
        person = p.person_uid
        name, email, external_id = (p.name, p.email, p.external_id)
        if anonymise:
            name = pseudonym(person, "name")
            email = pseudonym(person, "email") if p.email else None
            external_id = pseudonym(person, "id") if p.external_id else None
        point = r.point or (None, None)
        rows["participations"].append((uid, person, name, email, external_id, p.team, int(r.finished), point[0],
                                       point[1], r.point_source, r.balance_index, ",".join(r.major) or None))
        rows["scores"] += [(uid, person, code, r.scores[code]) for code in CODES] if r.scores else []
        for phase, split in (("today", r.allocation_today), ("ideal", r.allocation_ideal)):
            rows["allocations"] += [(uid, person, phase, code, split[code]) for code in CODES] if split else []
        rows["tensions"] += [(uid, person, t, v) for t, v in r.tensions.items()]
        actions = [a for a in r.commitment_actions if a.strip()]
        if r.commitment_territory and not actions:
            rows["commitments"].append((uid, person, 0, r.commitment_territory, ""))
        rows["commitments"] += [(uid, person, n, r.commitment_territory, a) for n, a in enumerate(actions, 1)]
        rows["answers"] += [(uid, person, item_id, v) for item_id, v in sorted(response.answers.items())]
    follows = store.follows_session_uid
    if follows:
        rows["links"].append((uid, follows, None))  # days filled in when both dates are known
    trainer = pseudonym(uid, "trainer") if anonymise and s.trainer else s.trainer
    rows["sessions"] = [(uid, s.title, s.client, s.place, s.date, trainer, s.language, s.form, instrument.id,
                         instrument.version, follows, len(people), results.group.n_finished)]
    items = [(instrument.id, instrument.version, i.id, i.territory, i.text["fr"], i.text["en"])
             for i in instrument.items]
    digest = hashlib.sha256(repr((sorted(rows.items()), items)).encode()).hexdigest()
    rows["sessions"][0] += (digest,)
    return SessionRows(uid, rows, items, digest)


def _newest_per_session(found: list[_Found]) -> dict[str, _Found]:
    """The file each session's rows come from: the most recently modified of its copies."""
    chosen: dict[str, _Found] = {}
    for item in found:
        best = chosen.get(item.session_uid)
        if best is None or (item.mtime_ns, str(item.path)) > (best.mtime_ns, str(best.path)):
            chosen[item.session_uid] = item
    return chosen


def _sources(found: list[_Found], chosen: dict[str, _Found]) -> list[Row]:
    return sorted((str(f.path), f.size, f.mtime_ns, f.session_uid, f.digest, int(chosen[f.session_uid] is f))
                  for f in found)


# -- writing ------------------------------------------------------------------------------------

def _replace_session(db: Database, rows: SessionRows) -> None:
    uid = rows.session_uid
    for table in PER_SESSION:
        db.execute(f"DELETE FROM {table} WHERE session_uid = ?", [uid])
    db.execute("DELETE FROM sessions WHERE session_uid = ?", [uid])
    for table in ("sessions", *PER_SESSION):
        if rows.rows[table]:
            marks = ", ".join("?" * len(BY_NAME[table].columns))
            db.conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows.rows[table])
    db.conn.executemany("INSERT OR IGNORE INTO items VALUES (?, ?, ?, ?, ?, ?)", rows.items)
    _fill_days(db)


def _fill_days(db: Database) -> None:
    """Days between a follow-up and the session it follows, once both are in the history."""
    for uid, follows, a, b in db.execute(
            "SELECT l.session_uid, l.follows_session_uid, s.date, f.date FROM links l "
            "JOIN sessions s ON s.session_uid = l.session_uid JOIN sessions f ON f.session_uid = l.follows_session_uid"
    ).fetchall():
        try:
            days: int | None = (date.fromisoformat(a) - date.fromisoformat(b)).days
        except ValueError:
            days = None
        db.execute("UPDATE links SET days_between = ? WHERE session_uid = ? AND follows_session_uid = ?",
                   [days, uid, follows])


def _refresh_people(db: Database) -> None:
    """One row per person, with the name and contacts of their latest session."""
    db.execute("DELETE FROM people")
    db.execute("""
        INSERT INTO people (person_uid, name, email, external_id, sessions)
        SELECT person_uid, name, email, external_id, n FROM (
            SELECT p.person_uid, p.name, p.email, p.external_id,
                   count(*) OVER (PARTITION BY p.person_uid) AS n,
                   row_number() OVER (PARTITION BY p.person_uid ORDER BY s.date DESC, s.session_uid DESC) AS latest
            FROM participations p JOIN sessions s ON s.session_uid = p.session_uid
        ) WHERE latest = 1""")
