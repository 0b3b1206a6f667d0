"""Norms: where a manager's scores sit among the managers of the same organisation in the
history, for a debrief whose session asks for it (off by default).

Only from NORM_MINIMUM managers (each counted once, by their latest finished session of that
client, this session left out): with fewer, a position among them says too much about too few.
The history is read, never written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from workshop_app.model.territories import CODES

NORM_MINIMUM = 30
HISTORY_NAME = "history.sqlite"  # looked for beside the session file


@dataclass(frozen=True)
class Norms:
    """The practice scores of `n` managers of `client`, per territory, sorted."""

    client: str
    n: int
    scores: dict[str, tuple[float, ...]]

    def share_below(self, code: str, score: float) -> float:
        """The share (0-1) of these managers scoring lower; an equal score counts for half."""
        values = self.scores[code]
        below = sum(1 for v in values if v < score - 1e-9)
        equal = sum(1 for v in values if abs(v - score) <= 1e-9)
        return (below + equal / 2) / len(values)


def norms_for(history: Path, client: str, session_uid: str) -> Norms | None:
    """The norms of `client` in `history`, or None: no history, no client, or too few managers."""
    if not client.strip() or not history.is_file():
        return None
    try:
        conn = sqlite3.connect(history.resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        rows = conn.execute("""
            SELECT person_uid, territory, score FROM (
                SELECT p.person_uid, sc.territory, sc.score,
                       dense_rank() OVER (PARTITION BY p.person_uid ORDER BY s.date DESC, s.session_uid DESC) AS latest
                FROM participations p
                JOIN sessions s ON s.session_uid = p.session_uid
                JOIN scores sc ON sc.session_uid = p.session_uid AND sc.person_uid = p.person_uid
                WHERE s.client = ? AND s.session_uid != ? AND p.finished = 1
            ) WHERE latest = 1""", [client, session_uid]).fetchall()
    except sqlite3.Error:  # not a history, or an older one
        return None
    finally:
        conn.close()
    people = {uid for uid, _, _ in rows}
    if len(people) < NORM_MINIMUM:
        return None
    scores = {c: tuple(sorted(s for _, t, s in rows if t == c)) for c in CODES}
    return Norms(client, len(people), scores)
