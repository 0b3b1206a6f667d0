"""One manager's personal debrief: A4 portrait, three or four pages, in the session's language.

1. Cover block and "your balance": the map, the balance index, the major, the four territories.
2. Territory by territory: what it is, what it brings, the cost of over-use; three moves for
   each under-used territory; the field-visit question.
3. Time today vs in 12 months; the three tensions.
4. Commitments (or ruled lines to write on) and the trainer's note.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from workshop_app.model.instrument import Instrument
from workshop_app.model.numbers import rounded
from workshop_app.model.scoring import GroupResult, ParticipantResult
from workshop_app.model.territories import ACCENT, BY_CODE, CENTROID, CODES, INK, MUTED, RULE, Language
from workshop_app.report import charts, fonts, layout
from workshop_app.report.layout import BIG, BODY, H2, SMALL, WIDTH, Footer, SessionInfo
from workshop_app.report.map_drawing import Arrow, balance_map, tint
from workshop_app.report.painter import Chart
from workshop_app.report.texts import join_names, territory_text, text

MAP_SIDE = 280
LABEL_W = 126  # the territory column of "territory by territory", a gutter included


@dataclass(frozen=True)
class DebriefData:
    """Everything one debrief shows; plain data, so it can be rendered in another process."""

    session: SessionInfo
    instrument: Instrument
    result: ParticipantResult
    group: GroupResult  # over the participants who finished
    note: str | None = None


def render_debrief(data: DebriefData) -> bytes:
    """The debrief as PDF bytes."""
    lang = data.session.language
    footer = Footer(text(lang, "confidential") + "  ·  " + layout.footer_name(data.result.name), lang)
    return layout.build(debrief_story(data), footer, title=data.result.name, author=data.session.trainer)


def debrief_story(data: DebriefData) -> list[Flowable]:
    lang = data.session.language
    return [
        *layout.cover(data.session, text(lang, "debrief_title"), data.result.name),
        *_balance(data),
        PageBreak(),
        *_territories(data),
        KeepTogether(_time_and_tensions(data)),
        KeepTogether(_commitments(data)),
    ]


def _names(data: DebriefData) -> dict[str, str]:
    return {c: data.instrument.territory_name(c, data.session.language) for c in CODES}


def _values(r: ParticipantResult) -> Mapping[str, float]:
    """What the bars show: practice scores, or the share of time today for the short form."""
    if r.scores is not None:
        return r.scores
    return {c: float(v) for c, v in (r.allocation_today or {}).items()}


def _figure(r: ParticipantResult, value: float) -> str:
    """A bar's value as printed: a score, or a share of time in % for the short form."""
    return str(rounded(value)) if r.scores is not None else f"{rounded(value)} %"


def _group_values(r: ParticipantResult, group: GroupResult) -> Mapping[str, float] | None:
    if r.scores is not None:
        return {c: s.mean for c, s in group.territories.items()} if group.territories else None
    return group.allocation_today


# --- 1. your balance ---------------------------------------------------------------------------

def _balance(data: DebriefData) -> list[Flowable]:
    r, lang, names = data.result, data.session.language, _names(data)
    story: list[Flowable] = [layout.heading(text(lang, "your_balance"))]
    if r.short_form:
        story += [layout.label(text(lang, "short_form"), SMALL), Spacer(1, 6)]
    arrows = [Arrow(r.point, r.ideal_point)] if r.point and r.ideal_point else []
    plan = balance_map(MAP_SIDE, lang, names, highlight=r.point, highlight_label=text(lang, "you"),
                       centroid=data.group.centroid, arrows=arrows)
    legend = _map_legend(MAP_SIDE, lang, with_arrow=bool(arrows), with_centroid=data.group.centroid is not None)
    side = [
        layout.label(text(lang, "balance_index"), H2),
        layout.label(str(rounded(r.balance_index)) if r.balance_index is not None else "–", BIG),
        layout.label(text(lang, "balance_index_help"), SMALL),
        Spacer(1, 16),
        layout.label(_major_sentence(r, names, lang), BODY),
        Spacer(1, 8),
        layout.label(_under_used_sentence(r, names, lang), BODY),
    ]
    columns = layout.Columns([[plan, Spacer(1, 6), legend], side], [MAP_SIDE + 26, WIDTH - MAP_SIDE - 26])
    story += [Spacer(1, 4), columns, Spacer(1, 18)]
    values = _values(r)
    if values:
        short = r.scores is None
        bars = charts.territory_bars(WIDTH, names, values, marks=_group_values(r, data.group),
                                     value_format=lambda v: _figure(r, v))
        story.append(layout.section(text(lang, "your_territories_short" if short else "your_territories"), bars,
                                    help_text=text(lang, "bars_help_short" if short else "bars_help")))
    return story


def _map_legend(width: float, lang: Language, *, with_arrow: bool, with_centroid: bool) -> Drawing:
    fonts.register_fonts()
    d = Chart(width, 14)
    x, y = 4.0, 7.0
    items: list[tuple[str, str]] = [("you", "you")]
    if with_centroid:
        items.append(("centroid", "group"))
    if with_arrow:
        items.append(("arrow", "ideal_arrow"))
    for kind, key in items:
        if kind == "you":
            d.add(Circle(x, y, 3.4, fillColor=HexColor(INK), strokeColor=None))
        elif kind == "centroid":
            d.add(Circle(x, y, 4.5, fillColor=HexColor(CENTROID), strokeColor=None))
        else:
            d.add(Line(x - 5, y, x + 3, y, strokeColor=HexColor(INK), strokeWidth=1.2))
            d.add(Polygon([x + 7, y, x + 2, y + 3, x + 2, y - 3], fillColor=HexColor(INK), strokeColor=None))
        label = text(lang, key)
        d.add(String(x + 10, y - 2.8, label, fontName=fonts.REGULAR, fontSize=8, fillColor=HexColor(MUTED)))
        x += 10 + stringWidth(label, fonts.REGULAR, 8) + 16
    return d


def _major_sentence(r: ParticipantResult, names: Mapping[str, str], lang: Language) -> str:
    majors = [names[c] for c in r.major]
    if len(majors) == 1:
        return text(lang, "major_one", territory=majors[0])
    return text(lang, "major_many", territories=join_names(majors, lang))


def _under_used_sentence(r: ParticipantResult, names: Mapping[str, str], lang: Language) -> str:
    if not r.under_used:
        return text(lang, "none_under_used")
    return text(lang, "under_used", territories=join_names([names[c] for c in r.under_used], lang))


# --- 2. territory by territory -----------------------------------------------------------------

def _territories(data: DebriefData) -> list[Flowable]:
    r, lang, names = data.result, data.session.language, _names(data)
    values = _values(r)
    story: list[Flowable] = [layout.heading(text(lang, "by_territory")),
                             layout.label(text(lang, "by_territory_intro"), SMALL), Spacer(1, 10)]
    for code in CODES:
        value = values.get(code)
        story.append(_territory_block(code, names[code], "–" if value is None else _figure(r, value), r, lang))
    story += [Spacer(1, 4), _field_visit(lang)]
    return story


def _territory_block(code: str, name: str, value: str, r: ParticipantResult, lang: Language) -> Flowable:
    t = territory_text(code, lang)
    colour = BY_CODE[code].colour
    tag = ""
    if code in r.major:
        tag = text(lang, "tag_major")
    elif code in r.under_used:
        tag = text(lang, "tag_under_used")
    label: list[Flowable] = [
        layout.Columns([charts.territory_swatch(code, 10), layout.label(name, H2)], [16, LABEL_W - 28], valign="middle"),
        layout.label(value, layout.style("score", 22, 26, fonts.BOLD, colour)),
    ]
    if tag:
        label.append(layout.label(tag.upper(), layout.KICKER))
    body: list[Flowable] = []
    for key, value_text in (("what_it_is", t.what), ("what_it_brings", t.brings), ("over_use", t.over_use)):
        body.append(layout.TextBlock(value_text, BODY, lead=text(lang, key)))
        body.append(Spacer(1, 3))
    if code in r.under_used:
        body.append(_moves(code, t.moves, lang))
    return layout.Columns([label, body], [LABEL_W, WIDTH - LABEL_W], pad=8, rule=HexColor(RULE))


def _moves(code: str, moves: tuple[str, ...], lang: Language) -> Flowable:
    colour = BY_CODE[code].colour
    number = layout.style("move_no", 9.5, 13.5, fonts.BOLD, colour)
    content: list[Flowable] = [layout.label(text(lang, "moves"), layout.style("moves_head", 9, 12, fonts.SEMIBOLD,
                                                                                colour)), Spacer(1, 3)]
    for i, move in enumerate(moves, 1):
        content += [layout.Columns([layout.label(str(i), number), layout.label(move, BODY)],
                                   [12, WIDTH - LABEL_W - 2 * 10 - 12]), Spacer(1, 3)]
    return layout.Box(content, background=tint(colour, 0.08), rule=HexColor(colour), pad_x=10, pad_y=6)


def _field_visit(lang: Language) -> Flowable:
    content = [layout.label(text(lang, "field_visit_title").upper(), layout.KICKER), Spacer(1, 4),
               layout.label(text(lang, "field_visit_question"), layout.style("question", 14, 18, fonts.SEMIBOLD)),
               Spacer(1, 4), layout.label(text(lang, "field_visit_body"), BODY)]
    return layout.Box(content, background=tint(ACCENT, 0.07), rule=HexColor(ACCENT), rule_width=3, pad_x=14,
                      pad_y=11)


# --- 3. time and tensions ----------------------------------------------------------------------

def _time_and_tensions(data: DebriefData) -> list[Flowable]:
    r, lang, names = data.result, data.session.language, _names(data)
    story: list[Flowable] = [Spacer(1, 24), layout.heading(text(lang, "your_time"))]
    today, ideal = r.allocation_today, r.allocation_ideal
    if today and ideal:
        legend = charts.time_legend(WIDTH, lang)
        chart = charts.time_split(WIDTH, names, today, ideal)
        story += [Spacer(1, 4), legend, Spacer(1, 2), chart, Spacer(1, 6),
                  layout.label(_shift_sentence(today, ideal, names, lang), BODY)]
    else:
        story.append(layout.label(text(lang, "not_answered"), SMALL))
    story += [Spacer(1, 22), layout.heading(text(lang, "your_tensions")), layout.label(text(lang, "tensions_help"), SMALL),
              Spacer(1, 8)]
    story += tension_rows(data.instrument, lang, r.tensions, data.group.tension_means)
    return story


def _shift_sentence(today: Mapping[str, int], ideal: Mapping[str, int], names: Mapping[str, str],
                    lang: Language) -> str:
    gains = {c: ideal[c] - today[c] for c in CODES}
    code = max(CODES, key=lambda c: gains[c])
    if gains[code] <= 0:
        return text(lang, "no_shift")
    return text(lang, "biggest_shift", points=gains[code], territory=names[code])


def tension_rows(instrument: Instrument, lang: Language, answers: Mapping[str, int],
                 group_means: Mapping[str, float | None]) -> list[Flowable]:
    """Each tension as its two poles either side of its scale, the answer and the group's mean marked."""
    scale_w = 200
    return [layout.between_poles(t.left[lang], t.right[lang],
                                 charts.tension_scale(scale_w, instrument.tension_steps, answers.get(t.id),
                                                      group_means.get(t.id)),
                                 scale_w, valign="middle", pad=6, ruled=i > 0)
            for i, t in enumerate(instrument.tensions)]


# --- 4. commitments and note -------------------------------------------------------------------

def _commitments(data: DebriefData) -> list[Flowable]:
    r, lang, names, ins = data.result, data.session.language, _names(data), data.instrument
    story: list[Flowable] = [Spacer(1, 22), layout.heading(text(lang, "your_commitments"))]
    actions = [a for a in r.commitment_actions if a.strip()]
    if not r.commitment_territory and not actions:
        story.append(layout.label(text(lang, "commitments_by_hand"), SMALL))
    story += [Spacer(1, 8), layout.label(ins.territory_prompt[lang], H2)]
    if r.commitment_territory in names:
        story.append(layout.label(names[r.commitment_territory], layout.style(
            "chosen", 13, 17, fonts.BOLD, BY_CODE[r.commitment_territory].colour)))
    else:
        story.append(_ruled_lines(1))
    story += [Spacer(1, 12), layout.label(ins.actions_prompt[lang], H2), Spacer(1, 2)]
    if actions:
        number, action = layout.style("action_no", 11, 15, fonts.BOLD, ACCENT), layout.style("action", 10.5, 15)
        for i, a in enumerate(actions, 1):
            story += [layout.Columns([layout.label(str(i), number), Paragraph(fonts.markup_lines(a), action)],
                                     [20, WIDTH - 20]), Spacer(1, 6)]
    else:
        story.append(_ruled_lines(ins.max_actions, numbered=True))
    if data.note and data.note.strip():
        note = [layout.label(text(lang, "trainer_note").upper(), layout.KICKER), Spacer(1, 4),
                Paragraph(fonts.markup_lines(data.note), layout.style("note", 10, 14.5, fonts.ITALIC))]
        story += [Spacer(1, 22), layout.Box(note, rule=HexColor(MUTED), pad_x=14, pad_y=7)]
    return story


def _ruled_lines(n: int, numbered: bool = False) -> Drawing:
    gap, x0 = 30, (20 if numbered else 0)
    d = Chart(WIDTH, gap * n)
    for i in range(n):
        y = gap * (n - i - 1) + 4
        if numbered:
            d.add(String(0, y + 2, str(i + 1), fontName=fonts.BOLD, fontSize=11, fillColor=HexColor(ACCENT)))
        d.add(Line(x0, y, WIDTH, y, strokeColor=HexColor(MUTED), strokeWidth=0.5, strokeDashArray=None))
    return d
