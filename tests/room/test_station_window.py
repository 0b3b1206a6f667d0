"""The station stays the station: Alt+Tab, show desktop (Super+D), minimise and the window
manager's close never leave the room without it; alone on one screen it covers the screen and
the console waits for the PIN."""

from __future__ import annotations

import time

from tests.room.at_the_station import PIN, STATION, counter, open_station, ready, responses, session, start_as
from tests.room.conftest import MONITORS, Room, Window

PIN_DIALOG = r"^Code PIN du formateur"
BACK_S = 1.0  # the station is back on show within a second


def _full_screen_on(room: Room, monitor: str = "STATION") -> Window | None:
    """The station, if it is a mapped window covering exactly `monitor`."""
    station = room.window(STATION)
    if station is not None and (station.x, station.y, station.width, station.height) == MONITORS[monitor]:
        return station
    return None


def _back_full_screen(room: Room, monitor: str = "STATION") -> float:
    """Seconds until the station is again a mapped full-screen window on `monitor`."""
    start = time.monotonic()
    room.wait_until(lambda: _full_screen_on(room, monitor), f"the station full screen on {monitor}", timeout=10)
    return time.monotonic() - start


WAYS = ("alt+Tab", "super+d", "minimise", "wm close", "destroyed")


def _away(room: Room, how: str, station_id: int) -> None:
    """What the window manager (or someone at its keyboard) does to the station."""
    if how in ("alt+Tab", "super+d"):
        room.key(how)
    elif how == "minimise":
        room._run(["xdotool", "windowminimize", str(station_id)])
    elif how == "wm close":
        room._run(["wmctrl", "-i", "-c", hex(station_id)])
    else:
        room._run(["xdotool", "windowclose", str(station_id)])  # XDestroyWindow: the window is gone


def test_the_station_stays_full_screen_on_its_screen_whatever_the_window_manager_does(room: Room) -> None:
    """Each way in turn on one station: back full screen on its monitor, the same participant
    on the same statement, and the next answer recorded."""
    path = session(room, "full")
    app = room.start_app(session=path)
    open_station(room, app)
    start_as(room, app)
    for number, how in enumerate(WAYS, start=1):
        assert counter(app, room) == f"{number} / 24"
        before = room.wait_window(STATION).id
        _away(room, how, before)
        took = _back_full_screen(room)
        assert took < BACK_S * 3, (how, took)  # (polled: a loaded machine may lag the poll)
        if how == "destroyed":
            assert room.window(STATION).id != before  # a new window, made by the station itself
        if how == "wm close":  # the station asks for the PIN instead of closing
            pin = room.wait_window(PIN_DIALOG)
            room.activate(pin)
            room.key("Escape")
            room.wait_no_window(PIN_DIALOG)
        room.click_widget(ready(app, room, name="answer", index=4))  # "5"
        room.wait_until(lambda: counter(app, room) == f"{number + 1} / 24", f"the next statement ({how})")
    assert dict(responses(path)[0].answers) == {f"p0{n}": 5 for n in range(1, len(WAYS) + 1)}
    closes = [w for w in app.widgets() if str(w["window"]).endswith("Équilibriste") and w["text"] == "Fermer le poste"]
    assert closes  # the console offers to close a station that is there


def test_alone_on_one_screen_the_station_covers_it_and_the_console_waits_for_the_pin(room: Room) -> None:
    room.unplug("PROJ")
    room.unplug("STATION")
    path = session(room, "short")
    app = room.start_app(session=path)
    open_station(room, app, monitor="LAPTOP")
    assert _back_full_screen(room, "LAPTOP") < BACK_S * 3
    room.key("alt+Tab")  # the trainer goes to the console: it is locked
    lock = ready(app, room, text="Fermer le poste…", window="Équilibriste$")
    console = [w for w in app.widgets() if str(w["window"]).endswith("Équilibriste")]
    assert not [w for w in console if w["class"] in ("QTabBar", "QTableView", "QLineEdit")]  # no session to use
    assert not any(w["enabled"] for w in console if w["class"] == "MenuTitle")  # nor its menus
    room.click_widget(lock)
    room.activate(room.wait_window(PIN_DIALOG))
    room.type_text(PIN)
    room.key("Return")
    room.wait_no_window(STATION)
    room.wait_until(lambda: any(w["text"] == "Ouvrir le poste" for w in app.widgets()), "the console unlocked")
