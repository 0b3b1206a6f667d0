"""One writer per session: an OS lock on a file named after the session file's identity.

The lock follows the file, not its name: it is keyed by the file's device and inode (on
Windows, its resolved path), so a symlink or another name of the same file finds the same lock.
It is an `flock` on a small lock file, never a POSIX `fcntl` lock on the database itself (closing
any descriptor of the database would drop SQLite's own locks). The operating system releases it
when the process dies, so a crash never leaves a lock that blocks the trainer.

The lock file is opened without following a symlink and must be a regular file: a planted
link never gets truncated. A writer checks before each write that its lock file is still the
one on disk (`WriterLock.check`): if someone deleted it, another writer may have taken a new
one, and this one stops.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from workshop_app.store.errors import SessionLockedError

LOCK_SUFFIX = ".lock"

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


def file_identity(path: Path) -> tuple[int, int]:
    """(device, inode) of the file `path` names now, symlinks followed."""
    st = os.stat(path)
    return st.st_dev, st.st_ino


def lock_path(session_path: Path) -> Path:
    """The lock file of the session file `session_path` names: beside the real file, named after
    its identity."""
    real = Path(os.path.realpath(session_path))
    if os.name == "nt":
        key = hashlib.sha256(str(real).casefold().encode()).hexdigest()[:24]
    else:
        dev, ino = file_identity(real)
        key = f"{dev:x}-{ino:x}"
    return real.with_name(f".{key}{LOCK_SUFFIX}")


_OPEN_FLAGS = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def _open_lock_file(path: Path, session_name: str) -> int:
    try:
        fd = os.open(path, _OPEN_FLAGS, 0o644)
    except OSError:
        # O_NOFOLLOW on a symlink (ELOOP), a folder...: whatever it is, it is not ours to open.
        raise SessionLockedError(f"{session_name}: its lock file {path.name} is not a regular file; "
                                 "remove it") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise SessionLockedError(f"{session_name}: its lock file {path.name} is not a regular file; remove it")
    return fd


class WriterLock:
    def __init__(self, session_path: Path) -> None:
        self.path = lock_path(session_path)
        name = session_path.name
        while True:
            fd = _open_lock_file(self.path, name)
            if not _try_lock(fd):
                holder = _read_holder(fd)
                os.close(fd)
                raise SessionLockedError(f"{name} is already open for writing{holder}; close it there first",
                                             "locked", file=name)
            if self._is_on_disk(fd):
                break
            # The previous holder removed this lock file between our open and our lock: retry.
            _unlock(fd)
            os.close(fd)
        os.ftruncate(fd, 0)
        # The holder's process id, then the name it opened: a stale -wal of that name is its own.
        os.write(fd, f"{os.getpid()}\n{Path(os.path.realpath(session_path)).name}\n".encode())
        self._fd: int | None = fd

    def _is_on_disk(self, fd: int) -> bool:
        if os.name == "nt":
            return True
        try:
            st = os.lstat(self.path)
        except OSError:
            return False
        held = os.fstat(fd)
        return (st.st_dev, st.st_ino) == (held.st_dev, held.st_ino)

    def check(self, session_name: str) -> None:
        """Refuse to go on writing when the lock file was removed or replaced under us."""
        if self._fd is not None and not self._is_on_disk(self._fd):
            raise SessionLockedError(f"{session_name}: its lock file was removed, so another program may "
                                     "be writing it; close the session and open it again")

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if self._is_on_disk(self._fd):
                self.path.unlink(missing_ok=True)
        except OSError:
            pass  # Windows keeps an open file; the next writer reuses it
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None


def _read_holder(fd: int) -> str:
    try:
        pid = os.pread(fd, 32, 0).decode().split("\n")[0].strip() if hasattr(os, "pread") else ""
    except (OSError, UnicodeDecodeError):
        pid = ""
    return f" (process {pid})" if pid.isdigit() else ""


def is_locked(session_path: Path) -> bool:
    """Whether a writer holds the session now (used before deleting a session file)."""
    try:
        path = lock_path(session_path)
    except OSError:
        return False
    if not path.exists():
        return False
    try:
        lock = WriterLock(session_path)
    except SessionLockedError:
        return True
    lock.release()
    return False


def held_names(folder: Path) -> set[str]:
    """The file names that writers hold open in `folder` now, as their lock files say (a stale
    -wal of one of these names may belong to a live session whose file was deleted)."""
    names: set[str] = set()
    for path in folder.glob(f".*{LOCK_SUFFIX}"):
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError:
            continue
        try:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                continue
            if _try_lock(fd):
                _unlock(fd)
                continue
            lines = os.read(fd, 1024).decode(errors="replace").split("\n")
            if len(lines) > 1:
                names.add(lines[1])
        finally:
            os.close(fd)
    return names
