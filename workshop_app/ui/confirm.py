"""Asking before something that cannot be undone, without blocking (tests never hang)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop_app.ui.widgets import open_dialog


def confirm_destructive(parent: QWidget, title: str, text: str, action: str,
                        on_confirm: Callable[[], object]) -> QMessageBox:
    """Open a warning whose default is Cancel; `on_confirm` runs only if `action` is chosen."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text may hold a participant's name
    box.setInformativeText(QCoreApplication.translate("Confirm", "This cannot be undone."))
    confirm = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(QCoreApplication.translate("Confirm", "Cancel"), QMessageBox.ButtonRole.RejectRole))
    box.buttonClicked.connect(lambda button: button is confirm and on_confirm())
    return open_dialog(box)
