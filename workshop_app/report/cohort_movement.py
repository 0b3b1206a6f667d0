"""The group synthesis of a follow-up session: how the cohort moved since the session it follows.

Over the managers who finished both times: the group's centre then and now on the map (the
shared map drawing, an arrow between them), and how many of those who committed to a
territory last time clearly moved towards it (`model/progress.py`). Anonymous as the rest of
the synthesis: nothing below MIN_POINTS managers present both times, and the count of those
who moved only when at least MIN_GROUP had committed (with one, the figure is that person).
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from workshop_app.model.progress import SCORE_NOISE, TIME_NOISE, CohortMovement
from workshop_app.model.numbers import rounded
from workshop_app.model.territories import Language
from workshop_app.report import layout
from workshop_app.report.layout import BODY, SMALL, WIDTH, Spacer
from workshop_app.report.map_drawing import Arrow, balance_map
from workshop_app.report.since_last_time import say

MAP_SIDE = 220


def cohort_story(movement: CohortMovement | None, names: Mapping[str, str], lang: Language, *,
                 min_points: int, min_group: int) -> list[Flowable]:
    head: list[Flowable] = [Spacer(1, 18), layout.heading(say(lang, "cohort_title"))]
    if movement is None or movement.n < min_points:
        n = movement.n if movement else 0
        return [layout.Together(head + [layout.label(say(lang, "cohort_too_small", minimum=min_points, n=n), BODY)])]
    before, after = movement.centroid_before, movement.centroid_after
    plan = balance_map(MAP_SIDE, lang, dict(names), earlier=before, centroid=after,
                       arrows=[Arrow(before, after)] if before != after else [])
    side: list[Flowable] = [layout.label(say(lang, "cohort_n", n=movement.n), BODY), Spacer(1, 8)]
    if movement.committed >= min_group:
        side.append(layout.label(say(lang, "cohort_moved", moved=movement.moved_towards,
                                     committed=movement.committed), BODY))
    else:
        side.append(layout.label(say(lang, "cohort_moved_hidden", minimum=min_group), SMALL))
    side += [Spacer(1, 8), layout.label(say(lang, "cohort_help", score=rounded(SCORE_NOISE),
                                            time=rounded(TIME_NOISE)), SMALL)]
    return [layout.Together(head + [Spacer(1, 4), layout.Columns([plan, side], [MAP_SIDE + 24, WIDTH - MAP_SIDE - 24])])]
