"""Import participants from a CSV file: a preview of the rows and of every problem first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QListWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from workshop_app.store import StoreError
from workshop_app.store.roster_csv import RosterPreview, import_roster, parse_roster
from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.refusals import refusal_text
from workshop_app.ui.translation import chosen_language
from workshop_app.ui.widgets import text_label


class RosterImportDialog(QDialog):
    """Shows what the file holds; imports it all, or nothing when a row is wrong."""

    imported = Signal(int)  # how many participants were added

    def __init__(self, live: LiveSession, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self.setWindowTitle(self.tr("Import participants"))
        self.resize(720, 520)
        self.preview: RosterPreview = parse_roster(path, [p.name for p in live.store.participants()])
        language = chosen_language()

        self.summary = text_label()
        self.table = QTableWidget(len(self.preview.rows), 4)
        self.table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Name"), self.tr("Email"), self.tr("Team")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.Stretch)
        for row, entry in enumerate(self.preview.rows):
            for column, value in enumerate((str(entry.line), entry.name, entry.email or "", entry.team or "")):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.problems = QListWidget()
        self.problems.setObjectName("problems")
        for problem in self.preview.problems:
            self.problems.addItem(problem.text(language))
        self.problems.setVisible(bool(self.preview.problems))
        self.problems.setMaximumHeight(140)

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        self.import_button.setEnabled(self.preview.ok)
        buttons.accepted.connect(self.do_import)
        buttons.rejected.connect(self.reject)

        if self.preview.ok:
            self.summary.setText(self.tr("%n participants ready to import from {file}.", None,
                                         len(self.preview.rows)).format(file=path.name))
        else:
            self.summary.setText(self.tr("Nothing can be imported from {file} until these problems are "
                                         "fixed in the file.").format(file=path.name))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def do_import(self) -> None:
        try:
            ids = import_roster(_Live(self.live), self.preview)
        except StoreError as exc:
            self.problems.clear()
            self.problems.addItem(refusal_text(exc))
            self.problems.show()
            self.import_button.setEnabled(False)
            return
        self.imported.emit(len(ids))
        self.accept()


class _Live:
    """What `import_roster` needs from a store, routed through the live session (one signal)."""

    def __init__(self, live: LiveSession) -> None:
        self.live = live

    def participants(self):
        return self.live.store.participants()

    def import_participants(self, rows):
        return self.live.import_participants(rows)
