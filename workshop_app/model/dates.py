"""Dates as people write them, in the session's language: one rule for the PDFs, the projector,
the station and the console. Sessions store ISO dates ("2026-12-02"); anything else a trainer
typed is shown as typed."""

from __future__ import annotations

from datetime import date

MONTHS: dict[str, tuple[str, ...]] = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}


def format_date(value: str, language: str) -> str:
    """"2026-12-02" → "2 décembre 2026" (fr), "2 December 2026" (en); other text as it is."""
    try:
        d = date.fromisoformat(value)
    except (TypeError, ValueError):
        return value
    months = MONTHS.get(language, MONTHS["en"])
    day = "1er" if language == "fr" and d.day == 1 else str(d.day)
    return f"{day} {months[d.month - 1]} {d.year}"
