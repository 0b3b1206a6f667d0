"""Participants CSV, as French spreadsheets export it: preview, problems with line numbers, import."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app.store import InvalidInput, SessionStore
from workshop_app.store.roster_csv import RosterRow, import_roster, parse_roster

BOM = b"\xef\xbb\xbf"


def rows(preview) -> list[tuple[str, str | None, str | None]]:
    return [(r.name, r.email, r.team) for r in preview.rows]


def codes(preview) -> list[tuple[int | None, str]]:
    return [(p.line, p.code) for p in preview.problems]


@pytest.mark.parametrize(
    ("data", "encoding", "separator"),
    [
        ("nom;email;équipe\r\nHélène Dupré;helene@acme.fr;Région Ouest\r\n".encode("utf-8"), "utf-8", ";"),
        (BOM + "nom;email;équipe\r\nHélène Dupré;helene@acme.fr;Région Ouest\r\n".encode("utf-8"), "utf-8-sig", ";"),
        ("Nom;E-mail;Équipe\r\nHélène Dupré;helene@acme.fr;Région Ouest\r\n".encode("windows-1252"),
         "windows-1252", ";"),
        ("name,email,team\nHélène Dupré,helene@acme.fr,Région Ouest\n".encode("utf-8"), "utf-8", ","),
        ("Name\tEmail\tTeam\r\nHélène Dupré\thelene@acme.fr\tRégion Ouest\r\n".encode("utf-16"), "utf-16", "\t"),
        ("sep=,\nNOM , COURRIEL , Equipe\nHélène Dupré,helene@acme.fr,Région Ouest\n".encode("utf-8"), "utf-8", ","),
    ],
    ids=["utf8-semicolon", "utf8-bom", "windows-1252", "comma", "utf16-tab", "excel-sep-line"],
)
def test_french_spreadsheet_exports_read_the_same(data: bytes, encoding: str, separator: str) -> None:
    preview = parse_roster(data)
    assert rows(preview) == [("Hélène Dupré", "helene@acme.fr", "Région Ouest")]
    assert (preview.encoding, preview.separator) == (encoding, separator)
    assert preview.problems == ()
    assert preview.ok


def test_a_file_is_read_from_its_path(tmp_path: Path) -> None:
    path = tmp_path / "participants.csv"
    path.write_bytes("Nom;Équipe\nFrançois N’Diaye;Grands comptes\n".encode("windows-1252"))
    assert rows(parse_roster(path)) == [("François N’Diaye", None, "Grands comptes")]


def test_blank_lines_and_empty_rows_are_skipped_and_lines_keep_their_numbers() -> None:
    data = "nom;email\n\nAnne Martin;\n;\n\nPaul Roux;pas-une-adresse\n".encode()
    preview = parse_roster(data)
    assert [(r.line, r.name) for r in preview.rows] == [(3, "Anne Martin")]
    assert codes(preview) == [(6, "bad_email")]
    assert preview.problems[0].text("fr") == "ligne 6\u202f: adresse e-mail invalide «\u202fpas-une-adresse\u202f»"
    assert str(preview.problems[0]) == "line 6: invalid email address « pas-une-adresse »"


def test_a_quoted_name_on_two_lines_reports_the_line_it_starts_on() -> None:
    data = 'nom;email\n"Anne\nMartin";anne@\nPaul Roux;x@y.fr\n'.encode()
    preview = parse_roster(data)
    assert codes(preview) == [(2, "field_spans_lines")]
    assert [(r.line, r.name) for r in preview.rows] == [(4, "Paul Roux")]


def test_first_and_last_name_columns_make_the_name() -> None:
    preview = parse_roster("Prénom;Nom;Service\nAïssatou;N’Diaye;Ventes\n;Martin;\n".encode())
    assert rows(preview) == [("Aïssatou N’Diaye", None, None), ("Martin", None, None)]
    assert [p.text("fr") for p in preview.problems] == ["ligne 1\u202f: colonne «\u202fService\u202f» ignorée"]
    assert preview.ok  # an unknown column is a warning only


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("nom;email\n;a@b.fr\n", [(2, "empty_name")]),
        ("nom\n" + "x" * 201 + "\n", [(2, "name_too_long")]),
        ("nom;email\nAnne;anne@@acme.fr\n", [(2, "bad_email")]),
        ("nom;email\nAnne;anne@acme\n", [(2, "bad_email")]),
        ("nom,team\nAnne,Ouest,extra\n", [(2, "too_many_values")]),
        ("nom\nAnne Martin\nBob\nanne  MARTIN\n", [(4, "duplicate_name")]),
        ("email;équipe\na@b.fr;Ouest\n", [(None, "no_name_column")]),
        ("nom;name\nAnne;Anne\n", [(1, "duplicate_column")]),
        ("nom;email\n\n", [(None, "empty")]),
        ("", [(None, "empty")]),
    ],
    ids=["empty-name", "name-201", "double-at", "no-dot", "extra-cell", "duplicate", "no-name-column",
         "two-name-columns", "header-only", "empty-file"],
)
def test_bad_files_and_rows_are_reported_with_their_line(data: str, expected: list) -> None:
    preview = parse_roster(data.encode())
    assert codes(preview) == expected
    assert not preview.ok


def test_every_problem_is_reported_not_only_the_first() -> None:
    preview = parse_roster("nom;email\n;\n\nAnne;x\n;y@z.fr\nBob;b@c.fr\n".encode())
    assert codes(preview) == [(4, "bad_email"), (5, "empty_name")]
    assert rows(preview) == [("Bob", "b@c.fr", None)]


def test_names_already_in_the_session_are_problems() -> None:
    preview = parse_roster("nom\nHelene Dupre\nPaul\n".encode(), existing_names=["Hélène Dupré"])
    assert codes(preview) == [(2, "already_in_session")]
    assert preview.problems[0].text("en") == "line 2: « Helene Dupre » is already in the session"


def test_a_damaged_spreadsheet_workbook_is_refused_with_a_hint() -> None:
    preview = parse_roster(b"PK\x03\x04\x14\x00\x06\x00" + bytes(100))
    assert codes(preview) == [(None, "unreadable_workbook")]
    assert "save it as .xlsx, .ods or CSV UTF-8" in str(preview.problems[0])


def test_a_missing_file_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    preview = parse_roster(tmp_path / "absent.csv")
    assert codes(preview) == [(None, "unreadable")]


HARD_NAMES = ["<b>Léa</b> & Co", 'Jean "Jo" Dupont', "Zoé 🚀 Martin", "É" * 200, "Seán O’Brien"]


def test_names_are_plain_text_kept_exactly() -> None:
    data = "nom;équipe\n" + "\n".join(f'"{n.replace(chr(34), chr(34) * 2)}";Ouest' for n in HARD_NAMES) + "\n"
    preview = parse_roster(BOM + data.encode())
    assert [r.name for r in preview.rows] == HARD_NAMES
    assert preview.ok


@pytest.fixture
def store(tmp_path: Path):
    with SessionStore.create(tmp_path / "s.sqlite", title="Promo Ouest") as s:
        yield s


def test_import_adds_every_row_in_file_order(store: SessionStore) -> None:
    store.add_participant("Déjà Là")
    data = "nom;email;équipe\n" + "\n".join(f'"{n.replace(chr(34), chr(34) * 2)}";;Ouest' for n in HARD_NAMES)
    ids = import_roster(store, parse_roster(data.encode()))
    assert len(ids) == 5
    assert [(p.name, p.team) for p in store.participants()] == [("Déjà Là", None)] + [(n, "Ouest") for n in HARD_NAMES]


def test_a_file_with_one_bad_row_imports_nothing(store: SessionStore) -> None:
    preview = parse_roster("nom;email\nAnne;anne@acme.fr\nBob;bob@\nCléa;clea@acme.fr\n".encode())
    assert rows(preview) == [("Anne", "anne@acme.fr", None), ("Cléa", "clea@acme.fr", None)]
    with pytest.raises(InvalidInput, match=r"^line 3: invalid email address « bob@ »; nothing imported$"):
        import_roster(store, preview)
    assert store.participants() == []


def test_import_checks_the_session_again(store: SessionStore) -> None:
    preview = parse_roster("nom\nAnne\nBob\n".encode())
    store.add_participant("anne")  # added after the preview was made
    with pytest.raises(InvalidInput, match="« Anne » is already in the session"):
        import_roster(store, preview)
    assert [p.name for p in store.participants()] == ["anne"]


def test_rows_carry_their_line() -> None:
    assert parse_roster(b"nom\n\nAnne\n").rows == (RosterRow(3, "Anne", None, None),)
