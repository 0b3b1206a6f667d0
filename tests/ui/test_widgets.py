"""The small pieces every window uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QDialog, QWidget

from workshop_app.ui.widgets import open_dialog, restyle, text_label


def test_a_label_never_reads_markup(qapp):
    label = text_label("Bruno <b>Martin</b>", "hint", wrap=False)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert (label.objectName(), label.wordWrap()) == ("hint", False)
    assert text_label().wordWrap()


def test_restyle_applies_the_style_of_a_changed_property(qtbot):
    label = text_label("12")
    qtbot.addWidget(label)
    label.setStyleSheet('QLabel { color: #000000; } QLabel[state="over"] { color: #B3261E; }')
    label.ensurePolished()
    label.setProperty("state", "over")
    restyle(label)
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor("#B3261E")


def test_a_dialog_opens_without_blocking_and_is_deleted_once_closed(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_dialog(QDialog(parent))
    assert dialog.isVisible()  # open() has returned: nothing waits for an answer
    with qtbot.wait_signal(dialog.destroyed):
        dialog.reject()
