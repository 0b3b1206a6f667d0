import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from workshop_app.ui.console import ConsoleWindow
from workshop_app.ui.translation import (
    I18N_DIR, LANGUAGE_KEY, StationText, chosen_language, install_translators,
)


@pytest.fixture
def french(qapp):
    installed = install_translators("fr")
    yield
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def test_the_console_speaks_french_when_french_is_installed(qtbot, tmp_path: Path, french):
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    assert console.sessions.new_button.text() == "Nouvelle session…"
    assert console.menuBar().actions()[0].text() == "&Session"
    assert console.menuBar().actions()[2].text() == "Pa&ramètres"


def test_the_console_speaks_english_by_default(qtbot, tmp_path: Path):
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    assert console.sessions.new_button.text() == "New session…"


def test_the_language_chosen_in_the_settings_wins_over_the_system(qapp):
    QSettings().setValue(LANGUAGE_KEY, "fr")
    assert chosen_language() == "fr"
    QSettings().setValue(LANGUAGE_KEY, "en")
    assert chosen_language() == "en"


def test_station_text_uses_french_typography(qapp):
    text = StationText("fr")
    assert text.translate("Station", "Thank you, {name}!").format(name="Léa") == "Merci, Léa\u202f!"
    assert StationText("en").translate("Station", "Next") == "Next"


def test_every_console_and_station_text_has_its_french_with_the_same_placeholders():
    messages = list(ET.parse(I18N_DIR / "equilibriste_fr.ts").getroot().iter("message"))
    assert messages
    for message in messages:
        source, translation = message.findtext("source"), message.find("translation")
        assert translation is not None and translation.text and translation.get("type") is None, source
        assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", translation.text)), source


def test_qt_s_own_texts_are_french_in_a_french_console(qapp):
    from PySide6.QtCore import QCoreApplication

    from workshop_app.ui.translation import translators

    installed = translators("fr")
    for translator in installed:
        QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
