"""A session's results as CSV, one row a participant, for a spreadsheet.

Columns have stable English names whatever the session language (`name`, `team`, `major`,
`score_faire`, `alloc_today_faire`...). What is not scored stays an empty cell: a partial
part is never shown as if complete; `placed_by` says whether the point and the balance index
come from the practices or, for a short-form participant, from today's allocation.

Format: UTF-8 with a BOM, so Excel reads the accents. With `;` (the default, what French
Excel expects) numbers use a decimal comma (`41,7`); with `,` they use a decimal point
(`41.7`). Scores and the balance index have one decimal, the balance point three.
Text cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or
a carriage return) get a leading `'`.

Every text and every decimal number is quoted, whole numbers are not: LibreOffice opens a CSV
with `,`, `;` and tab all taken as separators, and an unquoted `41,7` would be split in two
cells. Quoted, `41,7` reads as a number in a French spreadsheet and `41.7` in an English one
(checked with LibreOffice in tests/store/test_export_spreadsheets.py).
"""

from __future__ import annotations

import csv
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workshop_app.model.instrument import PHASES, Instrument
from workshop_app.model.scoring import ParticipantResult, Results
from workshop_app.model.territories import CODES
from workshop_app.store.errors import InvalidInput
from workshop_app.store.schema import SQLITE_HEADER

Cell = str | int | float | None
_DECIMALS = {"point_x": 3, "point_y": 3}  # other numbers: one decimal (integers stay integers)
SEPARATORS = (";", ",")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def columns(instrument: Instrument) -> list[str]:
    return [
        "name", "team", "email", "finished",
        "practices_status", "allocation_status", "tensions_status", "commitments_status",
        "placed_by",
        *(f"score_{c}" for c in CODES),
        "point_x", "point_y", "balance_index", "major", "under_used",
        *(f"alloc_{phase}_{c}" for phase in PHASES for c in CODES),
        *(f"tension_{t}" for t in instrument.tension_ids),
        "commitment_territory",
        *(f"commitment_action_{i}" for i in range(1, instrument.max_actions + 1)),
        "person_uid", "external_id",  # last: the columns before them keep their places
    ]


def participant_cells(r: ParticipantResult, instrument: Instrument, email: str | None = None,
                      identity: tuple[str, str | None] = ("", None)) -> dict[str, Cell]:
    """One participant's row as plain values (numbers unformatted, None when not scored);
    `identity` is (person uid, external id)."""
    c = r.completion
    cells: dict[str, Cell] = {
        "name": _text(r.name), "team": _text(r.team or ""), "email": _text(email or ""),
        "person_uid": identity[0], "external_id": _text(identity[1] or ""),
        "finished": "yes" if r.finished else "no",
        "practices_status": c.practices, "allocation_status": c.allocation,
        "tensions_status": c.tensions, "commitments_status": c.commitments,
        "placed_by": r.point_source,
        "point_x": r.point[0] if r.point else None,
        "point_y": r.point[1] if r.point else None,
        "balance_index": r.balance_index,
        "major": "+".join(r.major), "under_used": "+".join(r.under_used),
        "commitment_territory": r.commitment_territory,
    }
    for code in CODES:
        cells[f"score_{code}"] = r.scores[code] if r.scores else None
        cells[f"alloc_today_{code}"] = r.allocation_today[code] if r.allocation_today else None
        cells[f"alloc_ideal_{code}"] = r.allocation_ideal[code] if r.allocation_ideal else None
    for tension in instrument.tension_ids:
        cells[f"tension_{tension}"] = r.tensions.get(tension)
    for i in range(instrument.max_actions):
        action = r.commitment_actions[i] if i < len(r.commitment_actions) else ""
        cells[f"commitment_action_{i + 1}"] = _text(action)
    return cells


def rows(results: Results, instrument: Instrument, emails: dict[int, str | None] | None = None,
         *, sep: str = ";", identities: dict[int, tuple[str, str | None]] | None = None
         ) -> Iterator[list[str | int]]:
    """The header, then one formatted row a participant, in participant order."""
    if sep not in SEPARATORS:
        raise ValueError(f"separator must be one of {' '.join(SEPARATORS)}, not {sep!r}")
    decimal = "," if sep == ";" else "."
    names = columns(instrument)
    yield names
    for r in results.participants:
        cells = participant_cells(r, instrument, (emails or {}).get(r.participant_id),
                                  (identities or {}).get(r.participant_id, ("", None)))
        yield [_format(cells[name], _DECIMALS.get(name, 1), decimal) for name in names]


def refuse_session_output(path: Path) -> None:
    """Never write a CSV over a session file, whatever the spelling of its name (another name,
    a symlink, a hard link): the file found there is sniffed, not its name."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise InvalidInput(f"{path.name} is not a regular file: choose another name for the CSV file",
                               "csv_not_regular", file=path.name)
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise InvalidInput(f"{path.name} cannot be replaced ({exc.strerror or exc})", "csv_cannot_replace",
                           file=path.name, reason=exc.strerror or str(exc)) from None
    if header == SQLITE_HEADER:
        raise InvalidInput(f"{path.name} is a session file (or another database): choose another name for "
                           "the CSV file", "csv_is_session", file=path.name)


def write_csv(path: str | Path, table: Iterator[list[str | int]], *, sep: str = ";") -> int:
    """Write the table whole or not at all (a temporary file renamed into place); rows written.
    The header as it is; below it, every cell quoted but whole numbers (`int`)."""
    path = Path(path)
    refuse_session_output(path)
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    count = -1  # the header is not a participant
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as f:
            header = csv.writer(f, delimiter=sep, lineterminator="\r\n")
            body = csv.writer(f, delimiter=sep, lineterminator="\r\n", quoting=csv.QUOTE_NONNUMERIC)
            for row in table:
                (header if count < 0 else body).writerow(row)
                count += 1
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return count


def export_csv(store: Any, path: str | Path, *, sep: str = ";") -> int:
    """Export a session's results (a SessionStore, read-only is enough); participants written."""
    people = store.participants()
    emails = {p.id: p.email for p in people}
    identities = {p.id: (p.person_uid, p.external_id) for p in people}
    return write_csv(path, rows(store.results(), store.instrument, emails, sep=sep, identities=identities), sep=sep)


def _format(value: Cell, digits: int, decimal: str) -> str | int:
    """A cell as written: whole numbers stay `int` (written unquoted), the rest text."""
    if value is None:
        return ""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float):
        text = f"{value:.{digits}f}"
        if text.lstrip("-").strip("0.") == "":
            text = text.lstrip("-")  # no "-0.000"
        return text.replace(".", decimal)
    return str(value)


def _text(value: str) -> str:
    """Plain text kept as text: a spreadsheet must not run it as a formula."""
    return f"'{value}" if value.startswith(_FORMULA_START) else value


spreadsheet_text = _text  # for the other CSV files the app writes
