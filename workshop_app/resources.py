"""Where the shipped resources live: instruments and fonts. Plain paths, no Qt."""

from __future__ import annotations

from pathlib import Path

ASSETS = Path(__file__).resolve().parents[1] / "assets"
INSTRUMENTS_DIR = ASSETS / "instruments"
FONTS_DIR = ASSETS / "fonts"

# The product's typeface (Inter, SIL OFL) and the fallback for scripts it lacks (DejaVu Sans).
FONT_FAMILY = "Inter"
FONT_FILES = {
    "regular": FONTS_DIR / "Inter-Regular.ttf",
    "bold": FONTS_DIR / "Inter-Bold.ttf",
    "italic": FONTS_DIR / "Inter-Italic.ttf",
    "bold_italic": FONTS_DIR / "Inter-BoldItalic.ttf",
    "semibold": FONTS_DIR / "Inter-SemiBold.ttf",
}
FALLBACK_FAMILY = "DejaVu Sans"
FALLBACK_FILES = {
    "regular": FONTS_DIR / "DejaVuSans.ttf",
    "bold": FONTS_DIR / "DejaVuSans-Bold.ttf",
}
