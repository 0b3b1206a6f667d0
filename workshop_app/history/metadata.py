"""The Datasette metadata written beside a history: every table and column described in French
and English, and the canned queries, so the database opens in Datasette as it is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from workshop_app.history.catalogue import QUERIES, TABLES

TITLE = "Équilibriste — historique des sessions · session history"


def metadata_path(history: Path) -> Path:
    """`history.sqlite` -> `history.metadata.json`, beside it."""
    return history.with_name(history.stem + ".metadata.json")


def metadata(database_name: str) -> dict[str, Any]:
    tables = {
        t.name: {"description": f"{t.fr} · {t.en}",
                 "columns": {c.name: f"{c.fr} · {c.en}" for c in t.columns}}
        for t in TABLES
    }
    queries = {q.name: {"title": f"{q.fr} · {q.en}", "sql": q.sql} for q in QUERIES}
    return {"title": TITLE, "databases": {database_name: {"tables": tables, "queries": queries}}}


def write_metadata(history: Path) -> Path:
    """Write (or leave as it is, when unchanged) the metadata file of `history`."""
    path = metadata_path(history)
    content = json.dumps(metadata(history.stem), ensure_ascii=False, indent=2) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != content:
        path.write_text(content, encoding="utf-8")
    return path
