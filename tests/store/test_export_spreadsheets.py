"""The results CSV as a trainer opens it: double-clicked into a spreadsheet whose import dialog
takes `,`, `;` and tab as separators. Every text and decimal field is quoted, whole numbers are
not; LibreOffice itself reads the files back (skipped where it is not installed)."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.store.test_export_csv import session  # noqa: F401 - the three-participant session
from workshop_app.store import SessionStore
from workshop_app.store.export_csv import columns, export_csv


def _export(session: Path, out: Path, sep: str) -> list[str]:
    with SessionStore.open(session, read_only=True) as store:
        export_csv(store, out, sep=sep)
    return out.read_bytes().decode("utf-8-sig").split("\r\n")


def test_text_and_decimals_are_quoted_whole_numbers_are_not(session, tmp_path):  # noqa: F811
    header, anne, bob, _chloe, _end = _export(session, tmp_path / "out.csv", ";")
    assert header.startswith("name;team;email;finished;")
    assert anne.startswith('"Anne Lefèvre";"Grands comptes";"anne@acme.fr";"yes";"done";')
    assert ';"100,0";"50,0";"75,0";"25,0";"-0,250";"-0,500";"44,1";"faire";"developper";' in anne
    assert ';40;20;30;10;25;25;20;30;2;3;5;"developper";' in anne  # allocations and tensions: integers
    assert bob.startswith('"\'=Bob; ""le chef""";"Région Ouest";"";"no";')  # formula guard kept
    commas = _export(session, tmp_path / "comma.csv", ",")[1]
    assert ',"100.0","50.0","75.0","25.0","-0.250","-0.500","44.1",' in commas


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LANGUAGES = {"fr": 1036, "en": 1033}  # the locales LibreOffice reads the numbers in


def _libreoffice_cells(csv_path: Path, language: str, tmp_path: Path) -> list[list[object]]:
    """The cells LibreOffice makes of the file with its import dialog's defaults (separators
    `,` `;` tab, quote `"`, UTF-8) in a French or English spreadsheet, read back from .xlsx."""
    from python_calamine import CalamineWorkbook

    out = tmp_path / f"lo-{language}"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path / 'profile'}", "--headless",
                    f"--infilter=CSV:44/59/9,34,76,1,,{LANGUAGES[language]}", "--convert-to", "xlsx",
                    "--outdir", str(out), str(csv_path)], check=True, capture_output=True, timeout=240)
    return CalamineWorkbook.from_path(str(out / f"{csv_path.stem}.xlsx")).get_sheet_by_index(0).to_python()


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
@pytest.mark.parametrize(("sep", "language"), [(";", "fr"), (",", "en")])
def test_libreoffice_reads_every_number_as_a_number_in_its_column(session, tmp_path, sep, language):  # noqa: F811
    with SessionStore.open(session) as store:  # text holding the other separators too
        store.update_participant(store.participants()[2].id, team="Nord; Est")
    path = tmp_path / "resultats.csv"
    _export(session, path, sep)
    with SessionStore.open(session, read_only=True) as store:
        names = columns(store.instrument)
    expected = list(csv.reader(path.read_bytes().decode("utf-8-sig").splitlines(), delimiter=sep))
    cells = _libreoffice_cells(path, language, tmp_path)
    assert cells[0] == names and all(len(row) == len(names) for row in cells)
    anne = dict(zip(names, cells[1]))
    assert (anne["score_faire"], anne["point_x"], anne["point_y"], anne["balance_index"]) == (100, -0.25, -0.5,
                                                                                             44.1)
    assert (anne["alloc_today_faire"], anne["tension_focus"]) == (40, 5)
    assert anne["name"] == "Anne Lefèvre" and anne["commitment_action_1"] == "Un entretien de progrès par mois"
    assert dict(zip(names, cells[2]))["name"] == "'=Bob; \"le chef\""  # text, never run as a formula
    assert dict(zip(names, cells[3]))["team"] == "Nord; Est"
    numbers = 0
    for written, read in zip(expected[1:], cells[1:]):
        for text, value in zip(written, read):
            if text and text.lstrip("-").replace(",", "").replace(".", "").isdigit():
                assert isinstance(value, (int, float)), (text, value)
                assert value == float(text.replace(",", ".")), (text, value)
                numbers += 1
            else:
                assert value == text, (text, value)
    # Anne: 4 scores, 2 coordinates, the index, 8 allocation points, 3 tensions (18); Bob: 2
    # coordinates, the index, 4 allocation points (7); Chloé: none.
    assert numbers == 25
