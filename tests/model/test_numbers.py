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
