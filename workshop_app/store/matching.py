"""Who in a later session is who in an earlier one, when the later was not made as its
follow-up: proposed by the client's id, then the email, then the name, and linked only when
the trainer confirms (never silently: two namesakes are not one person because a rule says so).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from workshop_app.store.session import Participant, name_key

By = Literal["external_id", "email", "name"]


@dataclass(frozen=True)
class Match:
    earlier: Participant
    later: Participant
    by: By


_KEYS: tuple[tuple[By, Callable[[Participant], str | None]], ...] = (
    ("external_id", lambda p: p.external_id.strip() if p.external_id and p.external_id.strip() else None),
    ("email", lambda p: p.email.strip().casefold() if p.email and p.email.strip() else None),
    ("name", lambda p: name_key(p.name)),
)


def propose_matches(earlier: Sequence[Participant], later: Sequence[Participant]) -> list[Match]:
    """Each later participant matched at most once, by the first key that pairs them with
    exactly one earlier participant (a key two people share proposes nothing); in later order.
    People who already share a person uid are the same person and are left out."""
    linked = {p.person_uid for p in earlier} & {p.person_uid for p in later}
    free_earlier = [p for p in earlier if p.person_uid not in linked]
    free_later = [p for p in later if p.person_uid not in linked]
    found: dict[int, Match] = {}
    taken: set[int] = set()
    for by, key in _KEYS:
        index: dict[str, list[Participant]] = {}
        for p in free_earlier:
            if p.id not in taken and key(p):
                index.setdefault(key(p), []).append(p)  # type: ignore[arg-type]
        later_keys: dict[str, int] = {}
        for p in free_later:
            if p.id not in found and key(p):
                later_keys[key(p)] = later_keys.get(key(p), 0) + 1  # type: ignore[index]
        for p in free_later:
            k = key(p)
            if p.id in found or not k or len(index.get(k, [])) != 1 or later_keys[k] != 1:
                continue
            match = index[k][0]
            found[p.id] = Match(match, p, by)
            taken.add(match.id)
    return [found[p.id] for p in later if p.id in found]
