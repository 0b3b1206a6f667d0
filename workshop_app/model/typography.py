"""French typography, one rule for every text a reader sees (the PDFs, the roster's problems):
a narrow no-break space before ; : ! ? », and % (40 %), after «. Texts are written with plain spaces."""

from __future__ import annotations

import re

NNBSP = "\u202f"  # narrow no-break space

_FRENCH_SPACES = [
    (re.compile(r" ([;:!?»%])"), NNBSP + r"\1"),
    (re.compile(r"« "), "«" + NNBSP),
]


def french_typography(value: str) -> str:
    """Narrow no-break spaces where French typography wants them (before ; : ! ? » %, after «)."""
    for pattern, replacement in _FRENCH_SPACES:
        value = pattern.sub(replacement, value)
    return value
