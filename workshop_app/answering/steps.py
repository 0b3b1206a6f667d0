"""The steps a participant goes through, and where a returning one resumes.

Pure Python over the model, so the order and the resume rule are tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from workshop_app.model.instrument import PHASES, Instrument
from workshop_app.model.scoring import Responses
from workshop_app.model.territories import CODES

Kind = Literal["statement", "allocation", "tensions", "commitments"]


@dataclass(frozen=True)
class Step:
    kind: Kind
    key: str = ""  # the item id of a statement, the phase of an allocation


def steps(instrument: Instrument, form: str) -> tuple[Step, ...]:
    """Statements (full form only), allocation today then ideal, tensions, commitments."""
    statements = [Step("statement", i) for i in instrument.item_ids] if form == "full" else []
    allocations = [Step("allocation", phase) for phase in PHASES]
    return (*statements, *allocations, Step("tensions"), Step("commitments"))


def answered(step: Step, responses: Responses, instrument: Instrument) -> bool:
    if step.kind == "statement":
        return step.key in responses.answers
    if step.kind == "allocation":
        points = responses.allocations.get(step.key) or {}
        return set(points) == set(CODES) and sum(points.values()) == 100
    if step.kind == "tensions":
        return all(t in responses.tensions for t in instrument.tension_ids)
    return bool(responses.commitment_territory or any(a.strip() for a in responses.commitment_actions))


def resume_index(sequence: tuple[Step, ...], responses: Responses, instrument: Instrument) -> int:
    """The first required step not yet answered; the commitments once everything else is."""
    for index, step in enumerate(sequence):
        if step.kind != "commitments" and not answered(step, responses, instrument):
            return index
    return len(sequence) - 1
