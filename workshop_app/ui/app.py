"""The application: fonts, theme, translations, then the console."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from workshop_app.paths import APP_NAME, ensure_sessions_dir
from workshop_app.ui import theme
from workshop_app.ui.translation import chosen_language, install_translators


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Équilibriste")
    theme.load_fonts()
    theme.apply(app)
    app.translators = install_translators(chosen_language())  # kept alive with the application
    return app


def main(session_path: Path | None = None, sessions_folder: Path | None = None) -> int:
    """Open the console (on `session_path` when given) and run until it closes."""
    app = create_application()
    from workshop_app.ui.console import ConsoleWindow  # after the translators: its text is translated
    from workshop_app.ui.phones.attach import attach_phones
    from workshop_app.ui.projector.attach import attach_projector

    console = ConsoleWindow(sessions_folder or ensure_sessions_dir())
    attach_projector(console)
    attach_phones(console)
    if session_path is not None:  # before the console shows, so the sessions list is not read first
        console.open_session(Path(session_path))
    console.show()
    return app.exec()
