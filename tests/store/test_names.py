"""Names nobody can see, or told apart only by characters nobody can see."""

from __future__ import annotations

import pytest

from workshop_app.store import InvalidInput
from workshop_app.store.errors import InvisibleNameError
from workshop_app.store.roster_csv import parse_roster
from workshop_app.store.session import name_key

INVISIBLE = {
    "zero-width space": "\u200b",
    "soft hyphen": "\u00ad\u00ad",
    "byte order mark": "\ufeff",
    "word joiner": "\u2060",
    "mixed, with spaces": " \u200b \u2060\u00ad\u200d ",
    "Hangul filler": "\u3164",
    "Braille blank": "\u2800",
}


@pytest.mark.parametrize("name", INVISIBLE.values(), ids=list(INVISIBLE))
def test_a_name_made_only_of_invisible_characters_is_refused(store, name):
    with pytest.raises(InvisibleNameError) as caught:
        store.add_participant(name)
    assert caught.value.code == "name_invisible"
    assert store.participants() == []


def test_a_rename_to_an_invisible_name_is_refused(store, pid):
    with pytest.raises(InvisibleNameError):
        store.rename_participant(pid, "\u200b\u2060")
    assert store.participant(pid).name == "Marie Dupont"


@pytest.mark.parametrize("twin", ["Marie\u200b Dupont", "Ma\u00adrie Dupont", "\ufeffMarie Dupont",
                                  "Marie Du\u2060pont", "Marie \u200bDupont\u200d"])
def test_names_that_differ_only_by_invisible_characters_are_one_name(store, pid, twin):
    assert name_key(twin) == name_key("Marie Dupont")
    with pytest.raises(InvalidInput, match="already in the session"):
        store.add_participant(twin)
    assert [p.name for p in store.participants()] == ["Marie Dupont"]


def test_a_name_with_a_visible_letter_among_invisible_ones_is_kept_as_typed(store):
    pid = store.add_participant("Jo\u00adhanna")
    assert store.participant(pid).name == "Jo\u00adhanna"


def test_a_roster_row_with_an_invisible_name_is_reported_by_line():
    preview = parse_roster("nom;email\nAnn Roy;ann@x.fr\n\u200b\u2060;z@x.fr\n".encode())
    assert [(p.line, p.code) for p in preview.errors] == [(3, "invisible_name")]
    assert "line 3" in preview.errors[0].text("en") and "ligne 3" in preview.errors[0].text("fr")


def test_roster_twins_told_apart_only_by_invisible_characters_are_duplicates():
    preview = parse_roster("nom\nAnn Roy\nAnn\u200b Roy\n".encode())
    assert [(p.line, p.code) for p in preview.errors] == [(3, "duplicate_name")]
