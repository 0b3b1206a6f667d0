"""One manager's personal debrief: A4 portrait, in the session's language.

The words are chosen for this manager's findings (`model/findings.py`), never written here:
1. Cover block, "your reading" (four to six sentences from the findings), "your balance": the
   map, the balance index, the major, the four territories.
2. Where the answers disagree; the priorities (one territory with three moves, the major's own
   move, one line for each other territory); territory by territory (what it is, what it
   brings, the cost of the lack or of the excess as the score says); the field-visit question.
3. Time today vs in 12 months; the three tensions; commitments; the trainer's note; how to
   read the document. Sections flow: a page ends only when it is full.

The group is compared with only when at least MIN_OTHERS other participants have finished:
with fewer, a mean would let a reader work out a colleague's answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from statistics import median

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, String
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from workshop_app.model import findings as fd
from workshop_app.model.findings import Findings, Major, NoClearMajor, findings_of
from workshop_app.model.instrument import Instrument
from workshop_app.model.numbers import rounded, signed
from workshop_app.model.scoring import GroupResult, ParticipantResult
from workshop_app.model.territories import (
    ACCENT,
    BY_CODE,
    CENTROID,
    CODES,
    INK,
    MUTED,
    RULE,
    Language,
    text_colour,
    text_colour_hex,
)
from workshop_app.report import charts, fonts, layout
from workshop_app.report.layout import BIG, BODY, H2, SMALL, WIDTH, Footer, SessionInfo, Spacer
from workshop_app.report.map_drawing import Arrow, balance_map, colour_of, tint
from workshop_app.report.painter import Chart, shared_chart
from workshop_app.history.norms import Norms
from workshop_app.report.norms_section import norms_story
from workshop_app.report.since_last_time import EarlierSession, since_last_time
from workshop_app.report.texts import join_names, territory_text, text, texts

MAP_SIDE = 224
LABEL_W = 126  # the territory column of "territory by territory", a gutter included
MIN_OTHERS = 3  # other finished participants before any group figure is shown
MAX_ACTIONS = 4


@dataclass(frozen=True)
class DebriefData:
    """Everything one debrief shows; plain data, so it can be rendered in another process."""

    session: SessionInfo
    instrument: Instrument
    result: ParticipantResult
    group: GroupResult  # over the participants who finished
    note: str | None = None
    group_indices: tuple[float, ...] = ()  # the finished participants' balance indices
    earlier: EarlierSession | None = None  # this manager in the session a follow-up follows
    norms: Norms | None = None  # the client's managers in the history, when the session asks for them

    @property
    def shows_group(self) -> bool:
        others = self.group.n_finished - (1 if self.result.finished else 0)
        return others >= MIN_OTHERS


def render_debrief(data: DebriefData) -> bytes:
    """The debrief as PDF bytes."""
    lang = data.session.language
    footer = Footer(text(lang, "confidential") + "  ·  " + layout.footer_name(data.result.name), lang)
    return layout.build(debrief_story(data), footer, title=data.result.name, author=data.session.trainer)


def debrief_story(data: DebriefData) -> list[Flowable]:
    lang = data.session.language
    found = findings_of(data.result)
    return [
        *layout.cover(data.session, text(lang, "debrief_title"), data.result.name),
        _reading_box(data, found),
        *_balance(data, found),
        *(norms_story(data.norms, data.result, _names(data), lang) if data.norms else []),
        *(since_last_time(data.session, _names(data), data.result, data.earlier) if data.earlier else []),
        *_disagreements(data, found),
        *_priorities(data, found),
        *_territories(data, found),
        *_time_and_tensions(data),
        *_commitments(data),
    ]


def _names(data: DebriefData) -> dict[str, str]:
    return {c: data.instrument.territory_name(c, data.session.language) for c in CODES}


def _values(r: ParticipantResult) -> Mapping[str, float]:
    """What the bars show: practice scores, or the share of time today for the short form."""
    if r.scores is not None:
        return r.scores
    return {c: float(v) for c, v in (r.allocation_today or {}).items()}


def _figure(r: ParticipantResult, value: float, lang: Language) -> str:
    """A bar's value as printed: a score, or a share of time in % for the short form."""
    return str(rounded(value)) if r.scores is not None else text(lang, "percent", value=rounded(value))


def _group_values(r: ParticipantResult, group: GroupResult) -> Mapping[str, float] | None:
    if r.scores is not None:
        return {c: s.mean for c, s in group.territories.items()} if group.territories else None
    return group.allocation_today


# --- your reading -------------------------------------------------------------------------------

def _fig(value: float) -> str:
    return str(rounded(value))


def _list(codes: tuple[str, ...] | list[str], names: Mapping[str, str], lang: Language) -> str:
    return join_names([names[c] for c in codes], lang)


def _scored(codes: tuple[str, ...], values: Mapping[str, float], names: Mapping[str, str], lang: Language,
            shares: bool = False) -> str:
    """"Commando (21) and Develop people (30)"; with `shares`, "(21%)"."""
    return join_names([f"{names[c]} ({_share(values[c], lang) if shares else _fig(values[c])})" for c in codes],
                      lang)


def _share(value: float, lang: Language) -> str:
    return text(lang, "percent", value=rounded(value))


def _deltas(wish: Mapping[str, int], sign: int, names: Mapping[str, str], lang: Language) -> str:
    """The territories moving one way, each with its change: "Analyse (+10) and Develop people (+10)"."""
    moving = sorted((c for c in CODES if wish[c] * sign > 0), key=lambda c: -abs(wish[c]))
    return join_names([f"{names[c]} ({signed(wish[c])})" for c in moving], lang)


def reading(r: ParticipantResult, found: Findings, names: Mapping[str, str], lang: Language) -> list[str]:
    """"Your reading": four to six sentences, each from one finding, in the manager's own figures."""
    out: list[str] = []
    m, values, today = found.major, found.values or {}, r.allocation_today
    if isinstance(m, Major):
        low, high = _fig(m.others[0]), _fig(m.others[1])
        if found.short_form:
            out.append(text(lang, "r_major_short", territory=names[m.territory], score=_fig(m.score), low=low, high=high))
        elif today:
            out.append(text(lang, "r_major", territory=names[m.territory], score=_fig(m.score), low=low, high=high,
                            share=today[m.territory]))
        else:
            out.append(text(lang, "r_major_no_time", territory=names[m.territory], score=_fig(m.score), low=low,
                            high=high))
    elif isinstance(m, NoClearMajor):
        if len(m.contenders) == len(CODES):  # level, or all four within a few points
            out.append(text(lang, "r_no_major_level" if rounded(m.spread) == 0 else "r_no_major_all",
                            spread=_fig(m.spread)))
        else:
            out.append(text(lang, "r_no_major", territories=_scored(m.contenders, values, names, lang),
                            spread=_fig(m.spread)))
    if clearly := found.under("clearly"):
        out.append(text(lang, "r_under_clearly", territories=_scored(clearly, values, names, lang, found.short_form)))
    if somewhat := found.under("somewhat"):
        out.append(text(lang, "r_under_somewhat",
                        territories=_scored(somewhat, values, names, lang, found.short_form)))
    if found.balanced:
        out.append(text(lang, "r_balanced", territory=names[found.balanced.lowest]))
    if found.wants_less and found.wish:
        moved = sum(-v for v in found.wish.values() if v < 0)
        out.append(text(lang, "r_shift", delta=moved, losers=_deltas(found.wish, -1, names, lang),
                        gainers=_deltas(found.wish, +1, names, lang)))
    elif found.keeps_split:
        out.append(text(lang, "r_keep"))
    if found.firefighter:
        lowering = (found.firefighter.wished_delta or 0) <= -10
        out.append(text(lang, "r_firefighter_lowering" if lowering else "r_firefighter"))
    if found.mismatches:
        out.append(text(lang, "r_mismatch", territories=_list([x.territory for x in found.mismatches], names, lang)))
    if found.against_wish:
        out.append(text(lang, "r_against", territory=names[found.against_wish.territory]))
    priority = found.priority
    out.append(text(lang, "r_priority", territory=names[priority]) if priority else text(lang, "r_priority_balance"))
    return out


def _reading_box(data: DebriefData, found: Findings) -> Flowable:
    lang, names = data.session.language, _names(data)
    sentences = " ".join(reading(data.result, found, names, lang))
    content = [layout.label(text(lang, "your_reading").upper(), layout.KICKER), Spacer(1, 4),
               layout.label(sentences, layout.style("reading", 10.5, 15))]
    return layout.Box(content, background=tint(ACCENT, 0.06), rule=colour_of(ACCENT), rule_width=3, pad_x=14,
                      pad_y=9)


# --- 1. your balance ---------------------------------------------------------------------------

def _balance(data: DebriefData, found: Findings) -> list[Flowable]:
    r, lang, names = data.result, data.session.language, _names(data)
    story: list[Flowable] = [Spacer(1, 14), layout.heading(text(lang, "your_balance"))]
    if r.short_form:
        story += [layout.label(text(lang, "short_form"), SMALL), Spacer(1, 6)]
    arrows = [Arrow(r.point, r.ideal_point)] if r.point and r.ideal_point else []
    centroid = data.group.centroid if data.shows_group else None
    plan = balance_map(MAP_SIDE, lang, names, highlight=r.point, highlight_label=text(lang, "you"),
                       centroid=centroid, arrows=arrows)
    legend = _map_legend(MAP_SIDE, lang, with_arrow=bool(arrows), with_centroid=centroid is not None)
    side = [
        layout.label(text(lang, "balance_index"), H2),
        layout.label(str(rounded(r.balance_index)) if r.balance_index is not None else "–", BIG),
        layout.label(text(lang, "balance_index_help"), SMALL),
    ]
    if data.shows_group and data.group_indices:
        side.append(layout.label(_index_range(data.group_indices, lang), SMALL))
    side += [Spacer(1, 12), layout.label(_major_sentence(found, names, lang), BODY), Spacer(1, 6)]
    side += [layout.label(s, BODY) for s in _under_used_sentences(found, names, lang)]
    if not data.shows_group:
        side += [Spacer(1, 8), layout.label(text(lang, "group_later"), SMALL)]
    columns = layout.Columns([[plan, Spacer(1, 6), legend], side], [MAP_SIDE + 26, WIDTH - MAP_SIDE - 26])
    story += [Spacer(1, 4), columns, Spacer(1, 14)]
    values = _values(r)
    if values:
        short = r.scores is None
        marks = _group_values(r, data.group) if data.shows_group else None
        bars = charts.territory_bars(WIDTH, names, values, marks=marks, value_format=lambda v: _figure(r, v, lang))
        help_key = ("bars_help_short" if short else "bars_help") + ("" if marks else "_alone")
        story.append(layout.section(text(lang, "your_territories_short" if short else "your_territories"), bars,
                                    help_text=text(lang, help_key)))
    return story + [_method(lang)]


def _index_range(indices: tuple[float, ...], lang: Language) -> str:
    ordered = sorted(indices)
    return text(lang, "balance_index_group", low=_fig(ordered[0]), high=_fig(ordered[-1]),
                median=_fig(median(ordered)))


def _map_legend(width: float, lang: Language, *, with_arrow: bool, with_centroid: bool) -> Drawing:
    return shared_chart(width, 14, _map_legend_shapes(width, lang, with_arrow, with_centroid))


@lru_cache(maxsize=16)
def _map_legend_shapes(width: float, lang: Language, with_arrow: bool, with_centroid: bool) -> tuple[object, ...]:
    """The legend under the map, made once for each of its few forms."""
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
            d.add(Circle(x, y, 4.5, fillColor=colour_of(INK), strokeColor=None))
        elif kind == "centroid":
            d.add(Circle(x, y, 4.5, fillColor=colour_of(CENTROID), strokeColor=None))
        else:
            d.add(Line(x - 5, y, x + 3, y, strokeColor=colour_of(INK), strokeWidth=1.2))
            d.add(Polygon([x + 7, y, x + 2, y + 3, x + 2, y - 3], fillColor=colour_of(INK), strokeColor=None))
        label = text(lang, key)
        d.add(String(x + 10, y - 2.8, label, fontName=fonts.REGULAR, fontSize=8, fillColor=colour_of(MUTED)))
        x += 10 + stringWidth(label, fonts.REGULAR, 8) + 16
    return tuple(d.contents)


def _major_sentence(found: Findings, names: Mapping[str, str], lang: Language) -> str:
    m = found.major
    if isinstance(m, Major):
        return text(lang, "major_one", territory=names[m.territory], lead=_fig(m.lead))
    if isinstance(m, NoClearMajor) and len(m.contenders) < len(CODES):
        return text(lang, "no_clear_major", territories=_list(m.contenders, names, lang))
    return text(lang, "no_clear_major_all")


def _under_used_sentences(found: Findings, names: Mapping[str, str], lang: Language) -> list[str]:
    if not found.under_used:
        return [text(lang, "none_under_used")]
    return [text(lang, f"under_used_{degree}", territories=_list(found.under(degree), names, lang))
            for degree in ("clearly", "somewhat") if found.under(degree)]


# --- 2. disagreements, priorities, territory by territory ----------------------------------------

def _wish_part(delta: int | None, lang: Language) -> str:
    if delta is None:
        return ""
    if delta == 0:
        return text(lang, "wish_kept")
    return text(lang, "wish_lower" if delta < 0 else "wish_higher", points=abs(delta))


def _disagreements(data: DebriefData, found: Findings) -> list[Flowable]:
    lang, names = data.session.language, _names(data)
    paragraphs = [
        text(lang, "disagree_low" if x.practice_score < fd.MISMATCH_SCORE_HIGH else "disagree_high",
             territory=names[x.territory], score=_fig(x.practice_score), share=x.time_share,
             wish=_wish_part(x.wished_delta, lang))
        for x in found.mismatches
    ]
    if found.against_wish:
        paragraphs.append(text(lang, "disagree_commitment", territory=names[found.against_wish.territory],
                               points=-found.against_wish.wished_delta))
    if not paragraphs:
        return []
    body: list[Flowable] = []
    for p in paragraphs:
        body += [layout.label(p, BODY), Spacer(1, 4)]
    return [Spacer(1, 14), layout.section(text(lang, "disagree_title"), *body)]


def priority_actions(found: Findings, lang: Language) -> tuple[str | None, list[str], str | None]:
    """(priority territory, its moves, the major's move): at most MAX_ACTIONS actions, none repeated."""
    priority = found.priority
    moves = list(territory_text(priority, lang).moves) if priority else list(texts(lang).balance_moves)
    m = found.major
    major_move = None
    if isinstance(m, Major) and m.territory != priority:
        major_move = territory_text(m.territory, lang).major_move
    return priority, moves[:MAX_ACTIONS - (1 if major_move else 0)], major_move


def _priorities(data: DebriefData, found: Findings) -> list[Flowable]:
    lang, names, values = data.session.language, _names(data), _values(data.result)
    priority, moves, major_move = priority_actions(found, lang)
    colour = BY_CODE[priority].colour if priority else ACCENT
    head = names[priority] if priority else text(lang, "balance_title")
    story: list[Flowable] = [Spacer(1, 14), layout.heading(text(lang, "priorities_title")),
                             layout.label(text(lang, "priorities_intro_wish"), SMALL), Spacer(1, 6),
                             _moves(head, moves, colour, lang)]
    if major_move and isinstance(found.major, Major):
        code = found.major.territory
        story += [Spacer(1, 8), layout.label(text(lang, "major_move_title", territory=names[code]), layout.style(
            "major_move_head", 9.5, 13, fonts.SEMIBOLD, text_colour(code))), layout.label(major_move, BODY)]
    others = [_other_line(c, found, names, values, lang) for c in CODES
              if c != priority and (c in found.under() or (found.wish or {}).get(c, 0) > 0)]
    if others:
        story += [Spacer(1, 8), layout.label(text(lang, "others_title"), H2)]
        story += [layout.label("– " + line, BODY) for line in others]
    return story


def _other_line(code: str, found: Findings, names: Mapping[str, str], values: Mapping[str, float],
                lang: Language) -> str:
    if code in found.under():
        score = _share(values[code], lang) if found.short_form else _fig(values[code])
        return text(lang, "other_under", territory=names[code], score=score)
    return text(lang, "other_wished", territory=names[code], points=(found.wish or {})[code])


def _territories(data: DebriefData, found: Findings) -> list[Flowable]:
    r, lang, names = data.result, data.session.language, _names(data)
    values = _values(r)
    blocks = [_territory_block(code, names[code], values.get(code), r, found, lang) for code in CODES]
    head: list[Flowable] = [Spacer(1, 14), layout.heading(text(lang, "by_territory")),
                            layout.label(text(lang, "by_territory_intro"), SMALL), Spacer(1, 10), blocks[0]]
    return [layout.Together(head), *blocks[1:], Spacer(1, 4), _field_visit(lang)]


def _territory_block(code: str, name: str, value: float | None, r: ParticipantResult, found: Findings,
                     lang: Language) -> Flowable:
    t = territory_text(code, lang)
    tag = ""
    if isinstance(found.major, Major) and found.major.territory == code:
        tag = text(lang, "tag_major")
    elif code in found.under("clearly"):
        tag = text(lang, "tag_under_used")
    elif code in found.under("somewhat"):
        tag = text(lang, "tag_somewhat")
    shown = "–" if value is None else _figure(r, value, lang)
    label: list[Flowable] = [
        layout.Columns([charts.territory_swatch(code, 10), layout.label(name, H2)], [16, LABEL_W - 28], valign="middle"),
        layout.label(shown, layout.style("score", 22, 26, fonts.BOLD, text_colour(code))),
    ]
    if tag:
        label.append(layout.label(tag.upper(), layout.KICKER))
    cost_key, cost = _cost(code, value, found, t)
    body: list[Flowable] = []
    for key, value_text in (("what_it_is", t.what), ("what_it_brings", t.brings), (cost_key, cost)):
        body.append(layout.TextBlock(value_text, BODY, lead=text(lang, key)))
        body.append(Spacer(1, 3))
    return layout.Columns([label, body], [LABEL_W, WIDTH - LABEL_W], pad=8, rule=colour_of(RULE))


def _cost(code: str, value: float | None, found: Findings, t: object) -> tuple[str, str]:
    """The cost the score points to: of the lack when the territory is low, of the excess otherwise."""
    middle = 25.0 if found.short_form else 50.0
    low = code in found.under() or (value is not None and value < middle)
    return ("lack", t.lack) if low else ("over_use", t.over_use)  # type: ignore[attr-defined]


def _moves(head: str, moves: list[str], colour: str, lang: Language) -> Flowable:
    number = layout.style("move_no", 9.5, 13.5, fonts.BOLD, text_colour_hex(colour))
    title = f"{head} · {text(lang, 'priority_moves')}"
    content: list[Flowable] = [layout.label(title, layout.style("moves_head", 9.5, 13, fonts.SEMIBOLD,
                                                                  text_colour_hex(colour))), Spacer(1, 3)]
    for i, move in enumerate(moves, 1):
        content += [layout.Columns([layout.label(str(i), number), layout.label(move, BODY)],
                                   [12, WIDTH - 2 * 10 - 12]), Spacer(1, 3)]
    return layout.Box(content, background=tint(colour, 0.08), rule=colour_of(colour), pad_x=10, pad_y=6)


def _field_visit(lang: Language) -> Flowable:
    content = [layout.label(text(lang, "field_visit_title").upper(), layout.KICKER), Spacer(1, 4),
               layout.label(text(lang, "field_visit_question"), layout.style("question", 14, 18, fonts.SEMIBOLD)),
               Spacer(1, 4), layout.label(text(lang, "field_visit_body"), BODY)]
    return layout.Together([Spacer(1, 6), layout.Box(content, background=tint(ACCENT, 0.07), rule=colour_of(ACCENT),
                                                  rule_width=3, pad_x=14, pad_y=11)])


def _method(lang: Language) -> Flowable:
    content = [layout.label(text(lang, "method_title").upper(), layout.KICKER), Spacer(1, 4),
               layout.label(text(lang, "method_body"), SMALL)]
    return layout.Together([Spacer(1, 18), layout.Box(content, rule=colour_of(RULE), pad_x=12, pad_y=7)])


# --- 3. time and tensions ----------------------------------------------------------------------

def _time_and_tensions(data: DebriefData) -> list[Flowable]:
    r, lang, names = data.result, data.session.language, _names(data)
    time: list[Flowable] = [layout.heading(text(lang, "your_time"))]
    today, ideal = r.allocation_today, r.allocation_ideal
    if today and ideal:
        legend = charts.time_legend(WIDTH, lang)
        chart = charts.time_split(WIDTH, names, today, ideal)
        time += [Spacer(1, 4), legend, Spacer(1, 2), chart, Spacer(1, 6),
                 layout.label(_shift_sentence(today, ideal, names, lang), BODY)]
    else:
        time.append(layout.label(text(lang, "not_answered"), SMALL))
    means = data.group.tension_means if data.shows_group else {}
    tensions: list[Flowable] = [layout.heading(text(lang, "your_tensions")),
                                layout.label(text(lang, "tensions_help" if means else "tensions_help_alone"), SMALL),
                                Spacer(1, 8)]
    tensions += tension_rows(data.instrument, lang, r.tensions, means)
    return [Spacer(1, 18), layout.Together(time), Spacer(1, 18), layout.Together(tensions)]


def _shift_sentence(today: Mapping[str, int], ideal: Mapping[str, int], names: Mapping[str, str],
                    lang: Language) -> str:
    """The largest wished gain, every tied territory named, and where the points come from."""
    wish = {c: ideal[c] - today[c] for c in CODES}
    more = fd.wants_more(wish)
    if more is None:
        return text(lang, "no_shift")
    if len(more.territories) == 1:
        sentence = text(lang, "biggest_shift", points=more.delta, territory=names[more.territories[0]])
    else:
        sentence = text(lang, "biggest_shift_many", points=more.delta, territories=_list(more.territories, names, lang))
    return sentence + text(lang, "shift_from", territories=_deltas(wish, -1, names, lang))


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
    story: list[Flowable] = [Spacer(1, 18), CondPageBreak(120), layout.heading(text(lang, "your_commitments"))]
    actions = [a for a in r.commitment_actions if a.strip()]
    if not r.commitment_territory and not actions:
        story.append(layout.label(text(lang, "commitments_by_hand"), SMALL))
    story += [Spacer(1, 8), layout.label(ins.territory_prompt[lang], H2)]
    if r.commitment_territory in names:
        story.append(layout.label(names[r.commitment_territory], layout.style(
            "chosen", 13, 17, fonts.BOLD, text_colour(r.commitment_territory))))
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
        story += [Spacer(1, 22), layout.Box(note, rule=colour_of(MUTED), pad_x=14, pad_y=7)]
    return story


def _ruled_lines(n: int, numbered: bool = False) -> Drawing:
    gap, x0 = 30, (20 if numbered else 0)
    d = Chart(WIDTH, gap * n)
    for i in range(n):
        y = gap * (n - i - 1) + 4
        if numbered:
            d.add(String(0, y + 2, str(i + 1), fontName=fonts.BOLD, fontSize=11, fillColor=colour_of(ACCENT)))
        d.add(Line(x0, y, WIDTH, y, strokeColor=colour_of(MUTED), strokeWidth=0.5, strokeDashArray=None))
    return d
