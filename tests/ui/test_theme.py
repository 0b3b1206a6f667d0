"""The shipped typeface is what the windows use."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from workshop_app.ui import theme


def test_inter_is_loaded(qapp):
    assert theme.load_fonts() == "Inter"
    assert "Inter" in QFontDatabase.families()
    assert theme.font(20).family() == "Inter"


def test_territory_colours_are_the_okabe_ito_ones(qapp):
    assert theme.territory_colour("faire").name() == "#d55e00"
    assert theme.territory_colour("developper").name() == "#009e73"
