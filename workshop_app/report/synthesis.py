"""The anonymous group synthesis, for the trainer and the sponsor (A4, in the session language).

Computed over the participants who finished. Below MIN_GROUP of them, the document says the
group is too small and shows the participation figure only: with one or two people, a mean
is a person's result. Individual points on the map appear from MIN_POINTS finished (below,
the centre and its spread only), and a team's figures only for teams of MIN_POINTS or more.
It opens with three findings and three levers, from the group's findings (`model/findings.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from statistics import median, pstdev

from reportlab.graphics.shapes import Circle, Drawing, Ellipse, String
from reportlab.platypus import Flowable

from workshop_app.model import geometry
from workshop_app.model.findings import GroupFindings, group_findings
from workshop_app.model.instrument import Instrument
from workshop_app.model.numbers import largest_remainder, rounded, signed
from workshop_app.model.progress import CohortMovement
from workshop_app.model.scoring import GroupResult, ParticipantResult, Point, score_group
from workshop_app.model.territories import ACCENT, CENTROID, CODES, INK, MUTED, Language
from workshop_app.report import charts, fonts, layout
from workshop_app.report.cohort_movement import cohort_story
from workshop_app.report.layout import BIG, BODY, H2, SMALL, WIDTH, Footer, SessionInfo, Spacer
from workshop_app.report.map_drawing import balance_map, colour_of, tint
from workshop_app.report.painter import Chart
from workshop_app.report.texts import join_names, text

MIN_GROUP = 3
MIN_POINTS = 5  # individual points, and a team's figures, from this many people
MAP_SIDE = 280


@dataclass(frozen=True)
class SynthesisData:
    """The group's results without names: points, aggregates and the participation figures."""

    session: SessionInfo
    instrument: Instrument
    group: GroupResult  # over the participants who finished
    points: tuple[Point, ...]  # one per finished participant, in no meaningful order
    n_invited: int
    findings: GroupFindings | None = None
    teams: tuple[tuple[str, GroupResult], ...] = ()  # teams of at least MIN_POINTS finished
    follow_up: bool = False  # a follow-up session: the cohort's movement is shown (or why not)
    cohort: CohortMovement | None = None  # over the managers who finished both sessions

    @classmethod
    def from_results(cls, session: SessionInfo, instrument: Instrument,
                     participants: Sequence[ParticipantResult]) -> SynthesisData:
        finished = [r for r in participants if r.finished]
        points = tuple(sorted(r.point for r in finished if r.point is not None))  # sorted: no roster order
        by_team: dict[str, list[ParticipantResult]] = {}
        for r in finished:
            if r.team:
                by_team.setdefault(r.team, []).append(r)
        teams = tuple((team, score_group(members, instrument)) for team, members in sorted(by_team.items())
                      if len(members) >= MIN_POINTS)
        return cls(session, instrument, score_group(finished, instrument), points, len(participants),
                   group_findings(finished), teams)

    @property
    def shows_points(self) -> bool:
        return self.n_finished >= MIN_POINTS

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
        story += [Spacer(1, 18), layout.Box([message], background=tint(ACCENT, 0.07), rule=colour_of(ACCENT),
                                            rule_width=3, pad_x=14, pad_y=12)]
    else:
        story += _group_pages(data)
        if data.follow_up:
            names = {c: data.instrument.territory_name(c, lang) for c in CODES}
            story += cohort_story(data.cohort, names, lang, min_points=MIN_POINTS, min_group=MIN_GROUP)
    return layout.build(story, footer, title=text(lang, "synthesis_title"), author=data.session.trainer)


def _participation(data: SynthesisData) -> Flowable:
    lang, figure = data.session.language, str(data.n_finished)
    figure_w = 20 + 24 * len(figure)  # room for the big figure's digits
    row = layout.Columns([layout.label(figure, BIG),
                          [Spacer(1, 30), layout.label(text(lang, "finished_of", invited=data.n_invited), BODY)]],
                         [figure_w, WIDTH - figure_w])
    return layout.Together([layout.label(text(lang, "participation"), H2), row])


def _group_pages(data: SynthesisData) -> list[Flowable]:
    lang, g = data.session.language, data.group
    names = {c: data.instrument.territory_name(c, lang) for c in CODES}
    story: list[Flowable] = []
    if data.findings is not None:
        story += [Spacer(1, 18), *_three_findings(data.findings, names, lang)]
    story += [Spacer(1, 18)]
    plan = balance_map(MAP_SIDE, lang, names, points=data.points if data.shows_points else (), centroid=g.centroid)
    if not data.shows_points and len(data.points) > 1:
        _spread_ring(plan, data.points)
    majors = charts.territory_counts(WIDTH - MAP_SIDE - 24, names, data.findings.majors if data.findings else g.majors,
                                     row=19)
    side: list[Flowable] = [_legend(lang, data.shows_points), Spacer(1, 12), layout.label(text(lang, "majors"), H2),
                            layout.label(text(lang, "majors_help"), SMALL), Spacer(1, 6), majors]
    if data.findings is not None:
        f = data.findings
        side += [layout.label(text(lang, "no_clear_major_count", count=f.no_clear_major), SMALL), Spacer(1, 10),
                 layout.label(text(lang, "group_commitments"), H2),
                 layout.label(text(lang, "group_commitments_help", count=f.committed, n=f.n), SMALL), Spacer(1, 6),
                 charts.territory_counts(WIDTH - MAP_SIDE - 24, names, f.commitments, row=19)]
    if not data.shows_points:
        side += [Spacer(1, 10), layout.label(text(lang, "points_hidden", minimum=MIN_POINTS), SMALL)]
    story += [layout.Together([layout.heading(text(lang, "group_map")), Spacer(1, 4),
                            layout.Columns([plan, side], [MAP_SIDE + 24, WIDTH - MAP_SIDE - 24])]), Spacer(1, 22)]
    if g.territories:
        means = {c: g.territories[c].mean for c in CODES}
        spreads = {c: g.territories[c].sd for c in CODES}
        story += [layout.section(text(lang, "group_territories"), charts.territory_bars(WIDTH, names, means,
                                 spreads=spreads), help_text=text(lang, "group_territories_help")), Spacer(1, 22)]
    if g.allocation_today and g.allocation_ideal:
        today, ideal = largest_remainder(g.allocation_today), largest_remainder(g.allocation_ideal)
        legend = charts.time_legend(WIDTH, lang)
        chart = charts.time_split(WIDTH, names, today, ideal)
        story += [layout.section(text(lang, "group_time"), legend, Spacer(1, 2), chart, Spacer(1, 6),
                                 layout.label(_group_wish(today, ideal, names, lang), BODY),
                                 help_text=text(lang, "group_time_help")), Spacer(1, 22)]
    story.append(layout.section(text(lang, "group_tensions"), *_tension_rows(data),
                                help_text=text(lang, "group_tensions_help")))
    if data.teams:
        story += [Spacer(1, 22), *_teams(data, names)]
    return story


def _three_findings(f: GroupFindings, names: dict[str, str], lang: Language) -> list[Flowable]:
    """Three findings, each with its lever, chosen from what the group's findings show most."""
    pairs: list[tuple[str, str]] = []
    top = max(f.under_used.values())
    if top:
        tied = [c for c in CODES if f.under_used[c] == top]
        finding = (text(lang, "gf_under", territory=names[tied[0]], count=top, n=f.n) if len(tied) == 1 else
                   text(lang, "gf_under_many", territories=join_names([names[c] for c in tied], lang), count=top, n=f.n))
        pairs.append((finding, text(lang, "gl_under")))
    few = f.committed < f.n
    pairs.append((text(lang, "gf_committed_few" if few else "gf_committed_all", count=f.committed, n=f.n),
                  text(lang, "gl_committed_few" if few else "gl_committed_all")))
    if f.mismatched:
        pairs.append((text(lang, "gf_mismatch", count=f.mismatched, n=f.n), text(lang, "gl_mismatch")))
    if f.indices:
        pairs.append((text(lang, "gf_index", low=rounded(f.indices[0]), high=rounded(f.indices[-1]),
                           median=rounded(median(f.indices))), text(lang, "gl_index")))
    number = layout.style("finding_no", 13, 16, fonts.BOLD, ACCENT)
    lever = layout.style("lever", 9.5, 13.5, fonts.ITALIC)
    rows: list[Flowable] = [layout.heading(text(lang, "three_findings"))]
    for i, (finding, lever_text) in enumerate(pairs[:3], 1):
        rows += [layout.Columns([layout.label(str(i), number),
                                 [layout.label(finding, layout.style("finding", 10.5, 14.5, fonts.SEMIBOLD)),
                                  layout.label(lever_text, lever)]], [22, WIDTH - 22]), Spacer(1, 8)]
    return [layout.Together(rows)]


def _group_wish(today: dict[str, int], ideal: dict[str, int], names: dict[str, str], lang: Language) -> str:
    moves = [f"{names[c]} {signed(ideal[c] - today[c])}" for c in CODES if ideal[c] != today[c]]
    return text(lang, "group_wish", moves=join_names(moves, lang)) if moves else text(lang, "group_no_wish")


def _spread_ring(plan: Drawing, points: tuple[Point, ...]) -> None:
    """The group's spread as an ellipse of one standard deviation around its centre, no point shown."""
    canvas = [geometry.to_canvas(p) for p in points]
    us, vs = [u for u, _ in canvas], [v for _, v in canvas]
    cu, cv = sum(us) / len(us), sum(vs) / len(vs)
    ru, rv = max(pstdev(us), 0.02), max(pstdev(vs), 0.02)
    plan.add(Ellipse(cu * MAP_SIDE, (1 - cv) * MAP_SIDE, ru * MAP_SIDE, rv * MAP_SIDE, fillColor=tint(CENTROID, 0.12),
                     strokeColor=colour_of(CENTROID), strokeWidth=0.8, strokeDashArray=[3, 2]))


def _teams(data: SynthesisData, names: dict[str, str]) -> list[Flowable]:
    lang = data.session.language
    rows: list[Flowable] = []
    for team, g in data.teams:
        if not g.territories:
            continue
        rows += [layout.label(text(lang, "team_row", team=team, n=g.n_finished), H2),
                 charts.territory_bars(WIDTH, names, {c: g.territories[c].mean for c in CODES}, row=22), Spacer(1, 8)]
    if not rows:
        return []
    return [layout.heading(text(lang, "teams")),
            layout.label(text(lang, "teams_help", minimum=MIN_POINTS), SMALL), Spacer(1, 6), *rows]


def _legend(lang: Language, with_points: bool) -> Drawing:
    d = Chart(200, 34)
    first = (26, 3, tint(INK, 0.55), "one_point_each") if with_points else (26, 5, tint(CENTROID, 0.12), "spread_legend")
    for y, radius, colour, key in (first, (8, 5, colour_of(CENTROID), "centroid")):
        d.add(Circle(6, y, radius, fillColor=colour, strokeColor=None))
        d.add(String(18, y - 3, text(lang, key), fontName=fonts.REGULAR, fontSize=8.5, fillColor=colour_of(MUTED)))
    return d


def _tension_rows(data: SynthesisData) -> list[Flowable]:
    """Each tension's poles either side of how many people chose each step."""
    lang, g = data.session.language, data.group
    hist_w = 210
    return [layout.between_poles(t.left[lang], t.right[lang], charts.step_histogram(hist_w, g.tensions[t.id]),
                                 hist_w, valign="bottom", pad=8, ruled=i > 0)
            for i, t in enumerate(data.instrument.tensions)]
