"""Building blocks of the station: touch-sized buttons and their groups, digits typed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QPushButton, QSizePolicy, QWidget

TOUCH = 64  # px: every target on the station is at least this tall (48 px minimum)

# Digits as the top row of a French (AZERTY) keyboard types them without Shift.
_AZERTY_DIGITS = {Qt.Key_Ampersand: 1, Qt.Key_Eacute: 2, Qt.Key_QuoteDbl: 3, Qt.Key_Apostrophe: 4,
                  Qt.Key_ParenLeft: 5, Qt.Key_Minus: 6, Qt.Key_Egrave: 7}


def digit(key: int) -> int | None:
    """The digit a key stands for (main row, keypad or AZERTY top row), if any."""
    if Qt.Key_1 <= key <= Qt.Key_9:
        return key - Qt.Key_0
    return _AZERTY_DIGITS.get(key)


def check_only(group: QButtonGroup, checked_id: int | None) -> None:
    """Check the button of `checked_id` in an exclusive group, or none of them (None)."""
    group.setExclusive(False)
    for button in group.buttons():
        button.setChecked(group.id(button) == checked_id)
    group.setExclusive(True)


def big_button(text: str, role: str = "secondary", parent: QWidget | None = None) -> QPushButton:
    """A touch target: tall, no keyboard focus (the page handles keys), styled by `role`."""
    button = QPushButton(text, parent)
    button.setObjectName(role)
    button.setMinimumHeight(TOUCH)
    button.setFocusPolicy(Qt.NoFocus)
    button.setCursor(Qt.PointingHandCursor)
    button.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
    return button
