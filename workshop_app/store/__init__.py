"""Session files: one SQLite file per workshop session (no Qt)."""

from workshop_app.store.errors import InvalidInput, SessionFileError, SessionLockedError, StoreError
from workshop_app.store.session import Participant, SessionSettings, SessionStore

__all__ = [
    "InvalidInput",
    "Participant",
    "SessionFileError",
    "SessionLockedError",
    "SessionSettings",
    "SessionStore",
    "StoreError",
]
