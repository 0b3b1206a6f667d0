"""The label caches are sized to the room: a room bigger than their floor lays its names out
once, not every frame."""

from __future__ import annotations

import dataclasses
import random

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from workshop_app.ui.projector import map_painter
from workshop_app.ui.projector.scene_painter import ScenePainter

from .conftest import results_of, scene_of

ROOM = 4500  # more managers than the caches' floor of 4000 entries


def big_room(seed: int):
    """ROOM managers with names of their own, spread over the map."""
    (model,) = results_of(("Model", "faire")).participants
    rng = random.Random(seed)
    people = tuple(dataclasses.replace(model, participant_id=n, name=f"Responsable {n:04d} Équipe",
                                       point=(rng.uniform(-0.9, 0.9), rng.uniform(-0.9, 0.9)), ideal_point=None)
                   for n in range(1, ROOM + 1))
    results = results_of(("Model", "faire"))
    return dataclasses.replace(results, participants=people)


def paint(painter: ScenePainter, results) -> None:
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(image)
    painter.paint(p, QRectF(0, 0, 1920, 1080), scene_of(results, revealed=True, labels="names"))
    p.end()


def test_a_room_of_4500_names_is_laid_out_once(monkeypatch):
    painter = ScenePainter()
    room = big_room(1)
    paint(painter, room)
    measured = []
    metrics = map_painter.QFontMetrics

    class Counting(metrics):  # type: ignore[misc, valid-type]
        def __init__(self, *args):
            measured.append(args)
            super().__init__(*args)
    monkeypatch.setattr(map_painter, "QFontMetrics", Counting)
    # The next answer: one manager moved, every name the same.
    people = list(room.participants)
    people[10] = dataclasses.replace(people[10], point=(0.5, 0.5))
    paint(painter, dataclasses.replace(room, participants=tuple(people)))
    assert measured == []  # no name measured or shortened again
    assert map_painter.cache_limit(ROOM) >= 4 * ROOM  # names, initials and their sprites at two sizes
