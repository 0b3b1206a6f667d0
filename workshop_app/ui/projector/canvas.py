"""A widget that paints the controller's scene: the projector's content, or the console's
preview of it (letterboxed to the projector's shape, so it is exactly what the room sees)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from workshop_app.ui.projector.controller import ProjectorController
from workshop_app.ui.projector.scene_painter import ScenePainter

_FRAME = QColor("#9A9A9A")


class ProjectorCanvas(QWidget):
    painted = Signal()  # a frame is on screen (tests and the benchmark wait for it)

    def __init__(self, controller: ProjectorController, *, preview: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.preview = preview
        self.painter = ScenePainter()
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # every pixel is painted
        controller.scene_changed.connect(self.update)
        if preview:
            controller.output_size_changed.connect(self.updateGeometry)
            policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            self.setSizePolicy(policy)

    def content_rect(self) -> QRectF:
        """Where the picture goes: the whole widget, or the preview's letterbox."""
        rect = QRectF(self.rect())
        if not self.preview:
            return rect
        size = self.controller.output_size
        scale = min(rect.width() / size.width(), rect.height() / size.height())
        w, h = size.width() * scale, size.height() * scale
        return QRectF(rect.center().x() - w / 2, rect.center().y() - h / 2, w, h)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        content = self.content_rect()
        if self.preview:
            p.fillRect(self.rect(), self.palette().window())
        self.painter.paint(p, content, self.controller.scene())
        if self.preview:  # the picture's edge, as the screen's
            p.setPen(_FRAME)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(content.adjusted(0, 0, -1, -1))
        p.end()
        self.painted.emit()

    def hasHeightForWidth(self) -> bool:
        return self.preview

    def heightForWidth(self, width: int) -> int:
        size = self.controller.output_size
        return round(width * size.height() / size.width())

    def sizeHint(self) -> QSize:
        return QSize(384, self.heightForWidth(384)) if self.preview else QSize(960, 540)
