"""Rosters straight from a workbook (.xlsx, .xls, .ods): the first sheet, the CSV's columns and
checks; and rosters that lost letters in a code page."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from workshop_app.store.roster_csv import import_roster, parse_roster

# Made once with LibreOffice from roster.csv (beside them):
#   soffice --headless --infilter=CSV:59,34,76,1 --convert-to xlsx|ods|"xls:MS Excel 97" roster.csv
ROSTERS = Path(__file__).parent.parent / "fixtures" / "rosters"


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "xls"])
def test_a_workbook_reads_like_its_csv(suffix):
    preview = parse_roster(ROSTERS / f"roster.{suffix}")
    assert preview.problems == ()
    assert [(r.line, r.name, r.email, r.team, r.external_id) for r in preview.rows] == [
        (2, "Zoë Ørsted", "zoe@acme.fr", "Ouest", "1042"),  # a number cell, not « 1042.0 »
        (3, "Jean-Luc Martin", "jl@acme.fr", "Est", "7"),
    ]
    csv = parse_roster(ROSTERS / "roster.csv")
    assert [(r.name, r.email, r.team, r.external_id) for r in csv.rows] == [
        (r.name, r.email, r.team, r.external_id) for r in preview.rows]


def _xlsx(*sheets: list[list[object]]) -> bytes:
    """A minimal .xlsx, written by hand: one worksheet per list of rows (text inline, numbers as numbers)."""
    def cell(ref: str, value: object) -> str:
        if isinstance(value, (int, float)):
            return f'<c r="{ref}"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(str(value))}</t></is></c>'

    def sheet(rows: list[list[object]]) -> str:
        body = "".join(f'<row r="{i}">' + "".join(cell(f"{chr(65 + j)}{i}", v) for j, v in enumerate(row)
                                                  if v is not None) + "</row>"
                       for i, row in enumerate(rows, start=1))
        return ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
                f'spreadsheetml/2006/main"><sheetData>{body}</sheetData></worksheet>')

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    n = range(1, len(sheets) + 1)
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
        'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.spreadsheetml.worksheet+xml"/>' for i in n) + "</Types>",
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.'
        f'org/package/2006/relationships"><Relationship Id="r1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
        + "".join(f'<sheet name="Feuille{i}" sheetId="{i}" r:id="s{i}"/>' for i in n) + "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
        'openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="s{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>' for i in n)
        + "</Relationships>",
        **{f"xl/worksheets/sheet{i}.xml": sheet(rows) for i, rows in zip(n, sheets)},
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return out.getvalue()


def test_only_the_first_sheet_is_read():
    data = _xlsx([["Nom", "Équipe"], ["Ann Roy", "Nord"]], [["Nom"], ["Someone Else"]])
    assert [r.name for r in parse_roster(data).rows] == ["Ann Roy"]


def test_a_workbook_gets_the_csvs_checks_by_row_number():
    data = _xlsx([["Prénom", "Nom", "Courriel", "Notes"], [None], ["Ann", "Roy", "ann@x.fr"],
                  ["Bob", "Stone", "not-an-email"], ["ANN", "roy", None], [None, None, "x@y.fr"]])
    preview = parse_roster(data)
    assert [(p.line, p.code) for p in preview.problems] == [
        (1, "unknown_column"), (4, "bad_email"), (5, "duplicate_name"), (6, "empty_name")]
    assert not preview.ok


def test_a_workbook_without_a_name_column_says_so():
    assert [p.code for p in parse_roster(_xlsx([["Courriel"], ["a@b.fr"]])).errors] == ["no_name_column"]


def test_a_damaged_workbook_is_one_problem_not_a_traceback():
    preview = parse_roster(b"PK\x03\x04" + b"\x00" * 200)
    assert [p.code for p in preview.errors] == ["unreadable_workbook"]
    assert "cannot read this spreadsheet workbook" in str(preview.errors[0])


def test_a_workbook_imports_all_rows(store):
    preview = parse_roster(ROSTERS / "roster.ods", existing_names=[p.name for p in store.participants()])
    import_roster(store, preview)
    assert [(p.name, p.external_id) for p in store.participants()] == [("Zoë Ørsted", "1042"),
                                                                       ("Jean-Luc Martin", "7")]


def test_a_windows_1252_roster_that_lost_letters_is_warned_by_line():
    data = "Nom;Équipe\r\nAnn Roy;Nord\r\n???? ??????;Est\r\nZo? Petit;??????\r\n".encode("windows-1252")
    preview = parse_roster(data)
    assert preview.encoding == "windows-1252" and preview.ok  # a warning: the trainer decides
    assert [(p.line, p.code) for p in preview.warnings] == [(3, "lost_characters"), (4, "lost_characters")]
    assert preview.warnings[0].text("en") == (
        "line 3: « ???? ?????? » has « ? » where letters were: the file lost characters when it was saved; "
        "save it as CSV UTF-8 and import it again")
    assert preview.warnings[1].text("fr").startswith("ligne 4\u202f: «\u202fZo? Petit\u202f» contient des «\u202f?\u202f»")


def test_the_command_line_imports_a_workbook(tmp_path, capsys):
    from workshop_app.cli import main
    from workshop_app.store import SessionStore

    path = tmp_path / "s.sqlite"
    SessionStore.create(path, title="Atelier").close()
    assert main(["participants", "import", str(path), str(ROSTERS / "roster.xls")]) == 0
    assert capsys.readouterr().out == "2 participants imported into s.sqlite\n"
    with SessionStore.open(path, read_only=True) as store:
        assert [p.name for p in store.participants()] == ["Zoë Ørsted", "Jean-Luc Martin"]


def test_the_command_line_warns_of_lost_letters_by_line(tmp_path, capsys):
    from workshop_app.cli import main
    from workshop_app.store import SessionStore

    path = tmp_path / "s.sqlite"
    SessionStore.create(path, title="Atelier").close()
    roster = tmp_path / "liste.csv"
    roster.write_bytes("Nom\r\nAnn Roy\r\n???? ??????\r\n".encode("windows-1252"))
    assert main(["participants", "import", str(path), str(roster)]) == 0
    assert capsys.readouterr().err == (
        "workshop-app: warning: liste.csv: line 3: « ???? ?????? » has « ? » where letters were: the file lost "
        "characters when it was saved; save it as CSV UTF-8 and import it again\n")
