"""A session that cannot be changed, said in a French console."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from workshop_app.store.errors import SessionWriteError
from workshop_app.ui.refusals import refusal_text
from workshop_app.ui.translation import install_translators


def test_a_read_only_folder_or_file_is_said_in_french(qapp):
    installed = install_translators("fr")
    try:
        folder = SessionWriteError("x", "read_only_folder", file="atelier.sqlite")
        file = SessionWriteError("x", "read_only_file", file="atelier.sqlite")
        assert refusal_text(folder) == ("atelier.sqlite\u202f: le dossier est en lecture seule\u202f; la session "
                                        "peut être lue, pas modifiée.")
        assert refusal_text(file) == "atelier.sqlite est en lecture seule\u202f; la session peut être lue, pas modifiée."
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
