"""One writer per session: an OS lock on a file beside the session.

The operating system releases the lock when the process dies, so a crash never leaves a
lock that blocks the trainer.
"""

from __future__ import annotations

import os
from pathlib import Path

from workshop_app.store.errors import SessionLockedError

if os.name == "nt":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(session_path: Path) -> Path:
    return session_path.with_name(session_path.name + ".lock")


class WriterLock:
    def __init__(self, session_path: Path) -> None:
        self.path = lock_path(session_path)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise SessionLockedError(
                f"{session_path.name} is already open for writing{holder}; close it there first"
            )
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            pass  # Windows keeps an open file; the next writer reuses it
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def _read_holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().strip() if hasattr(os, "pread") else ""
    except OSError:
        pid = ""
    return f" (process {pid})" if pid.isdigit() else ""


def is_locked(session_path: Path) -> bool:
    """Whether a writer holds the session now (used before deleting a session file)."""
    path = lock_path(session_path)
    if not path.exists():
        return False
    try:
        lock = WriterLock(session_path)
    except SessionLockedError:
        return True
    lock.release()
    return False
