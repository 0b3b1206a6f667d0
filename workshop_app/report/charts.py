"""The debrief's and the synthesis' charts as vector drawings: bars, time split, tensions.

Territory colours come from model/territories.py; each territory also carries its pattern
(solid, hatch, dots, cross) so the bars stay apart on a greyscale printer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache

from reportlab.graphics.shapes import Circle, Drawing, Line, Path, Polygon, Rect, String
from reportlab.lib.colors import Color, white
from reportlab.pdfbase.pdfmetrics import stringWidth

from workshop_app.model.numbers import rounded, signed
from workshop_app.model.territories import ACCENT, BY_CODE, CENTROID, CODES, INK, MUTED, RULE, Language
from workshop_app.report import fonts
from workshop_app.report.map_drawing import CAP_HEIGHT, colour_of, tint
from workshop_app.report.painter import Chart, shared_chart
from workshop_app.report.texts import text

PATTERN_STEP = 4.0
TRACK = tint(RULE, 0.45)


def _pattern(d: Drawing, x: float, y: float, w: float, h: float, pattern: str) -> None:
    """White strokes over a filled rectangle: the territory's greyscale cue, as one path."""
    if w > 0 and h > 0 and pattern != "solid":
        d.add(_pattern_path(x, y, w, h, pattern))


@lru_cache(maxsize=1024)
def _pattern_path(x: float, y: float, w: float, h: float, pattern: str) -> Path:
    """The strokes of a pattern, made once per place and size: bars of the same length recur
    from one manager to the next (scores and shares take a few values), and the painter
    writes a shape it has seen as it wrote it the first time."""
    path = Path(strokeColor=white, strokeWidth=0.8, fillColor=None)
    if pattern == "dots":
        # Dots are round-capped dashes of zero length, a row per sub-path.
        path.strokeWidth, path.strokeLineCap, path.strokeDashArray = 1.3, 1, [0, PATTERN_STEP]
        row = y + PATTERN_STEP / 2
        while row < y + h:
            path.moveTo(x + PATTERN_STEP / 2, row)
            path.lineTo(x + w, row)
            row += PATTERN_STEP
    else:
        for direction in (1, -1) if pattern == "cross" else (1,):
            _diagonals(path, x, y, w, h, direction)
    return path


def _diagonals(path: Path, x: float, y: float, w: float, h: float, direction: int) -> None:
    """Parallel 45° lines clipped to the rectangle (direction 1: rising, -1: falling)."""
    step = PATTERN_STEP * 1.4
    c = -h
    while c < w:
        # Rising lines: (x + c + t, y + t); falling: (x + c + t, y + h - t), t along the line.
        t0, t1 = max(0.0, -c), min(h, w - c)
        if t1 > t0:
            ya, yb = (y + t0, y + t1) if direction == 1 else (y + h - t0, y + h - t1)
            path.moveTo(x + c + t0, ya)
            path.lineTo(x + c + t1, yb)
        c += step


def _territory_rect(d: Drawing, code: str, x: float, y: float, w: float, h: float) -> None:
    """A rectangle in the territory's colour, its greyscale pattern over it."""
    t = BY_CODE[code]
    d.add(Rect(x, y, w, h, fillColor=colour_of(t.colour), strokeColor=None))
    _pattern(d, x, y, w, h, t.pattern)


def territory_swatch(code: str, size: float = 9) -> Drawing:
    """A small square in the territory's colour and pattern, for legends and headings."""
    return shared_chart(size, size, _swatch_shapes(code, size))


@lru_cache(maxsize=32)
def _swatch_shapes(code: str, size: float) -> tuple[object, ...]:
    d = Chart(size, size)
    _territory_rect(d, code, 0, 0, size, size)
    return tuple(d.contents)


def _text(d: Drawing, x: float, y_mid: float, value: str, size: float, *, anchor: str = "start",
          font: str = fonts.REGULAR, colour: str | Color = INK) -> None:
    """A one-line label whose capitals are centred on `y_mid`."""
    d.add(String(x, y_mid - CAP_HEIGHT * size / 2, value, fontName=font, fontSize=size,
                 fillColor=colour_of(colour) if isinstance(colour, str) else colour, textAnchor=anchor))


def territory_bars(
    width: float,
    names: Mapping[str, str],
    values: Mapping[str, float],
    *,
    scale_max: float = 100,
    marks: Mapping[str, float] | None = None,
    spreads: Mapping[str, float] | None = None,
    value_format: Callable[[float], str] = lambda v: str(rounded(v)),
    row: float = 30,
) -> Drawing:
    """One horizontal bar per territory on a light track, the value large at the end.

    `marks` draws a black tick (the group mean); `spreads` a whisker of plus or minus that much.
    """
    fonts.register_fonts()
    name_w, value_w, bar_h = 118, 46, 12
    track_w = width - name_w - value_w
    d = Chart(width, row * len(CODES))
    for i, code in enumerate(CODES):
        mid = row * (len(CODES) - i - 0.5)
        _text(d, 0, mid, names[code], 10, font=fonts.SEMIBOLD)
        x0, y0 = name_w, mid - bar_h / 2
        d.add(Rect(x0, y0, track_w, bar_h, fillColor=TRACK, strokeColor=None))
        _territory_rect(d, code, x0, y0, track_w * max(0.0, min(values[code], scale_max)) / scale_max, bar_h)
        if spreads is not None:
            lo = max(0.0, values[code] - spreads[code]) / scale_max * track_w
            hi = min(scale_max, values[code] + spreads[code]) / scale_max * track_w
            for x1, y1, x2, y2 in ((lo, mid, hi, mid), (lo, mid - 4, lo, mid + 4), (hi, mid - 4, hi, mid + 4)):
                d.add(Line(x0 + x1, y1, x0 + x2, y2, strokeColor=colour_of(INK), strokeWidth=1))
        if marks is not None:
            mx = x0 + track_w * max(0.0, min(marks[code], scale_max)) / scale_max
            d.add(Rect(mx - 1, y0 - 4, 2, bar_h + 8, fillColor=colour_of(INK), strokeColor=white,
                       strokeWidth=0.5))
        _text(d, width, mid, value_format(values[code]), 16, anchor="end", font=fonts.BOLD)
    return d


def territory_counts(width: float, names: Mapping[str, str], counts: Mapping[str, int], row: float = 26) -> Drawing:
    """Each territory with its swatch and a count, large: how many people have it as major."""
    fonts.register_fonts()
    d = Chart(width, row * len(CODES))
    for i, code in enumerate(CODES):
        mid = row * (len(CODES) - i - 0.5)
        _territory_rect(d, code, 0, mid - 5, 10, 10)
        _text(d, 18, mid, names[code], 10, font=fonts.SEMIBOLD)
        _text(d, width, mid, str(counts[code]), 16, anchor="end", font=fonts.BOLD)
    return d


def time_split(
    width: float,
    names: Mapping[str, str],
    today: Mapping[str, float],
    ideal: Mapping[str, float],
    *,
    value_format: Callable[[float], str] = lambda v: str(rounded(v)),
) -> Drawing:
    """Today (light) above ideal (full colour) per territory, with both figures and the change."""
    fonts.register_fonts()
    name_w, figures_w, bar_h, gap, row = 118, 170, 9, 2, 40
    track_w = width - name_w - figures_w
    scale_max = max(50.0, *today.values(), *ideal.values())
    d = Chart(width, row * len(CODES))
    for i, code in enumerate(CODES):
        mid = row * (len(CODES) - i - 0.5)
        _text(d, 0, mid, names[code], 10, font=fonts.SEMIBOLD)
        today_y, ideal_y = mid + gap / 2, mid - gap / 2 - bar_h
        d.add(Rect(name_w, today_y, track_w * today[code] / scale_max, bar_h,
                   fillColor=tint(BY_CODE[code].colour, 0.35), strokeColor=None))
        _territory_rect(d, code, name_w, ideal_y, track_w * ideal[code] / scale_max, bar_h)
        change = rounded(ideal[code]) - rounded(today[code])  # adds up with the figures shown
        figures = ((width - 120, value_format(today[code]), fonts.REGULAR, MUTED),
                   (width - 60, value_format(ideal[code]), fonts.BOLD, INK),
                   (width, signed(change), fonts.SEMIBOLD, ACCENT if change else MUTED))
        for x, value, font, colour in figures:
            _text(d, x, mid, value, 13, anchor="end", font=font, colour=colour)
    return d


def time_legend(width: float, language: Language) -> Drawing:
    """Column heads for `time_split`: swatches drawn as the bars are (light today, full colour and
    pattern in 12 months, one square per territory), and the three figure columns."""
    return shared_chart(width, 16, _time_legend_shapes(width, language))


@lru_cache(maxsize=8)
def _time_legend_shapes(width: float, language: Language) -> tuple[object, ...]:
    """The legend's shapes, made once per width and language: every debrief shows the same."""
    fonts.register_fonts()
    today, ideal = text(language, "today"), text(language, "ideal")
    d = Chart(width, 16)
    x = 0.0
    for label, full in ((today, False), (ideal, True)):
        for code in CODES:
            if full:
                _territory_rect(d, code, x, 4, 8, 8)
            else:
                d.add(Rect(x, 4, 8, 8, fillColor=tint(BY_CODE[code].colour, 0.35), strokeColor=None))
            x += 9
        _text(d, x + 4, 8, label, 8, colour=MUTED)
        x += 4 + stringWidth(label, fonts.REGULAR, 8) + 16
    columns = (today, text(language, "ideal_short"), text(language, "change"))
    for right, label in zip((width - 120, width - 60, width), columns):
        _text(d, right, 8, label, 8, anchor="end", colour=MUTED)
    return tuple(d.contents)


def tension_scale(width: float, steps: int, value: int | None, group_mean: float | None) -> Drawing:
    """Steps as dots on a line; the answer a large dot, the group mean a grey diamond above."""
    pad, y = 10, 12
    gap = (width - 2 * pad) / (steps - 1)
    d = shared_chart(width, 30, _scale_shapes(width, steps))
    if value is not None:
        d.add(Circle(pad + (value - 1) * gap, y, 7, fillColor=colour_of(ACCENT), strokeColor=white, strokeWidth=1.5))
    if group_mean is not None:
        gx, gy, s = pad + (group_mean - 1) * gap, y + 13, 4
        d.add(Polygon([gx, gy - s, gx + s, gy, gx, gy + s, gx - s, gy], fillColor=colour_of(CENTROID),
                      strokeColor=white, strokeWidth=0.5))
    return d


@lru_cache(maxsize=8)
def _scale_shapes(width: float, steps: int) -> tuple[object, ...]:
    """A tension scale's line and steps, the same on every row and every debrief."""
    pad, y = 10, 12
    gap = (width - 2 * pad) / (steps - 1)
    line = Line(pad, y, width - pad, y, strokeColor=colour_of(RULE), strokeWidth=1.5)
    # Every step at once: round-capped dashes of zero length, one dash period per step.
    dots = Path(strokeColor=tint(MUTED, 0.7), strokeWidth=6, strokeLineCap=1, strokeDashArray=[0, gap],
                fillColor=None)
    dots.moveTo(pad, y)
    dots.lineTo(width - pad + 0.5, y)
    return line, dots


def step_histogram(width: float, counts: Sequence[int], height: float = 46) -> Drawing:
    """How many people chose each step of a tension: columns with their count on top."""
    fonts.register_fonts()
    d = Chart(width, height)
    n = len(counts)
    slot = width / n
    top = max(counts) or 1
    base, room = 4, height - 18
    d.add(Line(0, base, width, base, strokeColor=colour_of(RULE), strokeWidth=1))
    for i, count in enumerate(counts):
        h = room * count / top
        x = i * slot + slot * 0.2
        if count:
            d.add(Rect(x, base, slot * 0.6, h, fillColor=colour_of(ACCENT), strokeColor=None))
        _text(d, x + slot * 0.3, base + h + 7, str(count), 8.5, anchor="middle",
              font=fonts.SEMIBOLD if count else fonts.REGULAR, colour=INK if count else MUTED)
    return d
