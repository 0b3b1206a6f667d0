"""CSV export: one row a participant, values checked against numbers computed by hand."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from workshop_app.store import SessionStore
from workshop_app.store.export_csv import export_csv

# Practices answered by territory: faire all 5, analyser all 3, commando all 4, developper all 2.
ANSWERS = {"faire": 5, "analyser": 3, "commando": 4, "developper": 2}


@pytest.fixture
def session(tmp_path: Path) -> Path:
    """Three participants: one finished, one placed by the allocation alone, one who has not started."""
    path = tmp_path / "s.sqlite"
    with SessionStore.create(path, title="Promo Ouest", language="fr") as store:
        anne = store.add_participant("Anne Lefèvre", "anne@acme.fr", "Grands comptes")
        bob = store.add_participant("=Bob; \"le chef\"", None, "Région Ouest")
        store.add_participant("Chloé Petit")
        for item in store.instrument.items:
            store.record_answer(anne, item.id, ANSWERS[item.territory])
        store.set_allocation(anne, "today", {"faire": 40, "analyser": 20, "commando": 30, "developper": 10})
        store.set_allocation(anne, "ideal", {"faire": 25, "analyser": 25, "commando": 20, "developper": 30})
        for tension, value in (("horizon", 2), ("mode", 3), ("focus", 5)):
            store.set_tension(anne, tension, value)
        store.set_commitments(anne, "developper", ["Un entretien de progrès par mois", "Déléguer la revue"])
        store.set_allocation(bob, "today", {"faire": 30, "analyser": 30, "commando": 20, "developper": 20})
    return path


def read(path: Path, sep: str) -> list[dict[str, str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.DictReader(raw.decode("utf-8-sig").splitlines(), delimiter=sep))


def export(session: Path, out: Path, sep: str) -> list[dict[str, str]]:
    with SessionStore.open(session, read_only=True) as store:
        assert export_csv(store, out, sep=sep) == 3
    return read(out, sep)


def test_a_finished_participant_with_french_excel_numbers(session: Path, tmp_path: Path) -> None:
    anne = export(session, tmp_path / "out.csv", ";")[0]
    # Identities are random per new session: checked for shape here, for value in test_identities.
    assert len(anne.pop("person_uid")) == 32 and anne.pop("external_id") == ""
    # Scores: (answer - 1) / 4 x 100 -> 100, 50, 75, 25.
    # x = ((75 + 25) - (100 + 50)) / 200 = -0.25; y = ((50 + 25) - (100 + 75)) / 200 = -0.5.
    # Mean 62.5, deviations +-37.5 and +-12.5: sigma = sqrt(3125 / 4) = 27.9508...;
    # index = 100 x (1 - 27.9508 / 50) = 44.098... Under-used: below 62.5 - 15 = 47.5 -> developper.
    assert anne == {
        "name": "Anne Lefèvre", "team": "Grands comptes", "email": "anne@acme.fr", "finished": "yes",
        "practices_status": "done", "allocation_status": "done", "tensions_status": "done",
        "commitments_status": "done", "placed_by": "practices",
        "score_faire": "100,0", "score_analyser": "50,0", "score_commando": "75,0", "score_developper": "25,0",
        "point_x": "-0,250", "point_y": "-0,500", "balance_index": "44,1",
        "major": "faire", "under_used": "developper",
        "alloc_today_faire": "40", "alloc_today_analyser": "20", "alloc_today_commando": "30",
        "alloc_today_developper": "10",
        "alloc_ideal_faire": "25", "alloc_ideal_analyser": "25", "alloc_ideal_commando": "20",
        "alloc_ideal_developper": "30",
        "tension_horizon": "2", "tension_mode": "3", "tension_focus": "5",
        "commitment_territory": "developper", "commitment_action_1": "Un entretien de progrès par mois",
        "commitment_action_2": "Déléguer la revue", "commitment_action_3": "",
    }


def test_a_short_form_participant_is_placed_by_today_and_ties_join_with_plus(session: Path, tmp_path: Path) -> None:
    bob = export(session, tmp_path / "out.csv", ",")[1]
    # Today 30/30/20/20: x = (40 - 60) / 100 = -0.2, y = (50 - 50) / 100 = 0; sigma = 5 over the
    # allocation's largest spread 43.301 -> index 100 x (1 - 5 / 43.301) = 88.45.
    assert bob["name"] == "'=Bob; \"le chef\""  # a spreadsheet must not run a name as a formula
    assert (bob["placed_by"], bob["point_x"], bob["point_y"], bob["balance_index"]) == ("allocation", "-0.200",
                                                                                         "0.000", "88.5")
    assert bob["major"] == "faire+analyser"
    assert [bob[f"score_{c}"] for c in ("faire", "analyser", "commando", "developper")] == ["", "", "", ""]
    assert (bob["practices_status"], bob["allocation_status"], bob["finished"]) == ("not_started", "in_progress", "no")
    assert bob["alloc_ideal_faire"] == "" and bob["tension_mode"] == ""


def test_nothing_answered_leaves_every_number_empty(session: Path, tmp_path: Path) -> None:
    chloe = export(session, tmp_path / "out.csv", ";")[2]
    empty = {k for k, v in chloe.items() if v == ""}
    assert {"score_faire", "point_x", "balance_index", "major", "placed_by", "alloc_today_faire", "team"} <= empty
    assert (chloe["practices_status"], chloe["commitments_status"]) == ("not_started", "not_started")


def test_columns_are_english_and_stable_whatever_the_language(session: Path, tmp_path: Path) -> None:
    with SessionStore.open(session) as store:
        store.update_settings(language="en")
    header = (tmp_path / "out.csv")
    export(session, header, ";")
    first_line = header.read_bytes().decode("utf-8-sig").split("\r\n")[0]
    assert first_line.startswith("name;team;email;finished;practices_status;")
    assert ";score_faire;score_analyser;score_commando;score_developper;point_x;point_y;balance_index;major;" in first_line


def test_the_separator_is_checked(session: Path, tmp_path: Path) -> None:
    with SessionStore.open(session, read_only=True) as store, pytest.raises(ValueError, match="separator"):
        export_csv(store, tmp_path / "out.csv", sep="|")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.sqlite"]  # no output, no temporary file left
