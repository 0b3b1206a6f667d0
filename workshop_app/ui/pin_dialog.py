"""The trainer's PIN, asked without blocking: `open()` it and listen to `accepted`."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from workshop_app.ui.widgets import text_label

Translate = Callable[[str, str], str]


class PinDialog(QDialog):
    """Accepts only when `check` approves the PIN typed; a wrong one is cleared and said so."""

    def __init__(self, check: Callable[[str], bool], message: str, parent: QWidget | None = None,
                 translate: Translate = QCoreApplication.translate) -> None:
        super().__init__(parent)
        self.check = check
        self.translate = translate
        self.setObjectName("pinDialog")
        self.setWindowTitle(self.translate("PinDialog", "Trainer PIN"))
        self.setModal(True)

        self.message = text_label(message)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setPlaceholderText(self.translate("PinDialog", "PIN"))
        self.pin.setAccessibleName(self.translate("PinDialog", "Trainer PIN"))
        self.error = text_label("", "pinError", wrap=False)

        buttons = QDialogButtonBox()
        buttons.addButton(self.translate("PinDialog", "Unlock"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.translate("PinDialog", "Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.try_pin)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.setContentsMargins(32, 28, 32, 24)
        for widget in (self.message, self.pin, self.error, buttons):
            layout.addWidget(widget)

    def try_pin(self) -> None:
        if self.check(self.pin.text()):
            self.accept()
            return
        self.pin.clear()
        self.error.setText(self.translate("PinDialog", "Wrong PIN. Try again."))
        self.pin.setFocus()
