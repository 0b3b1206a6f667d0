"""What the room reads, in the session's language (not the console's).

Source strings are English; the French lives in `ui/i18n/projector_fr.ts` under the
"Projector" context. Placeholders are named, never f-strings, so translators see them; a count is Qt's `%n`, so
each language gives its singular and plural (English ones in `projector_en.ts`).
"""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP

from workshop_app.model.numbers import rounded
from workshop_app.ui.translation import StationText

CONTEXT = "Projector"


class View(StrEnum):
    MAP = "map"
    PROFILE = "profile"
    MAJORS = "majors"
    TIME = "time"
    TENSIONS = "tensions"
    PARTICIPATION = "participation"
    JOIN = "join"  # how to answer on a phone: shown while the room joins, not in the arrows' round


VIEWS: tuple[View, ...] = tuple(v for v in View if v != View.JOIN)  # the round of ← and →

TITLES: dict[View, str] = {
    View.MAP: QT_TRANSLATE_NOOP("Projector", "The balance map"),
    View.PROFILE: QT_TRANSLATE_NOOP("Projector", "The group’s practices"),
    View.MAJORS: QT_TRANSLATE_NOOP("Projector", "Majors: where each manager leans"),
    View.TIME: QT_TRANSLATE_NOOP("Projector", "Management time, today and ideally"),
    View.TENSIONS: QT_TRANSLATE_NOOP("Projector", "The three tensions"),
    View.PARTICIPATION: QT_TRANSLATE_NOOP("Projector", "Participation"),
    View.JOIN: QT_TRANSLATE_NOOP("Projector", "Answer on your phone"),
}

PHRASES: dict[str, str] = {
    "placed": QT_TRANSLATE_NOOP("Projector", "%n of {invited} placed"),
    "placed_of": QT_TRANSLATE_NOOP("Projector", "of {invited} placed"),
    "answers_in": QT_TRANSLATE_NOOP("Projector", "answers in"),
    "legend_manager": QT_TRANSLATE_NOOP("Projector", "a manager"),
    "legend_centroid": QT_TRANSLATE_NOOP("Projector", "the group’s centre"),
    "legend_arrow": QT_TRANSLATE_NOOP("Projector", "their ideal in 12 months"),
    "legend_merged": QT_TRANSLATE_NOOP("Projector", "several managers on one spot"),
    "hidden": QT_TRANSLATE_NOOP("Projector", "%n answers in · hidden until the reveal"),
    "hidden_short": QT_TRANSLATE_NOOP("Projector", "%n answers in"),
    "hidden_note": QT_TRANSLATE_NOOP("Projector", "The results will be revealed together"),
    "group": QT_TRANSLATE_NOOP("Projector", "Group"),
    "arrows": QT_TRANSLATE_NOOP("Projector", "arrow: ideal in 12 months"),
    "zoom": QT_TRANSLATE_NOOP("Projector", "zoom ×{zoom} on the group · the axes graduated"),
    "waiting": QT_TRANSLATE_NOOP("Projector", "Waiting for the first answers"),
    "profile_note": QT_TRANSLATE_NOOP("Projector", "mean score out of 100 · bar: spread"),
    "profile_short": QT_TRANSLATE_NOOP("Projector", "The practices are in the full questionnaire only"),
    "profile_n": QT_TRANSLATE_NOOP("Projector", "%n complete questionnaires"),
    "majors_n": QT_TRANSLATE_NOOP("Projector", "%n managers · a tie counts for each"),
    "today": QT_TRANSLATE_NOOP("Projector", "Today"),
    "ideal": QT_TRANSLATE_NOOP("Projector", "In 12 months, ideally"),
    "time_note": QT_TRANSLATE_NOOP("Projector", "group mean, points out of 100"),
    "tensions_note": QT_TRANSLATE_NOOP("Projector", "how many managers on each of the 7 steps · ▲ mean"),
    "finished": QT_TRANSLATE_NOOP("Projector", "have finished"),
    "answering": QT_TRANSLATE_NOOP("Projector", "%n answering now"),
    "not_started": QT_TRANSLATE_NOOP("Projector", "%n yet to start"),
    "join_wifi": QT_TRANSLATE_NOOP("Projector", "Join the Wi-Fi “{name}”"),
    "join_scan": QT_TRANSLATE_NOOP("Projector", "Scan the code with the camera"),
    "join_type": QT_TRANSLATE_NOOP("Projector", "or type the address"),
    "joined": QT_TRANSLATE_NOOP("Projector", "phones joined"),  # under the count, in its singular or plural
    "join_closed": QT_TRANSLATE_NOOP("Projector", "Phones are not open"),
    "join_closed_note": QT_TRANSLATE_NOOP("Projector", "The trainer opens them from the console"),
    "join_banner": QT_TRANSLATE_NOOP("Projector", "Answer on your phone: {address}"),
}


class RoomText:
    """The projector's words in one language; `RoomText.of(language)` loads the translation once."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._text = StationText(language)

    @staticmethod
    @lru_cache(maxsize=None)
    def of(language: str) -> RoomText:
        return RoomText(language)

    def title(self, view: View) -> str:
        return self._text.translate(CONTEXT, TITLES[view])

    def get(self, key: str, count: int | None = None, **values: object) -> str:
        """The phrase `key`; with a `count`, in its singular or plural form ("1 answer in")."""
        return self._text.translate(CONTEXT, PHRASES[key], -1 if count is None else count).format(**values)

    def number(self, value: float, decimals: int = 0) -> str:
        text = f"{value:.{decimals}f}" if decimals else str(rounded(value))
        return text.replace(".", ",") if self.language == "fr" else text
