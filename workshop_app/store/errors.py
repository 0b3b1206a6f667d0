"""What the store raises. Every message is one plain line, fit to show a trainer."""


class StoreError(Exception):
    """Base of every refusal by the store; nothing was changed."""


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
    `disk_full`, `read_only` or `io_error`."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


class SessionExistsError(InvalidInput):
    """A new file's name was taken meanwhile (another process made it first): try the next name."""
