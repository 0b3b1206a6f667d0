"""Drop-down lists in the console: the current item readable, in the box and in its open list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox

from workshop_app.ui.console import ConsoleWindow


def _dark_pixels(image, threshold: int = 110) -> int:
    """Pixels dark enough to be text on the console's light surfaces."""
    return sum(1 for x in range(image.width()) for y in range(image.height())
               if QColor(image.pixel(x, y)).lightness() < threshold)


def test_the_current_item_of_an_open_drop_down_list_is_readable(qtbot, qapp, tmp_path: Path):
    console = ConsoleWindow(tmp_path)
    qtbot.addWidget(console)
    box = QComboBox(console)
    box.addItems(["Balance map", "Group profile", "Majors"])
    console.setCentralWidget(box)
    console.show()
    qtbot.waitExposed(console)
    assert _dark_pixels(box.grab().toImage()) > 40  # the current item in the closed box
    box.showPopup()
    view = box.view()
    qtbot.waitUntil(view.isVisible)
    for row in range(box.count()):  # the current one (highlighted) as readable as the others
        rect = view.visualRect(view.model().index(row, 0))
        assert _dark_pixels(view.viewport().grab(rect).toImage()) > 40, box.itemText(row)
    box.hidePopup()
