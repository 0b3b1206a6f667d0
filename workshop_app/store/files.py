"""Session files in a folder: list them for the console, delete one safely."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from workshop_app.model.scoring import completion_of
from workshop_app.paths import SESSION_SUFFIX
from workshop_app.store.errors import SessionLockedError, StoreError
from workshop_app.store.lock import is_locked, lock_path
from workshop_app.store.session import SessionStore


@dataclass(frozen=True)
class SessionSummary:
    path: Path
    title: str
    client: str
    date: str
    n_participants: int
    n_finished: int
    error: str | None = None  # why the file cannot be opened, when it cannot
    refusal: StoreError | None = None  # the same, for a window to word in its language


def session_summaries(folder: str | Path) -> list[SessionSummary]:
    """Every session file in the folder, newest first; unreadable ones say why."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    paths = sorted(folder.glob(f"*{SESSION_SUFFIX}"), key=_modified, reverse=True)
    return [_summary(p) for p in paths]


def find_session(folder: str | Path, session_uid: str) -> Path | None:
    """The session file in `folder` holding `session_uid` (the most recently written of its
    copies), or None; unreadable files are passed over."""
    folder = Path(folder)
    if not folder.is_dir():
        return None
    for path in sorted(folder.glob(f"*{SESSION_SUFFIX}"), key=_modified, reverse=True):
        try:
            with SessionStore.open(path, read_only=True) as store:
                if store.session_uid == session_uid:
                    return path
        except StoreError:
            continue
    return None


def _modified(path: Path) -> float:
    """When the file was last written; a dangling symlink (nothing to read) sorts last."""
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _summary(path: Path) -> SessionSummary:
    try:
        with SessionStore.open(path, read_only=True) as store:
            s, instrument = store.settings, store.instrument
            responses = store.responses_of(store.participants())
            form = store.form
            finished = sum(completion_of(r, instrument).finished(form) for r in responses)
            return SessionSummary(path, s.title, s.client, s.date, len(responses), finished)
    except StoreError as exc:
        return SessionSummary(path, path.stem, "", "", 0, 0, error=str(exc), refusal=exc)


def delete_session(path: str | Path) -> None:
    """Remove a session file and its companions, unless a writer has it open."""
    path = Path(path)
    if is_locked(path):
        raise SessionLockedError(f"{path.name} is open for writing; close it before deleting it", "locked",
                                 file=path.name)
    companions = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal")]
    if path.exists():  # a dangling symlink has no lock file
        companions.append(lock_path(path))
    for companion in companions:
        companion.unlink(missing_ok=True)
    path.unlink()
