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
