"""The projector follows the live session: a finished participant appears, views and outputs switch."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import QBuffer, QIODevice, QRectF, QSize, QVariantAnimation
from PySide6.QtGui import QColor, QImage

from workshop_app.model import geometry
from workshop_app.ui.projector.canvas import ProjectorCanvas
from workshop_app.ui.projector.controller import ProjectorController
from workshop_app.ui.projector.export import render_image
from workshop_app.ui.projector.scene_painter import map_square
from workshop_app.ui.projector.texts import View

from .conftest import finish


def ink_at(canvas: ProjectorCanvas, point: tuple[float, float]) -> bool:
    image = canvas.grab().toImage()
    square = map_square(QRectF(image.rect()))
    cx, cy = geometry.to_canvas(point)
    c = image.pixelColor(round(square.x() + cx * square.width()), round(square.y() + cy * square.height()))
    return max(c.red(), c.green(), c.blue()) < 60


def test_a_participant_finishing_makes_a_point_appear_on_the_projector(live, qtbot):
    controller = ProjectorController(live)
    controller.set_revealed(True)
    canvas = ProjectorCanvas(controller)
    qtbot.addWidget(canvas)
    canvas.resize(960, 540)
    with qtbot.waitExposed(canvas):
        canvas.show()
    first, second = (p.id for p in live.store.participants()[:2])
    assert not ink_at(canvas, (-0.5, -0.5))
    with qtbot.wait_signal(live.results_changed):
        finish(live, first, top="faire")  # scores 100 on faire, 0 elsewhere: (-0.5, -0.5) by hand
    assert controller.arriving == {first}  # it animates in...
    finish(live, second, top="developper")  # (0.5, 0.5), and the centroid moves to the middle
    qtbot.waitUntil(lambda: not controller.arriving, timeout=3000)
    with qtbot.wait_signal(canvas.painted):
        canvas.update()
    assert ink_at(canvas, (-0.5, -0.5))  # ...and stays
    assert ink_at(canvas, (0.5, 0.5))
    assert controller.scene().results.group.n_placed == 2


def test_points_collected_before_the_reveal_do_not_animate(live, qtbot):
    controller = ProjectorController(live)
    with qtbot.wait_signal(live.results_changed):
        finish(live, live.store.participants()[0].id)
    assert not controller.arriving
    assert controller.scene().results.group.n_placed == 1


def test_the_scene_follows_renames_and_settings(live):
    controller = ProjectorController(live)
    first = live.store.participants()[0]
    live.rename_participant(first.id, "Zoé Ørsted")
    assert controller.scene().results.participants[0].name == "Zoé Ørsted"
    live.update_settings(title="Kick-off ventes 2027", place="Lille")
    assert controller.scene().title == "Kick-off ventes 2027"
    assert controller.scene().subtitle == "Acme France  ·  Lille  ·  27 novembre 2026"
    assert controller.scene().language == "fr"
    live.update_settings(language="en", date="Spring 2027")
    assert controller.scene().subtitle == "Acme France  ·  Lille  ·  Spring 2027"
    assert controller.scene().language == "en"


def test_views_step_both_ways_and_wrap_around(live):
    controller = ProjectorController(live)
    controller.step_view(-1)
    assert controller.state.view == View.PARTICIPATION
    controller.step_view(1)
    controller.step_view(1)
    assert controller.state.view == View.PROFILE


def test_blank_and_title_toggle_back_to_the_view(live, qtbot):
    controller = ProjectorController(live)
    with qtbot.wait_signal(controller.scene_changed):
        controller.toggle_output("blank")
    assert controller.scene().state.output == "blank"
    controller.toggle_output("title")
    assert controller.state.output == "title"
    controller.toggle_output("title")
    assert controller.state.output == "show"


def test_exports_show_the_view_whatever_the_room_sees(live):
    controller = ProjectorController(live)
    controller.set_output("blank")
    scene = controller.scene(revealed=True, output="show")
    assert (scene.state.output, scene.state.revealed) == ("show", True)
    assert controller.state.output == "blank"


def test_the_reveal_brings_every_collected_point_in_together(live, qtbot):
    controller = ProjectorController(live)
    first, second = (p.id for p in live.store.participants()[:2])
    finish(live, first)
    finish(live, second, top="analyser")
    assert not controller.arriving
    controller.set_revealed(True)
    assert controller.arriving == {first, second}
    qtbot.waitUntil(lambda: not controller.arriving, timeout=3000)
    assert controller.scene().arrivals == {}


def test_a_controller_dropped_right_after_an_arrival_is_freed_with_its_animation(live, qtbot):
    controller = ProjectorController(live)
    finish(live, live.store.participants()[0].id)
    controller.set_revealed(True)
    animation = controller.findChild(QVariantAnimation)
    animation.setCurrentTime(animation.duration())  # the arrival ends; its deletion is still pending
    assert not controller.arriving
    freed = weakref.ref(controller)
    del controller, animation
    gc.collect()
    assert freed() is None  # nothing of the animation holds it: freed once, not again by the pending deletion
    qtbot.wait(10)


def test_the_title_card_shows_the_client_logo(live):
    logo = QImage(40, 20, QImage.Format.Format_RGB32)
    logo.fill(QColor("#C00000"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    logo.save(buffer, "PNG")
    live.update_settings(logo=bytes(buffer.data()), logo_name="acme.png")
    controller = ProjectorController(live)
    controller.set_output("title")
    image = render_image(controller.scene(), QSize(960, 540))
    assert image.pixelColor(480, round(540 * 0.36)) == QColor("#C00000")  # the logo's centre
