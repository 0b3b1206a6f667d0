"""Fixtures for the store tests."""

from __future__ import annotations

import pytest

from workshop_app.store import SessionStore


@pytest.fixture
def store(tmp_path):
    """A new, empty full-form session open for writing."""
    s = SessionStore.create(tmp_path / "session.sqlite", title="Atelier équilibre", client="Acme")
    yield s
    s.close()


@pytest.fixture
def pid(store):
    """One participant in the session."""
    return store.add_participant("Marie Dupont", "marie@example.com", "Ouest")
