"""sqlite-utils plugins installed on the machine never run on a session or history file: a
session opened in the room must not hand its connection (names, answers) to third-party code,
and the entry points of every installed package are not scanned at each start."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import hookimpl
from sqlite_utils.plugins import pm

from workshop_app.history.build import build_history
from workshop_app.store import SessionStore


class Spy:
    def __init__(self) -> None:
        self.connections: list[object] = []

    @hookimpl
    def prepare_connection(self, conn) -> None:  # noqa: ANN001 - sqlite-utils' hook
        self.connections.append(conn)


@pytest.fixture
def spy():
    plugin = Spy()
    pm.register(plugin, name="spy")
    yield plugin
    pm.unregister(name="spy")


def test_no_plugin_sees_a_session_created_opened_or_read(tmp_path: Path, spy: Spy) -> None:
    path = tmp_path / "s.sqlite"
    SessionStore.create(path, title="Plugins").close()
    SessionStore.open(path).close()
    SessionStore.open(path, read_only=True).close()
    assert spy.connections == []


def test_no_plugin_sees_a_history(tmp_path: Path, spy: Spy) -> None:
    folder = tmp_path / "sessions"
    folder.mkdir()
    SessionStore.create(folder / "s.sqlite", title="Plugins").close()
    spy.connections.clear()
    build_history([folder], tmp_path / "history.sqlite")
    build_history([folder], tmp_path / "history.sqlite")  # the existing file opened again
    assert spy.connections == []
