"""The console's projector panel: names only once confirmed, reveal, preview, exports."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMessageBox

from workshop_app.ui.projector.controller import ProjectorController
from workshop_app.ui.projector.panel import ProjectorPanel
from workshop_app.ui.projector.texts import View

from .conftest import finish


@pytest.fixture
def panel(live, qtbot):
    panel = ProjectorPanel(ProjectorController(live))
    qtbot.addWidget(panel)
    panel.show()
    return panel


def label_button(panel: ProjectorPanel, mode: str):
    return next(b for b in panel.label_buttons.buttons() if b.property("mode") == mode)


def test_names_are_shown_only_once_the_trainer_confirms(panel, qtbot):
    label_button(panel, "names").click()
    box = panel._names_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert panel.controller.state.labels == "none"
    assert label_button(panel, "none").isChecked()
    with qtbot.wait_signal(box.finished):
        box.button(QMessageBox.StandardButton.Cancel).click()
    assert panel.controller.state.labels == "none"
    label_button(panel, "names").click()
    box = panel._names_box
    with qtbot.wait_signal(box.finished):
        next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    assert panel.controller.state.labels == "names"
    assert label_button(panel, "names").isChecked()


def test_initials_need_no_confirmation(panel):
    label_button(panel, "initials").click()
    assert panel.controller.state.labels == "initials"
    assert panel._names_box is None


def test_controls_drive_the_projector_and_follow_its_keys(panel):
    controller = panel.controller
    panel.reveal_button.click()
    assert controller.state.revealed
    panel.arrows_box.click()
    assert controller.state.arrows
    panel.view_box.setCurrentIndex(panel.view_box.findData(View.TENSIONS.value))
    assert controller.state.view == View.TENSIONS
    controller.step_view(1)  # → on the projector
    assert panel.view_box.currentData() == View.PARTICIPATION.value
    controller.set_output("blank")  # '.' on the projector
    checked = panel.output_buttons.checkedButton()
    assert checked is not None and checked.property("output") == "blank"


def test_the_preview_shows_what_the_room_sees_blank_included(panel, qtbot):
    preview = panel.preview
    corner = preview.content_rect().topLeft().toPoint() + QPoint(3, 3)  # the picture's white margin
    assert preview.grab().toImage().pixelColor(corner).lightness() == 255
    with qtbot.wait_signal(preview.painted):
        panel.controller.set_output("blank")
    assert preview.grab().toImage().pixelColor(corner).lightness() == 0


def test_the_preview_has_the_projector_shape(panel):
    screen = QGuiApplication.primaryScreen().size()  # picked for the projector, not yet open
    area = panel.preview.content_rect()
    assert area.width() / area.height() == pytest.approx(screen.width() / screen.height(), rel=0.01)
    panel.controller.set_output_size(QSize(1024, 768))  # the projector's window, once open
    area = panel.preview.content_rect()
    assert area.width() / area.height() == pytest.approx(4 / 3, rel=0.01)


def test_export_writes_a_png_and_an_svg_of_the_view(panel, live, tmp_path):
    for participant in live.store.participants()[:2]:
        finish(live, participant.id)
    panel.controller.set_output("blank")  # the room sees black; the slide shows the map
    notices = []
    panel.notice.connect(notices.append)
    panel.export(str(tmp_path / "map.png"), "png")
    panel.export(str(tmp_path / "map.svg"), "svg")
    png = tmp_path / "map.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1920, 1080)
    assert image.pixelColor(960, 40).lightness() > 200  # white, not the blank
    root = ET.parse(tmp_path / "map.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.find("{http://www.w3.org/2000/svg}title").text == live.store.settings.title
    svg = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    svg.fill(Qt.GlobalColor.white)
    p = QPainter(svg)
    QSvgRenderer(str(tmp_path / "map.svg")).render(p)
    p.end()
    for x, y in ((960, 40), (300, 300), (1500, 700)):  # the same picture: the map, revealed, not the blank
        assert abs(svg.pixelColor(x, y).lightness() - image.pixelColor(x, y).lightness()) < 8
    assert len(notices) == 2


@pytest.mark.parametrize("kind", ["png", "svg"])
def test_the_file_chosen_to_export_gets_the_kind_asked_for(panel, tmp_path, kind):
    dialog = panel.ask_export(kind)
    assert dialog.isVisible()
    dialog.fileSelected.emit(str(tmp_path / "view.{kind}".format(kind=kind)))
    written = (tmp_path / "view.{kind}".format(kind=kind)).read_bytes()
    assert written.startswith(b"\x89PNG" if kind == "png" else b"<?xml")
    dialog.reject()


def test_a_failed_export_says_so(panel, tmp_path):
    notices = []
    panel.notice.connect(notices.append)
    panel.export(str(tmp_path / "missing" / "map.png"), "png")
    assert len(notices) == 1 and "missing" in notices[0]


def test_alone_on_one_screen_there_is_no_screen_to_pick(panel):
    assert len(QGuiApplication.screens()) == 1  # the offscreen platform; two screens: test_two_screens
    assert not panel.screen_box.isVisible() and not panel.identify_button.isVisible()
    assert panel.open_button.isVisible()


def test_the_panel_opens_and_closes_the_projector(panel, qtbot):
    window = panel.open_window(QGuiApplication.primaryScreen())
    qtbot.waitUntil(window.isVisible)
    assert panel.open_button.text() == "Close the projector"
    panel.toggle_window()
    assert panel.projector is None
    assert panel.open_button.text() == "Open the projector"


@pytest.fixture
def styled_panel(live, qtbot):
    """The panel as the console shows it, under the console's style sheet."""
    from PySide6.QtWidgets import QWidget, QVBoxLayout

    from workshop_app.ui.console.style import CONSOLE_STYLE
    host = QWidget()
    host.setStyleSheet(CONSOLE_STYLE)
    panel = ProjectorPanel(ProjectorController(live))
    QVBoxLayout(host).addWidget(panel)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    yield panel  # the host lives as long as the test
    host.close()


def output_button(panel: ProjectorPanel, output: str):
    return next(b for b in panel.output_buttons.buttons() if b.property("output") == output)


def fill_of(button) -> QColor:
    """The button's background, just inside its left border, half-way down."""
    image = button.grab().toImage()
    return image.pixelColor(4, image.height() // 2)


def test_black_title_card_and_show_say_which_one_the_room_sees(styled_panel):
    panel = styled_panel
    for active in ("show", "blank", "title", "show"):
        panel.controller.set_output(active)
        fills = {output: fill_of(output_button(panel, output)) for output in ("blank", "title", "show")}
        lit = fills.pop(active)
        assert lit.lightness() < 160, active  # the active one filled with the accent
        assert all(other.lightness() > 240 for other in fills.values()), active  # the others white
        assert output_button(panel, active).font().bold()


def test_the_zoom_on_the_group_is_off_by_default_and_follows_the_projector(panel):
    assert not panel.zoom_box.isChecked()
    assert not panel.controller.state.zoom
    panel.zoom_box.click()
    assert panel.controller.state.zoom
    panel.controller.set_zoom(False)
    assert not panel.zoom_box.isChecked()
