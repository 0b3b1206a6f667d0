"""The store's refusals said in the console's language, the command line keeping English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.ui.conftest import make_session
from tests.ui.station.test_window import open_station, pick, press  # noqa: F401  (open_station: a fixture)
from workshop_app.store import SessionStore, StoreError
from workshop_app.store.errors import InvalidInput, SessionWriteError
from workshop_app.store.roster_csv import Problem
from workshop_app.ui.console import ConsoleWindow
from workshop_app.ui.refusals import refusal_text
from workshop_app.ui.translation import install_translators


@pytest.fixture
def french(qapp):
    installed = install_translators("fr")
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def _refusal(call) -> StoreError:
    with pytest.raises(StoreError) as caught:
        call()
    return caught.value


def test_a_name_already_in_the_session_is_refused_in_french_in_a_french_console(qtbot, tmp_path: Path, french):
    folder = tmp_path / "sessions"
    folder.mkdir()
    make_session(folder / "lyon.sqlite")
    console = ConsoleWindow(folder)
    qtbot.addWidget(console)
    console.open_session(folder / "lyon.sqlite")
    console.view.participants.add()
    dialog = next(d for d in console.view.participants.findChildren(QInputDialog) if d.isVisible())
    dialog.setTextValue("amélie durand")
    dialog.accept()
    box = console.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Un participant nommé amélie durand participe déjà à la session."
    assert [p.name for p in console.live.store.participants()].count("Amélie Durand") == 1
    console.close_session()


def test_the_command_line_keeps_the_store_s_english(tmp_path: Path, french):
    with SessionStore.open(make_session(tmp_path / "s.sqlite")) as store:
        refused = _refusal(lambda: store.add_participant("Chloé & Co"))
        short_pin = _refusal(lambda: store.set_pin("12"))
        long_team = _refusal(lambda: store.add_participant("Zoé", team="x" * 500))
    assert str(refused) == "a participant named Chloé & Co is already in the session"
    assert refusal_text(refused) == "Un participant nommé Chloé & Co participe déjà à la session."
    assert refusal_text(short_pin) == "Le code PIN du formateur doit compter au moins 4 caractères."
    assert refusal_text(long_team).startswith("L’équipe dépasse ")


def test_a_file_that_is_not_a_session_is_refused_in_french(tmp_path: Path, french):
    other = tmp_path / "notes.sqlite"
    other.write_text("not a database")
    refused = _refusal(lambda: SessionStore.open(other))
    assert refusal_text(refused) == "notes.sqlite n’est pas un fichier de session Équilibriste."


def test_a_refused_roster_says_its_first_problem_in_french(french):
    refused = InvalidInput("line 2: « Léa » is already in the session; nothing imported", "roster_problems",
                           problems=(Problem(2, "already_in_session", {"name": "Léa"}),))
    assert refusal_text(refused, language="fr") == \
        "ligne 2\u202f: «\u202fLéa\u202f» participe déjà à la session\u202f: rien n’a été importé."


def test_a_refusal_the_console_does_not_know_yet_is_shown_as_the_store_wrote_it(french):
    assert refusal_text(InvalidInput("something new was refused", "a_code_from_a_newer_store")) == \
        "something new was refused"
    assert refusal_text(InvalidInput("a refusal without a code")) == "a refusal without a code"


def test_an_english_console_says_the_refusal_in_english(tmp_path: Path):
    with SessionStore.open(make_session(tmp_path / "s.sqlite")) as store:
        refused = _refusal(lambda: store.rename_participant(store.participants()[0].id, "Chloé & Co"))
    assert refusal_text(refused) == "A participant named Chloé & Co is already in the session."


def test_a_file_of_the_sessions_folder_that_cannot_be_opened_says_why_in_french(qtbot, tmp_path: Path, french):
    (tmp_path / "notes.sqlite").write_text("not a database")
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    console.show()
    item = console.sessions.list.topLevelItem(0)
    assert item.text(1) == "Impossible à ouvrir\u202f: notes.sqlite n’est pas un fichier de session Équilibriste."


def test_a_write_refused_at_the_station_is_told_to_the_trainer_in_the_console_s_language(
        qtbot, live, open_station, french, monkeypatch):
    station = open_station(live)
    causes: list[str] = []
    station.write_failed.connect(causes.append)
    station.welcome.start.emit()
    pick(station, "Amélie Durand")

    def disk_full(*_: object) -> None:
        raise SessionWriteError("the disk is full: the session was not changed; free some space and try again",
                                "disk_full")
    monkeypatch.setattr(live.store, "record_answer", disk_full)
    press(qtbot, station, Qt.Key_4)
    assert causes == ["Le disque est plein\u202f: la session n’a pas été modifiée\u202f; "
                      "libérez de la place et réessayez."]
