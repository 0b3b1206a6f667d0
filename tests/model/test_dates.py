"""Dates as people write them, in the session's language."""

from workshop_app.model.dates import format_date


def test_an_iso_date_is_spelled_in_french_and_in_english():
    assert format_date("2026-12-02", "fr") == "2 décembre 2026"
    assert format_date("2026-12-02", "en") == "2 December 2026"
    assert format_date("2026-08-15", "fr") == "15 août 2026"


def test_the_first_of_the_month_is_the_1er_in_french():
    assert format_date("2027-01-01", "fr") == "1er janvier 2027"
    assert format_date("2027-01-01", "en") == "1 January 2027"


def test_a_date_typed_another_way_is_shown_as_typed():
    assert format_date("début décembre", "fr") == "début décembre"
    assert format_date("", "fr") == ""
    assert format_date("2026-02-30", "en") == "2026-02-30"
