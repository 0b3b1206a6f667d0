"""Instruments: the questionnaire a session uses, loaded from a JSON file and validated.

One file holds both languages. A bad file is reported with every problem and where it is
(file, item id, field), never with a traceback.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from workshop_app.model.territories import CODES, LANGUAGES, Language
from workshop_app.resources import INSTRUMENTS_DIR

DEFAULT_INSTRUMENT_ID = "equilibre-v1"
PHASES = ("today", "ideal")
# Bounds: what a station screen can show and a session file can store (SQLite integers).
MAX_VERSION = 2**31 - 1
MAX_SCALE_VALUE = 1000
MAX_SCALE_POINTS = 11
MAX_ITEMS = 200
MAX_TENSIONS = 30
MAX_TENSION_STEPS = 11
MAX_ACTIONS = 10
MAX_FILE_BYTES = 5_000_000

Text = dict[str, str]


class InstrumentError(ValueError):
    """An instrument file that cannot be used; `problems` lists each one with its place."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(f"{source}: " + "; ".join(problems))


@dataclass(frozen=True)
class Item:
    id: str
    territory: str
    text: Text


@dataclass(frozen=True)
class ScalePoint:
    value: int
    label: Text


@dataclass(frozen=True)
class Tension:
    id: str
    left: Text
    right: Text


@dataclass(frozen=True)
class Instrument:
    id: str
    version: int
    title: Text
    territory_names: dict[str, Text]
    scale: tuple[ScalePoint, ...]
    items: tuple[Item, ...]
    allocation_prompts: dict[str, Text]
    tension_steps: int
    tensions: tuple[Tension, ...]
    max_actions: int
    territory_prompt: Text
    actions_prompt: Text
    raw: dict[str, Any]  # the file's content: stored with each session, so it renders the same forever

    @property
    def scale_min(self) -> int:
        return self.scale[0].value

    @property
    def scale_max(self) -> int:
        return self.scale[-1].value

    # Derived once per instrument (cached in the instance, outside the compared fields):
    # scoring asks for them for every participant on every change.
    @cached_property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def items_of(self, territory: str) -> tuple[Item, ...]:
        return self._items_by_territory.get(territory, ())

    @cached_property
    def _items_by_territory(self) -> dict[str, tuple[Item, ...]]:
        return {code: tuple(item for item in self.items if item.territory == code) for code in CODES}

    def territory_name(self, code: str, language: Language) -> str:
        return self.territory_names[code][language]

    @cached_property
    def tension_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.tensions)

    def to_json(self) -> str:
        return json.dumps(self.raw, ensure_ascii=False, sort_keys=True)


def load_instrument(path: str | Path) -> Instrument:
    """Read and validate an instrument file; raise InstrumentError naming every problem."""
    path = Path(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO would hang the read
            raise InstrumentError(str(path), ["not a regular file"])
        if os.stat(path).st_size > MAX_FILE_BYTES:
            raise InstrumentError(str(path), [f"larger than {MAX_FILE_BYTES // 1_000_000} MB"])
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except RecursionError:
        raise InstrumentError(str(path), ["nested too deeply to be an instrument"]) from None
    except FileNotFoundError:
        raise InstrumentError(str(path), ["file not found"]) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InstrumentError(str(path), [f"cannot be read ({exc.__class__.__name__})"]) from None
    except json.JSONDecodeError as exc:
        raise InstrumentError(str(path), [f"not valid JSON (line {exc.lineno}, column {exc.colno})"]) from None
    return parse_instrument(data, source=path.name)


def default_instrument() -> Instrument:
    return load_instrument(INSTRUMENTS_DIR / f"{DEFAULT_INSTRUMENT_ID}.json")


def parse_instrument(data: Any, source: str = "instrument") -> Instrument:
    problems: list[str] = []
    if not isinstance(data, dict):
        raise InstrumentError(source, ["the top level must be a JSON object"])
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise InstrumentError(source, ["holds a text that is not valid Unicode (a lone surrogate)"]) from None
    except (RecursionError, ValueError, TypeError):
        raise InstrumentError(source, ["nested too deeply to be an instrument"]) from None
    _Checker(data, problems).check()
    if problems:
        raise InstrumentError(source, problems)
    return _build(data)


class _Checker:
    """Walks an instrument's JSON and collects every problem with the path to it."""

    def __init__(self, data: dict[str, Any], problems: list[str]) -> None:
        self.data = data
        self.problems = problems

    def problem(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def text(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            self.problem(where, "must be an object with a text per language (fr, en)")
            return
        for language in LANGUAGES:
            if not isinstance(value.get(language), str) or not value[language].strip():
                self.problem(where, f"missing translation '{language}'")

    def positive_int(self, value: Any, where: str, high: int = MAX_VERSION) -> bool:
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= high:
            self.problem(where, f"must be a whole number from 1 to {high}")
            return False
        return True

    def listed(self, value: Any, where: str) -> list[Any]:
        if not isinstance(value, list) or not value:
            self.problem(where, "must be a non-empty list")
            return []
        return value

    def check(self) -> None:
        d = self.data
        if not isinstance(d.get("id"), str) or not d["id"].strip():
            self.problem("id", "missing or empty")
        self.positive_int(d.get("version"), "version")
        self.text(d.get("title"), "title")
        self.check_territories()
        self.check_scale()
        self.check_items()
        self.check_allocation()
        self.check_tensions()
        self.check_commitments()

    def check_territories(self) -> None:
        seen = []
        for i, t in enumerate(self.listed(self.data.get("territories"), "territories")):
            code = t.get("code") if isinstance(t, dict) else None
            where = f"territories[{code or i}]"
            if code not in CODES:
                self.problem(where, f"unknown territory code (expected one of {', '.join(CODES)})")
                continue
            seen.append(code)
            self.text(t.get("name"), f"{where}.name")
        for code in CODES:
            if code not in seen:
                self.problem("territories", f"territory '{code}' is missing")

    def check_scale(self) -> None:
        values = []
        for i, point in enumerate(self.listed(self.data.get("scale"), "scale")):
            where = f"scale[{i}]"
            if not isinstance(point, dict):
                self.problem(where, "must be an object with value and label")
                continue
            value = point.get("value")
            if isinstance(value, bool) or not isinstance(value, int) or not -MAX_SCALE_VALUE <= value <= MAX_SCALE_VALUE:
                self.problem(f"{where}.value", f"must be a whole number from {-MAX_SCALE_VALUE} to {MAX_SCALE_VALUE}")
            else:
                values.append(value)
            self.text(point.get("label"), f"{where}.label")
        if values and values != list(range(values[0], values[0] + len(values))):
            self.problem("scale", "values must be consecutive whole numbers in increasing order")
        if len(values) == 1:
            self.problem("scale", "needs at least two points")
        if len(self.data.get("scale") or ()) > MAX_SCALE_POINTS:
            self.problem("scale", f"at most {MAX_SCALE_POINTS} points (what a station screen can show)")

    def check_items(self) -> None:
        seen: set[str] = set()
        territories: set[str] = set()
        for i, item in enumerate(self.listed(self.data.get("items"), "items")):
            if not isinstance(item, dict):
                self.problem(f"items[{i}]", "must be an object")
                continue
            item_id = item.get("id")
            where = f"item {item_id}" if isinstance(item_id, str) and item_id else f"items[{i}]"
            if not isinstance(item_id, str) or not item_id.strip():
                self.problem(where, "missing id")
            elif item_id in seen:
                self.problem(where, "duplicate id")
            else:
                seen.add(item_id)
            if item.get("territory") not in CODES:
                self.problem(f"{where}.territory", f"unknown territory {item.get('territory')!r}")
            else:
                territories.add(item["territory"])
            self.text(item.get("text"), f"{where}.text")
        if len(self.data.get("items") or ()) > MAX_ITEMS:
            self.problem("items", f"at most {MAX_ITEMS} items")
        if self.data.get("items"):
            for code in CODES:
                if code not in territories:
                    self.problem("items", f"territory '{code}' has no item")

    def check_allocation(self) -> None:
        allocation = self.data.get("allocation")
        if not isinstance(allocation, dict):
            self.problem("allocation", "missing")
            return
        if allocation.get("total") != 100:
            self.problem("allocation.total", "must be 100")
        phases = self.listed(allocation.get("phases"), "allocation.phases")
        ids = [p.get("id") if isinstance(p, dict) else None for p in phases]
        if phases and sorted(map(str, ids)) != sorted(PHASES):
            self.problem("allocation.phases", "must be exactly 'today' and 'ideal'")
        for phase in phases:
            if isinstance(phase, dict):
                self.text(phase.get("prompt"), f"allocation.phases[{phase.get('id')}].prompt")

    def check_tensions(self) -> None:
        tensions = self.data.get("tensions")
        if not isinstance(tensions, dict):
            self.problem("tensions", "missing")
            return
        steps = tensions.get("steps")
        if self.positive_int(steps, "tensions.steps", MAX_TENSION_STEPS) and (steps < 3 or steps % 2 == 0):
            self.problem("tensions.steps", "must be an odd number of at least 3")
        seen: set[str] = set()
        if len(tensions.get("items") or ()) > MAX_TENSIONS:
            self.problem("tensions.items", f"at most {MAX_TENSIONS} tensions")
        for i, t in enumerate(self.listed(tensions.get("items"), "tensions.items")):
            tid = t.get("id") if isinstance(t, dict) else None
            where = f"tension {tid}" if isinstance(tid, str) and tid else f"tensions.items[{i}]"
            if not isinstance(tid, str) or not tid:
                self.problem(where, "missing id")
                continue
            if tid in seen:
                self.problem(where, "duplicate id")
            seen.add(tid)
            self.text(t.get("left"), f"{where}.left")
            self.text(t.get("right"), f"{where}.right")

    def check_commitments(self) -> None:
        c = self.data.get("commitments")
        if not isinstance(c, dict):
            self.problem("commitments", "missing")
            return
        self.positive_int(c.get("max_actions"), "commitments.max_actions", MAX_ACTIONS)
        self.text(c.get("territory_prompt"), "commitments.territory_prompt")
        self.text(c.get("actions_prompt"), "commitments.actions_prompt")


def _text(value: dict[str, str]) -> Text:
    return {language: value[language] for language in LANGUAGES}


def _build(d: dict[str, Any]) -> Instrument:
    return Instrument(
        id=d["id"],
        version=d["version"],
        title=_text(d["title"]),
        territory_names={t["code"]: _text(t["name"]) for t in d["territories"]},
        scale=tuple(ScalePoint(p["value"], _text(p["label"])) for p in d["scale"]),
        items=tuple(Item(i["id"], i["territory"], _text(i["text"])) for i in d["items"]),
        allocation_prompts={p["id"]: _text(p["prompt"]) for p in d["allocation"]["phases"]},
        tension_steps=d["tensions"]["steps"],
        tensions=tuple(Tension(t["id"], _text(t["left"]), _text(t["right"])) for t in d["tensions"]["items"]),
        max_actions=d["commitments"]["max_actions"],
        territory_prompt=_text(d["commitments"]["territory_prompt"]),
        actions_prompt=_text(d["commitments"]["actions_prompt"]),
        raw=d,
    )
