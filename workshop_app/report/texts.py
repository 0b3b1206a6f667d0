"""What the debriefs and the synthesis say, in French and in English.

The texts live in data files beside the instrument (`assets/texts/<instrument>.<lang>.json`),
checked on load like the instrument, so an instrument can bring its own texts. Texts are written with plain spaces; French typography (narrow no-break space before ; : ! ? %
and inside « ») is applied once, here, so the sources stay readable. Placeholders are named
and filled by `text(language, key, **values)`: never an f-string in translatable text.
"""

from __future__ import annotations

import json
import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from workshop_app.model.territories import CODES, LANGUAGES, Language
from workshop_app.model.typography import NNBSP, french_typography  # noqa: F401  (NNBSP: for the layouts)
from workshop_app.resources import ASSETS


TEXTS_DIR = ASSETS / "texts"
DEFAULT_TEXTS = "equilibre-v1"
_TERRITORY_FIELDS = ("what", "brings", "over_use", "lack", "major_move")


class TextsError(ValueError):
    """A texts file that cannot be used; `problems` lists each one with its place."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source, self.problems = source, problems
        super().__init__(f"{source}: " + "; ".join(problems))


@dataclass(frozen=True)
class TerritoryText:
    what: str
    brings: str
    over_use: str
    lack: str
    major_move: str  # the move for a manager whose major this territory is
    moves: tuple[str, str, str]  # three moves when it is the priority


@dataclass(frozen=True)
class Texts:
    """One language's product texts, as a texts file gives them (checked by `load_texts`)."""

    language: Language
    ui: dict[str, str]
    territories: dict[str, TerritoryText]
    balance_moves: tuple[str, str, str]


def _placeholders(value: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(value) if f}


def load_texts(path: Path, language: Language) -> Texts:
    """A texts file read and checked: every territory, three moves each, strings only."""
    source = path.name
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise TextsError(source, [f"not readable as JSON ({e})"]) from None
    problems: list[str] = []
    if not isinstance(doc, dict):
        raise TextsError(source, ["not a JSON object"])
    if doc.get("language") != language:
        problems.append(f"language: {doc.get('language')!r}, expected {language!r}")
    ui = doc.get("texts")
    if not isinstance(ui, dict) or not all(isinstance(v, str) and v.strip() for v in ui.values()):
        problems.append("texts: a non-empty text for each key is required")
        ui = {}
    territories: dict[str, TerritoryText] = {}
    for code in CODES:
        t = (doc.get("territories") or {}).get(code)
        if not isinstance(t, dict):
            problems.append(f"territories.{code}: missing")
            continue
        missing = [f for f in _TERRITORY_FIELDS if not (isinstance(t.get(f), str) and t[f].strip())]
        moves = t.get("moves")
        if missing:
            problems.append(f"territories.{code}: missing {', '.join(missing)}")
        if not (isinstance(moves, list) and len(moves) == 3 and all(isinstance(m, str) and m for m in moves)):
            problems.append(f"territories.{code}.moves: three moves are required")
        if not missing and not problems:
            territories[code] = TerritoryText(*(t[f] for f in ("what", "brings", "over_use", "lack", "major_move")),
                                              tuple(moves))  # type: ignore[arg-type]
    balance = doc.get("balance_moves")
    if not (isinstance(balance, list) and len(balance) == 3 and all(isinstance(m, str) and m for m in balance)):
        problems.append("balance_moves: three moves are required")
    if problems:
        raise TextsError(source, problems)
    return Texts(language, ui, territories, tuple(balance))  # type: ignore[arg-type]


def check_languages(by_language: dict[Language, Texts], source: str) -> None:
    """Both languages give the same keys with the same placeholders."""
    keys = [set(t.ui) for t in by_language.values()]
    problems = [f"texts.{k}: in one language only" for k in sorted(keys[0] ^ keys[1])]
    fr, en = by_language["fr"].ui, by_language["en"].ui
    problems += [f"texts.{k}: placeholders differ between languages" for k in sorted(keys[0] & keys[1])
                 if _placeholders(fr[k]) != _placeholders(en[k])]
    if problems:
        raise TextsError(source, problems)


@cache
def texts(language: Language, instrument_id: str = DEFAULT_TEXTS) -> Texts:
    """The product texts of an instrument, French typography applied to the French ones."""
    loaded = {lang: load_texts(TEXTS_DIR / f"{instrument_id}.{lang}.json", lang) for lang in LANGUAGES}
    check_languages(loaded, instrument_id)
    t = loaded[language]
    if language != "fr":
        return t
    ft = french_typography
    return Texts(language, {k: ft(v) for k, v in t.ui.items()},
                 {c: TerritoryText(ft(x.what), ft(x.brings), ft(x.over_use), ft(x.lack), ft(x.major_move),
                                   tuple(ft(m) for m in x.moves))  # type: ignore[arg-type]
                  for c, x in t.territories.items()},
                 tuple(ft(m) for m in t.balance_moves))  # type: ignore[arg-type]


def text(language: Language, key: str, **values: object) -> str:
    """A product text in `language`, its named placeholders filled with `values`."""
    value = texts(language).ui[key]
    return value.format(**values) if values else value


def territory_text(code: str, language: Language) -> TerritoryText:
    return texts(language).territories[code]


def join_names(names: list[str], language: Language) -> str:
    """"A, B and C" / "A, B et C"."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + text(language, "and") + names[-1]
