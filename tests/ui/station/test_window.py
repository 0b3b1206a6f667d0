"""The station driven as a participant would: by keyboard only, by mouse only, and the ways
it protects what was given (resume, PIN, privacy, idle)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import PIN, make_session
from workshop_app.store import SessionStore
from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.station import StationWindow

EVEN = {"faire": 25, "analyser": 25, "commando": 25, "developper": 25}


@pytest.fixture
def open_station(qtbot):
    """Open a station on a live session; closed with the PIN at the end of the test."""
    opened = []

    def factory(live: LiveSession, **kwargs) -> StationWindow:
        # No settle nor mark for the tests that drive whole runs; the real ones are tested apart.
        kwargs.setdefault("settle", 0)
        kwargs.setdefault("mark_ms", 0)
        station = StationWindow(live, **kwargs)
        qtbot.addWidget(station)
        station.resize(1280, 800)
        station.show()
        qtbot.waitExposed(station)
        station.activateWindow()
        qtbot.waitActive(station)
        opened.append(station)
        return station

    yield factory
    for station in opened:
        station.release()


def press(qtbot, station: StationWindow, key: Qt.Key) -> None:
    """A key as the participant types it: to the focused widget, once the page has settled."""
    qtbot.waitUntil(station.accepting_input)
    QApplication.processEvents()
    target = QApplication.focusWidget() or station
    qtbot.keyClick(target, key)


def type_text(qtbot, text: str) -> None:
    QApplication.processEvents()
    qtbot.keyClicks(QApplication.focusWidget(), text)


def pid_of(live: LiveSession, name: str) -> int:
    return next(p.id for p in live.store.participants() if p.name == name)


def tile_of(station: StationWindow, name: str):
    return next(t for t in station.names.tiles if t.property("name") == name)


def pick(station: StationWindow, name: str) -> None:
    """Touch the name, then "Yes, it's me"."""
    tile_of(station, name).click()
    assert station.current_page() is station.confirm
    station.confirm.yes_button.click()


def test_a_full_run_by_keyboard_only_records_every_answer(qtbot, live, open_station):
    station = open_station(live)
    press(qtbot, station, Qt.Key_Return)  # welcome → names, the first tile has the focus
    assert station.current_page() is station.names
    press(qtbot, station, Qt.Key_Return)  # picks Amélie Durand
    assert station.current_page() is station.confirm
    assert station.confirm.question.text() == "Vous êtes Amélie Durand\u202f?"
    assert not live.store.history(pid_of(live, "Amélie Durand"))  # nothing recorded before "yes"
    press(qtbot, station, Qt.Key_Return)  # it's me
    assert station.current_page() is station.statement
    for _ in range(24):
        press(qtbot, station, Qt.Key_4)
    assert station.current_page() is station.allocation
    for points in ("40", "30", "20", "10"):
        type_text(qtbot, points)
        press(qtbot, station, Qt.Key_Tab)
    press(qtbot, station, Qt.Key_Return)  # today
    press(qtbot, station, Qt.Key_Return)  # the ideal, proposed as today's, waits for a touch
    assert station.current_page() is station.allocation
    for points in ("50", "30", "10", "10"):
        type_text(qtbot, points)
        press(qtbot, station, Qt.Key_Tab)
    press(qtbot, station, Qt.Key_Return)
    assert station.current_page() is station.tensions
    for key in (Qt.Key_2, Qt.Key_5, Qt.Key_6):
        press(qtbot, station, key)
    press(qtbot, station, Qt.Key_Return)
    assert station.current_page() is station.commitments
    press(qtbot, station, Qt.Key_Return)  # commitments are optional: "Finish?"
    assert station.current_page() is station.commitments and station.commitments.ask.isVisible()
    press(qtbot, station, Qt.Key_Return)
    assert station.current_page() is station.thanks

    r = live.store.responses(pid_of(live, "Amélie Durand"))
    assert dict(r.answers) == {f"p{i:02d}": 4 for i in range(1, 25)}
    expected = {"faire": 40, "analyser": 30, "commando": 20, "developper": 10}
    assert dict(r.allocations["today"]) == expected
    assert dict(r.allocations["ideal"]) == {"faire": 50, "analyser": 30, "commando": 10, "developper": 10}
    assert dict(r.tensions) == {"horizon": 2, "mode": 5, "focus": 6}
    assert r.commitment_territory is None


def test_a_full_run_by_mouse_only_records_every_answer(qtbot, live, open_station):
    station = open_station(live)
    qtbot.mouseClick(station.welcome.start_button, Qt.LeftButton)
    qtbot.mouseClick(tile_of(station, "Chloé & Co"), Qt.LeftButton)
    qtbot.mouseClick(station.confirm.yes_button, Qt.LeftButton)
    for value in [1, 2, 3, 4, 5] * 4 + [5, 4, 3, 2]:
        qtbot.mouseClick(station.statement.group.button(value), Qt.LeftButton)
    assert station.current_page() is station.allocation
    for code, clicks in (("faire", 2), ("analyser", 4), ("commando", 6), ("developper", 8)):
        for _ in range(clicks):
            qtbot.mouseClick(station.allocation.rows[code].plus, Qt.LeftButton)
    qtbot.mouseClick(station.allocation.next_button, Qt.LeftButton)
    qtbot.mouseClick(station.allocation.rows["faire"].minus, Qt.LeftButton)
    qtbot.mouseClick(station.allocation.rows["developper"].plus, Qt.LeftButton)
    qtbot.mouseClick(station.allocation.next_button, Qt.LeftButton)
    for tension_id, value in (("horizon", 7), ("mode", 1), ("focus", 4)):
        qtbot.mouseClick(station.tensions.scales[tension_id].group.button(value), Qt.LeftButton)
    qtbot.mouseClick(station.tensions.next_button, Qt.LeftButton)
    qtbot.mouseClick(station.commitments.group.button(3), Qt.LeftButton)  # Développer
    qtbot.keyClicks(station.commitments.action_fields[0], "Un point de progres par mois")
    qtbot.mouseClick(station.commitments.next_button, Qt.LeftButton)
    qtbot.mouseClick(station.commitments.finish_button, Qt.LeftButton)
    assert station.current_page() is station.thanks

    r = live.store.responses(pid_of(live, "Chloé & Co"))
    assert [r.answers[f"p{i:02d}"] for i in range(1, 25)] == [1, 2, 3, 4, 5] * 4 + [5, 4, 3, 2]
    assert dict(r.allocations["today"]) == {"faire": 10, "analyser": 20, "commando": 30, "developper": 40}
    assert dict(r.allocations["ideal"]) == {"faire": 5, "analyser": 20, "commando": 30, "developper": 45}
    assert dict(r.tensions) == {"horizon": 7, "mode": 1, "focus": 4}
    assert r.commitment_territory == "developper"
    assert r.commitment_actions[0] == "Un point de progres par mois"


def test_a_participant_who_comes_back_resumes_where_they_left_off_and_sees_nothing_earlier(
        qtbot, session_path, open_station):
    with SessionStore.open(session_path) as store:
        first = LiveSession(store)
        station = open_station(first)
        station.welcome.start.emit()
        pick(station, "Amélie Durand")
        for _ in range(5):
            press(qtbot, station, Qt.Key_2)
        station.release()  # the station closes mid-way (the store closes too)
    live = LiveSession(SessionStore.open(session_path))
    try:
        station = open_station(live)
        station.welcome.start.emit()
        pick(station, "Amélie Durand")
        assert station.current_page() is station.statement
        assert station.statement.counter.text() == "6 / 24"
        press(qtbot, station, Qt.Key_Left)  # the fifth answer, from the earlier sitting, is not shown
        assert station.statement.group.checkedId() == -1
        press(qtbot, station, Qt.Key_4)  # answered again: replaces it, the history keeps both
        assert station.statement.counter.text() == "6 / 24"
        pid = pid_of(live, "Amélie Durand")
        assert live.store.responses(pid).answers["p05"] == 4
        assert [(h["old_value"], h["new_value"]) for h in live.store.history(pid) if h["key"] == "p05"] == [
            (None, "2"), ("2", "4")]
    finally:
        station.release()
        live.close()


def go_to_allocation(station: StationWindow, live: LiveSession, name: str) -> None:
    pid = pid_of(live, name)
    for item in live.store.instrument.item_ids:
        live.record_answer(pid, item, 3)
    station.welcome.start.emit()
    pick(station, name)
    assert station.current_page() is station.allocation


@pytest.mark.parametrize("points", [(25, 25, 25, 20), (30, 30, 30, 15)])
def test_the_allocation_cannot_go_on_unless_it_makes_100(qtbot, live, open_station, points):
    station = open_station(live)
    go_to_allocation(station, live, "Amélie Durand")
    for row, value in zip(station.allocation.rows.values(), points):
        row.points.setValue(value)
    assert not station.allocation.next_button.isEnabled()
    press(qtbot, station, Qt.Key_Return)
    press(qtbot, station, Qt.Key_Right)
    assert station.current_page() is station.allocation
    assert live.store.responses(pid_of(live, "Amélie Durand")).allocations == {}
    remaining = 100 - sum(points)
    assert station.allocation.remaining_value.text() == str(abs(remaining))


def test_the_remaining_points_follow_the_steppers(qtbot, live, open_station):
    station = open_station(live)
    go_to_allocation(station, live, "Amélie Durand")
    qtbot.mouseClick(station.allocation.rows["analyser"].plus, Qt.LeftButton)
    qtbot.mouseClick(station.allocation.rows["analyser"].plus, Qt.LeftButton)
    assert station.allocation.remaining_value.text() == "90"
    qtbot.mouseClick(station.allocation.rows["analyser"].minus, Qt.LeftButton)
    assert station.allocation.remaining_value.text() == "95"


def test_escape_and_close_do_not_leave_without_the_pin(qtbot, live, open_station):
    station = open_station(live)
    press(qtbot, station, Qt.Key_Escape)
    dialog = station.pin_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.pin, "0000")
    qtbot.keyClick(dialog.pin, Qt.Key_Return)
    assert dialog.isVisible() and station.isVisible()
    assert dialog.error.text()
    dialog.reject()
    assert station.close() is False
    assert station.isVisible()
    assert station.pin_dialog is not None  # closing asked for the PIN instead


def test_the_pin_lets_the_trainer_leave(qtbot, live, open_station):
    station = open_station(live)
    station.close()  # as Alt+F4 would
    with qtbot.wait_signal(station.left):
        qtbot.keyClicks(station.pin_dialog.pin, PIN)
        qtbot.keyClick(station.pin_dialog.pin, Qt.Key_Return)
    assert not station.isVisible()


def finish_short_form(qtbot, station: StationWindow, name: str) -> None:
    station.welcome.start.emit()
    pick(station, name)
    for split in ((10, 20, 30, 40), (20, 20, 30, 30)):  # today, then the ideal
        for row, value in zip(station.allocation.rows.values(), split):
            row.points.setValue(value)
        press(qtbot, station, Qt.Key_Return)
    for key in (Qt.Key_1, Qt.Key_2, Qt.Key_3):
        press(qtbot, station, key)
    press(qtbot, station, Qt.Key_Return)  # to the commitments
    press(qtbot, station, Qt.Key_Return)  # "Finish?"
    press(qtbot, station, Qt.Key_Return)  # yes
    assert station.current_page() is station.thanks


@pytest.fixture
def short_live(tmp_path: Path):
    live = LiveSession(SessionStore.open(make_session(tmp_path / "short.sqlite", form="short")))
    yield live
    live.close()


def test_a_finished_participant_cannot_be_reopened_without_the_pin(qtbot, short_live, open_station):
    station = open_station(short_live, thanks_ms=10)
    finish_short_form(qtbot, station, "Amélie Durand")
    qtbot.waitUntil(lambda: station.current_page() is station.welcome)
    assert station.run.participant_id is None
    station.welcome.start.emit()
    tile = tile_of(station, "Amélie Durand")
    assert tile.objectName() == "finishedTile"
    qtbot.mouseClick(tile, Qt.LeftButton)
    assert station.current_page() is station.names  # nothing of theirs is shown
    assert station.pin_dialog.isVisible()
    qtbot.keyClicks(station.pin_dialog.pin, "1111")
    qtbot.keyClick(station.pin_dialog.pin, Qt.Key_Return)
    station.pin_dialog.reject()
    assert station.current_page() is station.names
    qtbot.mouseClick(tile, Qt.LeftButton)
    qtbot.keyClicks(station.pin_dialog.pin, PIN)
    qtbot.keyClick(station.pin_dialog.pin, Qt.Key_Return)
    assert station.current_page() is station.confirm
    station.confirm.yes_button.click()
    assert station.current_page() is station.commitments  # the trainer reopened it for them


def test_the_trainer_reopens_a_finished_participants_commitments_alone(qtbot, short_live, open_station):
    station = open_station(short_live, thanks_ms=10)
    pid = pid_of(short_live, "Amélie Durand")
    finish_short_form(qtbot, station, "Amélie Durand")
    short_live.set_commitments(pid, "analyser", ["Un point par semaine"])
    qtbot.waitUntil(lambda: station.current_page() is station.welcome)
    station.welcome.start.emit()
    tile_of(station, "Amélie Durand").click()
    qtbot.keyClicks(station.pin_dialog.pin, PIN)
    qtbot.keyClick(station.pin_dialog.pin, Qt.Key_Return)
    station.confirm.yes_button.click()
    assert station.current_page() is station.commitments
    assert station.commitments.commitments() == ("analyser", ["Un point par semaine", "", ""])
    assert station.commitments.progress.value() == 0 and station.commitments.progress.maximum() == 1
    qtbot.mouseClick(station.commitments.back_button, Qt.LeftButton)  # to the names, never to their trade-offs
    assert station.current_page() is station.names
    assert station.run.participant_id is None


def test_the_commitment_territory_is_chosen_by_keyboard_too(qtbot, short_live, open_station):
    station = open_station(short_live)
    station.welcome.start.emit()
    pick(station, "Amélie Durand")
    for split in ((10, 20, 30, 40), (20, 20, 30, 30)):  # today, then the ideal
        for row, value in zip(station.allocation.rows.values(), split):
            row.points.setValue(value)
        press(qtbot, station, Qt.Key_Return)
    for key in (Qt.Key_1, Qt.Key_2, Qt.Key_3, Qt.Key_Return):
        press(qtbot, station, key)
    assert station.current_page() is station.commitments
    press(qtbot, station, Qt.Key_2)  # the second territory, Analyser
    assert station.commitments.commitments()[0] == "analyser"
    press(qtbot, station, Qt.Key_2)  # again: no territory, as a second touch does
    assert station.commitments.commitments()[0] is None
    press(qtbot, station, Qt.Key_4)
    press(qtbot, station, Qt.Key_Return)
    press(qtbot, station, Qt.Key_Return)  # "Finish?" yes
    assert station.current_page() is station.thanks
    assert short_live.store.responses(pid_of(short_live, "Amélie Durand")).commitment_territory == "developper"


def test_a_returning_participant_sees_none_of_their_earlier_trade_offs_nor_commitments(
        qtbot, short_live, open_station):
    pid = pid_of(short_live, "Amélie Durand")
    for phase in ("today", "ideal"):
        short_live.set_allocation(pid, phase, EVEN)
    short_live.set_tension(pid, "horizon", 2)
    short_live.set_tension(pid, "mode", 5)
    short_live.set_commitments(pid, "commando", ["Un rendez-vous client par semaine"])
    station = open_station(short_live)
    station.welcome.start.emit()
    pick(station, "Amélie Durand")
    assert station.current_page() is station.tensions
    assert station.tensions.values() == {"horizon": None, "mode": None, "focus": None}
    for key in (Qt.Key_3, Qt.Key_4, Qt.Key_7):
        press(qtbot, station, key)
    press(qtbot, station, Qt.Key_Return)
    assert station.current_page() is station.commitments
    assert station.commitments.commitments() == (None, ["", "", ""])
    station._finish()  # left empty: what was written at an earlier sitting stays
    r = short_live.store.responses(pid)
    assert r.tensions == {"horizon": 3, "mode": 4, "focus": 7}
    assert (r.commitment_territory, r.commitment_actions[0]) == ("commando", "Un rendez-vous client par semaine")


def test_an_idle_screen_returns_to_welcome_and_keeps_the_answers(qtbot, live, open_station):
    station = open_station(live)
    station.welcome.start.emit()
    pick(station, "Amélie Durand")
    press(qtbot, station, Qt.Key_5)
    assert station.idle_timer.isActive()
    station.idle_timer.start(50)  # shortened once answered, so a loaded machine cannot idle out before the answer
    qtbot.waitUntil(lambda: station.current_page() is station.welcome, timeout=2000)
    assert station.run.participant_id is None
    assert dict(live.store.responses(pid_of(live, "Amélie Durand")).answers) == {"p01": 5}


def test_names_are_shown_as_plain_text(qtbot, live, open_station):
    station = open_station(live)
    station.welcome.start.emit()
    assert tile_of(station, "Bruno <b>Martin</b>").text() == "Bruno <b>Martin</b>"
    assert tile_of(station, "Chloé & Co").text() == "Chloé && Co"  # '&' shown, not a shortcut
    pid = pid_of(live, "Bruno <b>Martin</b>")
    for item in live.store.instrument.item_ids:
        live.record_answer(pid, item, 3)
    for phase in ("today", "ideal"):
        live.set_allocation(pid, phase, EVEN)
    pick(station, "Bruno <b>Martin</b>")
    for key in (Qt.Key_4, Qt.Key_4, Qt.Key_4, Qt.Key_Return):
        press(qtbot, station, key)
    assert station.current_page() is station.commitments
    station._finish()
    assert station.thanks.title.textFormat() == Qt.PlainText
    assert "<b>Martin</b>" in station.thanks.title.text()


def test_walk_ins_add_themselves_when_the_trainer_allows_it(qtbot, tmp_path, open_station):
    live = LiveSession(SessionStore.open(make_session(tmp_path / "w.sqlite", walk_ins=True)))
    try:
        station = open_station(live)
        station.welcome.start.emit()
        assert station.names.walk_in_button.isVisible()
        qtbot.mouseClick(station.names.walk_in_button, Qt.LeftButton)
        qtbot.keyClicks(station.walk_in.name, "Zoe Nouvelle")
        press(qtbot, station, Qt.Key_Return)
        assert station.confirm.question.text() == "Vous êtes Zoe Nouvelle\u202f?"
        press(qtbot, station, Qt.Key_Return)
        assert station.current_page() is station.statement
        assert [p.name for p in live.store.participants()][-1] == "Zoe Nouvelle"
    finally:
        station.release()
        live.close()


def test_no_walk_in_button_unless_allowed(live, open_station):
    station = open_station(live)
    station.welcome.start.emit()
    assert not station.names.walk_in_button.isVisible()


@pytest.mark.parametrize("language, start, who", [("fr", "Commencer", "Qui êtes-vous\u202f?"),
                                                  ("en", "Start", "Who are you?")])
def test_the_station_speaks_the_session_language(tmp_path, open_station, language, start, who):
    live = LiveSession(SessionStore.open(make_session(tmp_path / "l.sqlite", language=language)))
    try:
        station = open_station(live)
        assert station.welcome.start_button.text() == start
        station.welcome.start.emit()
        assert station.names.findChild(type(station.thanks.title), "pageTitle").text() == who
    finally:
        station.release()
        live.close()


def test_a_walk_in_cannot_take_a_name_already_on_the_list(qtbot, tmp_path, open_station):
    live = LiveSession(SessionStore.open(make_session(tmp_path / "w.sqlite", walk_ins=True)))
    try:
        station = open_station(live)
        station.welcome.start.emit()
        station.names.walk_in.emit()
        station.walk_in.name.setText("AMELIE  durand")  # already on the list, as the room would read it
        station.walk_in.entered.emit(station.walk_in.name.text())
        assert station.current_page() is station.walk_in
        assert station.walk_in.error.text()
        assert len(live.store.participants()) == 3
    finally:
        station.release()
        live.close()


def test_more_than_20_names_bring_a_search_field(qtbot, tmp_path, open_station):
    names = ["Participant {n:02d}".format(n=n) for n in range(1, 25)] + ["Zoé Leroy"]
    live = LiveSession(SessionStore.open(make_session(tmp_path / "big.sqlite", names=names)))
    try:
        station = open_station(live)
        station.welcome.start.emit()
        assert station.names.search.isVisible()
        type_text(qtbot, "leroy")  # the search field has the focus
        assert [t.property("name") for t in station.names.visible_tiles()] == ["Zoé Leroy"]
        press(qtbot, station, Qt.Key_Return)  # a single match: Enter picks it
        assert station.current_page() is station.statement
    finally:
        station.release()
        live.close()


def test_the_welcome_shows_the_session_logo_and_follows_the_settings(qtbot, live, open_station):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage

    station = open_station(live)
    assert not station.welcome.logo.isVisible()
    image = QImage(200, 100, QImage.Format_RGB32)
    image.fill(QColor("#0072B2"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    live.update_settings(logo=bytes(data), logo_name="acme.png", title="Séminaire Ouest")
    assert station.welcome.logo.isVisible()
    assert station.welcome.logo.pixmap().height() == 96
    assert station.welcome.title.text() == "Séminaire Ouest"


def test_the_station_asks_who_it_is_in_plain_text_before_showing_anything(qtbot, live, open_station):
    station = open_station(live)
    station.welcome.start.emit()
    tile_of(station, "Bruno <b>Martin</b>").click()
    assert station.current_page() is station.confirm
    assert station.confirm.question.textFormat() == Qt.PlainText
    assert station.confirm.question.text() == "Vous êtes Bruno <b>Martin</b>\u202f?"
    qtbot.mouseClick(next(b for b in station.confirm.findChildren(type(station.confirm.yes_button))
                          if b is not station.confirm.yes_button), Qt.LeftButton)  # "No"
    assert station.current_page() is station.names
    assert station.run.participant_id is None
    assert not live.store.history(pid_of(live, "Bruno <b>Martin</b>"))


def test_a_write_that_fails_says_so_and_tells_the_trainer_why(qtbot, live, open_station, monkeypatch):
    import sqlite3

    station = open_station(live)
    causes: list[str] = []
    station.write_failed.connect(causes.append)
    station.welcome.start.emit()
    pick(station, "Amélie Durand")
    press(qtbot, station, Qt.Key_4)  # saved
    def disk_full(*_):
        raise sqlite3.OperationalError("database or disk is full")
    monkeypatch.setattr(live.store, "record_answer", disk_full)
    press(qtbot, station, Qt.Key_5)
    assert station.current_page() is station.not_saved
    assert station.not_saved.message.text() == (
        "Votre réponse n’a pas pu être enregistrée — appelez l’animateur.")
    assert causes == ["database or disk is full"]
    assert station.run.participant_id is None
    monkeypatch.undo()
    assert dict(live.store.responses(pid_of(live, "Amélie Durand")).answers) == {"p01": 4}


def test_a_session_file_gone_stops_the_station_and_says_so(qtbot, tmp_path, open_station):
    path = make_session(tmp_path / "s.sqlite")
    live = LiveSession(SessionStore.open(path))
    try:
        station = open_station(live)
        gone, failed = [], []
        station.session_gone.connect(lambda: gone.append(True))
        station.write_failed.connect(failed.append)
        station.welcome.start.emit()
        pick(station, "Amélie Durand")
        press(qtbot, station, Qt.Key_4)  # saved
        path.rename(tmp_path / "moved.sqlite")  # the file is moved away under the station
        press(qtbot, station, Qt.Key_5)
        assert station.current_page() is station.not_saved
        assert station.not_saved.message.text() == (
            "Le fichier de la session n’est plus là\u202f: plus rien ne peut être enregistré à ce poste. "
            "Appelez l’animateur.")
        assert not station.not_saved.ok.isVisibleTo(station)  # no way on for the next person
        assert gone == [True] and failed == []  # the console hears it once, as a gone file
        station.show_welcome()  # idle, or any way back: the station stays stopped
        press(qtbot, station, Qt.Key_Return)
        assert station.current_page() is station.not_saved
    finally:
        station.release()
        live.close()


def test_a_minimised_station_comes_back_full_screen_within_a_second(qtbot, live, open_station):
    station = open_station(live)
    station.show_full_screen(station.screen())
    qtbot.waitUntil(station.isFullScreen)
    station.showMinimized()
    assert station.isMinimized()
    qtbot.waitUntil(lambda: station.isFullScreen() and not station.isMinimized(), timeout=1000)


def test_a_station_hidden_on_purpose_stays_hidden(qtbot, live, open_station):
    """Hidden by the app (its screen unplugged, say), the station is not forced back."""
    station = open_station(live)
    station.show_full_screen(station.screen())
    station.hide()
    qtbot.wait(600)
    assert station.isHidden()
