"""Confirming an action that cannot be undone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from workshop_app.ui.confirm import confirm_destructive
from workshop_app.ui.translation import install_translators


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def button(box: QMessageBox, role: QMessageBox.ButtonRole):
    return next(b for b in box.buttons() if box.buttonRole(b) == role)


def test_the_action_runs_only_when_chosen(parent, qtbot):
    done = []
    box = confirm_destructive(parent, "Remove", "Remove <b>Anne</b>?", "Remove and erase", lambda: done.append(1))
    assert box.defaultButton() is button(box, QMessageBox.ButtonRole.RejectRole)
    assert box.textFormat() == Qt.TextFormat.PlainText
    with qtbot.wait_signal(box.finished):
        button(box, QMessageBox.ButtonRole.RejectRole).click()
    assert done == []
    box = confirm_destructive(parent, "Remove", "Remove Anne?", "Remove and erase", lambda: done.append(1))
    with qtbot.wait_signal(box.finished):
        button(box, QMessageBox.ButtonRole.DestructiveRole).click()
    assert done == [1]


def test_in_french(parent):
    installed = install_translators("fr")
    try:
        box = confirm_destructive(parent, "Retirer", "Retirer Anne ?", "Retirer", lambda: None)
        assert box.informativeText() == "Cette action est définitive."
        assert button(box, QMessageBox.ButtonRole.RejectRole).text() == "Annuler"
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
