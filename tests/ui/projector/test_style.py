"""The projector's palette: territories apart in colour and in greyscale (its French: tests/ui/test_translation.py)."""

from __future__ import annotations

from itertools import combinations
from statistics import fmean, pstdev

from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from workshop_app.model.territories import CODES
from workshop_app.ui.projector import views

def grey_texture(code: str) -> tuple[float, float]:
    """Mean and spread of a territory bar's greyscale pixels, as a black-and-white print shows it."""
    image = QImage(200, 200, QImage.Format.Format_ARGB32_Premultiplied)
    p = QPainter(image)
    views.bar(p, QRectF(0, 0, 200, 200), code, 1080)
    p.end()
    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    values = [grey.pixelColor(x, y).value() for x in range(0, 200, 3) for y in range(0, 200, 3)]
    return fmean(values), pstdev(values)


def test_territory_bars_stay_apart_in_greyscale(qapp):
    textures = {code: grey_texture(code) for code in CODES}
    for a, b in combinations(CODES, 2):
        (mean_a, spread_a), (mean_b, spread_b) = textures[a], textures[b]
        assert abs(mean_a - mean_b) > 20 or abs(spread_a - spread_b) > 10, (a, b, textures)
