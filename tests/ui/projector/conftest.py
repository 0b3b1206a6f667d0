"""Helpers for the projector's tests: participants with hand-computed points, and a painter
that records every text it draws (font size and where it lands)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPainter, QPolygonF, QStaticText

from workshop_app.model.instrument import default_instrument
from workshop_app.model.scoring import Responses, Results, score_session
from workshop_app.model.territories import CODES
from workshop_app.ui.projector.scene import ProjectorState, Scene
from workshop_app.ui.projector.scene_painter import ScenePainter

INSTRUMENT = default_instrument()
FLAT = {c: 25 for c in CODES}


def answers(**by_territory: int) -> dict[str, int]:
    """Every practice item answered with its territory's value (1 when not given)."""
    return {item.id: by_territory.get(item.territory, 1) for item in INSTRUMENT.items}


def finish(live, pid: int, *, top: str = "faire", ideal: dict[str, int] | None = None) -> None:
    """A full questionnaire through the live session: 5 on `top`'s practices, 1 elsewhere."""
    for item_id, value in answers(**{top: 5}).items():
        live.record_answer(pid, item_id, value)
    live.set_allocation(pid, "today", FLAT)
    live.set_allocation(pid, "ideal", ideal or FLAT)
    for tension_id in INSTRUMENT.tension_ids:
        live.set_tension(pid, tension_id, 4)


def results_of(*people: tuple[str, str]) -> Results:
    """(name, top territory) pairs, each scored 100 on their top territory and 0 elsewhere.

    Their points, by hand: faire (-0.5, -0.5), analyser (-0.5, 0.5), commando (0.5, -0.5),
    developper (0.5, 0.5).
    """
    responses = [
        Responses(i + 1, name, answers=answers(**{top: 5}), allocations={"today": FLAT, "ideal": FLAT},
                  tensions={t: 4 for t in INSTRUMENT.tension_ids})
        for i, (name, top) in enumerate(people)
    ]
    return score_session(responses, INSTRUMENT)


@pytest.fixture
def two_people() -> Results:
    return results_of(("Marie-Claire Dupont", "faire"), ("Bruno <b>Martin</b>", "developper"))


def scene_of(results: Results, language: str = "en", **state: object) -> Scene:
    return Scene(ProjectorState(**state), results, INSTRUMENT, language, title="Séminaire")  # type: ignore[arg-type]


@dataclass(frozen=True)
class Drawn:
    text: str
    pixel_size: int
    bounds: QRectF
    plain: bool = True  # drawText never reads markup; a QStaticText must be told


class RecordingPainter(QPainter):
    """A QPainter that notes each text drawn through drawText / drawStaticText."""

    def __init__(self, device: QImage) -> None:
        super().__init__(device)
        self.drawn: list[Drawn] = []
        self.ellipses: list[tuple[QPointF, float]] = []  # centre, radius: dots and marks, in order
        self.polygons: list[QPolygonF] = []  # arrow heads, in vector paints

    def drawPolygon(self, *args):  # type: ignore[override]
        if len(args) == 1 and isinstance(args[0], QPolygonF):
            self.polygons.append(QPolygonF(args[0]))
        super().drawPolygon(*args)

    def drawEllipse(self, *args):  # type: ignore[override]
        if len(args) == 3 and isinstance(args[0], QPointF):
            self.ellipses.append((QPointF(args[0]), float(args[1])))
        super().drawEllipse(*args)

    def drawText(self, rect, flags, text):  # type: ignore[override]
        bounds = QFontMetricsF(self.font()).boundingRect(QRectF(rect), int(flags), text)
        self.drawn.append(Drawn(text, self.font().pixelSize(), bounds))
        super().drawText(rect, flags, text)

    def drawStaticText(self, point: QPointF, static: QStaticText) -> None:  # type: ignore[override]
        plain = static.textFormat() == Qt.TextFormat.PlainText
        self.drawn.append(Drawn(static.text(), self.font().pixelSize(), QRectF(point, static.size()), plain))
        super().drawStaticText(point, static)


def record(scene: Scene, size: QSize = QSize(1920, 1080), *, vector: bool = False) -> tuple[QImage, list[Drawn]]:
    """Paint `scene` into an image of `size`; the image and every text drawn."""
    image, p = record_painter(scene, size, vector=vector)
    return image, p.drawn


def record_painter(scene: Scene, size: QSize = QSize(1920, 1080), *,
                   vector: bool = False) -> tuple[QImage, RecordingPainter]:
    """Paint `scene` into an image of `size`; the image and the painter, with all it noted."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    p = RecordingPainter(image)
    ScenePainter().paint(p, QRectF(0, 0, size.width(), size.height()), scene, vector=vector)
    p.end()
    return image, p


def texts(drawn: list[Drawn]) -> list[str]:
    return [d.text for d in drawn]
