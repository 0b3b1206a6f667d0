"""Session files: one SQLite file per workshop session (no Qt)."""

from workshop_app.store.errors import (
    InvalidInput, SessionExistsError, SessionFileError, SessionFileGoneError, SessionLockedError, SessionWriteError,
    StoreError,
)
from workshop_app.store.session import Participant, SessionSettings, SessionStore

__all__ = [
    "InvalidInput",
    "SessionExistsError",
    "SessionFileGoneError",
    "SessionWriteError",
    "Participant",
    "SessionFileError",
    "SessionLockedError",
    "SessionSettings",
    "SessionStore",
    "StoreError",
]
