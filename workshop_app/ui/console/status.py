"""Progress of a part as a chip: not started (grey), in progress (amber), done (green), not asked
(outlined: the practices of a short questionnaire)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

# (fill, text) per status: calm tints, the text legible on each.
CHIP_COLOURS = {
    "not_started": ("#EFEFF2", "#6B6B6B"),
    "in_progress": ("#FFF1D6", "#8A5A00"),
    "done": ("#DDF3EA", "#00664A"),
    "not_asked": ("#FFFFFF", "#B0B0B0"),
}
STATUS_ROLE = Qt.UserRole + 1
SELECTED = "#E4E4F2"  # the selected row, as the console's style sheet paints it


def status_text(status: str) -> str:
    return {
        "not_started": QCoreApplication.translate("Status", "Not started"),
        "in_progress": QCoreApplication.translate("Status", "In progress"),
        "done": QCoreApplication.translate("Status", "Done"),
        "not_asked": QCoreApplication.translate("Status", "Not asked"),
    }[status]


class ChipDelegate(QStyledItemDelegate):
    """Paints the cell's status (STATUS_ROLE) as a rounded chip with its word."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        status = index.data(STATUS_ROLE)
        if status not in CHIP_COLOURS:
            super().paint(painter, option, index)
            return
        if option.state & QStyle.State_Selected:
            painter.fillRect(option.rect, QColor(SELECTED))
        fill, ink = CHIP_COLOURS[status]
        text = status_text(status)
        metrics = option.fontMetrics
        width = metrics.horizontalAdvance(text) + 24
        height = metrics.height() + 8
        rect = QRectF(option.rect.x() + 8, option.rect.center().y() - height / 2 + 1, width, height)
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen if status != "not_asked" else QColor("#E0E0E0"))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, height / 2, height / 2)
        painter.setPen(QColor(ink))
        painter.drawText(rect, Qt.AlignCenter, text)
        painter.restore()
