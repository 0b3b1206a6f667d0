"""The room itself: three monitors, a window manager, the real app on them."""

from __future__ import annotations

from tests.room.conftest import AppProcess, Room


def test_the_room_has_three_monitors_and_the_console_opens_on_the_laptop(room: Room, app: AppProcess) -> None:
    assert room.monitors() == ["LAPTOP", "PROJ", "STATION"]
    console = room.wait_window(r"Équilibriste$", monitor="LAPTOP")
    assert console.width > 0 and console.height > 0
