"""The projector's budgets (DESIGN.md §7).

- projector_paint_500_ms: the map with 500 participants, arrows and initials, painted into a
  1920x1080 image offscreen, median, each paint with new results (as after an answer: the
  pixel layout is recomputed; the pre-drawn background and sprites are reused). Budget < 16 ms
  (one frame at 60 Hz).
- projector_repaint_500_ms: the same scene painted again (an arrival animation's frames).
- projector_update_ms: from `record_answer` returning (through LiveSession) to the projector's
  next paint finished, 30 participants, median. Budget < 50 ms.
- projector_answer_to_paint_ms: the same, counted from the call (the durable write and the
  rescoring included): what a participant's tap costs until the room sees it.
"""

from __future__ import annotations

import itertools
import random
import tempfile
import time
from pathlib import Path
from statistics import median

from common import Figure, median_ms
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from workshop_app.model.instrument import Instrument, default_instrument
from workshop_app.model.scoring import Responses, score_session
from workshop_app.model.territories import CODES
from workshop_app.store import SessionStore
from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.projector.canvas import ProjectorCanvas
from workshop_app.ui.projector.controller import ProjectorController
from workshop_app.ui.projector.scene import ProjectorState, Scene
from workshop_app.ui.projector.scene_painter import ScenePainter


def _allocation(rng: random.Random) -> dict[str, int]:
    cuts = sorted(rng.randint(0, 100) for _ in range(3))
    return dict(zip(CODES, (cuts[0], cuts[1] - cuts[0], cuts[2] - cuts[1], 100 - cuts[2])))


def _responses(rng: random.Random, pid: int, instrument: Instrument) -> Responses:
    return Responses(
        pid, f"Manager {pid} Test",
        answers={item.id: rng.randint(1, 5) for item in instrument.items},
        allocations={"today": _allocation(rng), "ideal": _allocation(rng)},
        tensions={t: rng.randint(1, instrument.tension_steps) for t in instrument.tension_ids},
    )


def paint_500() -> tuple[float, float]:
    """(new results each paint, the same results again)."""
    instrument = default_instrument()
    rng = random.Random(500)
    state = ProjectorState(revealed=True, arrows=True, labels="initials")
    scenes = [
        Scene(state, score_session([_responses(rng, pid, instrument) for pid in range(1, 501)], instrument),
              instrument, "fr", title="Bench")
        for _ in range(2)
    ]
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    painter = ScenePainter()
    turn = itertools.count()

    def paint(scene: Scene) -> None:
        p = QPainter(image)
        painter.paint(p, QRectF(0, 0, 1920, 1080), scene)
        p.end()

    new_data = median_ms(lambda: paint(scenes[next(turn) % 2]), repeat=60, warmup=5)
    again = median_ms(lambda: paint(scenes[0]), repeat=60, warmup=5)
    return new_data, again


def update_30() -> tuple[float, float]:
    app = QApplication.instance()
    instrument = default_instrument()
    rng = random.Random(30)
    with tempfile.TemporaryDirectory() as folder:
        store = SessionStore.create(Path(folder) / "bench.sqlite", title="Bench")
        people = store.import_participants((f"Manager {n}", None, None) for n in range(30))
        for pid in people[:-1]:
            r = _responses(rng, pid, instrument)
            for item_id, value in r.answers.items():
                store.record_answer(pid, item_id, value)
            for phase, points in r.allocations.items():
                store.set_allocation(pid, phase, points)
            for tension_id, value in r.tensions.items():
                store.set_tension(pid, tension_id, value)
        live = LiveSession(store)
        controller = ProjectorController(live)
        controller.set_revealed(True)
        canvas = ProjectorCanvas(controller)
        canvas.resize(1920, 1080)
        canvas.show()
        while controller.arriving:  # the reveal's animation, before the answers come in
            app.processEvents()
        painted: list[float] = []
        canvas.painted.connect(lambda: painted.append(time.perf_counter()))
        app.processEvents()
        after_return, after_call = [], []
        item = instrument.items[0].id
        for n in range(40):
            painted.clear()
            called = time.perf_counter()
            live.record_answer(people[-1], item, 1 + n % 5)
            returned = time.perf_counter()
            while not painted:
                app.processEvents()
            if n >= 5:  # warm-up
                after_return.append((painted[0] - returned) * 1000)
                after_call.append((painted[0] - called) * 1000)
        canvas.close()
        live.close()
    return median(after_return), median(after_call)


def measure() -> list[Figure]:
    if QApplication.instance() is None:
        QApplication([])
    update, answer_to_paint = update_30()
    new_data, again = paint_500()
    return [("projector_paint_500_ms", new_data, "ms"), ("projector_repaint_500_ms", again, "ms"),
            ("projector_update_ms", update, "ms"), ("projector_answer_to_paint_ms", answer_to_paint, "ms")]


if __name__ == "__main__":
    for name, value, unit in measure():
        print(f"{name} {value:.3f} {unit}")
