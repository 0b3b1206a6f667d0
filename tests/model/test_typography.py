"""French typography: narrow no-break spaces before ; : ! ? », after «."""

import re

from workshop_app.model.typography import french_typography
from workshop_app.store.roster_csv import _MESSAGES, Problem


def test_french_typography_puts_narrow_no_break_spaces_where_french_wants_them():
    assert french_typography("Prêt ? Oui : « go » ; enfin !") == \
        "Prêt\u202f? Oui\u202f: «\u202fgo\u202f»\u202f; enfin\u202f!"


def test_every_roster_problem_in_french_follows_french_punctuation():
    params = {"reason": "x", "field": "name", "column": "Col", "other": "Autre", "count": 3, "columns": 2,
              "length": 90, "max": 80, "value": "v", "name": "Léa"}
    plain_space = re.compile(r" [;:!?»]|« ")  # where a narrow no-break space belongs
    assert [code for code in _MESSAGES if plain_space.search(Problem(3, code, params).text("fr"))] == []
