"""The Qt binding the project pins keeps Python alive through long painting sessions."""

from __future__ import annotations

import subprocess
import sys

# PySide6 6.12.0 took a reference off None on every Qt call returning nothing: after a few
# thousand, Python aborted ("none_dealloc"). pyproject.toml keeps the binding below it.
MANY_VOID_CALLS = "from PySide6.QtCore import QRectF\nr = QRectF()\nfor _ in range(200_000): r.setWidth(3)\nprint('alive')"


def test_many_void_qt_calls_do_not_abort_python():
    done = subprocess.run([sys.executable, "-c", MANY_VOID_CALLS], capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout.strip()) == (0, "alive"), done.stderr[-500:]
