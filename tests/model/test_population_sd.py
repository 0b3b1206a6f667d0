"""The population standard deviation: statistics.pstdev's exact value, in whole numbers.

A float formula was tried and refused: over the 20 475 sets of four practice scores it gives
one balance index of exactly 37.5 as 37.4999… (printed 37 instead of 38). So the value kept is
the exact one, computed faster; these tests prove it is the very same float as `pstdev`."""

from __future__ import annotations

import itertools
import random
from statistics import pstdev

from workshop_app.model.instrument import default_instrument
from workshop_app.model.numbers import rounded
from workshop_app.model.scoring import ALLOCATION_SIGMA_MAX, balance_index, population_sd, territory_scores
from workshop_app.model.territories import CODES

INSTRUMENT = default_instrument()


def _possible_scores() -> list[float]:
    """Every score a territory of the default instrument can have, as `territory_scores` computes it."""
    items = [i.id for i in INSTRUMENT.items_of(CODES[0])]
    values = []
    for extra in range(4 * len(items) + 1):  # each answer 1, plus `extra` spread over the items
        answers = dict.fromkeys(INSTRUMENT.item_ids, 1)
        for item_id in items:
            answers[item_id] += min(4, extra)
            extra -= min(4, extra)
        values.append(territory_scores(answers, INSTRUMENT)[CODES[0]])
    return values


def test_hand_examples():
    assert population_sd([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]) == 2.0  # the textbook example
    assert population_sd([5.0]) == 0.0
    assert population_sd([0.0, 100.0]) == 50.0
    assert ALLOCATION_SIGMA_MAX == 25 * 3 ** 0.5  # sqrt((75² + 3 x 25²) / 4) = 25 sqrt(3)


def test_an_index_of_exactly_37_5_is_printed_38():
    # In steps of 100/24: 0, 3, 12, 19; mean 8.5; squared gaps 72.25 + 30.25 + 12.25 + 110.25 = 225;
    # variance 56.25, sigma 7.5 steps = 31.25 points, index 100 x (1 - 31.25/50) = 37.5.
    step = 100 / 24
    scores = dict(zip(CODES, (0 * step, 3 * step, 12 * step, 19 * step)))
    assert balance_index(scores) == 37.5
    assert rounded(balance_index(scores)) == 38


def test_every_set_of_four_practice_scores_gives_pstdev_exactly():
    scores = _possible_scores()
    assert len(scores) == 25 and scores[0] == 0.0 and scores[-1] == 100.0
    for four in itertools.combinations_with_replacement(scores, 4):
        assert population_sd(four) == pstdev(four), four


def test_every_split_of_100_points_gives_pstdev_exactly():
    for a in range(101):
        for b in range(a, 101 - a):
            for c in range(b, (100 - a - b) // 2 + 1):  # and d = 100 - a - b - c >= c
                four = (float(a), float(b), float(c), float(100 - a - b - c))
                assert population_sd(four) == pstdev(four), four


def test_large_random_groups_give_pstdev_exactly():
    rng = random.Random(13)
    scores = _possible_scores()
    for _ in range(300):
        size = rng.randint(1, 600)
        values = [rng.choice(scores) if rng.random() < 0.7 else rng.uniform(0, 100) for _ in range(size)]
        assert population_sd(values) == pstdev(values)
