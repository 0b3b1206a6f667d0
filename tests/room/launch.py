"""Starts the app as `workshop-app` does, plus a probe the room tests read: the widget tree.

Real input needs to know where a button is, and Qt widgets are not X windows. While the file
`$ROOM_PROBE.want` exists, the app writes `$ROOM_PROBE` (JSON): every visible widget of every
shown window with its class, object name, text and rectangle in its X window's coordinates (`window_id`), then
removes the request. The probe only reads; it never drives the app.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QMenuBar, QStatusBar, QTabBar, QWidget

from workshop_app import cli
from workshop_app.ui import app as app_module

PROBE = Path(os.environ["ROOM_PROBE"])
WANT = PROBE.with_suffix(".want")


def _text(widget: QWidget) -> str:
    if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QStatusBar):
        return widget.currentMessage()
    return ""


def _describe(widget: QWidget) -> dict[str, object]:
    # Relative to the X window: a window manager's frame moves it without Qt always knowing.
    corner = widget.mapTo(widget.window(), widget.rect().topLeft())
    found: dict[str, object] = {"class": type(widget).__name__, "name": widget.objectName(), "text": _text(widget),
                                "x": corner.x(), "y": corner.y(), "w": widget.width(), "h": widget.height(),
                                "window": widget.window().windowTitle(), "window_id": int(widget.window().winId()),
                                "enabled": widget.isEnabled(), "accepting": _accepting(widget.window())}
    if isinstance(widget, QTabBar):
        found["tabs"] = [[widget.tabText(i), *_tab_centre(widget, i)] for i in range(widget.count())]
    if isinstance(widget, QMenuBar):  # its menus are actions, not widgets: one "MenuTitle" each
        found["menus"] = [[action.text().replace("&", ""), *_point(widget, widget.actionGeometry(action))]
                          for action in widget.actions()]
    if isinstance(widget, QComboBox):
        found["items"] = [widget.itemText(i) for i in range(widget.count())]
    return found


def _accepting(window: QWidget) -> bool:
    """False while the station holds input back (its page settling): a click then would be lost."""
    accepting = getattr(window, "accepting_input", None)
    return bool(accepting()) if callable(accepting) else True


def _tab_centre(bar: QTabBar, index: int) -> tuple[int, int]:
    return _point(bar, bar.tabRect(index))


def _point(widget: QWidget, rect: QRect) -> tuple[int, int]:
    centre = widget.mapTo(widget.window(), rect.center())
    return centre.x(), centre.y()


def _probe() -> None:
    if not WANT.exists():
        return
    widgets = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.isVisible():
                widgets.append(_describe(widget))
                for text, x, y in widgets[-1].get("menus", []):
                    widgets.append({**widgets[-1], "class": "MenuTitle", "text": text, "x": x - 1, "y": y - 1,
                                    "w": 2, "h": 2, "menus": []})
    part = PROBE.with_suffix(".part")
    part.write_text(json.dumps(widgets, ensure_ascii=False))
    part.replace(PROBE)
    WANT.unlink(missing_ok=True)


def _create_with_probe(argv: list[str] | None = None, _create=app_module.create_application) -> QApplication:
    application = _create(argv)
    timer = QTimer(application)
    timer.timeout.connect(_probe)
    timer.start(50)
    return application


app_module.create_application = _create_with_probe
sys.exit(cli.main(sys.argv[1:]))
