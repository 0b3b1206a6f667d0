"""Participants from a CSV file, as French spreadsheets export it, or from a workbook.

Accepted: `;`, `,` or tab separator (sniffed from the header line, or given by an Excel
`sep=;` first line); UTF-8 with or without BOM, UTF-16 with BOM (Excel's "Unicode text") or
Windows-1252. The header names the columns, in any case, with or without accents or spaces:
`name`/`nom` (or `prénom` + `nom`), optional `email`/`e-mail`/`courriel` and `team`/`équipe`.
Other columns are ignored with a warning; blank lines are skipped.

A workbook (.xlsx, .xls, .ods) is read with python-calamine: its first sheet, with the same
columns and checks; each row's number is its line.

`parse_roster` never raises: it returns a preview with the rows and every problem, each with
its line number, for the console or the command line to show. A file with any error imports
nothing (`import_roster` refuses it).
"""

from __future__ import annotations

import csv
import io
import os
import stat
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from workshop_app.model.typography import french_typography
from workshop_app.store.errors import InvalidInput
from workshop_app.store.session import MAX_EMAIL, MAX_NAME, name_key, visible

NAME_MAX = TEAM_MAX = MAX_NAME  # the store's limit for names and teams
EMAIL_MAX = MAX_EMAIL
SEPARATORS = (";", ",", "\t")

Field = Literal["name", "first_name", "last_name", "email", "team", "external_id"]
# Header spellings, compared once folded (see `_header_key`).
_HEADERS: dict[str, Field] = {
    **dict.fromkeys(("name", "nom", "fullname", "nomcomplet", "participant", "nometprenom",
                     "prenometnom"), "name"),
    **dict.fromkeys(("prenom", "firstname", "givenname"), "first_name"),
    **dict.fromkeys(("nomdefamille", "lastname", "surname", "familyname"), "last_name"),
    **dict.fromkeys(("email", "mail", "courriel", "adresseemail", "adressemail", "emailaddress",
                     "adressecourriel"), "email"),
    **dict.fromkeys(("team", "equipe"), "team"),
    # The client's own id for the person (an employee number): it links sessions in the history.
    **dict.fromkeys(("id", "identifiant", "matricule", "employeeid", "externalid"), "external_id"),
}
_EMAIL = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\".]{2,}")

# Problem texts, with keyword placeholders (never f-strings: they are translated text).
_MESSAGES: dict[str, dict[str, str]] = {
    "unreadable": {"en": "cannot read the file ({reason})",
                   "fr": "impossible de lire le fichier ({reason})"},
    "unreadable_workbook": {"en": "cannot read this spreadsheet workbook ({reason}): save it as .xlsx, .ods "
                                  "or CSV UTF-8 and try again",
                            "fr": "impossible de lire ce classeur ({reason})\u202f: enregistrez-le au format .xlsx, "
                                  ".ods ou CSV UTF-8 et réessayez"},
    "lost_characters": {"en": "« {value} » has « ? » where letters were: the file lost characters when it was "
                              "saved; save it as CSV UTF-8 and import it again",
                        "fr": "« {value} » contient des « ? » à la place de lettres\u202f: le fichier a perdu des "
                              "caractères à l’enregistrement\u202f; enregistrez-le en CSV UTF-8 et importez-le "
                              "à nouveau"},
    "not_text": {"en": "not a text file in UTF-8 or Windows-1252",
                 "fr": "ce n’est pas un fichier texte en UTF-8 ou Windows-1252"},
    "empty": {"en": "the file lists no participant",
              "fr": "le fichier ne contient aucun participant"},
    "no_name_column": {"en": "no name column: the first line must head a column « name » or « nom »",
                       "fr": "aucune colonne de nom : la première ligne doit intituler une colonne « nom » ou « name »"},
    "duplicate_column": {"en": "two columns for {field}: « {column} » and « {other} »",
                         "fr": "deux colonnes pour {field} : « {column} » et « {other} »"},
    "unknown_column": {"en": "column « {column} » ignored",
                       "fr": "colonne « {column} » ignorée"},
    "too_many_values": {"en": "{count} values for {columns} columns (a name with the separator needs quotes)",
                        "fr": "{count} valeurs pour {columns} colonnes (un nom contenant le séparateur doit être entre guillemets)"},
    "empty_name": {"en": "empty name", "fr": "nom vide"},
    "invisible_name": {"en": "a name made only of invisible characters (zero-width spaces, soft hyphens…)",
                       "fr": "un nom fait seulement de caractères invisibles (espaces sans chasse, "
                             "traits d’union conditionnels…)"},
    "name_too_long": {"en": "name too long ({length} characters, at most {max})",
                      "fr": "nom trop long ({length} caractères, {max} au plus)"},
    "team_too_long": {"en": "team too long ({length} characters, at most {max})",
                      "fr": "équipe trop longue ({length} caractères, {max} au plus)"},
    "bad_email": {"en": "invalid email address « {value} »",
                  "fr": "adresse e-mail invalide « {value} »"},
    "duplicate_name": {"en": "« {name} » is already on line {other}",
                       "fr": "« {name} » figure déjà ligne {other}"},
    "field_spans_lines": {"en": "a value runs over several lines (a quote « \" » left open?)",
                          "fr": "une valeur s’étend sur plusieurs lignes (un guillemet « \" » non refermé\u202f?)"},
    "merged_fields": {"en": "« {value} » holds the separator and an email: columns merged (a stray quote?)",
                      "fr": "« {value} » contient le séparateur et une adresse e-mail\u202f: colonnes fusionnées "
                            "(un guillemet égaré\u202f?)"},
    "cell_too_long": {"en": "a value longer than {max} characters",
                      "fr": "une valeur de plus de {max} caractères"},
    "already_in_session": {"en": "« {name} » is already in the session",
                           "fr": "« {name} » participe déjà à la session"},
}
_NOT_REGULAR = "not a regular file"
_LINE = {"en": "line {line}: {message}", "fr": "ligne {line}\u202f: {message}"}
_FIELD_NAMES = {"en": {"name": "the name", "first_name": "the first name", "last_name": "the last name",
                       "email": "the email", "team": "the team", "external_id": "the id"},
                "fr": {"name": "le nom", "first_name": "le prénom", "last_name": "le nom de famille",
                       "email": "l’e-mail", "team": "l’équipe", "external_id": "l’identifiant"}}
WARNINGS = frozenset({"unknown_column", "lost_characters"})


@dataclass(frozen=True)
class RosterRow:
    line: int  # where the row starts in the file, 1 = the first line
    name: str
    email: str | None
    team: str | None
    external_id: str | None = None


@dataclass(frozen=True)
class Problem:
    line: int | None  # None: about the whole file
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def blocking(self) -> bool:
        return self.code not in WARNINGS

    def text(self, language: str = "en") -> str:
        language = language if language in ("fr", "en") else "en"
        params = dict(self.params)
        if "field" in params:
            params["field"] = _FIELD_NAMES[language][params["field"]]
        template = _MESSAGES[self.code][language]
        message = (french_typography(template) if language == "fr" else template).format(**params)
        return message if self.line is None else _LINE[language].format(line=self.line, message=message)

    def __str__(self) -> str:
        return self.text("en")


@dataclass(frozen=True)
class RosterPreview:
    rows: tuple[RosterRow, ...]
    problems: tuple[Problem, ...]
    encoding: str | None  # None when the file could not be decoded
    separator: str | None
    columns: Mapping[str, Field] = field(default_factory=dict)  # header as written -> what it holds

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.blocking)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.blocking)

    @property
    def ok(self) -> bool:
        """Importable: at least one row and no error."""
        return bool(self.rows) and not self.errors


def parse_roster(source: str | Path | bytes, existing_names: Iterable[str] = ()) -> RosterPreview:
    """Read a participants CSV (a path or its bytes) into a preview; never raises on bad content."""
    if isinstance(source, bytes):
        data = source
    else:
        try:
            if not stat.S_ISREG(os.stat(source).st_mode):  # a FIFO would hang the read
                return _failed("unreadable", reason=_NOT_REGULAR)
            data = Path(source).read_bytes()
        except OSError as exc:
            return _failed("unreadable", reason=exc.strerror or exc.__class__.__name__)
    if data.startswith(WORKBOOK_MAGIC):
        return _parse_workbook(data, existing_names)
    decoded = _decode(data)
    if decoded is None:
        return _failed("not_text")
    text, encoding = decoded
    separator, first_line = _separator(text)
    try:
        records = _records(text, separator, first_line)
    except _TooLong as exc:
        return RosterPreview((), (Problem(exc.line, "cell_too_long", {"max": CELL_MAX}),), encoding, separator)
    return _Parser(encoding, separator, existing_names).parse(records)


WORKBOOK_MAGIC = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")  # .xlsx and .ods (zip), legacy .xls (OLE)
WORKBOOK = "workbook"  # the preview's encoding when the roster came from a spreadsheet workbook


def _parse_workbook(data: bytes, existing_names: Iterable[str]) -> RosterPreview:
    """The first sheet of an .xlsx, .xls or .ods workbook, read as the CSV is: its first filled row
    heads the columns, each row keeps its row number as its line."""
    from python_calamine import CalamineError, CalamineWorkbook

    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet = workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except (CalamineError, ValueError, IndexError, OSError) as exc:
        return _failed("unreadable_workbook", reason=str(exc).splitlines()[0][:80] if str(exc) else "?")
    records = []
    for number, row in enumerate(sheet, start=1):
        cells = [_cell_text(value) for value in row]
        if any(len(cell) > CELL_MAX for cell in cells):
            return RosterPreview((), (Problem(number, "cell_too_long", {"max": CELL_MAX}),), WORKBOOK, None)
        if any(cell.strip() for cell in cells):
            records.append((number, cells))
    return _Parser(WORKBOOK, "", existing_names).parse(records)


def _cell_text(value: object) -> str:
    """A workbook cell as the text a CSV would hold: 1042 not 1042.0, dates in ISO."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()  # type: ignore[no-any-return]
    return str(value)


def import_roster(store: Any, preview: RosterPreview) -> list[int]:
    """Add the preview's participants, all or none; refuse a preview with any error.

    The session's names are checked again here: they may have changed since the preview.
    """
    if not preview.ok:
        problems = preview.errors or (Problem(None, "empty"),)
        raise InvalidInput(_summary(problems), "roster_problems", problems=tuple(problems))
    taken = {name_key(p.name) for p in store.participants()}
    clashes = [Problem(r.line, "already_in_session", {"name": r.name}) for r in preview.rows
               if name_key(r.name) in taken]
    if clashes:
        raise InvalidInput(_summary(clashes), "roster_problems", problems=tuple(clashes))
    return store.import_participants([(r.name, r.email, r.team, r.external_id) for r in preview.rows])


def _summary(problems: tuple[Problem, ...] | list[Problem]) -> str:
    more = len(problems) - 1
    return str(problems[0]) + (f" (and {more} more problem{'s' if more > 1 else ''}); nothing imported"
                               if more else "; nothing imported")


def _failed(code: str, **params: Any) -> RosterPreview:
    return RosterPreview((), (Problem(None, code, params),), None, None)


def _decode(data: bytes) -> tuple[str, str] | None:
    if data.startswith(b"\xef\xbb\xbf"):
        candidates = ["utf-8-sig"]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates = ["utf-16"]
    else:
        candidates = ["utf-8", "windows-1252"]
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text, encoding
    return None


def _separator(text: str) -> tuple[str, int]:
    """The separator and the line the header is on: Excel's `sep=;` line, else the header's commonest."""
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    header = lines[first] if lines else ""
    declared = re.fullmatch(r"\s*sep=(.)\s*", header)
    if declared and declared.group(1) in SEPARATORS:
        return declared.group(1), first + 1
    counts = {sep: header.count(sep) for sep in SEPARATORS}
    best = max(SEPARATORS, key=lambda sep: counts[sep])
    return (best if counts[best] else ";"), first


CELL_MAX = 100_000  # below the csv module's own limit (131 072), which raises


class _TooLong(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def _records(text: str, separator: str, skip_lines: int) -> list[tuple[int, list[str]]]:
    """(starting line, cells) of every record after `skip_lines` lines; blank records dropped."""
    stream = io.StringIO(text, newline="")
    for _ in range(skip_lines):
        stream.readline()
    reader = csv.reader(stream, delimiter=separator)
    records = []
    last_line = 0
    while True:
        start = skip_lines + last_line + 1
        try:
            cells = next(reader)
        except StopIteration:
            return records
        except csv.Error:
            raise _TooLong(start) from None
        last_line = reader.line_num
        if any(len(cell) > CELL_MAX for cell in cells):
            raise _TooLong(start)
        if any(cell.strip() for cell in cells):
            records.append((start, cells))


def _clean(value: str) -> str:
    """Spreadsheet cell to plain text: spaces (no-break ones included) collapsed, controls dropped."""
    value = unicodedata.normalize("NFC", value)
    value = "".join(ch for ch in value if unicodedata.category(ch) != "Cc" or ch.isspace())
    return " ".join(value.split())


def _header_key(header: str) -> str:
    """Case, accents, spaces and punctuation set aside: « E-mail » and « email » are one key."""
    return "".join(ch for ch in name_key(header) if ch.isalnum())


class _Parser:
    def __init__(self, encoding: str, separator: str, existing_names: Iterable[str]) -> None:
        self.encoding = encoding
        self.separator = separator
        self.existing = {name_key(n) for n in existing_names}
        self.problems: list[Problem] = []
        self.columns: dict[str, Field] = {}

    def parse(self, records: list[tuple[int, list[str]]]) -> RosterPreview:
        if not records:
            return self.preview((), [Problem(None, "empty")])
        (header_line, header), body = records[0], records[1:]
        index = self.read_header(header_line, header)
        if index is None:
            return self.preview((), self.problems)
        rows = [row for line, cells in body if (row := self.read_row(line, cells, index, len(header)))]
        self.check_duplicates(rows)
        if not body:
            self.problems.append(Problem(None, "empty"))
        return self.preview(tuple(rows), self.problems)

    def preview(self, rows: tuple[RosterRow, ...], problems: list[Problem]) -> RosterPreview:
        ordered = sorted(problems, key=lambda p: (p.line or 0))
        return RosterPreview(rows, tuple(ordered), self.encoding, self.separator, dict(self.columns))

    def read_header(self, line: int, header: list[str]) -> dict[Field, int] | None:
        index: dict[Field, int] = {}
        for position, raw in enumerate(header):
            title = _clean(raw)
            if not title:
                continue
            what = _HEADERS.get(_header_key(title))
            if what is None:
                self.problems.append(Problem(line, "unknown_column", {"column": title}))
                continue
            if what in index:
                other = _clean(header[index[what]])
                self.problems.append(Problem(line, "duplicate_column", {"field": what, "column": other,
                                                                     "other": title}))
                continue
            index[what] = position
            self.columns[title] = what
        if "first_name" in index and "name" in index and "last_name" not in index:
            index["last_name"] = index.pop("name")  # « Prénom ; Nom »: here « nom » is the family name
        if "name" not in index and "first_name" not in index:
            self.problems.append(Problem(None, "no_name_column"))
        return None if any(p.blocking for p in self.problems) else index

    def read_row(self, line: int, cells: list[str], index: dict[Field, int], width: int) -> RosterRow | None:
        extra = [c for c in cells[width:] if c.strip()]
        if extra:
            self.problems.append(Problem(line, "too_many_values", {"count": width + len(extra),
                                                                   "columns": width}))
            return None

        if self.encoding != WORKBOOK and self.quoting_problem(line, cells):
            return None

        def cell(what: Field) -> str:
            position = index.get(what)
            return _clean(cells[position]) if position is not None and position < len(cells) else ""

        name = cell("name") or " ".join(p for p in (cell("first_name"), cell("last_name")) if p)
        email, team = cell("email"), cell("team")
        before = len(self.problems)
        if not name:
            self.problems.append(Problem(line, "empty_name"))
        elif not visible(name).strip():
            self.problems.append(Problem(line, "invisible_name"))
        elif len(name) > NAME_MAX:
            self.problems.append(Problem(line, "name_too_long", {"length": len(name), "max": NAME_MAX}))
        if email and (len(email) > EMAIL_MAX or not _EMAIL.fullmatch(email)):
            self.problems.append(Problem(line, "bad_email", {"value": email[:60]}))
        if len(team) > TEAM_MAX:
            self.problems.append(Problem(line, "team_too_long", {"length": len(team), "max": TEAM_MAX}))
        if len(self.problems) > before:
            return None
        external_id = cell("external_id")[:TEAM_MAX]
        lost = next((text for text in (name, team) if "?" in text), None)
        if lost:  # a name has no « ? »: a code page that lacked a letter wrote one in its place
            self.problems.append(Problem(line, "lost_characters", {"value": lost[:60]}))
        return RosterRow(line, name, email or None, team or None, external_id or None)

    def quoting_problem(self, line: int, cells: list[str]) -> bool:
        """A CSV row a stray quote has bent: a value over several lines, or columns merged."""
        if any("\n" in c or "\r" in c for c in cells):
            self.problems.append(Problem(line, "field_spans_lines"))
            return True
        merged = next((c for c in cells if self.separator in c and _EMAIL.search(c)), None)
        if merged is not None:
            self.problems.append(Problem(line, "merged_fields", {"value": _clean(merged)[:60]}))
            return True
        return False

    def check_duplicates(self, rows: list[RosterRow]) -> None:
        first_seen: dict[str, int] = {}
        for row in rows:
            key = name_key(row.name)
            if key in self.existing:
                self.problems.append(Problem(row.line, "already_in_session", {"name": row.name}))
            elif key in first_seen:
                self.problems.append(Problem(row.line, "duplicate_name", {"name": row.name,
                                                                          "other": first_seen[key]}))
            else:
                first_seen[key] = row.line
