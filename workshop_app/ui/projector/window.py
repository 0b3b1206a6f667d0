"""The projector window: full screen on the screen the trainer chose, driven by keys.

Like the presentation programs trainers know (OpenLP is the reference): frameless, on top,
no cursor, and it cannot be closed by a stray click or Alt+F4; windowed when the laptop is the
only screen. When screens change (plugged, unplugged, new resolution) the output hides, waits
for the changes to settle, goes back to the chosen screen (found again by name, its geometry
as a fallback: `ui/screens.py`), shows what it showed, and tells the trainer once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent, QScreen, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from workshop_app.ui import screens
from workshop_app.ui.projector.canvas import ProjectorCanvas
from workshop_app.ui.projector.controller import ProjectorController

T = TypeVar("T")
ROLE = "projector"  # the screen choice's name in the settings (ui/screens.py)
SETTLE_MS = screens.SETTLE_MS


def placement(chosen: T | None, available: Sequence[T], console: T | None, primary: T,
              chosen_gone: bool = False) -> tuple[T | None, bool]:
    """Where the projector goes: (screen, full screen?); (None, False) while its screen is gone.

    Full screen on the chosen screen when it is there, among several, and not the console's own
    (a screen picked when the laptop was alone must not cover the console once a projector is
    plugged in). Its screen unplugged (`chosen_gone`): nowhere, the output waits hidden for it
    to come back, never over the console. Nothing chosen yet: a window on the primary screen.
    """
    if chosen is None or chosen not in available:
        return (None, False) if chosen_gone or chosen is not None else (primary, False)
    return chosen, len(available) > 1 and chosen != console


def install_shortcuts(window: QWidget, controller: ProjectorController, *, console: bool = False) -> list[QShortcut]:
    """The projector's keys on a window: `.` blank, `T` title card, Space show, ←/→ views.

    `.` and `T` toggle, so they alone drive the output; on the console (`console=True`) only
    they are bound, since Space presses the focused button and the arrows move in lists there.
    A focused text field keeps every key it types.
    """
    bindings = [
        (Qt.Key.Key_Period, lambda: controller.toggle_output("blank")),
        (Qt.Key.Key_T, lambda: controller.toggle_output("title")),
    ]
    if not console:
        bindings += [(Qt.Key.Key_Space, lambda: controller.set_output("show")),
                     (Qt.Key.Key_Right, lambda: controller.step_view(1)),
                     (Qt.Key.Key_Left, lambda: controller.step_view(-1))]
    shortcuts = []
    for key, action in bindings:
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(action)
        shortcuts.append(shortcut)
    return shortcuts


class ProjectorWindow(QWidget):
    screens_notice = Signal(str)  # one line for the console's status bar
    closed = Signal()

    def __init__(self, controller: ProjectorController, console: QWidget | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.controller = controller
        self.console = console
        self.setWindowTitle(self.tr("Équilibriste: projector"))
        self.canvas = ProjectorCanvas(controller, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        install_shortcuts(self, controller)
        self._may_close = False
        self.waiting = False  # hidden while its screen is unplugged, back when it returns
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._screens_settled)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._watch_screen)  # type: ignore[attr-defined]
        app.screenAdded.connect(self.screens_changing)  # type: ignore[attr-defined]
        app.screenRemoved.connect(self.screens_changing)  # type: ignore[attr-defined]
        for screen in screens.screens():
            self._watch_screen(screen)

    @property
    def full_screen(self) -> bool:
        return bool(self.windowState() & Qt.WindowState.WindowFullScreen)

    def open_on(self, screen: QScreen) -> None:
        """Show on `screen` (remembered for later), full screen unless it is the only one."""
        screens.remember_screen(ROLE, screen)
        self._place()

    def _place(self) -> QScreen | None:
        """Put the window where it belongs now; the screen it went to (None: its screen is gone)."""
        console = self.console.screen() if self.console is not None else None
        chosen = screens.remembered_screen(ROLE)
        target, full = placement(chosen, screens.screens(), console, QGuiApplication.primaryScreen(),
                                 chosen_gone=chosen is None and screens.has_remembered(ROLE))
        self.waiting = target is None
        if target is None:
            self.hide()
            screens.occupy(ROLE, self, None)
            return None
        if full:
            self._show_full_screen(target)
        else:
            self._show_windowed(target)
        screens.occupy(ROLE, self, target)
        return target

    def _show_full_screen(self, screen: QScreen) -> None:
        self.hide()
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                            | Qt.WindowType.WindowStaysOnTopHint)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setGeometry(screen.geometry())
        self.create()
        self.windowHandle().setScreen(screen)
        self.showFullScreen()

    def _show_windowed(self, screen: QScreen) -> None:
        self.hide()
        self.setWindowFlags(Qt.WindowType.Window)
        self.unsetCursor()
        self.create()
        self.windowHandle().setScreen(screen)
        area = screen.availableGeometry()
        size = area.size() * 0.6
        self.setGeometry(QRect(area.x() + (area.width() - size.width()) // 2,
                               area.y() + (area.height() - size.height()) // 2, size.width(), size.height()))
        self.showNormal()

    # -- screens coming and going -----------------------------------------------------------

    def _watch_screen(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(self.screens_changing)

    def screens_changing(self, *_: object) -> None:
        """Hide the output at once; act when the screens have been quiet for SETTLE_MS."""
        if not self.isVisible() and not self._settle.isActive() and not self.waiting:
            return
        self.hide()
        self._settle.start()

    def _screens_settled(self) -> None:
        was_waiting = self.waiting
        target = self._place()
        if target is None:
            if not was_waiting:  # said once, however many screens change while it waits
                self.screens_notice.emit(self.tr(
                    "The projector's screen is unplugged: its output is hidden until the screen is back "
                    "(or choose another screen for it)."))
            return
        name = screens.screen_label(target)
        if self.full_screen:
            self.screens_notice.emit(self.tr("Screens changed: the projector is back on {screen}.").format(screen=name))
        else:
            self.screens_notice.emit(
                self.tr("Screens changed: the projector is in a window on {screen}, choose its screen again.")
                .format(screen=name))

    # -- closing only on purpose ---------------------------------------------------------------

    def close_for_good(self) -> None:
        self._may_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Full screen, only the console closes it; windowed, its close button works."""
        if self.full_screen and not self._may_close:
            event.ignore()
            return
        self._settle.stop()
        self.waiting = False
        event.accept()
        screens.occupy(ROLE, self, None)
        self.closed.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.controller.set_output_size(self.size())
