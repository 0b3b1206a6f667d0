"""The fair debrief baseline: a canvas emitting the debrief's own drawing operators, page by page.

`operations_of` reads a PDF's content streams once (outside any timing) into canvas calls;
`replay` makes them again through reportlab's canvas: the same text in the same fonts and
sizes, the same paths, colours, line styles, saved states and transforms, with reportlab's
own number formatting, text encoding and font subsetting. What it leaves out is exactly what
the debrief adds: choosing the words, laying them out and breaking lines.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import ContentStream
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import FILL_EVEN_ODD, FILL_NON_ZERO, Canvas

Call = tuple[str, tuple[object, ...]]
_PAINT = {b"S": (1, 0, FILL_NON_ZERO), b"s": (1, 0, FILL_NON_ZERO), b"f": (0, 1, FILL_NON_ZERO),
          b"F": (0, 1, FILL_NON_ZERO), b"f*": (0, 1, FILL_EVEN_ODD), b"B": (1, 1, FILL_NON_ZERO),
          b"B*": (1, 1, FILL_EVEN_ODD), b"b": (1, 1, FILL_NON_ZERO), b"b*": (1, 1, FILL_EVEN_ODD),
          b"n": (0, 0, FILL_NON_ZERO)}
_CANVAS = {b"q": "saveState", b"Q": "restoreState", b"cm": "transform", b"w": "setLineWidth",
           b"J": "setLineCap", b"j": "setLineJoin", b"RG": "setStrokeColorRGB", b"rg": "setFillColorRGB",
           b"G": "setStrokeGray", b"g": "setFillGray"}
_PATH = {b"m": "moveTo", b"l": "lineTo", b"c": "curveTo", b"re": "rect", b"h": "close"}
_TEXT = {b"Tm": "setTextTransform", b"TL": "setLeading", b"rg": "setFillColorRGB", b"g": "setFillGray",
         b"RG": "setStrokeColorRGB", b"Td": "moveCursor"}


@dataclass(frozen=True)
class Page:
    calls: tuple[Call, ...]


def _to_unicode(font: object) -> dict[int, str]:
    data = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    data = data[data.index("beginbfchar"):]
    out = {}
    for code, uni in re.findall(r"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>", data):
        out[int(code, 16)] = bytes.fromhex(uni).decode("utf-16-be")
    return out


def _registered(base_font: str) -> str:
    """The registered reportlab font whose face is `base_font` (a subset tag removed)."""
    face = base_font.split("+")[-1]
    for name in pdfmetrics.getRegisteredFontNames():
        font = pdfmetrics.getFont(name)
        fname = font.face.name
        if (fname.decode() if isinstance(fname, bytes) else fname) == face:
            return name
    raise ValueError(f"no registered font for {base_font}")


def _preamble(ops: list) -> int:
    """How many operations the canvas writes by itself at a page's start (its transform and its
    initial font), which the replaying canvas writes again by itself."""
    n = 1 if ops and ops[0][1] == b"cm" else 0
    if [op for _, op in ops[n:n + 4]] == [b"BT", b"Tf", b"TL", b"ET"]:
        n += 4
    return n


def operations_of(pdf: bytes) -> list[Page]:
    """Every page's drawing as canvas calls (text decoded back to Unicode through its fonts)."""
    reader = PdfReader(io.BytesIO(pdf))
    pages = []
    for page in reader.pages:
        fonts = {name: (_registered(str(ref.get_object()["/BaseFont"])), _to_unicode(ref.get_object()))
                 for name, ref in page["/Resources"]["/Font"].items()}
        calls: list[Call] = []
        font: tuple[str, dict[int, str]] | None = None
        ops = ContentStream(page.get_contents(), reader).operations
        i = _preamble(ops)
        while i < len(ops):
            operands, op = ops[i]
            after = ops[i + 1][1] if i + 1 < len(ops) else None
            args = tuple(float(x) for x in operands) if op not in (b"Tf", b"Tj", b"d") else ()
            if op == b"BT":
                tm = [float(x) for x in ops[i + 1][0]] if after == b"Tm" else []
                if tm[:4] == [1, 0, 0, 1]:  # beginText(x, y) writes this first Tm itself
                    calls.append(("BT", tuple(tm[4:])))
                    i += 1
                else:
                    calls.append(("BT", ()))
            elif op == b"ET":
                calls.append(("ET", ()))
            elif op == b"Tf":  # setFont writes Tf and TL together
                font = fonts[str(operands[0])]
                leading = (float(ops[i + 1][0][0]),) if after == b"TL" else ()
                calls.append(("text", ("setFont", font[0], float(operands[1]), *leading)))
                i += after == b"TL"
            elif op == b"Tj":  # textLine writes Tj and T* together
                raw = operands[0].original_bytes if hasattr(operands[0], "original_bytes") else bytes(operands[0])
                chars = "".join(font[1].get(b, "") for b in raw)
                calls.append(("text", ("textLine" if after == b"T*" else "textOut", chars)))
                i += after == b"T*"
            elif op == b"T*":
                calls.append(("text", ("textLine", "")))
            elif op == b"d":
                calls.append(("canvas", ("setDash", [float(x) for x in operands[0]], float(operands[1]))))
            elif op in _PATH:
                calls.append(("path", (_PATH[op], *args)))
            elif op in _PAINT:
                calls.append(("paint", _PAINT[op]))
            elif op in _CANVAS or op in _TEXT:
                calls.append(("canvas_or_text", (op, args)))
            else:
                raise ValueError(f"the baseline cannot replay {op!r}")
            i += 1
        pages.append(Page(tuple(calls)))
    return pages


def replay(pages: list[Page], initial_font: str) -> bytes:
    """The pages drawn again through reportlab's canvas; the PDF bytes."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1, initialFontName=initial_font)
    for page in pages:
        text = path = None
        for kind, args in page.calls:
            if kind == "BT":
                text = canvas.beginText(*args)
            elif kind == "ET":
                canvas.drawText(text)
                text = None
            elif kind == "text":
                getattr(text, args[0])(*args[1:])
            elif kind == "canvas":
                getattr(canvas, args[0])(*args[1:])
            elif kind == "canvas_or_text":
                op, values = args
                if text is not None:
                    getattr(text, _TEXT[op])(*values)
                else:
                    getattr(canvas, _CANVAS[op])(*values)
            elif kind == "path":
                if path is None:
                    path = canvas.beginPath()
                getattr(path, args[0])(*args[1:])
            else:  # paint
                stroke, fill, mode = args
                if path is not None or stroke or fill:
                    canvas.drawPath(path or canvas.beginPath(), stroke=stroke, fill=fill, fillMode=mode)
                path = None
        canvas.showPage()
    canvas.save()
    return out.getvalue()
