"""The projector's budgets (DESIGN.md §7).

- projector_paint_150_ms, _500_ms, _2000_ms: the map with that many participants, names and
  arrows, painted into a 1920x1080 image offscreen, each paint with new results in which one
  manager answered again (their point and arrow moved, the group's centre with them), as
  after every answer in the room; median of the paints, the median of three runs. Budgets
  < 12, 12 and 33 ms. Every frame lays out the new results: marks merged, labels placed,
  arrows drawn where they changed; the pre-drawn background and sprites are reused.
- projector_paint_4000_names_ms: the same with 4000 names (the label caches must hold them).
- projector_paint_all_new_500_ms, _2000_ms: each paint a different room (every point moved:
  the reveal, or a toggle of names, arrows or zoom).
- projector_repaint_500_ms: the same scene painted again (an arrival animation's frames).
- projector_update_ms: from `record_answer` returning (through LiveSession) to the projector's
  next paint finished, 30 participants, median. Budget < 50 ms.
- projector_answer_to_paint_ms: the same, counted from the call (the durable write and the
  rescoring included): what a participant's tap costs until the room sees it.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import fmean, median

from common import Figure, median_ms
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from workshop_app.model.instrument import Instrument, default_instrument
from workshop_app.model.scoring import Responses, Results, score_session
from workshop_app.model.territories import CODES
from workshop_app.store import SessionStore
from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.projector.canvas import ProjectorCanvas
from workshop_app.ui.projector.controller import ProjectorController
from workshop_app.ui.projector.scene import Labels, ProjectorState, Scene
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


def _room(rng: random.Random, size: int, instrument: Instrument) -> Results:
    return score_session([_responses(rng, pid, instrument) for pid in range(1, size + 1)], instrument)


def _answers(results: Results, rng: random.Random, count: int, instrument: Instrument) -> list[Results]:
    """`count` results in a row, each the one before with one manager's point and arrow moved
    to those of a newly scored manager, and the group's centre moved with them."""
    pool = _room(rng, 40, instrument).participants
    rows, people = [], list(results.participants)
    for n in range(count):
        who, new = rng.randrange(len(people)), pool[n % len(pool)]
        people[who] = dataclasses.replace(people[who], point=new.point, ideal_point=new.ideal_point)
        placed = [r.point for r in people if r.point is not None]
        centroid = (fmean(x for x, _ in placed), fmean(y for _, y in placed))
        rows.append(dataclasses.replace(results, participants=tuple(people),
                                        group=dataclasses.replace(results.group, centroid=centroid)))
    return rows


def _painting(state: ProjectorState, rows: list[Results], instrument: Instrument) -> Callable[[], None]:
    """Paints the next of `rows` each call, round and round, into a 1920x1080 image."""
    scenes = [Scene(state, results, instrument, "fr", title="Bench") for results in rows]
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    painter = ScenePainter()
    turn = itertools.count()

    def paint() -> None:
        p = QPainter(image)
        painter.paint(p, QRectF(0, 0, 1920, 1080), scenes[next(turn) % len(scenes)])
        p.end()
    return paint


def _median_of_runs(paint: Callable[[], None], repeat: int, runs: int = 3) -> float:
    return median(median_ms(paint, repeat=repeat, warmup=3) for _ in range(runs))


def paint_room(size: int, labels: Labels = "names", repeat: int = 30) -> float:
    """One answer between paints: new results every frame, all but one manager where they were."""
    instrument = default_instrument()
    rng = random.Random(size)
    runs = 3
    rows = _answers(_room(rng, size, instrument), rng, runs * (repeat + 3), instrument)  # never wraps round
    paint = _painting(ProjectorState(revealed=True, arrows=True, labels=labels), rows, instrument)
    return _median_of_runs(paint, repeat, runs)


def paint_all_new(size: int) -> float:
    """Each paint a different room: every point, arrow and label moved."""
    instrument = default_instrument()
    rng = random.Random(size)
    rows = [_room(rng, size, instrument) for _ in range(2)]
    paint = _painting(ProjectorState(revealed=True, arrows=True, labels="names"), rows, instrument)
    return _median_of_runs(paint, repeat=10)


def repaint_500() -> float:
    """The same results painted again, as an arrival animation does."""
    instrument = default_instrument()
    rows = [_room(random.Random(500), 500, instrument)]
    paint = _painting(ProjectorState(revealed=True, arrows=True, labels="initials"), rows, instrument)
    return _median_of_runs(paint, repeat=30)


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
    figures = [(f"projector_paint_{size}_ms", paint_room(size), "ms") for size in (150, 500, 2000)]
    figures.append(("projector_paint_4000_names_ms", paint_room(4000, repeat=10), "ms"))
    figures += [(f"projector_paint_all_new_{size}_ms", paint_all_new(size), "ms") for size in (500, 2000)]
    return figures + [("projector_repaint_500_ms", repaint_500(), "ms"),
                      ("projector_update_ms", update, "ms"), ("projector_answer_to_paint_ms", answer_to_paint, "ms")]


if __name__ == "__main__":
    for name, value, unit in measure():
        print(f"{name} {value:.3f} {unit}")
