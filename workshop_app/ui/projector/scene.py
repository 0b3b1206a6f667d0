"""What the projector shows, as plain data: the trainer's choices and the session's results.

The window, the console's preview, the exports and the benchmark all paint a `Scene`, so the
preview is exactly what the room sees.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from PySide6.QtGui import QImage

from workshop_app.model.instrument import Instrument
from workshop_app.model.scoring import Form, Results
from workshop_app.ui.projector.texts import View

Labels = Literal["none", "initials", "names"]
LABELS: tuple[Labels, ...] = ("none", "initials", "names")
Output = Literal["show", "blank", "title"]


@dataclass(frozen=True)
class ProjectorState:
    """The trainer's choices. Anonymous and hidden until the reveal, by default."""

    view: View = View.MAP
    labels: Labels = "none"
    arrows: bool = False
    revealed: bool = False
    output: Output = "show"
    zoom: bool = False  # the map fitted to the group's extent, about the centre


@dataclass(frozen=True)
class JoinInfo:
    """The phones, while they are open: the address in the QR code, the Wi-Fi, who joined."""

    url: str
    wifi_name: str = ""
    joined: int = 0

    @property
    def address(self) -> str:
        """The address as typed: the server adds the final slash."""
        return self.url.rstrip("/")


@dataclass(frozen=True)
class Scene:
    state: ProjectorState
    results: Results
    instrument: Instrument
    language: str
    form: Form = "full"
    title: str = ""
    subtitle: str = ""  # client, place, date: the title card's second line
    logo: QImage | None = None
    arrivals: Mapping[int, float] = field(default_factory=dict)  # participant id -> 0..1, animating in
    join: JoinInfo | None = None  # None while the phones are closed
