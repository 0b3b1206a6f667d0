"""Fixtures for the windows: a session file with a few participants, its live session, and
settings kept apart from the user's (QSettings under the test's temporary folder)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from workshop_app.store import SessionStore
from workshop_app.store.session import PinWork
from workshop_app.ui.live_session import LiveSession

PIN = "2468"
FAST_PIN = PinWork(n=2**4)  # tests only: the app always keeps the slow default
NAMES = ("Amélie Durand", "Bruno <b>Martin</b>", "Chloé & Co")


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """The .qm files are build products (`make translations`); make sure they are current."""
    from tools.build_translations import main as build

    build()


@pytest.fixture(scope="session", autouse=True)
def _english_translators(_compiled_translations, qapp):
    """English is the source language, but its texts with a count take their singular from
    `*_en.qm`, as in an English console."""
    from workshop_app.ui.translation import install_translators

    installed = install_translators("en")
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> None:
    """QSettings in a temporary folder, so tests neither read nor write the user's."""
    QCoreApplication.setOrganizationName("EquilibristeTests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    QSettings().clear()


def make_session(path: Path, *, language: str = "fr", form: str = "full", names=NAMES,
                 walk_ins: bool = False) -> Path:
    with SessionStore.create(path, title="Séminaire managers – Lyon", language=language, form=form,
                             client="Acme France", date="2026-11-27") as store:
        store.set_pin(PIN, work=FAST_PIN)  # the slow default is tested in tests/store/test_pin.py
        store.update_settings(allow_walk_ins=walk_ins)
        for name in names:
            store.add_participant(name)
    return path


@pytest.fixture
def session_path(tmp_path: Path) -> Path:
    return make_session(tmp_path / "session.sqlite")


@pytest.fixture
def live(session_path: Path):
    session = LiveSession(SessionStore.open(session_path))
    yield session
    session.close()
