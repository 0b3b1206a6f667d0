"""Small pieces every window uses: labels and tooltips that never read markup, restyling after a
change, dialogs opened without blocking."""

from __future__ import annotations

from typing import TypeVar

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget

D = TypeVar("D", bound=QDialog)


def text_label(text: str = "", role: str = "", *, wrap: bool = True, parent: QWidget | None = None) -> QLabel:
    """A label that never interprets markup (names are plain text); `role` selects its style."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        label.setObjectName(role)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as typed: Qt reads markup in a tooltip that looks like some."""
    return QtGui.Qt.convertFromPlainText(text)


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again, after a property or the object name it selects on changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def open_dialog(dialog: D) -> D:
    """Open it window-modal without blocking (never `exec()`: tests never hang); it deletes itself
    once closed, after its `finished` has been heard."""
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
