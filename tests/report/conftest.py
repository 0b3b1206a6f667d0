"""Sessions for the report tests, built with the real store, and PDF reading helpers."""

from __future__ import annotations

import io
import os
from collections.abc import Mapping
from pathlib import Path

import pytest
from pypdf import PdfReader

from workshop_app.store import SessionStore

# Documents dated 1 December 2026 in every test, so the same input gives the same bytes.
FIXED_DATE_EPOCH = "1796083200"
os.environ["SOURCE_DATE_EPOCH"] = FIXED_DATE_EPOCH

# Practice answers per territory giving hand-computable scores: 5 -> 100, 3 -> 50, 1 -> 0, 2 -> 25.
FIREFIGHTER = {"faire": 5, "analyser": 3, "commando": 1, "developper": 2}
BALANCED = {"faire": 3, "analyser": 3, "commando": 3, "developper": 3}
TODAY = {"faire": 40, "analyser": 30, "commando": 20, "developper": 10}
IDEAL = {"faire": 25, "analyser": 25, "commando": 20, "developper": 30}
TENSIONS = {"horizon": 2, "mode": 4, "focus": 6}


def finish(store: SessionStore, pid: int, practices: Mapping[str, int] | None = FIREFIGHTER,
           today: Mapping[str, int] = TODAY, ideal: Mapping[str, int] | None = IDEAL,
           tensions: Mapping[str, int] = TENSIONS) -> None:
    """Answer every part for `pid`: the same answer for all items of a territory."""
    if practices is not None:
        for item in store.instrument.items:
            store.record_answer(pid, item.id, practices[item.territory])
    store.set_allocation(pid, "today", today)
    if ideal is not None:
        store.set_allocation(pid, "ideal", ideal)
    for tension_id, value in tensions.items():
        store.set_tension(pid, tension_id, value)


@pytest.fixture
def make_session(tmp_path):
    """Create a session file; returns an open store (closed at the end of the test)."""
    stores: list[SessionStore] = []

    def make(name: str = "atelier.sqlite", **settings: object) -> SessionStore:
        settings.setdefault("title", "Atelier équilibre")
        settings.setdefault("client", "Dupont & Fils")
        settings.setdefault("place", "Lyon")
        settings.setdefault("date", "2026-11-27")
        settings.setdefault("trainer", "Claire Martin")
        store = SessionStore.create(tmp_path / name, **settings)
        stores.append(store)
        return store

    yield make
    for store in stores:
        store.close()


def pdf_pages(data: bytes | Path) -> list[str]:
    """The text of each page of a PDF."""
    source = io.BytesIO(data) if isinstance(data, bytes) else data
    return [page.extract_text() or "" for page in PdfReader(source).pages]


def flat(text: str) -> str:
    """Extracted text with its line breaks and odd spaces made plain spaces, for searching."""
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())
