"""The benchmark's watch on the GUI thread: how long its worst stall was, and how much of it the
thread spent working (the rest it waited: on the disk, the interpreter lock, or the machine)."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer

from tests.ui.phones.serve import StallWatch


def stall(qtbot, block) -> StallWatch:
    watch = StallWatch()
    qtbot.wait(30)
    watch.worst = watch.worst_cpu = 0.0
    QTimer.singleShot(0, block)
    qtbot.wait(150)
    watch.timer.stop()
    return watch


def busy(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def test_a_stall_spent_working_counts_as_the_thread_s_own_time(qtbot):
    watch = stall(qtbot, lambda: busy(0.08))
    assert watch.worst >= 0.07 and watch.worst_cpu >= 0.07


def test_a_stall_spent_waiting_is_not_the_thread_s_own_time(qtbot):
    watch = stall(qtbot, lambda: time.sleep(0.08))
    assert watch.worst >= 0.07 and watch.worst_cpu < 0.02
