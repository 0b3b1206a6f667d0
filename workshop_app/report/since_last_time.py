"""The "Since last time" page of a follow-up session's debrief.

Both points on the map with the path between them (the shared map drawing), the four scores
then and now, the time split then / now / wished last time, last time's commitments beside
what the manager now reports, and a sentence per clear change (`model/progress.py`, which
also says what is within the scale's noise). Shown, never judged: the words describe, and the
page says these are self-assessments.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache

from reportlab.lib.colors import HexColor
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from workshop_app.model.numbers import rounded, signed
from workshop_app.model.progress import NOISE, Change, Progress, progress_of
from workshop_app.model.scoring import ParticipantResult
from workshop_app.model.territories import CODES, INK, LANGUAGES, MUTED, RULE, Language, text_colour
from workshop_app.report import charts, fonts, layout
from workshop_app.report.layout import BODY, H2, SMALL, WIDTH, SessionInfo, Spacer
from workshop_app.report.map_drawing import Arrow, balance_map
from workshop_app.report.texts import TEXTS_DIR, TextsError, check_languages, french_typography, join_names
from workshop_app.report.texts import Texts

MAP_SIDE = 200
TEXTS_FILE = "since-last-time"


@dataclass(frozen=True)
class EarlierSession:
    """The same manager in the session this one follows up."""

    date: str  # ISO, as set
    result: ParticipantResult


@cache
def _texts() -> dict[Language, dict[str, str]]:
    loaded: dict[Language, Texts] = {}
    for lang in LANGUAGES:
        path = TEXTS_DIR / f"{TEXTS_FILE}.{lang}.json"
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise TextsError(path.name, [f"not readable as JSON ({exc})"]) from None
        if doc.get("language") != lang or not isinstance(doc.get("texts"), dict):
            raise TextsError(path.name, ["a language and texts are required"])
        loaded[lang] = Texts(lang, doc["texts"], {}, ("", "", ""))
    check_languages(loaded, TEXTS_FILE)
    return {lang: {k: french_typography(v) if lang == "fr" else v for k, v in t.ui.items()}
            for lang, t in loaded.items()}


def say(lang: Language, key: str, **values: object) -> str:
    value = _texts()[lang][key]
    return value.format(**values) if values else value


def since_last_time(info: SessionInfo, names: Mapping[str, str], now: ParticipantResult,
                    earlier: EarlierSession) -> list[Flowable]:
    """The page's flowables, starting on a new page."""
    lang = info.language
    p = progress_of(earlier.result, now)
    story: list[Flowable] = [CondPageBreak(10_000), layout.heading(say(lang, "title")),
                             layout.label(_dates(earlier.date, info.date, lang), SMALL), Spacer(1, 10)]
    story.append(layout.Columns([_map(p, names, lang), _scores(p, names, lang, now, earlier.result)],
                                [MAP_SIDE + 20, WIDTH - MAP_SIDE - 20]))
    story += [Spacer(1, 12), *_time(now, earlier.result, names, lang)]
    story += [Spacer(1, 12), *_changes(p, names, lang)]
    story += [Spacer(1, 12), *_commitments(p, names, lang)]
    story += [Spacer(1, 10), layout.label(say(lang, "self_rating"), SMALL)]
    return story


def _dates(then: str, now: str, lang: Language) -> str:
    shown = {"then": layout.format_date(then, lang), "now": layout.format_date(now, lang)}
    try:
        days = (date.fromisoformat(now) - date.fromisoformat(then)).days
    except ValueError:
        return say(lang, "dates_plain", **shown)
    return say(lang, "dates", days=days, **shown)


def _map(p: Progress, names: Mapping[str, str], lang: Language) -> list[Flowable]:
    before, after = p.before_point, p.after_point
    arrows = [Arrow(before, after)] if before and after and before != after else []
    drawing = balance_map(MAP_SIDE, lang, dict(names), earlier=before, highlight=after,
                          highlight_label=say(lang, "now"), arrows=arrows)
    return [drawing, Spacer(1, 4), layout.label(say(lang, "map_help"), SMALL)]


def _cell(value: str, bold: bool = False, colour: str | None = None, right: bool = True,
          size: float = 9.5) -> Paragraph:
    style = layout.style("cell_b" if bold else "cell", size, size + 2.5, fonts.BOLD if bold else fonts.REGULAR,
                         colour or INK, alignment=2 if right else 0)
    return layout.para(value, style)


def _table(rows: list[list[Flowable]], widths: list[float]) -> Table:
    table = Table(rows, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, HexColor(RULE)),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _head(lang: Language, *keys: str) -> list[Flowable]:
    return [_cell(say(lang, "territory"), colour=MUTED, right=False, size=8)] + \
        [_cell(say(lang, k), colour=MUTED, size=8) for k in keys]


def _territory_cell(code: str, names: Mapping[str, str]) -> Flowable:
    return layout.Columns([charts.territory_swatch(code), _cell(names[code], True, text_colour(code), right=False)],
                          [14, 100], valign="middle")


def _scores(p: Progress, names: Mapping[str, str], lang: Language, now: ParticipantResult,
            before: ParticipantResult) -> list[Flowable]:
    story: list[Flowable] = [layout.label(say(lang, "scores"), H2), Spacer(1, 4)]
    practice = {c.territory: c for c in p.changes if c.part == "practice"}
    if not practice:
        return story + [layout.label(say(lang, "scores_short"), BODY)]
    rows = [_head(lang, "then", "now", "change")]
    rows += [[_territory_cell(code, names), _cell(str(rounded(practice[code].before))),
              _cell(str(rounded(practice[code].after))), _cell(_delta(practice[code]), practice[code].clear)]
             for code in CODES]
    balance = [c for c in p.changes if c.part == "balance"]
    if balance:
        b = balance[0]
        rows.append([_cell(say(lang, "balance_index"), right=False), _cell(str(rounded(b.before))),
                     _cell(str(rounded(b.after))), _cell(_delta(b), b.clear)])
    side = WIDTH - MAP_SIDE - 20
    return story + [_table(rows, [side - 3 * 58, 58, 58, 58])]


def _delta(c: Change) -> str:
    """The change between the figures as printed, so the reader's subtraction holds (26 -> 69 is
    +43 even when the unrounded change is 42.49)."""
    return signed(rounded(c.after) - rounded(c.before))


def _time(now: ParticipantResult, before: ParticipantResult, names: Mapping[str, str],
          lang: Language) -> list[Flowable]:
    then_today, now_today, wished = before.allocation_today, now.allocation_today, before.allocation_ideal
    if not (then_today and now_today):
        return []
    rows = [_head(lang, "then", "now", "change", "wished")]
    for code in CODES:
        delta = now_today[code] - then_today[code]
        rows.append([_territory_cell(code, names), _cell(str(then_today[code])), _cell(str(now_today[code])),
                     _cell(signed(delta), abs(delta) >= NOISE["time"]),
                     _cell(str(wished[code]) if wished else "–")])
    table = _table(rows, [WIDTH - 4 * 80, 80, 80, 80, 80])
    return [layout.Together([layout.label(say(lang, "time"), H2), layout.label(say(lang, "time_help"), SMALL),
                          Spacer(1, 4), table])]


def change_sentences(p: Progress, names: Mapping[str, str], lang: Language) -> list[str]:
    """A sentence per clear change, largest first; then what was within the scale's noise."""
    return clear_sentences(p, names, lang) + noise_sentences(p, names, lang)


def clear_sentences(p: Progress, names: Mapping[str, str], lang: Language) -> list[str]:
    """A sentence per clear change, largest first, or one saying there is none."""
    sentences = []
    for c in p.clear:
        values = dict(before=rounded(c.before), after=rounded(c.after), delta=_delta(c))
        if c.part == "balance":
            sentences.append(say(lang, "change_balance", **values))
        else:
            sentences.append(say(lang, f"change_{c.part}", territory=names[c.territory or ""], **values))
    if p.wish and p.wish.clear:
        key = "wish_closer" if p.wish.after < p.wish.before else "wish_farther"
        sentences.append(say(lang, key, before=rounded(p.wish.before), after=rounded(p.wish.after)))
    return sentences or [say(lang, "no_clear")]


def noise_sentences(p: Progress, names: Mapping[str, str], lang: Language) -> list[str]:
    """Which territories changed by less than the scale's noise, said as such."""
    sentences = []
    for part in ("practice", "time"):
        quiet = p.within_noise(part)  # type: ignore[arg-type]
        if quiet:
            sentences.append(say(lang, f"noise_{part}", noise=rounded(NOISE[part]),
                                 territories=join_names([names[c.territory or ""] for c in quiet], lang)))
    return sentences


def _changes(p: Progress, names: Mapping[str, str], lang: Language) -> list[Flowable]:
    return [layout.label(say(lang, "changes"), H2), Spacer(1, 2),
            *[layout.Columns([layout.label("•", BODY), layout.label(s, BODY)], [12, WIDTH - 12])
              for s in change_sentences(p, names, lang)]]


def _commitments(p: Progress, names: Mapping[str, str], lang: Language) -> list[Flowable]:
    story: list[Flowable] = [layout.label(say(lang, "commitments"), H2), Spacer(1, 2)]
    c = p.commitment
    if c is None:
        return [layout.Together(story + [layout.label(say(lang, "no_commitment"), BODY)])]
    name = names[c.territory]
    lines = [layout.label(say(lang, "commitment_territory", territory=name),
                          layout.style("committed", 10, 14, fonts.BOLD, text_colour(c.territory)))]
    lines += [layout.para(f"{i}.  {a}", BODY) for i, a in enumerate(c.actions, 1)] or \
        [layout.label(say(lang, "no_actions"), SMALL)]
    now: list[Flowable] = []
    if c.score:
        now.append(layout.label(say(lang, "commitment_score", territory=name, before=rounded(c.score.before),
                                    after=rounded(c.score.after)), BODY))
    if c.time:
        now.append(layout.label(say(lang, "commitment_time", territory=name, before=rounded(c.time.before),
                                    after=rounded(c.time.after)), BODY))
    half = WIDTH / 2
    return [layout.Together(story + [layout.Columns([lines, now], [half, half])])]
