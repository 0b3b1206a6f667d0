"""One deliberate action, one effect: a double-click, a double tap or a repeated Enter never
acts on the page it lands on, and the answer chosen is shown before the next statement."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.station.test_window import EVEN, pid_of, tile_of
from workshop_app.ui.station import StationWindow
from workshop_app.ui.station.window import settle_ms


@pytest.fixture
def station(qtbot, live):
    """A station with its real settle time and mark."""
    window = StationWindow(live)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.release()


def settled(qtbot, station: StationWindow) -> None:
    qtbot.waitUntil(station.accepting_input, timeout=3000)
    QApplication.processEvents()


def start(qtbot, station: StationWindow, name: str) -> None:
    station.welcome.start.emit()
    settled(qtbot, station)
    qtbot.mouseClick(tile_of(station, name), Qt.LeftButton)
    settled(qtbot, station)
    qtbot.mouseClick(station.confirm.yes_button, Qt.LeftButton)
    settled(qtbot, station)


def double_click(qtbot, widget) -> None:
    """What a window system delivers for a double-click: press, release, double-click, release."""
    centre = widget.rect().center()
    qtbot.mousePress(widget, Qt.LeftButton, pos=centre)
    qtbot.mouseRelease(widget, Qt.LeftButton, pos=centre)
    qtbot.mouseDClick(widget, Qt.LeftButton, pos=centre)
    qtbot.mouseRelease(widget, Qt.LeftButton, pos=centre)


def test_the_settle_time_is_longer_than_the_double_click_interval(qapp):
    assert settle_ms() > QGuiApplication.styleHints().mouseDoubleClickInterval()


def test_a_double_click_on_an_answer_tile_answers_one_statement(qtbot, live, station):
    start(qtbot, station, "Amélie Durand")
    assert station.statement.counter.text() == "1 / 24"
    double_click(qtbot, station.statement.group.button(4))
    # The choice is marked while the next statement waits, and the second click did nothing.
    assert station.statement.group.checkedId() == 4
    assert not station.accepting_input()
    settled(qtbot, station)
    assert station.statement.counter.text() == "2 / 24"
    assert station.statement.group.checkedId() == -1
    assert dict(live.store.responses(pid_of(live, "Amélie Durand")).answers) == {"p01": 4}


def test_a_repeated_key_answers_one_statement(qtbot, live, station):
    start(qtbot, station, "Amélie Durand")
    for _ in range(3):  # a key held down, or pressed twice
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_3)
    settled(qtbot, station)
    assert dict(live.store.responses(pid_of(live, "Amélie Durand")).answers) == {"p01": 3}


def test_a_double_click_on_next_never_skips_the_ideal_split(qtbot, live, station):
    pid = pid_of(live, "Amélie Durand")
    for item in live.store.instrument.item_ids:
        live.record_answer(pid, item, 3)
    start(qtbot, station, "Amélie Durand")
    assert station.current_page() is station.allocation
    for row, value in zip(station.allocation.rows.values(), (40, 30, 20, 10)):
        row.points.setValue(value)
    double_click(qtbot, station.allocation.next_button)
    settled(qtbot, station)
    assert station.current_page() is station.allocation  # the ideal split, still to give
    assert station.allocation.counter.text() == "2 / 2"
    assert set(live.store.responses(pid).allocations) == {"today"}


def test_a_double_enter_on_the_trade_offs_does_not_pass_the_commitments(qtbot, live, station):
    pid = pid_of(live, "Amélie Durand")
    for item in live.store.instrument.item_ids:
        live.record_answer(pid, item, 3)
    for phase in ("today", "ideal"):
        live.set_allocation(pid, phase, EVEN)
    start(qtbot, station, "Amélie Durand")
    for tension in live.store.instrument.tension_ids:
        live.set_tension(pid, tension, 4)
        station.tensions.scales[tension].set_value(4)
    station.tensions.refresh_next()
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    settled(qtbot, station)
    assert station.current_page() is station.commitments
    assert station.run.participant_id == pid  # still answering: nothing finished them


def to_ideal(qtbot, live, station) -> int:
    pid = pid_of(live, "Amélie Durand")
    for item in live.store.instrument.item_ids:
        live.record_answer(pid, item, 3)
    start(qtbot, station, "Amélie Durand")
    for row, value in zip(station.allocation.rows.values(), (40, 30, 20, 10)):
        row.points.setValue(value)
    qtbot.mouseClick(station.allocation.next_button, Qt.LeftButton)
    settled(qtbot, station)
    assert station.allocation.counter.text() == "2 / 2"
    return pid


def test_the_ideal_split_starts_from_today_but_one_enter_records_nothing(qtbot, live, station):
    pid = to_ideal(qtbot, live, station)
    assert station.allocation.points() == {"faire": 40, "analyser": 30, "commando": 20, "developper": 10}
    assert station.allocation.reference.text() == "Aujourd’hui\u202f: Faire 40 · Analyser 30 · Commando 20 · Développer 10"
    assert not station.allocation.next_button.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    settled(qtbot, station)
    assert station.current_page() is station.allocation
    assert set(live.store.responses(pid).allocations) == {"today"}
    qtbot.mouseClick(station.allocation.rows["faire"].minus, Qt.LeftButton)  # a touch
    qtbot.mouseClick(station.allocation.rows["developper"].plus, Qt.LeftButton)
    assert station.allocation.next_button.isEnabled()
    qtbot.mouseClick(station.allocation.next_button, Qt.LeftButton)
    assert dict(live.store.responses(pid).allocations["ideal"]) == {
        "faire": 35, "analyser": 30, "commando": 20, "developper": 15}


def test_same_as_today_is_said_explicitly(qtbot, live, station):
    pid = to_ideal(qtbot, live, station)
    qtbot.mouseClick(station.allocation.same_button, Qt.LeftButton)
    settled(qtbot, station)
    assert station.current_page() is station.tensions
    assert dict(live.store.responses(pid).allocations["ideal"]) == {
        "faire": 40, "analyser": 30, "commando": 20, "developper": 10}


def to_commitments(qtbot, live, station) -> int:
    pid = pid_of(live, "Amélie Durand")
    for item in live.store.instrument.item_ids:
        live.record_answer(pid, item, 3)
    for phase in ("today", "ideal"):
        live.set_allocation(pid, phase, EVEN)
    start(qtbot, station, "Amélie Durand")
    for tension in live.store.instrument.tension_ids:
        qtbot.mouseClick(station.tensions.scales[tension].group.button(4), Qt.LeftButton)
    qtbot.mouseClick(station.tensions.next_button, Qt.LeftButton)
    settled(qtbot, station)
    assert station.current_page() is station.commitments
    return pid


def test_enter_in_a_commitment_field_goes_to_the_next_field(qtbot, live, station):
    pid = to_commitments(qtbot, live, station)
    first, second, third = station.commitments.action_fields
    qtbot.mouseClick(first, Qt.LeftButton)
    qtbot.keyClicks(first, "Appeler deux clients")
    qtbot.keyClick(first, Qt.Key_Return)
    assert QApplication.focusWidget() is second
    qtbot.keyClicks(second, "Un point par semaine")
    qtbot.keyClick(second, Qt.Key_Return)
    qtbot.keyClick(third, Qt.Key_Return)
    assert station.current_page() is station.commitments
    assert station.commitments.ask.isHidden()
    assert station.run.participant_id == pid


def test_finishing_asks_once(qtbot, live, station):
    pid = to_commitments(qtbot, live, station)
    double_click(qtbot, station.commitments.next_button)  # "Finish?" appears, the second click does nothing
    settled(qtbot, station)
    assert station.commitments.ask.isVisible() and station.current_page() is station.commitments
    qtbot.mouseClick(station.commitments.finish_button, Qt.LeftButton)
    assert station.current_page() is station.thanks
    assert station.run.finished(pid)


def test_the_page_promises_only_what_is_true(qtbot, live, station):
    """Reopening commitments later is the trainer's, with the PIN (tested in test_window)."""
    to_commitments(qtbot, live, station)
    texts = [label.text() for label in station.commitments.findChildren(type(station.commitments.part))]
    assert "Facultatif. Après l’échange en groupe, l’animateur pourra rouvrir cette page pour vous." in texts
