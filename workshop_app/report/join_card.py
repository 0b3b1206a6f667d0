"""The printable join card: an A6 page to leave on the tables, in the session's language.

The QR code of the join address, the address in large type for a phone that cannot scan, the
Wi-Fi's name, and, when the trainer typed the network's password, a second QR code that joins
the Wi-Fi (the `WIFI:T:WPA;S:…;P:…;;` form phone cameras read).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import segno
from segno import helpers as segno_helpers
from reportlab.lib.pagesizes import A6
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from workshop_app.report import fonts
from workshop_app.model.territories import INK

NNBSP = "\u202f"
TEXTS = {
    "fr": {"title": "Répondez sur votre téléphone", "scan": "Scannez le code avec l’appareil photo",
           "type": "ou tapez l’adresse", "wifi": f"Wi-Fi{NNBSP}: {{name}}",
           "join_wifi": "Scannez pour rejoindre le Wi-Fi", "doc": "Carte pour rejoindre la session"},
    "en": {"title": "Answer on your phone", "scan": "Scan the code with the camera",
           "type": "or type the address", "wifi": "Wi-Fi: {name}",
           "join_wifi": "Scan to join the Wi-Fi", "doc": "Card to join the session"},
}
QUIET_ZONE = 4  # modules of white around a QR code, as the standard asks


def qr_modules(data: str) -> list[list[bool]]:
    """The dark (True) and light modules of `data`'s QR code, without its quiet zone."""
    # Non-ASCII text (an accent in a Wi-Fi password) says it is UTF-8 (ECI), or readers guess.
    code = segno.make(data, error="m", micro=False, encoding="utf-8", eci=not data.isascii())
    return [[bool(v) for v in row] for row in code.matrix]


def wifi_payload(ssid: str, password: str) -> str:
    """What a phone's camera reads to join a WPA network (an open one without password)."""
    return segno_helpers.make_wifi_data(ssid, password or None, "WPA" if password else "nopass")


@dataclass(frozen=True)
class JoinCard:
    url: str
    language: str = "fr"
    wifi_name: str = ""
    wifi_password: str = ""  # printed as a QR code only when given with the name


def draw_qr(canvas: Canvas, modules: list[list[bool]], x: float, y: float, side: float) -> None:
    """The code with its quiet zone inside the square (x, y) bottom-left, `side` wide."""
    count = len(modules) + 2 * QUIET_ZONE
    cell = side / count
    canvas.setFillColor("#FFFFFF")
    canvas.rect(x, y, side, side, stroke=0, fill=1)
    canvas.setFillColor("#000000")
    top = y + side - QUIET_ZONE * cell
    for r, row in enumerate(modules):
        start = None
        for c, dark in enumerate([*row, False]):  # runs of dark modules drawn as one bar each
            if dark and start is None:
                start = c
            elif not dark and start is not None:
                canvas.rect(x + (QUIET_ZONE + start) * cell, top - (r + 1) * cell, (c - start) * cell, cell,
                            stroke=0, fill=1)
                start = None


def _centred(canvas: Canvas, value: str, font: str, size: float, y: float, width: float,
             smallest: float = 7) -> None:
    """One line centred on the page, made smaller until it fits `width`."""
    while size > smallest and stringWidth(value, font, size) > width:
        size -= 0.5
    canvas.setFont(font, size)
    canvas.drawCentredString(A6[0] / 2, y, value)


def write_join_card(card: JoinCard, path: Path) -> Path:
    fonts.register_fonts()
    words = TEXTS[card.language if card.language in TEXTS else "en"]
    page_w, page_h = A6
    margin = 8 * mm
    width = page_w - 2 * margin
    canvas = Canvas(str(path), pagesize=A6, invariant=True, pageCompression=1)
    canvas.setTitle(words["doc"])
    canvas.setFillColor(INK)
    y = page_h - margin - 14
    _centred(canvas, words["title"], fonts.BOLD, 17, y, width)
    y -= 14
    canvas.setFillColor("#4A4A4A")
    _centred(canvas, words["scan"], fonts.REGULAR, 9.5, y, width)
    with_wifi_code = bool(card.wifi_name and card.wifi_password)
    side = (58 if with_wifi_code else 72) * mm
    y -= 4 + side
    draw_qr(canvas, qr_modules(card.url), (page_w - side) / 2, y, side)
    canvas.setFillColor("#4A4A4A")
    y -= 12
    _centred(canvas, words["type"], fonts.REGULAR, 9.5, y, width)
    canvas.setFillColor(INK)
    host, _, token = card.url.rstrip("/").partition("/j/")  # as typed: two lines in large type
    for line in (host, "/j/" + token):
        y -= 18
        _centred(canvas, line, fonts.BOLD, 15, y, width)
    if card.wifi_name:
        y -= 18
        _centred(canvas, words["wifi"].format(name=card.wifi_name), fonts.SEMIBOLD, 12, y, width)
    if with_wifi_code:
        small = 27 * mm
        y -= 6 + small
        draw_qr(canvas, qr_modules(wifi_payload(card.wifi_name, card.wifi_password)), margin, y, small)
        canvas.setFont(fonts.REGULAR, 9.5)
        canvas.drawString(margin + small + 3 * mm, y + small / 2 - 3, words["join_wifi"])
    canvas.showPage()
    canvas.save()
    return path
