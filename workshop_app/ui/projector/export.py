"""The current view as a picture for the trainer's slides: PNG, or SVG that stays vector."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from workshop_app.ui.projector.scene import Scene
from workshop_app.ui.projector.scene_painter import ScenePainter

EXPORT_SIZE = QSize(1920, 1080)  # a 16:9 slide


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
    p = QPainter()
    if not p.begin(generator):
        raise OSError(f"cannot write {path}")
    ScenePainter().paint(p, QRectF(0, 0, size.width(), size.height()), scene, vector=True)
    p.end()
