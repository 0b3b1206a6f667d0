"""The label caches are sized to the room: a room bigger than their floor lays its names out
once, not every frame."""

from __future__ import annotations

import dataclasses
import math
import random
import types

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from workshop_app.model.merge_memory import MergeMemory
from workshop_app.ui.projector import map_painter
from workshop_app.ui.projector.map_painter import ArrowMemory, Layers, TextCache
from workshop_app.ui.projector.scene import ProjectorState, Scene
from workshop_app.ui.projector.scene_painter import ScenePainter

from .conftest import INSTRUMENT, results_of, scene_of

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


def test_the_arrows_and_dots_kept_between_answers_are_those_worked_out_afresh(monkeypatch):
    """One manager answers after another: the painter's memories (merged dots, arrows in
    pixels) give the arrows and dots of a painter that starts from nothing."""
    rng = random.Random(7)
    spot = lambda: (round(rng.uniform(-1, 1), 2), round(rng.uniform(-1, 1), 2))  # noqa: E731 - crowds share spots
    room = results_of(*((f"Manager {n}", "faire") for n in range(120)))
    people = [dataclasses.replace(r, point=spot(), ideal_point=spot()) for r in room.participants]
    square, texts, merges, arrows = QRectF(700, 40, 1000, 1000), TextCache(), MergeMemory(), ArrowMemory()
    state = ProjectorState(revealed=True, arrows=True, labels="none")
    worked_out = [0]
    counting_math = types.SimpleNamespace(**{name: getattr(math, name) for name in dir(math) if not name.startswith("_")})
    counting_math.hypot = lambda *a: worked_out.__setitem__(0, worked_out[0] + 1) or math.hypot(*a)
    for _ in range(150):
        who = rng.randrange(len(people))
        people[who] = dataclasses.replace(people[who], point=spot(), ideal_point=spot())  # as many arrows as before
        scene = Scene(state, dataclasses.replace(room, participants=tuple(people)), INSTRUMENT, "en")
        with monkeypatch.context() as m:  # the painter measures each arrow it works out once
            m.setattr(map_painter, "math", counting_math)
            kept = Layers.compute(square, scene, texts, None, merges, arrows)
        fresh = Layers.compute(square, scene, TextCache())
        assert (kept.shafts, kept.tips, kept.points, kept.merged) == (fresh.shafts, fresh.tips, fresh.points,
                                                                      fresh.merged)
    assert worked_out[0] <= 120 + 150  # the first frame's arrows, then one per answer: the others looked up
