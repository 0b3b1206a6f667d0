"""A lean PDF painter for the documents' drawings.

The charts are `reportlab.graphics` drawings; reportlab's own renderer saves, compares and
restores the whole graphics state around every shape, which made a third of a debrief's
time. Our drawings use six flat shape kinds with explicit colours, so `Chart.draw` paints them
straight onto the canvas. A Chart is still a Drawing: it renders anywhere a Drawing does.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, Line, Path, Polygon, Rect, String
from reportlab.pdfgen.canvas import Canvas
from reportlab.pdfgen.pathobject import PDFPathObject

from workshop_app.report import fonts
from workshop_app.report.text_ops import draw_string, set_fill, set_stroke

class Chart(Drawing):
    """A Drawing painted by `paint` in documents."""

    def draw(self, showBoundary: object = None) -> None:  # noqa: ARG002 - Drawing's signature
        paint(self, self.canv)

    def add(self, node: object, name: str | None = None) -> None:
        """A shape, at the end: the charts add only shapes they made, so without reportlab's
        check of each child (a tenth of building a debrief's charts)."""
        if name is not None or node is None:
            super().add(node, name)
        else:
            self.contents.append(node)


def paint(drawing: Drawing, canvas: Canvas) -> None:
    """Paint the drawing's shapes, in order, with the drawing's origin at the canvas origin."""
    canvas.saveState()
    state = _State(canvas)
    for shape in drawing.contents:
        state.paint(shape)
    canvas.restoreState()


class _State:
    """Sets colour, line width and font only when they change: each setting costs operators."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.fill: object = None
        self.stroke: object = None
        self.width: float | None = None
        self.font: tuple[str, float] | None = None

    def paint(self, shape: object) -> None:
        c = self.c
        fill = getattr(shape, "fillColor", None)
        if fill is not None and fill is not self.fill and fill != self.fill:
            set_fill(c, fill)
            self.fill = fill
        if isinstance(shape, String):
            if (shape.fontName, shape.fontSize) != self.font:
                c.setFont(shape.fontName, shape.fontSize)
                self.font = (shape.fontName, shape.fontSize)
            x = shape.x
            if shape.textAnchor != "start":  # as reportlab places them: x less the width, or half of it
                width = fonts.text_width(shape.text, shape.fontName, shape.fontSize)
                x -= width if shape.textAnchor == "end" else 0.5 * width
            draw_string(c, x, shape.y, shape.text)
            return
        stroke = getattr(shape, "strokeColor", None)
        width = getattr(shape, "strokeWidth", 0) if stroke is not None else 0
        if width and stroke is not self.stroke and stroke != self.stroke:
            set_stroke(c, stroke)
            self.stroke = stroke
        if width and width != self.width:
            c.setLineWidth(width)
            self.width = width
        stroke_it, fill_it = int(width > 0), int(fill is not None)
        # A shape's outline is written once and kept on the shape: the shapes every document
        # shares (the map's ground, the legends, the scales) are outlined once per process.
        how = (stroke_it, fill_it, c._fillMode)  # noqa: SLF001
        recorded = shape.__dict__.get("_operators")
        if recorded is not None and recorded[0] == how:
            c._code.extend(recorded[1])  # noqa: SLF001
        else:
            start = len(c._code)  # noqa: SLF001
            _outline(shape, c, stroke_it, fill_it)
            shape.__dict__["_operators"] = (how, tuple(c._code[start:]))  # noqa: SLF001
        if isinstance(shape, Ellipse):
            self.fill = self.stroke = self.width = None  # forget the cache: the state was saved and restored


def _outline(shape: object, c: Canvas, stroke_it: int, fill_it: int) -> None:
    """A shape's own operators (what it draws, not the colours it is drawn in)."""
    if isinstance(shape, Rect) and shape.rx:
        c.roundRect(shape.x, shape.y, shape.width, shape.height, shape.rx, stroke=stroke_it, fill=fill_it)
    elif isinstance(shape, Rect):
        c.rect(shape.x, shape.y, shape.width, shape.height, stroke=stroke_it, fill=fill_it)
    elif isinstance(shape, Circle):
        c.circle(shape.cx, shape.cy, shape.r, stroke=stroke_it, fill=fill_it)
    elif isinstance(shape, Ellipse):  # the synthesis' spread, dashed
        c.saveState()
        if shape.strokeDashArray:
            c.setDash(shape.strokeDashArray)
        c.ellipse(shape.cx - shape.rx, shape.cy - shape.ry, shape.cx + shape.rx, shape.cy + shape.ry,
                  stroke=stroke_it, fill=fill_it)
        c.restoreState()
    elif isinstance(shape, Line):
        c.line(shape.x1, shape.y1, shape.x2, shape.y2)
    elif isinstance(shape, Polygon):
        p = shape.points
        path = c.beginPath()
        path.moveTo(p[0], p[1])
        for i in range(2, len(p), 2):
            path.lineTo(p[i], p[i + 1])
        path.close()
        c.drawPath(path, stroke=stroke_it, fill=fill_it)
    elif isinstance(shape, Path):
        _paint_path(shape, c, stroke_it, fill_it)
    else:
        raise TypeError(f"painter cannot draw {type(shape).__name__}")


def _paint_path(shape: Path, c: Canvas, stroke: int, fill: int) -> None:
    """moveTo/lineTo paths (our patterns), with their dash and line cap."""
    path: PDFPathObject = c.beginPath()
    points = iter(shape.points)
    for op in shape.operators:
        if op == 0:
            path.moveTo(next(points), next(points))
        elif op == 1:
            path.lineTo(next(points), next(points))
        else:
            raise ValueError("painter paths hold moveTo and lineTo only")
    styled = shape.strokeDashArray or shape.strokeLineCap
    if styled:
        c.saveState()
        c.setLineCap(shape.strokeLineCap)
        if shape.strokeDashArray:
            c.setDash(shape.strokeDashArray)
    c.drawPath(path, stroke=stroke, fill=fill)
    if styled:
        c.restoreState()


def shared_chart(width: float, height: float, shapes: tuple[object, ...]) -> Chart:
    """A new chart starting with `shapes` made once and shared: the painter never changes a
    shape, so the same parts of every document are built once per process."""
    d = Chart(width, height)
    d.contents = list(shapes)
    return d
