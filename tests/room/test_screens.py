"""Screens as a trainer uses them: identify them, pick them, pull their cables."""

from __future__ import annotations

import re

from tests.room.conftest import AppProcess, Room

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
