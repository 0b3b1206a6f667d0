"""The trainer's PIN, asked without blocking: `open()` it and listen to `accepted`.

A clean, centred, touch-sized dialog with a digit pad (the kiosk has no keyboard, maybe), no
title bar; the keyboard works too. Wrong tries are counted by the session's `PinGuard`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QGridLayout, QLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from workshop_app.answering.pin_guard import PinGuard
from workshop_app.ui.widgets import text_label

Translate = Callable[[str, str], str]
KEY = 72  # px: a pad key, touch-sized
MAX_DIGITS = 12

PIN_STYLE = """
QDialog#pinDialog { background: white; border: 2px solid #1f2a44; border-radius: 12px; }
QDialog#pinDialog QPushButton { font-size: 22px; min-height: %(key)dpx; min-width: %(key)dpx; }
QDialog#pinDialog QLineEdit { font-size: 26px; min-height: 56px; }
""" % {"key": KEY}


class PinDialog(QDialog):
    """Accepts only when `check` approves the PIN typed; a wrong one is cleared and said so;
    after too many, the wait is shown and the pad waits with it."""

    def __init__(self, check: Callable[[str], bool], message: str, parent: QWidget | None = None,
                 translate: Translate = QCoreApplication.translate, guard: PinGuard | None = None) -> None:
        super().__init__(parent, Qt.Dialog | Qt.FramelessWindowHint)
        self.check = check
        self.guard = guard if guard is not None else PinGuard()
        self.translate = translate
        self.setObjectName("pinDialog")
        self.setAttribute(Qt.WA_StyledBackground)
        self.setStyleSheet(PIN_STYLE)
        self.setWindowTitle(self.translate("PinDialog", "Trainer PIN"))
        self.setModal(True)

        self.message = text_label(message)
        self.message.setMaximumWidth(3 * KEY + 2 * 12 + 120)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.Password)
        self.pin.setMaxLength(MAX_DIGITS)
        self.pin.setAlignment(Qt.AlignCenter)
        self.pin.setPlaceholderText(self.translate("PinDialog", "PIN"))
        self.pin.setAccessibleName(self.translate("PinDialog", "Trainer PIN"))
        self.error = text_label("", "pinError")

        pad = QGridLayout()
        pad.setSpacing(12)
        self.keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            self._key(pad, digit, index // 3, index % 3, lambda _=False, d=digit: self._type(d))
        self._key(pad, "⌫", 3, 0, lambda: self.pin.backspace())
        self._key(pad, "0", 3, 1, lambda: self._type("0"))
        self.unlock = self._key(pad, self.translate("PinDialog", "Unlock"), 3, 2, self.try_pin)
        self.unlock.setObjectName("primary")
        self.cancel = QPushButton(self.translate("PinDialog", "Cancel"))
        self.cancel.setObjectName("secondary")
        self.cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SetFixedSize)  # sized to its contents: nothing cut off
        layout.setSpacing(16)
        layout.setContentsMargins(32, 28, 32, 24)
        for widget in (self.message, self.pin, self.error):
            layout.addWidget(widget)
        layout.addLayout(pad)
        layout.addWidget(self.cancel)

        self.countdown = QTimer(self, interval=1000, timeout=self._show_wait)
        self._show_wait()

    def _key(self, pad: QGridLayout, label: str, row: int, column: int, slot: Callable[..., object]) -> QPushButton:
        button = QPushButton(label)
        button.setFocusPolicy(Qt.NoFocus)  # the typed PIN keeps the keyboard
        button.clicked.connect(slot)
        pad.addWidget(button, row, column)
        self.keys[label] = button
        return button

    def _type(self, digit: str) -> None:
        self.pin.insert(digit)
        self.pin.setFocus()

    def try_pin(self) -> None:
        result = self.guard.attempt(self.pin.text(), self.check)
        if result == "right":
            self.countdown.stop()
            self.accept()
            return
        self.pin.clear()
        if result == "wrong":
            self.error.setText(self.translate("PinDialog", "Wrong PIN. Try again."))
        self._show_wait()
        self.pin.setFocus()

    def _show_wait(self) -> None:
        """While the guard waits: the seconds left, and a pad that does nothing."""
        left = self.guard.wait_left()
        waiting = left > 0
        for widget in (self.pin, *self.keys.values()):
            widget.setEnabled(not waiting)
        if waiting:
            self.error.setText(self.translate("PinDialog", "Too many wrong PINs. Try again in {seconds} s.")
                               .format(seconds=left))
            self.countdown.start()
        else:
            if self.countdown.isActive():
                self.error.clear()
                self.pin.setFocus()
            self.countdown.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._centre()
        self.pin.setFocus()

    def _centre(self) -> None:
        """Over its window when it has one, else on its screen."""
        self.adjustSize()
        parent = self.parentWidget()
        area = parent.window().frameGeometry() if parent is not None else self.screen().availableGeometry()
        frame = self.frameGeometry()
        frame.moveCenter(area.center())
        self.move(frame.topLeft())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.try_pin()
        else:
            super().keyPressEvent(event)
