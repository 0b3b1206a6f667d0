"""With a projector plugged in: full screen there, frameless, no cursor, the console's screen
left alone. Qt's offscreen platform fakes the two screens, in a process of its own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

SCREENS = {"screens": [
    {"name": "LAPTOP", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96, "dpr": 1},
    {"name": "HDMI-1", "x": 1440, "y": 0, "width": 1024, "height": 768, "logicalDpi": 96, "dpr": 1},
]}

SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMainWindow
    from workshop_app.store import SessionStore
    from workshop_app.ui.live_session import LiveSession
    from workshop_app.ui.projector.controller import ProjectorController
    from workshop_app.ui.projector.panel import ProjectorPanel

    app = QApplication([])
    QCoreApplication.setOrganizationName("EquilibristeTests")
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, sys.argv[2])
    screens = {s.name(): s for s in QGuiApplication.screens()}
    console = QMainWindow()
    console.show()
    console.windowHandle().setScreen(screens["LAPTOP"])
    console.move(100, 100)
    live = LiveSession(SessionStore.create(Path(sys.argv[1]), title="Two screens"))
    panel = ProjectorPanel(ProjectorController(live), console)
    window = panel.open_window(panel.screen_box.selected_screen())
    QTest.qWait(50)
    window.close()
    QTest.qWait(10)
    g = window.geometry()
    print(json.dumps({
        "picked": panel.screen_box.selected_screen().name(), "screen": window.screen().name(),
        "choice_shown": not panel.screen_box.isHidden() and not panel.identify_button.isHidden(),
        "full": window.full_screen, "geometry": [g.x(), g.y(), g.width(), g.height()],
        "frameless": bool(window.windowFlags() & Qt.WindowType.FramelessWindowHint),
        "cursor_hidden": window.cursor().shape() == Qt.CursorShape.BlankCursor,
        "still_open": window.isVisible(), "console": console.screen().name(),
        "output": [panel.controller.output_size.width(), panel.controller.output_size.height()],
    }))
    live.close()
""")


@pytest.mark.slow
def test_full_screen_on_the_projector_never_on_the_console(tmp_path):
    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "s.sqlite"), str(tmp_path / "settings")],
                          env=env, capture_output=True, text=True, timeout=60, check=True)
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {
        "picked": "HDMI-1", "screen": "HDMI-1", "choice_shown": True, "full": True,
        "geometry": [1440, 0, 1024, 768],
        "frameless": True, "cursor_hidden": True, "still_open": True, "console": "LAPTOP",
        "output": [1024, 768],
    }
