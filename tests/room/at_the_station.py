"""What the station's room tests share: a session made for them, the station opened from the
console, and clicks that wait for the page to take input (a page settles after it changes)."""

from __future__ import annotations

import re
from pathlib import Path

from tests.room.conftest import AppProcess, Room, Window
from workshop_app.store import SessionStore

STATION = r"^Poste participant( — |$)"  # X adds the app's name, Qt's own title does not
PIN = "2468"
NAMES = ("Amélie Durand", "Bruno Martin")


def session(room: Room, form: str) -> Path:
    """A French session of `form` ("full", "short") with two participants and a PIN."""
    path = room.folder / "sessions" / f"{form}.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    with SessionStore.create(path, title="Atelier Lyon", language="fr", form=form) as store:
        store.set_pin(PIN)
        for name in NAMES:
            store.add_participant(name)
    return path


def responses(path: Path, name: str = NAMES[0]):
    """What the session file holds for `name` now (read beside the app that writes it)."""
    with SessionStore.open(path, read_only=True) as store:
        pid = next(p.id for p in store.participants() if p.name == name)
        return store.responses(pid), store.results().participant(pid).finished


def ready(app: AppProcess, room: Room, text: str | None = None, name: str | None = None,
          window: str = STATION, index: int | None = None) -> dict[str, object]:
    """The widget once it is shown, enabled and its window takes input (its page has settled).
    `index`: the index-th of several matching widgets, top to bottom then left to right."""
    def found() -> dict[str, object] | None:
        widgets = app.widgets()
        matching = sorted((w for w in widgets if (text is None or w["text"] == text)
                           and (name is None or w["name"] == name)
                           and re.search(window, str(w["window"]))), key=lambda w: (w["y"], w["x"]))
        if not matching or (index is None and len(matching) != 1):
            return None
        widget = matching[index or 0]
        return widget if widget["enabled"] and widget.get("accepting", True) else None
    return room.wait_until(found, f"{text or name!r} ready in {window!r}")


def centre(widget: dict[str, object]) -> tuple[int, int]:
    return int(widget["x"]) + int(widget["w"]) // 2, int(widget["y"]) + int(widget["h"]) // 2


def open_station(room: Room, app: AppProcess, monitor: str = "STATION") -> Window:
    room.click_widget(ready(app, room, text="Ouvrir le poste", window="Équilibriste$"))
    return room.wait_window(STATION, monitor=monitor)


def start_as(room: Room, app: AppProcess, name: str = NAMES[0]) -> None:
    """Start, the name, "Yes, it's me": each a single click once its page has settled."""
    room.click_widget(ready(app, room, text="Commencer"))
    room.click_widget(ready(app, room, text=name, name="nameTile"))
    room.click_widget(ready(app, room, text="Oui, c’est moi"))


def counter(app: AppProcess, room: Room) -> str:
    return str(ready(app, room, name="counter")["text"])
