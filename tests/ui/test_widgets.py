"""The small pieces every window uses."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import QDialog, QWidget

from workshop_app.ui.widgets import open_dialog, plain_tooltip, restyle, text_label


def test_a_label_never_reads_markup(qapp):
    label = text_label("Bruno <b>Martin</b>", "hint", wrap=False)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert (label.objectName(), label.wordWrap()) == ("hint", False)
    assert text_label().wordWrap()


def test_a_tooltip_shows_its_text_as_typed(qapp):
    shown = QTextDocument()
    shown.setHtml(plain_tooltip("Voir <b>Bruno</b> & Co"))  # as a tooltip reads it
    assert shown.toPlainText() == "Voir <b>Bruno</b> & Co"


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
