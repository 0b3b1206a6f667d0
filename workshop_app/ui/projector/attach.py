"""Plugs the projector into the console: a panel per open session, its `.` and `T` keys on the
console, its notices in the console's status bar, and the projector closed with the session."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from workshop_app.ui.live_session import LiveSession

NOTICE_MS = 10_000


def attach_projector(console: QMainWindow) -> None:
    """`console` has `session_opened(live)`, `session_closed()` and `add_panel(widget, title)`."""
    current: list[tuple[QWidget, list[QShortcut]]] = []

    def opened(live: LiveSession) -> None:
        # Imported when a session opens, so the console shows without waiting for QtSvg.
        from workshop_app.ui.projector.controller import ProjectorController
        from workshop_app.ui.projector.panel import ProjectorPanel
        from workshop_app.ui.projector.window import install_shortcuts

        panel = ProjectorPanel(ProjectorController(live), console)
        panel.controller.setParent(panel)
        panel.notice.connect(lambda text: console.statusBar().showMessage(text, NOTICE_MS))
        shortcuts = install_shortcuts(console, panel.controller, console=True)
        console.add_panel(panel, QCoreApplication.translate("ProjectorPanel", "Projector"))
        current.append((panel, shortcuts))

    def closed() -> None:
        while current:
            panel, shortcuts = current.pop()
            panel.close_window()  # type: ignore[attr-defined]
            for shortcut in shortcuts:
                shortcut.deleteLater()

    console.session_opened.connect(opened)  # type: ignore[attr-defined]
    console.session_closed.connect(closed)  # type: ignore[attr-defined]
