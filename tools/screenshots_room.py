"""The training room in one picture: the console, the station and the projector side by side, as
the real app shows them on a real X server with three monitors (the room tests' rig,
tests/room/conftest.py), to docs/screenshots/room-*.png.

Run by `make screenshots`; without Xvfb and the room's other programs it says so and skips.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.room.conftest import MONITORS, Room, missing_programs  # noqa: E402

OUT = REPO / "docs" / "screenshots"


def _click_text(room: Room, app, text: str) -> None:
    room.click_widget(room.wait_until(lambda: next((w for w in app.widgets() if w["text"] == text), None),
                                      f"the button {text!r}"))


def main() -> int:
    missing = missing_programs()
    if missing:
        print("room screenshots skipped: no real X server here, missing " + ", ".join(missing))
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="room-shots-") as folder:
        room = Room(Path(folder))
        try:
            room.start()
            app = room.start_app(language="fr")
            room.activate(room.wait_window(r"Équilibriste$", monitor="LAPTOP"))
            _click_text(room, app, "Ouvrir le poste")
            room.wait_window(r"^Poste participant", monitor="STATION")
            room.click_tab(app, "Projecteur")
            _click_text(room, app, "Dévoiler les résultats")
            _click_text(room, app, "Ouvrir le projecteur")
            room.wait_window(r"projecteur", monitor="PROJ")
            room.activate(room.wait_window(r"Équilibriste$", monitor="LAPTOP"))
            room.wait_until(lambda: room.pixel(MONITORS["PROJ"][0] + 960, 540) != (0, 0, 0), "the projector painted")
            whole = room.screenshot(OUT / "room-three-monitors-full.png")
            for name in MONITORS:
                room.screenshot(OUT / f"room-{name.lower()}.png", monitor=name)
            # The side-by-side picture at half size, for the README; each monitor at full size beside it.
            room._run(["convert", str(whole), "-resize", "50%", str(OUT / "room-three-monitors.png")])
            whole.unlink()
        finally:
            room.stop()
    for name in ("three-monitors", *(m.lower() for m in MONITORS)):
        print((OUT / f"room-{name}.png").relative_to(REPO))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
