"""Rounding figures as a reader expects."""

from __future__ import annotations

import pytest

from workshop_app.model.numbers import rounded, signed


@pytest.mark.parametrize(
    ("value", "expected"),
    [(12.5, 13), (37.5, 38), (0.5, 1), (2.4999, 2), (58.333, 58), (-2.5, -3), (-0.4, 0), (0.0, 0), (100.0, 100)],
)
def test_halves_go_away_from_zero(value, expected):
    assert rounded(value) == expected


@pytest.mark.parametrize(("value", "expected"), [(5, "+5"), (-10, "\u221210"), (0.3, "±0"), (-0.4, "±0"), (2.5, "+3")])
def test_signed(value, expected):
    assert signed(value) == expected


def test_largest_remainder_adds_up_to_the_total_as_printed():
    from workshop_app.model.numbers import largest_remainder
    # Means 33.4 / 33.3 / 33.3: rounding each gives 33+33+33 = 99; the spare point goes to the largest remainder.
    assert largest_remainder({"a": 33.4, "b": 33.3, "c": 33.3}) == {"a": 34, "b": 33, "c": 33}
    # 26.7 / 26.7 / 26.6 / 20.0 rounded would give 27+27+27+20 = 101: floors 26+26+26+20 = 98, +1 to the two .7.
    assert largest_remainder({"f": 26.7, "a": 26.7, "c": 26.6, "d": 20.0}) == {"f": 27, "a": 27, "c": 26, "d": 20}
