"""The projector in the console: its tab, its keys on the console, closed with the session."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from workshop_app.ui.console import ConsoleWindow
from workshop_app.ui.projector.attach import attach_projector
from workshop_app.ui.projector.panel import ProjectorPanel


def projector_tab(console: ConsoleWindow) -> ProjectorPanel:
    tabs = console.view.tabs
    panels = [tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), ProjectorPanel)]
    assert len(panels) == 1
    return panels[0]


def test_the_console_gets_a_projector_tab_and_its_keys(session_path, qtbot):
    console = ConsoleWindow(session_path.parent)
    qtbot.addWidget(console)
    attach_projector(console)
    console.open_session(session_path)
    panel = projector_tab(console)
    assert console.view.tabs.tabText(console.view.tabs.indexOf(panel)) == "Projector"
    with qtbot.waitActive(console):
        console.show()
        console.activateWindow()
    console.view.tabs.tabBar().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Period)
    assert panel.controller.state.output == "blank"
    panel.notice.emit("Screens changed")
    assert console.statusBar().currentMessage() == "Screens changed"


def test_closing_the_session_closes_the_projector(session_path, qtbot):
    console = ConsoleWindow(session_path.parent)
    qtbot.addWidget(console)
    attach_projector(console)
    console.open_session(session_path)
    window = projector_tab(console).open_window(QGuiApplication.primaryScreen())
    qtbot.waitUntil(window.isVisible)
    with qtbot.wait_signal(window.closed):
        console.close_session()
    assert not window.isVisible()
