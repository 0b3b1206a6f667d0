"""Render every projector view of a demo session to docs/screenshots/projector-*.png.

Run with `make screenshots` (QT_QPA_PLATFORM=offscreen). The demo session (French, and one
English map) has two latecomers, one halfway through and one yet to start, so participation
shows every count; a clustered scene (six managers round the centre, two on one spot, long
names) shows every manager visible, plain and zoomed on the group.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the clustered scene lives with the tests

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.ui.projector.clustered import clustered_results  # noqa: E402
from workshop_app.model.instrument import default_instrument  # noqa: E402
from workshop_app.store import SessionStore  # noqa: E402
from workshop_app.store.demo import create_demo_session  # noqa: E402
from workshop_app.ui import theme  # noqa: E402
from workshop_app.ui.live_session import LiveSession  # noqa: E402
from workshop_app.ui.projector.controller import ProjectorController  # noqa: E402
from workshop_app.ui.projector.export import render_image  # noqa: E402
from workshop_app.ui.projector.panel import ProjectorPanel  # noqa: E402
from workshop_app.ui.projector.scene import ProjectorState, Scene  # noqa: E402
from workshop_app.ui.projector.texts import View  # noqa: E402
from workshop_app.ui.translation import install_translators  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
FULL_HD = QSize(1920, 1080)
XGA = QSize(1024, 768)


def demo_session(folder: Path, language: str) -> Path:
    path = create_demo_session(folder, participants=16, language=language)
    with SessionStore.open(path) as store:
        late = store.add_participant("Maëlle Le Gall")
        store.add_participant("Yannick Roux")
        for item in store.instrument.item_ids[:9]:
            store.record_answer(late, item, 4)
    return path


def save(controller: ProjectorController, name: str, size: QSize = FULL_HD, **state: object) -> None:
    path = OUT / f"projector-{name}.png"
    render_image(controller.scene(**state), size).save(str(path))
    print(path.relative_to(OUT.parents[1]))


def french_views(controller: ProjectorController) -> None:
    save(controller, "map-hidden", revealed=False)
    save(controller, "map", revealed=True, labels="initials", arrows=True)
    save(controller, "map-1024x768", XGA, revealed=True, labels="initials", arrows=True)
    for view in (View.PROFILE, View.MAJORS, View.TIME, View.TENSIONS, View.PARTICIPATION):
        save(controller, view.value, view=view, revealed=True)
    save(controller, "title", output="title")


def clustered() -> None:
    """Six managers round the centre, two on one spot, long names: every one must show."""
    instrument = default_instrument()
    results = clustered_results(instrument)
    for name, state in (("map-clustered", ProjectorState(revealed=True, labels="names")),
                        ("map-clustered-zoom", ProjectorState(revealed=True, labels="names", zoom=True))):
        path = OUT / f"projector-{name}.png"
        render_image(Scene(state, results, instrument, "fr", title="Séminaire"), FULL_HD).save(str(path))
        print(path.relative_to(OUT.parents[1]))


def panel(controller: ProjectorController) -> None:
    controller.set_revealed(True)
    controller.set_labels("initials")
    widget = ProjectorPanel(controller)
    controller.set_output_size(FULL_HD)  # as with a projector open on a 1080p screen
    widget.resize(1180, 560)
    widget.show()
    while controller.arriving:  # the reveal's fade-in: the picture shows the points settled
        QApplication.processEvents()
    QApplication.processEvents()
    path = OUT / "projector-panel.png"
    widget.grab().save(str(path))
    print(path.relative_to(OUT.parents[1]))
    widget.close()


def main() -> int:
    app = QApplication(sys.argv)
    theme.apply(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for language in ("fr", "en"):
            live = LiveSession(SessionStore.open(demo_session(Path(folder), language)))
            controller = ProjectorController(live)
            if language == "fr":
                translators = install_translators("fr")
                french_views(controller)
                clustered()
                panel(controller)
                for translator in translators:
                    app.removeTranslator(translator)
            else:
                save(controller, "map-en", revealed=True, labels="initials", arrows=True)
            live.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
