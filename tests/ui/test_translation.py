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


FRENCH_FILES = sorted(I18N_DIR.glob("*_fr.ts"))
# French typography: a narrow (or plain) no-break space before ; : ! ? and », after «.
LOOSE_PUNCTUATION = re.compile(r"(?<![\u202f\u00a0])[;:!?»]|«(?![\u202f\u00a0])")


def _french_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None, message.findtext("source")
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return forms if message.get("numerus") == "yes" else [translation.text or ""]


def test_there_are_the_console_s_the_station_s_and_the_projector_s_french_files():
    assert {path.name for path in FRENCH_FILES} >= {"equilibriste_fr.ts", "projector_fr.ts", "station_fr.ts"}


@pytest.mark.parametrize("ts", FRENCH_FILES, ids=lambda path: path.name)
def test_every_text_has_its_finished_french_with_the_same_placeholders(ts: Path):
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert messages
    for message in messages:
        source, translation = message.findtext("source"), message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        for text in _french_texts(message):
            assert text, source
            assert set(re.findall(r"{\w+}", source)) == set(re.findall(r"{\w+}", text)), source


@pytest.mark.parametrize("ts", FRENCH_FILES, ids=lambda path: path.name)
def test_every_french_text_follows_french_punctuation(ts: Path):
    loose = [text for message in ET.parse(ts).getroot().iter("message") for text in _french_texts(message)
             if LOOSE_PUNCTUATION.search(re.sub(r"{\w+}|https?://\S+", "", text))]
    assert loose == []


@pytest.mark.parametrize("ts", FRENCH_FILES, ids=lambda path: path.name)
def test_a_text_counting_something_has_its_french_singular_and_plural(ts: Path):
    for message in ET.parse(ts).getroot().iter("message"):
        source = message.findtext("source") or ""
        if "%n" in source:
            assert message.get("numerus") == "yes", source
            assert len(_french_texts(message)) == 2 and all("%n" in text for text in _french_texts(message)), source


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


def test_the_room_reads_a_count_in_its_singular_or_plural(qapp):
    from workshop_app.ui.projector.texts import RoomText

    french, english = RoomText("fr"), RoomText("en")
    assert french.get("hidden_short", count=1) == "1 réponse reçue"
    assert french.get("hidden_short", count=2) == "2 réponses reçues"
    assert french.get("profile_n", count=1) == "1 questionnaire complet"
    assert french.get("placed", count=1, invited=6) == "1 sur 6 positionné"
    assert french.get("finished", count=5) == "ont terminé"
    assert english.get("hidden_short", count=1) == "1 answer in"
    assert english.get("hidden_short", count=3) == "3 answers in"
    assert english.get("finished", count=1) == "has finished"


def test_the_console_says_a_count_in_its_singular_or_plural(qapp, french):
    translate = QCoreApplication.translate
    assert translate("ConsoleWindow", "%n participants imported.", None, 1) == "1 participant importé."
    assert translate("ConsoleWindow", "%n participants imported.", None, 2) == "2 participants importés."
    assert translate("SessionView", "%n of {invited} finished", None, 1).format(invited=6) == "1 sur 6 a terminé"
    assert translate("DebriefsPanel", "%n documents written in {folder}.", None, 1) == \
        "1 document enregistré dans {folder}."


def test_an_english_console_says_a_count_in_its_singular_too(qapp):
    translate = QCoreApplication.translate  # the English translators are installed (tests/ui/conftest.py)
    assert translate("ConsoleWindow", "%n participants imported.", None, 1) == "1 participant imported."
    assert translate("RosterImportDialog", "%n participants ready to import from {file}.", None, 3) == \
        "3 participants ready to import from {file}."


@pytest.mark.parametrize("ts", FRENCH_FILES, ids=lambda path: path.name)
def test_every_text_counting_something_has_its_english_singular(ts: Path):
    counted = {(context.findtext("name"), message.findtext("source")) for context in ET.parse(ts).getroot().iter("context")
               for message in context.iter("message") if "%n" in (message.findtext("source") or "")}
    english = ts.with_name(ts.name.replace("_fr.ts", "_en.ts"))
    given = {(context.findtext("name"), message.findtext("source")) for context in ET.parse(english).getroot().iter("context")
             for message in context.iter("message") if message.get("numerus") == "yes"} if english.exists() else set()
    assert counted - given == set()


def test_debriefs_older_than_the_answers_are_counted_in_french(qapp, french):
    text = QCoreApplication.translate("DebriefsPanel", "%n debriefs are older than the answers: {names}", None, 2)
    assert text.format(names="Léa, Noé") == "2 restitutions sont antérieures aux réponses\u202f: Léa, Noé"
