"""Screens: name them, identify them, remember the trainer's choice, put a window on one.

The choice is remembered by the screen's name (its connector/model as the system reports
it), the geometry only as a fallback, so plugging another screen never moves a window the
trainer placed. The projector reuses all of this.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from workshop_app.model.territories import INK

IDENTIFY_MS = 3_000
SETTLE_MS = 350  # screens report a plug-in as several events: act once they settle


def screens() -> list[QScreen]:
    return QGuiApplication.screens()


ROLES = ("station", "projector")  # the windows that take a screen of their own


def _role_in_use(role: str) -> str:
    """What a picker says beside a screen that window already uses."""
    return {"station": QCoreApplication.translate("Screens", "station open"),
            "projector": QCoreApplication.translate("Screens", "projector open")}.get(role, role)


def screen_label(screen: QScreen, for_role: str | None = None) -> str:
    """'2. DELL U2720Q — 2560 × 1440': its number, its name, its resolution; for a picker of
    `for_role`, what another window shows there ('3. STATION — 1920 × 1080 — poste ouvert')."""
    size = screen.size()
    number = screens().index(screen) + 1 if screen in screens() else 0
    name = screen.model() or screen.name() or QCoreApplication.translate("Screens", "Screen")
    label = "{number}. {name} — {width} × {height}".format(
        number=number, name=name, width=size.width(), height=size.height())
    for role, used in _in_use.items():
        if role != for_role and used == screen.name():
            label += " — " + _role_in_use(role)
    return label


class _ScreenUse(QObject):
    """Tells the pickers when a window takes or leaves a screen."""

    changed = Signal()


_in_use: dict[str, str] = {}  # role → the name of the screen its open window is on
_use: _ScreenUse | None = None


def screen_use() -> _ScreenUse:
    global _use
    if _use is None:
        _use = _ScreenUse(QCoreApplication.instance())
    return _use


def occupy(role: str, window: QWidget, screen: QScreen | None) -> None:
    """`window` (the station, the projector) now shows on `screen` (None: on no screen); the
    screen is free again once the window is destroyed."""
    if screen is None:
        _in_use.pop(role, None)
    else:
        _in_use[role] = screen.name()
    if not window.property("occupies"):
        window.setProperty("occupies", True)
        window.destroyed.connect(lambda *_: _release(role))
    screen_use().changed.emit()


def _release(role: str) -> None:
    _in_use.pop(role, None)
    screen_use().changed.emit()


def _key(role: str) -> str:
    return "screens/{role}".format(role=role)


def remember_screen(role: str, screen: QScreen) -> None:
    g = screen.geometry()
    QSettings().setValue(_key(role), [screen.name(), g.x(), g.y(), g.width(), g.height()])


def has_remembered(role: str) -> bool:
    """A screen was chosen for this role (plugged in or not)."""
    return bool(QSettings().value(_key(role)))


def remembered_screen(role: str) -> QScreen | None:
    """The screen last chosen for this role: by name, else by the same geometry, else None."""
    saved = QSettings().value(_key(role))
    if not saved or len(saved) != 5:
        return None
    name, *geometry = saved
    for screen in screens():
        if screen.name() == name:
            return screen
    for screen in screens():
        g = screen.geometry()
        if [g.x(), g.y(), g.width(), g.height()] == [int(v) for v in geometry]:
            return screen
    return None


def default_screen(role: str, console: QWidget | None = None) -> QScreen:
    """The remembered screen, else a screen that is neither the console's nor the other window's.

    Taken: the screens the other windows show on or were last put on. Among the free screens
    the station takes the last one and the projector the first, so with three screens they
    never meet; with fewer, another screen than the console's still comes first.
    """
    taken = {_in_use.get(other) or getattr(remembered_screen(other), "name", lambda: None)()
             for other in ROLES if other != role}
    chosen = remembered_screen(role)
    if chosen is not None and chosen.name() not in taken:
        return chosen
    here = console.screen() if console is not None else None
    others = [s for s in screens() if s is not here]
    free = [s for s in others if s.name() not in taken]
    pool = free or others
    if not pool:
        return chosen or QGuiApplication.primaryScreen()
    return pool[-1] if role == "station" else pool[0]


def show_on_screen(window: QWidget, screen: QScreen, role: str | None = None) -> None:
    """Full screen on that screen; a normal window when the computer has a single screen. With
    a `role`, the other pickers say that screen is taken."""
    if role is not None:
        occupy(role, window, screen)
    if len(screens()) == 1:
        window.show()
        return
    window.setGeometry(screen.geometry())
    window.winId()  # the native window exists, so its screen can be set before showing
    window.windowHandle().setScreen(screen)
    window.showFullScreen()


class ScreenKeeper(QObject):
    """Keeps a full-screen window (the station) on the screen it was put on, as screens come and go.

    While that screen is unplugged the window hides: the system would otherwise move it onto
    another screen, over the projector or the console. When the screen is back, the window
    returns there full screen, as it was left (it was only hidden). `gone` is said once per
    unplugging, `back` once it returns, with the screen's label.
    """

    gone = Signal()
    back = Signal(str)

    def __init__(self, window: QWidget, role: str, screen: QScreen) -> None:
        super().__init__(window)
        self.window, self.role, self.screen_name = window, role, screen.name()
        self.waiting = False  # hidden until its screen is back
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._settled)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self._changing)
        app.screenRemoved.connect(self._removed)

    def show_on(self, screen: QScreen) -> None:
        """Put the window on `screen` now (the trainer chose it), and keep it there."""
        self.screen_name, self.waiting = screen.name(), False
        show_on_screen(self.window, screen, self.role)

    def _screen(self) -> QScreen | None:
        return next((s for s in screens() if s.name() == self.screen_name), None)

    def _removed(self, screen: QScreen) -> None:
        # At once, before the system has moved the window onto a screen that is not its own.
        if screen.name() == self.screen_name or self._screen() is None:
            self._hide_until_back()
        self._changing()

    def _hide_until_back(self) -> None:
        if not self.waiting:
            self.waiting = True
            self.window.hide()
            occupy(self.role, self.window, None)
            self.gone.emit()

    def _changing(self, *_: object) -> None:
        self._settle.start()

    def _settled(self) -> None:
        screen = self._screen()
        if screen is None:
            self._hide_until_back()
            return
        if self.waiting or self.window.screen() is not screen:
            was_waiting, self.waiting = self.waiting, False
            show_on_screen(self.window, screen, self.role)
            if was_waiting:
                self.back.emit(screen_label(screen))


class ScreenPicker(QComboBox):
    """A list of the screens, kept current as screens come and go; the choice is remembered
    for `role` ("station", "projector") as soon as the trainer makes it.

    With a single screen there is nothing to choose: the picker hides, and so do its companions
    (its caption, the Identify button), until a second screen is plugged in."""

    screen_chosen = Signal(QScreen)

    def __init__(self, role: str, console: QWidget | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.console = console
        self.companions: list[QWidget] = []
        self.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.refresh()
        self.activated.connect(self._activated)
        app = QGuiApplication.instance()
        app.screenAdded.connect(self.refresh)
        app.screenRemoved.connect(self.refresh)
        screen_use().changed.connect(self.refresh)

    def refresh(self, *_: object) -> None:
        """Rebuild the list: the trainer's choice when it is plugged in, else the one shown."""
        keep = remembered_screen(self.role) or (self.selected_screen() if self.count() else None) \
            or default_screen(self.role, self.console)
        self.blockSignals(True)
        self.clear()
        for screen in screens():
            self.addItem(screen_label(screen, self.role), screen.name())
        names = [s.name() for s in screens()]
        self.setCurrentIndex(names.index(keep.name()) if keep is not None and keep.name() in names else 0)
        self.blockSignals(False)
        self._show_with_several_screens()

    def add_companions(self, *widgets: QWidget) -> None:
        """Widgets that mean something only beside the picker: shown and hidden with it."""
        self.companions.extend(widgets)
        self._show_with_several_screens()

    def _show_with_several_screens(self) -> None:
        several = len(screens()) > 1
        for widget in (self, *self.companions):
            if several and widget.isWindow():
                continue  # not laid out yet: showing it would open a window; it shows with its parent
            widget.setVisible(several)

    def selected_screen(self) -> QScreen | None:
        name = self.currentData()
        return next((s for s in screens() if s.name() == name), None)

    def _activated(self, _index: int) -> None:
        screen = self.selected_screen()
        if screen is not None:
            remember_screen(self.role, screen)
            self.screen_chosen.emit(screen)


class _ScreenNumber(QLabel):
    """A big number in the middle of one screen."""

    SIDE = 360

    def __init__(self, number: int, screen: QScreen) -> None:
        super().__init__(str(number))
        self.setWindowFlags(Qt.FramelessWindowHint | Qt.WindowStaysOnTopHint | Qt.Tool
                            | Qt.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WA_ShowWithoutActivating)
        self.setWindowTitle(QCoreApplication.translate("Screens", "Screen {number}").format(number=number))
        self.setAlignment(Qt.AlignCenter)
        self.setStyleSheet("background: {ink}; color: white; font-size: 200px; font-weight: 700;"
                           "border-radius: 32px;".format(ink=INK))
        centre = screen.geometry().center()
        self.setGeometry(centre.x() - self.SIDE // 2, centre.y() - self.SIDE // 2, self.SIDE, self.SIDE)
        self.winId()  # the native window exists, so its screen can be set before showing
        self.windowHandle().setScreen(screen)


# The numbers on show. Kept here: an overlay nobody holds is freed before it is ever painted.
_overlays: list[QWidget] = []


def identify_screens(duration_ms: int = IDENTIFY_MS) -> list[QWidget]:
    """Show each screen's number on it for `duration_ms`, every time it is asked (numbers already
    on show start again); returns the overlays, which close themselves."""
    while _overlays:
        _dismiss(_overlays[-1])
    for number, screen in enumerate(screens(), start=1):
        overlay = _ScreenNumber(number, screen)
        _overlays.append(overlay)
        overlay.show()
        QTimer.singleShot(duration_ms, overlay, lambda o=overlay: _dismiss(o))
    return list(_overlays)


def _dismiss(overlay: QWidget) -> None:
    if overlay in _overlays:
        _overlays.remove(overlay)
        overlay.close()
        overlay.deleteLater()
