"""A room whose answers cluster: six managers round the centre, two on the very same spot, one
on the group's centre itself, most with long names. The map must still show all six."""

from __future__ import annotations

import dataclasses

from workshop_app.model.instrument import Instrument
from workshop_app.model.scoring import Responses, Results, score_session
from workshop_app.model.territories import CODES

POINTS = [(0.04, 0.02), (0.04, 0.02), (-0.03, 0.05), (0.08, -0.04), (0.0, -0.06), (0.0, 0.0)]
NAMES = ["Marie-Charlotte de La Tour d’Auvergne", "Jean-Baptiste Rousseau-Delacroix", "Léa Martin",
         "Maximilien Vandenberghe-Lefebvre", "Anne-Sophie Grandjean-Moreau", "Bo Li"]
# By hand: the mean of POINTS, x 0.13 / 6, y -0.01 / 6.
CENTROID = (0.13 / 6, -0.01 / 6)


def clustered_results(instrument: Instrument) -> Results:
    """Scored answers, then placed at POINTS (the scoring's points are not the subject here)."""
    flat = {c: 25 for c in CODES}
    results = score_session([
        Responses(i + 1, name, answers={item.id: 3 for item in instrument.items},
                  allocations={"today": flat, "ideal": flat}, tensions={t: 4 for t in instrument.tension_ids})
        for i, name in enumerate(NAMES)], instrument)
    people = tuple(dataclasses.replace(r, point=point, ideal_point=None)
                   for r, point in zip(results.participants, POINTS))
    return dataclasses.replace(results, participants=people,
                               group=dataclasses.replace(results.group, centroid=CENTROID))
