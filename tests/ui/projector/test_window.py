"""The projector window: its keys, where it goes, and that it does not close by accident."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

from workshop_app.ui.projector.controller import ProjectorController
from workshop_app.ui.projector.texts import View
from workshop_app.ui.projector.window import SETTLE_MS, ProjectorWindow, install_shortcuts, placement


@pytest.fixture
def window(live, qtbot):
    window = ProjectorWindow(ProjectorController(live))
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.open_on(QGuiApplication.primaryScreen())
    yield window
    window.close_for_good()


def test_keys_blank_title_show_and_views(window, qtbot):
    controller = window.controller
    qtbot.keyClick(window, Qt.Key.Key_Period)
    assert controller.state.output == "blank"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert controller.state.output == "show"
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert controller.state.output == "title"
    qtbot.keyClick(window, Qt.Key.Key_Period)
    assert controller.state.output == "blank"
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert controller.state.view == View.MAJORS
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert controller.state.view == View.PROFILE


def test_blank_and_title_work_from_the_console_but_leave_it_its_own_keys(live, qtbot):
    controller = ProjectorController(live)
    console = QWidget()
    field, button = QLineEdit(console), QPushButton("Open", console)
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    column = QVBoxLayout(console)
    column.addWidget(field)
    column.addWidget(button)
    qtbot.addWidget(console)
    install_shortcuts(console, controller, console=True)
    with qtbot.waitActive(console):
        console.show()
        console.activateWindow()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Period)
    assert controller.state.output == "blank"
    qtbot.keyClick(button, Qt.Key.Key_Space)  # presses the button, as ever
    assert clicks == [1] and controller.state.output == "blank"
    qtbot.keyClick(button, Qt.Key.Key_Right)
    assert controller.state.view == View.MAP
    qtbot.keyClick(button, Qt.Key.Key_Period)  # '.' again: back to the view
    assert controller.state.output == "show"
    qtbot.keyClick(button, Qt.Key.Key_T)
    field.setFocus()
    qtbot.keyClicks(field, "T. 2")
    assert field.text() == "T. 2"
    assert controller.state.output == "title"


def test_alone_on_one_screen_it_is_a_window_that_remembers_its_screen(window):
    assert len(QGuiApplication.screens()) == 1
    assert not window.full_screen
    assert not window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert QSettings().value("screens/projector")[0] == QGuiApplication.primaryScreen().name()


def test_full_screen_it_is_frameless_on_top_without_cursor_and_ignores_close(window):
    window._show_full_screen(QGuiApplication.primaryScreen())
    flags = window.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    assert window.cursor().shape() == Qt.CursorShape.BlankCursor
    window.close()
    assert window.isVisible()


def test_windowed_its_close_button_closes_it(window, qtbot):
    with qtbot.wait_signal(window.closed):
        window.close()
    assert not window.isVisible()


def test_screen_changes_hide_it_then_restore_it_once_settled(window, qtbot):
    window.controller.set_output("title")
    notices = []
    window.screens_notice.connect(notices.append)
    for _ in range(3):  # a plug-in arrives as a burst of events
        window.screens_changing()
        qtbot.wait(SETTLE_MS // 4)
        assert not window.isVisible()
    qtbot.waitUntil(lambda: window.isVisible(), timeout=SETTLE_MS * 4)
    qtbot.wait(SETTLE_MS)
    assert len(notices) == 1
    assert "projector" in notices[0]
    assert window.controller.state.output == "title"


def test_a_closed_projector_ignores_screen_changes(window, qtbot):
    window.close()
    notices = []
    window.screens_notice.connect(notices.append)
    window.screens_changing()
    qtbot.wait(SETTLE_MS * 2)
    assert notices == [] and not window.isVisible()


@pytest.mark.parametrize(
    ("chosen", "available", "expected"),
    [
        ("hdmi", ["laptop", "hdmi"], ("hdmi", True)),  # the projector, full screen
        ("hdmi", ["laptop", "hdmi", "station"], ("hdmi", True)),  # a third screen changes nothing
        ("hdmi", ["laptop"], (None, False)),  # unplugged: hidden until it comes back, not over the console
        ("laptop", ["laptop", "hdmi"], ("laptop", False)),  # never full screen over the console
        ("laptop", ["laptop"], ("laptop", False)),  # alone: a window
        (None, ["laptop", "hdmi"], ("laptop", False)),  # nothing chosen yet
    ],
)
def test_placement(chosen, available, expected):
    assert placement(chosen, available, console="laptop", primary="laptop") == expected
