"""The projector's chart views: the group's practices, majors, time, tensions, participation.

Each paints the group's figures into the body of the picture. Rows of the same kind line up
across views (name, big number, bar), numbers are big and words few: read from 10 metres.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF

from workshop_app.model.instrument import Instrument
from workshop_app.model.numbers import rounded, signed
from workshop_app.model.scoring import GroupResult
from workshop_app.model.territories import CODES
from workshop_app.ui.projector import style
from workshop_app.ui.projector.scene import JoinInfo
from workshop_app.ui.projector.texts import RoomText
from workshop_app.ui.theme import territory_colour

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


def text(p: QPainter, box: QRectF, flags: Qt.AlignmentFlag, value: str, font: QFont, colour: QColor) -> None:
    """Plain text (QPainter.drawText never reads markup), never clipped by its box."""
    p.setFont(font)
    p.setPen(colour)
    p.drawText(box, int(flags | Qt.TextFlag.TextDontClip), value)


def fitted(p: QPainter, value: str, width: float, height: float, fraction: float,
           smallest: float = style.SMALL, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """The largest font from `fraction` down to `smallest` (of the height) that fits `width`."""
    f = style.font(height, fraction, weight)
    while fraction > smallest:
        p.setFont(f)
        if p.fontMetrics().horizontalAdvance(value) <= width:
            break
        fraction = max(smallest, fraction - 0.002)
        f = style.font(height, fraction, weight)
    return f


def message(p: QPainter, body: QRectF, height: float, headline: str, note: str = "") -> None:
    """A centred headline (and note) where a chart would be."""
    line = height * style.FIGURE * 1.4
    top = body.center().y() - line / 2 - (line * 0.4 if note else 0)
    text(p, QRectF(body.x(), top, body.width(), line), _CENTRE,
         headline, fitted(p, headline, body.width(), height, style.FIGURE * 0.8, weight=QFont.Weight.Bold),
         style.INK)
    if note:
        text(p, QRectF(body.x(), top + line, body.width(), line * 0.6), _CENTRE, note,
             style.font(height, style.BODY), style.MUTED)


def bar(p: QPainter, box: QRectF, code: str, height: float, *, hollow: bool = False) -> None:
    """A territory's bar: its colour with its pattern, or a tinted outline for a 'before' value."""
    if box.width() <= 0:
        return
    if hollow:
        p.setPen(QPen(territory_colour(code), max(1.5, height * 0.003)))
        p.setBrush(style.tint(code, 0.18))
        p.drawRect(box.adjusted(0.75, 0.75, -0.75, -0.75))
        return
    p.fillRect(box, territory_colour(code))
    pattern = style.pattern_brush(code, height)
    if pattern is not None:
        p.fillRect(box, pattern)


class Rows:
    """Four territory rows: a name column as wide as the longest name, a number column, the bars."""

    def __init__(self, p: QPainter, body: QRectF, height: float, names: list[str], *, number: bool = True) -> None:
        self.height = height
        self.row = body.height() / len(names)
        self.body = body
        p.setFont(style.font(height, style.HEADING, QFont.Weight.Bold))
        longest = max(p.fontMetrics().horizontalAdvance(name) for name in names)
        self.name_w = min(body.width() * 0.3, longest + height * 0.04)
        self.number_w = height * 0.14 if number else 0.0
        self.names = names
        self.bars = QRectF(body.x() + self.name_w + self.number_w + height * 0.03, body.y(),
                           body.width() - self.name_w - self.number_w - height * 0.03, body.height())

    def band(self, index: int) -> QRectF:
        return QRectF(self.body.x(), self.body.y() + index * self.row, self.body.width(), self.row)

    def name(self, p: QPainter, index: int, value: str, code: str) -> None:
        band = self.band(index)
        box = QRectF(band.x(), band.y(), self.name_w, band.height())
        font = fitted(p, value, self.name_w, self.height, style.HEADING, weight=QFont.Weight.Bold)
        text(p, box, _LEFT, value, font, style.text_colour(code))

    def number(self, p: QPainter, box: QRectF, value: str, fraction: float = style.FIGURE * 0.62) -> None:
        cell = QRectF(self.body.x() + self.name_w, box.y(), self.number_w, box.height())
        text(p, cell, _RIGHT, value, style.font(self.height, fraction, QFont.Weight.Bold), style.INK)

    def span(self, band: QRectF, thickness: float, offset: float = 0.0) -> QRectF:
        """A bar's full-length box, `thickness` of the row, centred (plus `offset` rows)."""
        h = self.row * thickness
        top = band.center().y() - h / 2 + offset * self.row
        return QRectF(self.bars.x(), top, self.bars.width(), h)

    def grid(self, p: QPainter, ticks: list[float], top: float, labels: list[str]) -> None:
        """Light vertical rules at the scale's ticks, labelled under the last row."""
        p.setPen(QPen(style.RULE, max(1.0, self.height * 0.0012)))
        bottom = self.body.bottom()
        for tick in ticks:
            x = self.bars.x() + tick * self.bars.width()
            p.drawLine(QPointF(x, top), QPointF(x, bottom))
        small = style.font(self.height, style.SMALL)
        w = self.height * 0.1
        for tick, label in zip(ticks, labels):
            x = self.bars.x() + tick * self.bars.width()
            text(p, QRectF(x - w / 2, bottom, w, self.height * 0.04), _CENTRE, label, small, style.MUTED)


def _names(instrument: Instrument, room: RoomText) -> list[str]:
    return [instrument.territory_name(code, room.language) for code in CODES]  # type: ignore[arg-type]


def paint_profile(p: QPainter, body: QRectF, group: GroupResult, instrument: Instrument,
                  room: RoomText, height: float) -> None:
    stats = group.territories
    assert stats is not None
    rows = Rows(p, body.adjusted(0, 0, 0, -height * 0.05), height, _names(instrument, room))
    rows.grid(p, [0, 0.25, 0.5, 0.75, 1], body.y(), ["0", "25", "50", "75", "100"])
    for index, code in enumerate(CODES):
        band = rows.band(index)
        rows.name(p, index, rows.names[index], code)
        stat = stats[code]
        rows.number(p, band, room.number(stat.mean))
        full = rows.span(band, 0.46)
        bar(p, QRectF(full.x(), full.y(), full.width() * stat.mean / 100, full.height()), code, height)
        low, high = max(0.0, stat.mean - stat.sd) / 100, min(100.0, stat.mean + stat.sd) / 100
        y = full.center().y()
        x1, x2 = full.x() + low * full.width(), full.x() + high * full.width()
        cap = full.height() * 0.42
        p.setPen(QPen(style.INK, max(2.0, height * 0.0045), Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        p.drawLine(QPointF(x1, y), QPointF(x2, y))
        p.drawLine(QPointF(x1, y - cap), QPointF(x1, y + cap))
        p.drawLine(QPointF(x2, y - cap), QPointF(x2, y + cap))


def paint_majors(p: QPainter, body: QRectF, group: GroupResult, instrument: Instrument,
                 room: RoomText, height: float) -> None:
    rows = Rows(p, body, height, _names(instrument, room))
    most = max(max(group.majors.values()), 1)
    for index, code in enumerate(CODES):
        band = rows.band(index)
        rows.name(p, index, rows.names[index], code)
        count = group.majors[code]
        rows.number(p, band, str(count), style.FIGURE * 0.8)
        full = rows.span(band, 0.5)
        bar(p, QRectF(full.x(), full.y(), full.width() * count / most, full.height()), code, height)


def paint_time(p: QPainter, body: QRectF, group: GroupResult, instrument: Instrument,
               room: RoomText, height: float) -> None:
    today, ideal = group.allocation_today, group.allocation_ideal
    assert today is not None
    legend_h = height * 0.05
    rows = Rows(p, body.adjusted(0, legend_h, 0, 0), height, _names(instrument, room), number=False)
    scale = max(40.0, *today.values(), *(ideal or {}).values()) * 1.1
    delta_w = body.width() * 0.09
    bars_w = rows.bars.width() - delta_w - height * 0.02
    _time_legend(p, QRectF(rows.bars.x(), body.y(), bars_w, legend_h), room, height, ideal is not None)
    small = style.font(height, style.BODY, QFont.Weight.DemiBold)
    for index, code in enumerate(CODES):
        band = rows.band(index)
        rows.name(p, index, rows.names[index], code)
        phases = [(today[code], True)] + ([(ideal[code], False)] if ideal else [])
        for k, (value, hollow) in enumerate(phases):
            offset = (k - (len(phases) - 1) / 2) * 0.3
            full = rows.span(band, 0.27, offset)
            box = QRectF(full.x(), full.y(), bars_w * value / scale, full.height())
            bar(p, box, code, height, hollow=hollow)
            label = QRectF(box.right() + height * 0.01, full.y(), height * 0.1, full.height())
            text(p, label, _LEFT, room.number(value), small, style.MUTED if hollow else style.INK)
        if ideal:
            change = rounded(ideal[code]) - rounded(today[code])  # adds up with the numbers shown
            delta = QRectF(body.right() - delta_w, band.y(), delta_w, band.height())
            text(p, delta, _RIGHT, signed(change),
                 style.font(height, style.FIGURE * 0.62, QFont.Weight.Bold), style.INK)


def _time_legend(p: QPainter, box: QRectF, room: RoomText, height: float, with_ideal: bool) -> None:
    swatch = height * 0.026
    font = style.font(height, style.BODY)
    x = box.x()
    entries = [(room.get("today"), True)] + ([(room.get("ideal"), False)] if with_ideal else [])
    for label, hollow in entries:
        sample = QRectF(x, box.center().y() - swatch / 2, swatch * 1.6, swatch)
        if hollow:
            p.setPen(QPen(style.INK, max(1.5, height * 0.003)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(sample)
        else:
            p.fillRect(sample, style.INK)
        p.setFont(font)
        width = p.fontMetrics().horizontalAdvance(label)
        text(p, QRectF(sample.right() + height * 0.012, box.y(), width + 2, box.height()), _LEFT, label, font,
             style.INK)
        x = sample.right() + height * 0.012 + width + height * 0.05


def paint_tensions(p: QPainter, body: QRectF, group: GroupResult, instrument: Instrument,
                   room: RoomText, height: float) -> None:
    block_h = body.height() / len(instrument.tensions)
    pole = style.font(height, style.BODY, QFont.Weight.DemiBold)
    count_font = style.font(height, style.SMALL * 1.1, QFont.Weight.Bold)
    for index, tension in enumerate(instrument.tensions):
        block = QRectF(body.x(), body.y() + index * block_h, body.width(), block_h * 0.86)
        line_h = height * 0.045
        half = block.width() / 2 - height * 0.02
        text(p, QRectF(block.x(), block.y(), half, line_h), _LEFT,
             "← " + tension.left[room.language], pole, style.INK)
        text(p, QRectF(block.right() - half, block.y(), half, line_h), _RIGHT,
             tension.right[room.language] + " →", pole, style.INK)
        counts = group.tensions[tension.id]
        steps = len(counts)
        chart = QRectF(block.x(), block.y() + line_h * 1.2, block.width(), block.height() - line_h * 1.2)
        axis_y = chart.bottom() - height * 0.008
        cell = chart.width() / steps
        most = max(max(counts), 1)
        tallest = axis_y - chart.y() - height * 0.035
        for step, n in enumerate(counts):
            x = chart.x() + step * cell + cell * 0.12
            h = tallest * n / most
            p.fillRect(QRectF(x, axis_y - h, cell * 0.76, h), style.ACCENT)
            if n:
                text(p, QRectF(x, axis_y - h - height * 0.034, cell * 0.76, height * 0.03), _CENTRE,
                     str(n), count_font, style.INK)
        p.setPen(QPen(style.INK, max(1.5, height * 0.003)))
        p.drawLine(QPointF(chart.x(), axis_y), QPointF(chart.right(), axis_y))
        mean = group.tension_means[tension.id]
        if mean is not None:
            x = chart.x() + (mean - 0.5) * cell
            size = height * 0.016
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(style.INK)
            p.drawPolygon(QPolygonF([QPointF(x, axis_y + size * 0.3), QPointF(x - size, axis_y + size * 1.6),
                                     QPointF(x + size, axis_y + size * 1.6)]))


def paint_participation(p: QPainter, body: QRectF, group: GroupResult, room: RoomText, height: float) -> None:
    finished, invited = group.n_finished, group.n_invited
    answering = group.n_started - group.n_finished
    waiting = invited - group.n_started
    counter = QRectF(body.x(), body.y(), body.width(), body.height() * 0.5)
    text(p, counter, _CENTRE, f"{finished} / {invited}", style.font(height, style.HUGE, QFont.Weight.Bold),
         style.INK)
    text(p, QRectF(body.x(), counter.bottom(), body.width(), height * 0.07), _CENTRE, room.get("finished", count=finished),
         style.font(height, style.HEADING, QFont.Weight.DemiBold), style.MUTED)
    track = QRectF(body.x() + body.width() * 0.1, counter.bottom() + height * 0.12, body.width() * 0.8,
                   height * 0.05)
    share = track.width() / max(invited, 1)
    p.setPen(Qt.PenStyle.NoPen)
    p.fillRect(QRectF(track.x(), track.y(), share * finished, track.height()), style.INK)
    started = QRectF(track.x() + share * finished, track.y(), share * answering, track.height())
    p.fillRect(started, style.MUTED)
    p.setPen(QPen(style.INK, max(1.5, height * 0.003)))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(track)
    legend = [(room.get("answering", count=answering), style.MUTED), (room.get("not_started", count=waiting), None)]
    _swatch_legend(p, QRectF(body.x(), track.bottom() + height * 0.02, body.width(), height * 0.07), legend, height)


def _swatch_legend(p: QPainter, line: QRectF, entries: list[tuple[str, QColor | None]], height: float) -> None:
    """Centred entries, each after a swatch of its fill (None: an empty box)."""
    font = style.font(height, style.BODY)
    p.setFont(font)
    swatch, gap, spacing = height * 0.026, height * 0.012, height * 0.06
    widths = [swatch + gap + p.fontMetrics().horizontalAdvance(label) for label, _ in entries]
    x = line.center().x() - (sum(widths) + spacing * (len(entries) - 1)) / 2
    for (label, fill), width in zip(entries, widths):
        box = QRectF(x, line.center().y() - swatch / 2, swatch, swatch)
        p.setPen(QPen(style.INK, max(1.5, height * 0.003)))
        p.setBrush(fill if fill is not None else Qt.BrushStyle.NoBrush)
        p.drawRect(box)
        text(p, QRectF(box.right() + gap, line.y(), width - swatch - gap + 2, line.height()), _LEFT, label, font,
             style.INK)
        x += width + spacing


def paint_logo_path(p: QPainter, centre: QPointF, size: float) -> None:
    """The product's mark, for a title card without the client's logo: four balanced quadrants."""
    half = size / 2
    for code, dx, dy in (("analyser", -1, -1), ("developper", 0, -1), ("faire", -1, 0), ("commando", 0, 0)):
        path = QPainterPath()
        path.addRoundedRect(QRectF(centre.x() + dx * half + size * 0.02, centre.y() + dy * half + size * 0.02,
                                   half - size * 0.04, half - size * 0.04), size * 0.06, size * 0.06)
        p.fillPath(path, territory_colour(code))


def paint_qr(p: QPainter, modules: list[list[bool]], box: QRectF, quiet: int) -> None:
    """A QR code filling the square `box`, `quiet` modules of white inside it; modules on whole
    pixels, so a camera reads sharp edges."""
    count = len(modules) + 2 * quiet
    cell = max(1, int(box.width() // count))
    side = cell * count
    x0 = round(box.x() + (box.width() - side) / 2)
    y0 = round(box.y() + (box.height() - side) / 2)
    p.fillRect(QRectF(x0, y0, side, side), style.BACKGROUND)
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                p.fillRect(QRectF(x0 + (quiet + c) * cell, y0 + (quiet + r) * cell, cell, cell), style.INK)


def paint_join(p: QPainter, rect: QRectF, title: str, join: JoinInfo | None, room: RoomText) -> None:
    """The code at the full height of the picture (a code is read from about ten times its width,
    so from the back of the room), and beside it the title, the Wi-Fi to join, the address to
    type in large type, and how many phones have joined."""
    height = rect.height()
    margin = height * style.MARGIN
    if join is None:
        header = QRectF(rect.x() + margin * 1.4, rect.y() + margin, rect.width() - margin * 2.8, height * 0.07)
        text(p, header, _LEFT, title, style.font(height, style.TITLE, QFont.Weight.Bold), style.INK)
        message(p, rect, height, room.get("join_closed"), room.get("join_closed_note"))
        return
    side = min(height - 2 * margin, rect.width() * 0.55)
    code = QRectF(rect.x() + margin * 1.4, rect.y() + (height - side) / 2, side, side)
    # Imported here, not with the projector: the report package (reportlab) stays out of the console's start.
    from workshop_app.report.join_card import qr_modules

    paint_qr(p, qr_modules(join.url), code, quiet=2)  # the picture's white margin is the rest of the quiet zone
    column = QRectF(code.right() + margin, rect.y() + margin, rect.right() - margin * 1.4 - code.right() - margin,
                    height - 2 * margin)
    host, _, path = join.address.partition("/j/")
    bold = QFont.Weight.Bold
    lines = [(title, style.TITLE, bold, style.INK)]
    if join.wifi_name:
        lines.append((room.get("join_wifi", name=join.wifi_name), style.HEADING, bold, style.INK))
    lines += [(room.get("join_scan"), style.HEADING, bold, style.INK),
              (room.get("join_type"), style.BODY, QFont.Weight.Normal, style.MUTED),
              (host, style.TITLE, bold, style.INK), ("/j/" + path, style.TITLE, bold, style.INK)]
    y = column.y()
    for index, (value, fraction, weight, colour) in enumerate(lines):
        y = _column_line(p, column, y, value, fitted(p, value, column.width(), height, fraction, weight=weight),
                         colour)
        y += height * 0.035 if index == 0 else height * 0.012
    figure_h = height * style.FIGURE * 1.5
    count_top = column.bottom() - figure_h - height * 0.06
    text(p, QRectF(column.x(), count_top, column.width(), figure_h), _LEFT, str(join.joined),
         style.font(height, style.FIGURE * 1.5, QFont.Weight.Bold), style.INK)
    caption = room.get("joined", count=join.joined)
    text(p, QRectF(column.x(), count_top + figure_h, column.width(), height * 0.06), _LEFT, caption,
         fitted(p, caption, column.width(), height, style.HEADING, weight=QFont.Weight.DemiBold), style.MUTED)


def _column_line(p: QPainter, column: QRectF, y: float, value: str, font: QFont, colour: QColor) -> float:
    """`value` at `y` in the column, on several lines when even the smallest type is too wide
    (a long Wi-Fi name); where the next line starts."""
    p.setFont(font)
    flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWrapAnywhere
    box = p.fontMetrics().boundingRect(QRectF(column.x(), y, column.width(), column.height()).toRect(),
                                       int(flags), value)
    text(p, QRectF(column.x(), y, column.width(), box.height()), flags, value, font, colour)
    return y + box.height() * 1.15


def paint_join_banner(p: QPainter, rect: QRectF, join: JoinInfo, room: RoomText) -> None:
    """One line in the bottom margin for latecomers, under whatever the view shows."""
    height = rect.height()
    margin = height * style.MARGIN
    line = QRectF(rect.x() + margin * 1.4, rect.bottom() - margin, rect.width() - margin * 2.8, margin * 0.9)
    value = room.get("join_banner", address=join.address)
    text(p, line, _RIGHT, value, fitted(p, value, line.width(), height, style.SMALL, weight=QFont.Weight.DemiBold),
         style.MUTED)
