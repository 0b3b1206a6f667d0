"""Screens as a trainer uses them: identify them, pick them, pull their cables."""

from __future__ import annotations

import re

from tests.room.conftest import MONITORS, AppProcess, Room

NUMBERS = r"^(Écran|Screen) ([0-9])\b"


def _menu_item(room: Room, app: AppProcess, menu: str, downs: int) -> None:
    """Open a menu of the console's menu bar with the mouse, pick its `downs`-th item by keyboard."""
    room.click_widget(app.widget(text=menu, cls="MenuTitle"))
    room.wait_until(lambda: any(w["class"] == "QMenu" for w in app.widgets()), f"the {menu} menu")
    room.key(*["Down"] * downs, "Return")


def _assert_numbers_shown(room: Room) -> None:
    """A number on each of the three monitors, gone again after about 3 s."""
    ids = room.wait_windows(NUMBERS, 3)
    windows = [room.geometry(i) for i in ids]
    shown = {room.monitor_at(*w.centre): re.match(NUMBERS, w.title)[2] for w in windows}  # type: ignore[index]
    assert shown == {"LAPTOP": "1", "PROJ": "2", "STATION": "3"}
    room.wait_until(lambda: not room.visible_windows(NUMBERS), "the numbers to go", timeout=8)


def test_identify_screens_shows_a_number_on_every_screen_from_its_three_places_every_time(
        room: Room, app: AppProcess) -> None:
    header_button = app.widget(text="Identifier les écrans")
    room.click_widget(header_button)
    _assert_numbers_shown(room)
    room.click_widget(header_button)  # every time, not once
    _assert_numbers_shown(room)

    _menu_item(room, app, "Poste", downs=2)
    _assert_numbers_shown(room)

    room.click_tab(app, "Projecteur")
    room.wait_until(lambda: len([w for w in app.widgets() if w["text"] == "Identifier les écrans"]) == 2,
                    "the projector panel")
    panel_button = max((w for w in app.widgets() if w["text"] == "Identifier les écrans"), key=lambda w: w["y"])
    room.click_widget(panel_button)
    _assert_numbers_shown(room)


def _picker(app: AppProcess, caption_y_order: int) -> dict[str, object]:
    """The screen pickers on show, top to bottom (the station's is in the header)."""
    pickers = sorted((w for w in app.widgets() if w["class"] == "ScreenPicker"), key=lambda w: w["y"])
    return pickers[caption_y_order]


def test_the_pickers_default_to_different_screens_say_which_is_taken_and_move_the_open_projector(
        room: Room, app: AppProcess) -> None:
    room.click_tab(app, "Projecteur")
    room.wait_until(lambda: len([w for w in app.widgets() if w["class"] == "ScreenPicker"]) == 2,
                    "the projector's screen picker")
    station, projector = _picker(app, 0), _picker(app, 1)
    assert str(station["text"]).startswith("3. STATION")
    assert str(projector["text"]).startswith("2. PROJ")  # not the station's, not the console's

    room.click_widget(app.widget(text="Ouvrir le projecteur"))
    room.wait_window(r"projecteur|projector", monitor="PROJ")
    room.wait_until(lambda: "2. PROJ — 1920 × 1080 — projecteur ouvert" in _picker(app, 0)["items"],
                    "the station's picker to say the projector is on PROJ")

    room.click_widget(_picker(app, 1))  # the trainer picks screen 3 for the projector
    room.wait_until(lambda: any(w["class"] == "QListView" for w in app.widgets()), "the list of screens")
    room.key("Down", "Return")
    room.wait_window(r"projecteur|projector", monitor="STATION")


def _status(app: AppProcess) -> str:
    return str(app.widget(cls="QStatusBar")["text"])


def test_an_unplugged_projector_hides_says_so_and_comes_back_on_its_screen(room: Room, app: AppProcess) -> None:
    room.click_tab(app, "Projecteur")
    room.click_widget(room.wait_until(lambda: next(
        (w for w in app.widgets() if w["text"] == "Ouvrir le projecteur"), None), "the projector panel"))
    room.wait_window(r"projecteur", monitor="PROJ")

    room.unplug("PROJ")
    room.wait_until(lambda: "projecteur" in _status(app), "the console to say where the projector went")
    assert room.window(r"projecteur") is None  # hidden, never over the console
    assert "débranché" in _status(app)

    room.plug("PROJ")
    projector = room.wait_window(r"projecteur", monitor="PROJ")
    assert (projector.width, projector.height) == (1920, 1080)  # full screen again
    room.wait_until(lambda: "de retour" in _status(app), "the console to say the projector is back")


STATION = r"^Poste participant"


def _overlaps(window: object, monitor: str) -> bool:
    x, y, w, h = MONITORS[monitor]
    return (window.x < x + w and x < window.x + window.width  # type: ignore[attr-defined]
            and window.y < y + h and y < window.y + window.height)  # type: ignore[attr-defined]


def test_an_unplugged_station_never_covers_the_projector_or_the_console_and_comes_back_on_its_screen(
        room: Room, app: AppProcess) -> None:
    room.click_widget(app.widget(text="Ouvrir le poste", cls="QPushButton"))
    room.wait_window(STATION, monitor="STATION")
    room.click_tab(app, "Projecteur")
    room.click_widget(room.wait_until(lambda: next(
        (w for w in app.widgets() if w["text"] == "Ouvrir le projecteur"), None), "the projector panel"))
    room.wait_window(r"projecteur", monitor="PROJ")
    before = sorted(str(w["text"]) for w in app.widgets() if str(w["window"]).startswith("Poste participant") and w["text"])

    room.unplug("STATION")
    room.wait_until(lambda: "poste" in _status(app) and "débranché" in _status(app),
                    "the console to say the station's screen is gone")
    for window_id in room.visible_windows(STATION):  # hidden, or at least over neither
        placed = room.geometry(window_id)
        assert not _overlaps(placed, "LAPTOP") and not _overlaps(placed, "PROJ"), placed
    assert room.wait_window(r"projecteur", monitor="PROJ")  # the projector stays where it was

    room.plug("STATION")
    station = room.wait_window(STATION, monitor="STATION")
    room.wait_until(lambda: (room.geometry(station.id).width, room.geometry(station.id).height) == (1920, 1080),
                    "the station full screen again")
    room.wait_until(lambda: "de retour" in _status(app), "the console to say the station is back")
    after = sorted(str(w["text"]) for w in app.widgets() if str(w["window"]).startswith("Poste participant") and w["text"])
    assert after == before  # the same page, nothing lost
