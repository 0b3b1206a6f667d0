"""Qt translations: the console follows the trainer's language, the station and the projector the
session's.

Source strings are English; `i18n/*_fr.qm` (compiled from the `.ts` sources by
`tools/build_translations.py`) hold the French. Every `.qm` of a language is loaded, so the
projector's own file joins in without a change here.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
LANGUAGES = ("fr", "en")
LANGUAGE_KEY = "ui/language"  # "" follows the system locale


def system_language() -> str:
    language = QLocale.system().name().split("_")[0]
    return language if language in LANGUAGES else "en"


def chosen_language() -> str:
    """The console's language: the one picked in the settings, else the system's."""
    language = str(QSettings().value(LANGUAGE_KEY, "") or "")
    return language if language in LANGUAGES else system_language()


def translators(language: str) -> list[QTranslator]:
    """One loaded translator per `.qm` file of that language, Qt's base translation first.

    English is the source language; its `.qm` files hold only the texts with a count, whose
    singular the source cannot give ("1 answer in")."""
    loaded = []
    # Qt's own words (Cancel, the file dialogs), from the translations shipped with PySide6.
    qt_base = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qms = [Path(qt_base) / f"qtbase_{language}.qm", *sorted(I18N_DIR.glob(f"*_{language}.qm"))]
    for qm in (path for path in qms if path.is_file()):
        translator = QTranslator()
        if translator.load(str(qm)):
            loaded.append(translator)
    return loaded


def install_translators(language: str) -> list[QTranslator]:
    """Install the language's translators on the application; keep the list alive."""
    installed = translators(language)
    for translator in installed:
        QCoreApplication.installTranslator(translator)
    return installed


class StationText:
    """Translates into the session's language, whatever the console's is: the station's words,
    and the projector's (through `RoomText`)."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translators = translators(language)

    def translate(self, context: str, source: str, n: int = -1) -> str:
        """The text in the session's language; with a count `n`, its singular or plural form,
        `%n` replaced by the count (as `QCoreApplication.translate` does for the console)."""
        for translator in self._translators:
            text = translator.translate(context, source, None, n)
            if text:
                return text.replace("%n", str(n)) if n >= 0 else text
        return source.replace("%n", str(n)) if n >= 0 else source
