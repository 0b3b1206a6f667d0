"""The current view as a picture for the trainer's slides: PNG, or SVG that stays vector.

The SVG carries its words as glyph outlines, not as text in a named font: a slide shows the
projector's Inter even on a computer that does not have it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPainter, QPainterPath, QStaticText, QTextLayout, QTextOption
from PySide6.QtSvg import QSvgGenerator

from workshop_app.ui.projector.scene import Scene
from workshop_app.ui.projector.scene_painter import ScenePainter

EXPORT_SIZE = QSize(1920, 1080)  # a 16:9 slide
_UNBOUNDED = 1e7


def text_path(box: QRectF, flags: int, text: str, font: QFont) -> QPainterPath:
    """The outlines of `text` laid out in `box` as QPainter.drawText lays it out (alignment, word
    wrap, fallback fonts for other scripts), never clipped."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    wrap = bool(flags & Qt.TextFlag.TextWordWrap)
    option.setWrapMode(QTextOption.WrapMode.WordWrap if wrap else QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    lines, height = [], 0.0
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(box.width() if wrap else _UNBOUNDED)
        line.setPosition(QPointF(0, height))
        height += line.height()
        lines.append(line)
    layout.endLayout()
    top = box.top()
    if flags & Qt.AlignmentFlag.AlignVCenter:
        top = box.center().y() - height / 2
    elif flags & Qt.AlignmentFlag.AlignBottom:
        top = box.bottom() - height
    path = QPainterPath()
    for line in lines:
        left = box.left()
        if flags & Qt.AlignmentFlag.AlignHCenter:
            left = box.center().x() - line.naturalTextWidth() / 2
        elif flags & Qt.AlignmentFlag.AlignRight:
            left = box.right() - line.naturalTextWidth()
        for run in line.glyphRuns():
            raw = run.rawFont()
            for index, at in zip(run.glyphIndexes(), run.positions()):
                path.addPath(raw.pathForGlyph(index).translated(left + at.x(), top + at.y()))
    return path


class OutlinePainter(QPainter):
    """A painter that fills every text's outlines in the pen's colour instead of writing it."""

    def drawText(self, box: QRectF, flags: int, text: str) -> None:  # type: ignore[override]
        self.fillPath(text_path(QRectF(box), int(flags), text, self.font()), self.pen().color())

    def drawStaticText(self, top_left: QPointF, static: QStaticText) -> None:  # type: ignore[override]
        box = QRectF(top_left, static.size())
        self.fillPath(text_path(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), static.text(),
                                self.font()), self.pen().color())


def render_image(scene: Scene, size: QSize = EXPORT_SIZE) -> QImage:
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(image)
    ScenePainter().paint(p, QRectF(0, 0, size.width(), size.height()), scene)
    p.end()
    return image


def export_png(path: str | Path, scene: Scene, size: QSize = EXPORT_SIZE) -> None:
    if not render_image(scene, size).save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")


def export_svg(path: str | Path, scene: Scene, size: QSize = EXPORT_SIZE, title: str = "") -> None:
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(size)
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setTitle(title or scene.title)
    p = OutlinePainter()
    if not p.begin(generator):
        raise OSError(f"cannot write {path}")
    ScenePainter().paint(p, QRectF(0, 0, size.width(), size.height()), scene, vector=True)
    p.end()
