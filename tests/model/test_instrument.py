"""The default instrument and the validation of trainers' own instrument files."""

from __future__ import annotations

import copy
import json

import pytest

from workshop_app.model.instrument import InstrumentError, default_instrument, load_instrument
from workshop_app.model.territories import CODES

DEFAULT = default_instrument()


def test_default_instrument_is_equilibre_v1():
    assert (DEFAULT.id, DEFAULT.version) == ("equilibre-v1", 1)
    assert DEFAULT.item_ids == tuple(f"p{n:02d}" for n in range(1, 25))
    assert [len(DEFAULT.items_of(code)) for code in CODES] == [6, 6, 6, 6]
    assert [p.value for p in DEFAULT.scale] == [1, 2, 3, 4, 5]
    assert DEFAULT.scale[4].label == {"fr": "Très souvent", "en": "Very often"}
    assert DEFAULT.tension_ids == ("horizon", "mode", "focus")
    assert DEFAULT.tension_steps == 7
    assert DEFAULT.max_actions == 3


def test_items_are_mixed_in_the_listed_order():
    assert [DEFAULT.item(f"p{n:02d}").territory for n in range(1, 5)] == list(CODES)
    assert DEFAULT.item("p08").text["fr"].startswith("Quand j’accompagne un commercial")
    assert DEFAULT.item("p23").text["en"].endswith("(logistics, admin, after-sales).")


def test_territory_names_in_both_languages():
    assert DEFAULT.territory_name("developper", "fr") == "Développer"
    assert DEFAULT.territory_name("commando", "en") == "Field commander"


def write(tmp_path, data) -> str:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def broken(mutate):
    data = copy.deepcopy(DEFAULT.raw)
    mutate(data)
    return data


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (lambda d: d["items"][1].update(id="p01"), "item p01: duplicate id"),
        (lambda d: d.update(items=[i for i in d["items"] if i["territory"] != "commando"]),
         "items: territory 'commando' has no item"),
        (lambda d: d["items"][4]["text"].pop("en"), "item p05.text: missing translation 'en'"),
        (lambda d: d["items"][2].update(territory="vendre"), "item p03.territory: unknown territory 'vendre'"),
        (lambda d: d["scale"][2].update(value=7), "scale: values must be consecutive"),
        (lambda d: d["scale"][0].update(value="1"), "scale[0].value: must be a whole number"),
        (lambda d: d["tensions"].update(steps=6), "tensions.steps: must be an odd number"),
        (lambda d: d["allocation"].update(total=10), "allocation.total: must be 100"),
        (lambda d: d["territories"].pop(), "territories: territory 'developper' is missing"),
        (lambda d: d["tensions"]["items"][0]["left"].pop("fr"), "tension horizon.left: missing translation 'fr'"),
    ],
)
def test_bad_instrument_files_are_reported_with_the_place(tmp_path, mutate, expected):
    with pytest.raises(InstrumentError) as error:
        load_instrument(write(tmp_path, broken(mutate)))
    assert any(p.startswith(expected) for p in error.value.problems), error.value.problems
    assert str(error.value).startswith("mine.json: ")


def test_every_problem_is_reported_at_once(tmp_path):
    def two_problems(d):
        d["items"][1]["id"] = "p01"
        d["items"][5]["text"].pop("fr")

    with pytest.raises(InstrumentError) as error:
        load_instrument(write(tmp_path, broken(two_problems)))
    assert len(error.value.problems) == 2


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", ""])
def test_unreadable_files_are_refused_cleanly(tmp_path, content):
    path = tmp_path / "mine.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InstrumentError):
        load_instrument(path)


def test_missing_file(tmp_path):
    with pytest.raises(InstrumentError, match="file not found"):
        load_instrument(tmp_path / "absent.json")


def test_a_valid_custom_instrument_loads(tmp_path):
    data = broken(lambda d: d.update(id="maison-v2", version=2))
    instrument = load_instrument(write(tmp_path, data))
    assert (instrument.id, instrument.version) == ("maison-v2", 2)
