"""Exports for the trainer's slides: an SVG that needs no font installed and looks like the PNG."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from workshop_app.ui.projector import style
from workshop_app.ui.projector.export import export_svg, render_image, text_path
from workshop_app.ui.projector.texts import View

from .conftest import scene_of

SVG = "{http://www.w3.org/2000/svg}"


def rendered(svg_path, size: QSize) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    QSvgRenderer(str(svg_path)).render(p)
    p.end()
    return image


def mean_difference(a: QImage, b: QImage, step: int = 3) -> float:
    """Mean lightness difference, 0..255, over a grid of pixels."""
    diffs = [abs(a.pixelColor(x, y).lightness() - b.pixelColor(x, y).lightness())
             for x in range(0, a.width(), step) for y in range(0, a.height(), step)]
    return sum(diffs) / len(diffs)


def test_the_svg_writes_no_text_only_outlines(two_people, tmp_path, qapp):
    scene = scene_of(two_people, revealed=True, labels="names")
    export_svg(tmp_path / "map.svg", scene)
    root = ET.parse(tmp_path / "map.svg").getroot()  # valid XML, an SVG
    assert root.tag == SVG + "svg"
    assert not list(root.iter(SVG + "text"))
    words = " ".join(t.strip() for t in root.itertext())
    assert "Marie-Claire Dupont" not in words and "Analyse" not in words
    assert root.find(SVG + "title").text == "Séminaire"  # the slide still says what it is
    assert len(list(root.iter(SVG + "path"))) > 20


@pytest.mark.parametrize("view", [View.MAP, View.TENSIONS])
def test_the_svg_looks_like_the_png(two_people, tmp_path, view, qapp):
    scene = scene_of(two_people, revealed=True, labels="names", arrows=True, view=view)
    size = QSize(960, 540)
    export_svg(tmp_path / "view.svg", scene, size)
    png, svg = render_image(scene, size), rendered(tmp_path / "view.svg", size)
    blank = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    blank.fill(Qt.GlobalColor.white)
    assert mean_difference(png, blank) > 10 * mean_difference(png, svg)  # the words are there, in place
    assert mean_difference(png, svg) < 1.5


def ink_box(paint) -> tuple[int, int, int, int]:
    """(left, top, right, bottom) of the dark pixels `paint` leaves on a white 800 x 300 image."""
    image = QImage(800, 300, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    paint(p)
    p.end()
    dark = [(x, y) for x in range(image.width()) for y in range(0, image.height())
            if image.pixelColor(x, y).lightness() < 128]
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize("flags", [Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                   Qt.AlignmentFlag.AlignCenter,
                                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom])
def test_outlines_sit_where_draw_text_puts_the_text(qapp, flags):
    font = style.font(1000, 0.04, QFont.Weight.Bold)
    box = QRectF(100, 100, 600, 120)

    def written(p: QPainter) -> None:
        p.setFont(font)
        p.drawText(box, int(flags), "Développer")

    def outlined(p: QPainter) -> None:
        p.fillPath(text_path(box, int(flags), "Développer", font), Qt.GlobalColor.black)
    assert ink_box(outlined) == pytest.approx(ink_box(written), abs=1)


def test_long_text_wraps_and_other_scripts_get_their_fallback_font(qapp):
    font = style.font(1000, 0.05, QFont.Weight.Bold)
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)
    title = text_path(QRectF(0, 0, 400, 1000), flags, "Séminaire des managers commerciaux", font).boundingRect()
    assert title.width() <= 400
    assert title.height() > 2 * QFontMetricsF(font).ascent()  # more than one line
    arabic = text_path(QRectF(0, 0, 400, 100), flags, "عبد الله", font).boundingRect()
    assert arabic.width() > 0.5 * QFontMetricsF(font).horizontalAdvance("عبد الله")
