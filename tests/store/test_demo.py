"""The demo session: reproducible, varied, every part answered."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workshop_app.store import SessionStore
from workshop_app.store.demo import ACTIONS, create_demo_session, newest_demo_session


def content(path: Path) -> tuple:
    """Everything a demo holds, ids and timestamps aside."""
    with SessionStore.open(path, read_only=True) as store:
        people = [(p.name, p.email, p.team) for p in store.participants()]
        answers = [store.responses(p.id) for p in store.participants()]
        return store.settings, people, [(r.answers, r.allocations, r.tensions, r.commitment_territory,
                                         r.commitment_actions) for r in answers]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_session(tmp_path_factory.mktemp("demo"), participants=12, seed=7)


def test_same_seed_same_data_and_a_new_file_each_time(demo: Path) -> None:
    again = create_demo_session(demo.parent, participants=12, seed=7)
    assert again != demo and again.name == "demo-fr-2.sqlite"
    assert content(again) == content(demo)
    other = create_demo_session(demo.parent, participants=12, seed=8)
    assert content(other)[2] != content(demo)[2]


def test_the_newest_demo_is_the_last_modified_demo_file(tmp_path: Path) -> None:
    first = create_demo_session(tmp_path, participants=1)
    second = create_demo_session(tmp_path, participants=1, language="en")
    other = tmp_path / "2026-03-12-atelier.sqlite"
    SessionStore.create(other, title="Atelier").close()
    # Modified in another order than written: the session that is not a demo last, then the first demo.
    for minutes_ago, path in enumerate((other, first, second)):
        os.utime(path, (1_800_000_000 - 60 * minutes_ago,) * 2)
    assert newest_demo_session(tmp_path) == first
    assert newest_demo_session(tmp_path / "absent") is None


def test_every_part_is_answered_and_a_few_have_commitments(demo: Path) -> None:
    with SessionStore.open(demo, read_only=True) as store:
        results = store.results()
    assert len(results.participants) == 12
    assert all(r.finished and r.scores and r.allocation_ideal for r in results.participants)
    assert all(r.completion.practices == r.completion.allocation == r.completion.tensions == "done"
               for r in results.participants)
    committed = [r for r in results.participants if r.commitment_territory]
    assert 3 <= len(committed) <= 6
    assert all(set(r.commitment_actions) <= set(ACTIONS["fr"][r.commitment_territory]) for r in committed)


def test_profiles_are_varied(demo: Path) -> None:
    with SessionStore.open(demo, read_only=True) as store:
        results = store.results()
    majors = {code for r in results.participants for code in r.major}
    assert majors == {"faire", "analyser", "commando", "developper"}
    indexes = [r.balance_index for r in results.participants]
    assert min(indexes) < 55 and max(indexes) > 75  # strong majors and a few balanced managers
    # A room of sales managers: hands-on first; the ideal moves toward developing people.
    group = results.group
    assert group.majors["faire"] == max(group.majors.values())
    assert group.allocation_ideal["developper"] > group.allocation_today["developper"] + 3
    assert group.allocation_ideal["faire"] < group.allocation_today["faire"]


def test_tensions_follow_the_practices(demo: Path) -> None:
    with SessionStore.open(demo, read_only=True) as store:
        results = store.results().participants
    people_side = [r.tensions["focus"] for r in results if r.point[0] > 0.15]
    results_side = [r.tensions["focus"] for r in results if r.point[0] < -0.15]
    assert people_side and results_side and min(people_side) > max(results_side) - 2
    assert sum(people_side) / len(people_side) > sum(results_side) / len(results_side) + 1


def test_a_french_room_with_accents_an_apostrophe_and_a_complete_session_card(demo: Path) -> None:
    settings, people, _ = content(demo)
    assert (settings.title, settings.language) == ("Manager l’équilibre — Promo Ouest 2026", "fr")
    assert all((settings.client, settings.place, settings.date, settings.trainer))
    names = [name for name, _, _ in people]
    assert any("’" in n for n in names) and sum(any(c in n for c in "éèïëçÉ") for n in names) >= 3
    assert len({team for _, _, team in people}) >= 3
    assert all(email and email.isascii() and "@" in email for _, email, _ in people)


def test_an_english_room_speaks_english(tmp_path: Path) -> None:
    path = create_demo_session(tmp_path, participants=5, language="en", seed=3)
    settings, people, answers = content(path)
    assert settings.language == "en" and path.name == "demo-en.sqlite"
    assert any("’" in name for name, _, _ in people)
    english = {a for actions in ACTIONS["en"].values() for a in actions}
    assert all(set(actions) <= english for *_, actions in answers)


def test_a_large_room_gets_distinct_names(tmp_path: Path) -> None:
    path = create_demo_session(tmp_path, participants=45, seed=1)
    _, people, _ = content(path)
    assert len({name for name, _, _ in people}) == 45


@pytest.mark.parametrize(("kwargs", "message"), [({"participants": 0}, "1 to 500"),
                                                 ({"language": "de"}, "fr or en")])
def test_bad_arguments_write_nothing(tmp_path: Path, kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        create_demo_session(tmp_path, **kwargs)
    assert list(tmp_path.iterdir()) == []


def test_the_demo_station_closes_with_the_documented_pin(tmp_path):
    with SessionStore.open(create_demo_session(tmp_path, participants=3), read_only=True) as store:
        assert store.check_pin("1234")


def test_a_demo_follow_up_is_answered_and_follows_its_session(tmp_path):
    from workshop_app.store.demo import create_demo_follow_up

    first, second = create_demo_follow_up(tmp_path, 12)
    with SessionStore.open(first, read_only=True) as a, SessionStore.open(second, read_only=True) as b:
        assert b.follows_session_uid == a.session_uid and b.settings.date == "2026-06-18"
        assert [p.person_uid for p in b.participants()] == [p.person_uid for p in a.participants()]
        assert b.results().group.n_finished == 12
        # Committed managers give their territory ten points of time more, taken from their largest other.
        for before, after in zip(a.results().participants, b.results().participants):
            if before.commitment_territory:
                code = before.commitment_territory
                assert after.allocation_today[code] - before.allocation_today[code] in (5, 10)


def test_the_demo_takes_walk_ins_so_the_station_and_phones_can_be_tried(tmp_path):
    with SessionStore.open(create_demo_session(tmp_path, participants=3), read_only=True) as store:
        assert store.settings.allow_walk_ins
