"""The anonymous group synthesis, for the trainer and the sponsor (A4, in the session language).

Computed over the participants who finished. Below MIN_GROUP of them, the document says the
group is too small and shows the participation figure only: with one or two people, a mean
is a person's result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, String
from reportlab.lib.colors import HexColor
from reportlab.platypus import Flowable, KeepTogether, Spacer

from workshop_app.model.instrument import Instrument
from workshop_app.model.scoring import GroupResult, ParticipantResult, Point, score_group
from workshop_app.model.territories import ACCENT, CENTROID, CODES, INK, MUTED, Language
from workshop_app.report import charts, fonts, layout
from workshop_app.report.layout import BIG, BODY, H2, SMALL, WIDTH, Footer, SessionInfo
from workshop_app.report.map_drawing import balance_map, tint
from workshop_app.report.painter import Chart
from workshop_app.report.texts import text

MIN_GROUP = 3
MAP_SIDE = 300


@dataclass(frozen=True)
class SynthesisData:
    """The group's results without names: points, aggregates and the participation figures."""

    session: SessionInfo
    instrument: Instrument
    group: GroupResult  # over the participants who finished
    points: tuple[Point, ...]  # one per finished participant, in no meaningful order
    n_invited: int

    @classmethod
    def from_results(cls, session: SessionInfo, instrument: Instrument,
                     participants: Sequence[ParticipantResult]) -> SynthesisData:
        finished = [r for r in participants if r.finished]
        points = tuple(sorted(r.point for r in finished if r.point is not None))  # sorted: no roster order
        return cls(session, instrument, score_group(finished, instrument), points, len(participants))

    @property
    def n_finished(self) -> int:
        return self.group.n_finished

    @property
    def too_small(self) -> bool:
        return self.n_finished < MIN_GROUP


def render_synthesis(data: SynthesisData) -> bytes:
    lang = data.session.language
    footer = Footer(text(lang, "anonymous") + "  ·  " + layout.footer_name(data.session.title), lang)
    story: list[Flowable] = [*layout.cover(data.session, text(lang, "synthesis_title"), None),
                             layout.label(text(lang, "synthesis_lead"), SMALL), Spacer(1, 14),
                             _participation(data)]
    if data.too_small:
        message = layout.label(text(lang, "too_small", minimum=MIN_GROUP, finished=data.n_finished),
                               layout.style("too_small", 12, 17, fonts.SEMIBOLD))
        story += [Spacer(1, 18), layout.Box([message], background=tint(ACCENT, 0.07), rule=HexColor(ACCENT),
                                            rule_width=3, pad_x=14, pad_y=12)]
    else:
        story += _group_pages(data)
    return layout.build(story, footer, title=text(lang, "synthesis_title"), author=data.session.trainer)


def _participation(data: SynthesisData) -> Flowable:
    lang, figure = data.session.language, str(data.n_finished)
    figure_w = 20 + 24 * len(figure)  # room for the big figure's digits
    row = layout.Columns([layout.label(figure, BIG),
                          [Spacer(1, 30), layout.label(text(lang, "finished_of", invited=data.n_invited), BODY)]],
                         [figure_w, WIDTH - figure_w])
    return KeepTogether([layout.label(text(lang, "participation"), H2), row])


def _group_pages(data: SynthesisData) -> list[Flowable]:
    lang, g = data.session.language, data.group
    names = {c: data.instrument.territory_name(c, lang) for c in CODES}
    story: list[Flowable] = [Spacer(1, 18), layout.heading(text(lang, "group_map"))]
    plan = balance_map(MAP_SIDE, lang, names, points=data.points, centroid=g.centroid)
    majors = charts.territory_counts(WIDTH - MAP_SIDE - 24, names, g.majors)
    side = [_legend(lang), Spacer(1, 22), layout.label(text(lang, "majors"), H2),
            layout.label(text(lang, "majors_help"), SMALL), Spacer(1, 6), majors]
    story += [Spacer(1, 4), layout.Columns([plan, side], [MAP_SIDE + 24, WIDTH - MAP_SIDE - 24]), Spacer(1, 22)]
    if g.territories:
        means = {c: g.territories[c].mean for c in CODES}
        spreads = {c: g.territories[c].sd for c in CODES}
        story += [layout.section(text(lang, "group_territories"), charts.territory_bars(WIDTH, names, means,
                                 spreads=spreads), help_text=text(lang, "group_territories_help")), Spacer(1, 22)]
    if g.allocation_today and g.allocation_ideal:
        legend = charts.time_legend(WIDTH, lang)
        chart = charts.time_split(WIDTH, names, g.allocation_today, g.allocation_ideal)
        story += [layout.section(text(lang, "group_time"), legend, Spacer(1, 2), chart,
                                 help_text=text(lang, "group_time_help")), Spacer(1, 22)]
    story.append(layout.section(text(lang, "group_tensions"), *_tension_rows(data),
                                help_text=text(lang, "group_tensions_help")))
    return story


def _legend(lang: Language) -> Drawing:
    d = Chart(200, 34)
    for y, radius, colour, key in ((26, 3, tint(INK, 0.55), "one_point_each"), (8, 5, HexColor(CENTROID), "centroid")):
        d.add(Circle(6, y, radius, fillColor=colour, strokeColor=None))
        d.add(String(18, y - 3, text(lang, key), fontName=fonts.REGULAR, fontSize=8.5, fillColor=HexColor(MUTED)))
    return d


def _tension_rows(data: SynthesisData) -> list[Flowable]:
    """Each tension's poles either side of how many people chose each step."""
    lang, g = data.session.language, data.group
    hist_w = 210
    return [layout.between_poles(t.left[lang], t.right[lang], charts.step_histogram(hist_w, g.tensions[t.id]),
                                 hist_w, valign="bottom", pad=8, ruled=i > 0)
            for i, t in enumerate(data.instrument.tensions)]
