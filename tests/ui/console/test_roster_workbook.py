"""The console imports a roster straight from a workbook."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tests.ui.console.test_window import console, open_first  # noqa: F401 - the console fixture

ROSTERS = Path(__file__).parent.parent.parent / "fixtures" / "rosters"


def test_the_import_dialog_offers_workbooks(console):  # noqa: F811
    open_first(console)
    console.choose_roster()
    dialog = next(d for d in console.findChildren(QFileDialog) if d.isVisible())
    assert "*.xlsx *.xls *.ods" in " ".join(dialog.nameFilters())
    dialog.reject()


def test_a_workbook_is_previewed_and_imported(console):  # noqa: F811
    open_first(console)
    before = len(console.live.store.participants())
    dialog = console.preview_roster(ROSTERS / "roster.xlsx")
    assert [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())] == ["Zoë Ørsted",
                                                                                      "Jean-Luc Martin"]
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert [p.name for p in console.live.store.participants()][before:] == ["Zoë Ørsted", "Jean-Luc Martin"]
