"""The training organisation's history: every session file gathered into one SQLite database
that a person reads in Datasette or any SQLite tool (no Qt)."""

from workshop_app.history.build import BuildReport, HistoryError, build_history, forget

__all__ = ["BuildReport", "HistoryError", "build_history", "forget"]
