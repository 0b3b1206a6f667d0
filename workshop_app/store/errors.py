"""What the store raises. Every message is one plain line, in English, fit to show a trainer
on the command line; the windows say it in their reader's language from its `code` and `params`
(workshop_app/ui/refusals.py)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any


class StoreError(Exception):
    """Base of every refusal by the store; nothing was changed.

    `code` names the refusal (None: only the message says it), `params` holds its values (a
    file's name, a participant's name, a limit) so that a window can word it in its own language."""

    code: str | None = None
    params: Mapping[str, Any] = MappingProxyType({})

    def __init__(self, message: str = "", code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        if params:
            self.params = MappingProxyType(dict(params))


class SessionFileError(StoreError):
    """Not a session file, a corrupt one, or one written by a newer version."""


class SessionLockedError(StoreError):
    """The session is already open for writing, in this or another process."""


class InvalidInput(StoreError):
    """A value the session cannot take (unknown participant, value off the scale, ...)."""


class SessionFileGoneError(StoreError):
    """The open session's file was deleted or replaced under it: nothing more is recorded.

    `code` names the refusal for the windows that show it (the station, the console)."""

    code = "session_file_gone"


class SessionWriteError(StoreError):
    """A write the system refused (full disk, read-only file or folder, I/O error); the
    transaction was rolled back, what was recorded before is kept. `code` names the cause:
    `disk_full`, `read_only` or `io_error`; before a writer opens, `read_only_folder` or
    `read_only_file` (the session can still be read), with the `file`'s name."""


class SessionExistsError(InvalidInput):
    """A new file's name was taken meanwhile (another process made it first): try the next name."""


class InvisibleNameError(InvalidInput):
    """A name made only of characters nobody can see (zero-width space, soft hyphen, BOM, word
    joiner...): the room could not find it on a list."""

    code = "name_invisible"
