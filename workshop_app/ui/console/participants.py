"""The participants of the open session: live status per part, roster edits, the private note."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QPlainTextEdit,
    QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget,
)

from workshop_app.model.scoring import ParticipantResult
from workshop_app.store import Participant, StoreError
from workshop_app.ui.confirm import confirm_destructive
from workshop_app.ui.console.status import STATUS_ROLE, ChipDelegate
from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.refusals import refusal_text
from workshop_app.ui.widgets import open_dialog, plain_tooltip, text_label

PARTS = ("practices", "allocation", "tensions", "commitments")
T = TypeVar("T")
NOTE_SAVE_MS = 600  # the note is saved once the trainer pauses typing


class ParticipantsModel(QAbstractTableModel):
    """One row a participant: number, name, team, then one status chip per part."""

    def __init__(self, live: LiveSession) -> None:
        super().__init__()
        self.live = live
        self.rows: list[Participant] = []
        self.form = "full"
        self.reload()
        self._shown = self._results()  # what the rows were last repainted with
        live.roster_changed.connect(self.reload)
        live.settings_changed.connect(self.reload)
        live.results_changed.connect(self.repaint_changed)

    def headers(self) -> list[str]:
        return ["#", self.tr("Name"), self.tr("Team"), self.tr("Practices"), self.tr("Time split"),
                self.tr("Trade-offs"), self.tr("Commitments")]

    def reload(self) -> None:
        """The roster read again (no scoring: the chips read the live results when painted)."""
        self.beginResetModel()
        self.rows = self.live.store.participants()
        self.form = self.live.store.form  # read once, not at every paint of a chip
        self.endResetModel()

    def _results(self) -> dict[int, ParticipantResult]:
        return {r.participant_id: r for r in self.live.results().participants}

    def repaint_changed(self) -> None:
        """The rows whose result changed since the last repaint, repainted in one go."""
        shown, self._shown = self._shown, self._results()
        rows = [row for row, p in enumerate(self.rows) if shown.get(p.id) is not self._shown.get(p.id)]
        if rows:
            self.dataChanged.emit(self.index(rows[0], 3), self.index(rows[-1], 6))

    def status(self, participant_id: int, part: str) -> str:
        if part == "practices" and self.form == "short":
            return "not_asked"
        try:
            result = self.live.results().participant(participant_id)
        except KeyError:  # removed: the roster's reload is on its way
            return "not_started"
        return getattr(result.completion, part)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        p = self.rows[index.row()]
        column = index.column()
        if column >= 3:
            return self.status(p.id, PARTS[column - 3]) if role in (STATUS_ROLE, Qt.AccessibleTextRole) else None
        if role == Qt.DisplayRole:
            return (str(index.row() + 1), p.name, p.team or "")[column]
        if role == Qt.ToolTipRole and column == 1 and p.note:
            return plain_tooltip(p.note)
        return None

    def participant_at(self, row: int) -> Participant | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


class ParticipantsPanel(QWidget):
    """Table plus the roster actions; dialogs are opened, never executed."""

    import_requested = Signal()
    error = Signal(str)

    def __init__(self, live: LiveSession) -> None:
        super().__init__()
        self.live = live
        self.model = ParticipantsModel(live)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChipDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Fixed)  # widths set by `_fit_columns`, not cell by cell
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        header.setMinimumSectionSize(40)
        for column in range(3, 7):
            header.setSectionResizeMode(column, QHeaderView.Fixed)
            header.resizeSection(column, 150)
        self.table.doubleClicked.connect(self.rename)
        self.model.modelReset.connect(self._fit_columns)

        self.add_button = QPushButton(self.tr("Add…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(+1))
        self.import_button.clicked.connect(self.import_requested)
        actions = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.remove_button, self.up_button,
                       self.down_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.import_button)

        self.note_title = text_label(self.tr("Private note"), "sectionTitle", wrap=False)
        self.note_hint = text_label(
            self.tr("Only you see it: it is never shown on the station, the projector or the PDFs."), "hint")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Select a participant to write a note."))
        self.note.setEnabled(False)
        self.note_timer = QTimer(self, singleShot=True, interval=NOTE_SAVE_MS, timeout=self.save_note)
        self.note.textChanged.connect(self._note_edited)
        note_box = QWidget()
        note_layout = QVBoxLayout(note_box)
        note_layout.setContentsMargins(16, 0, 0, 0)
        note_layout.addWidget(self.note_title)
        note_layout.addWidget(self.note_hint)
        note_layout.addWidget(self.note, 1)

        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(note_box)
        split.setStretchFactor(0, 1)
        split.setSizes([1000, 300])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(split, 1)

        self._note_for: int | None = None
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self._selected_id: int | None = None
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_columns()  # measured with the console's style sheet, which applies once the panel is in it
        super().showEvent(event)

    def _fit_columns(self) -> None:
        """The number and team columns as wide as their widest cell, found by the text's width
        and measured once: Qt's ResizeToContents asks every cell (100 000 calls at 500 people)."""
        rows, header, width = self.model.rows, self.table.horizontalHeader(), self.table.fontMetrics().horizontalAdvance
        if not rows:
            return
        texts = {0: [str(n) for n in range(1, len(rows) + 1)], 2: [p.team or "" for p in rows]}
        for column, column_texts in texts.items():
            widest = max(range(len(rows)), key=lambda row: width(column_texts[row]))
            cell = self.table.sizeHintForIndex(self.model.index(widest, column)).width()
            header.resizeSection(column, max(cell, header.sectionSizeFromContents(column).width()))

    # --- selection ---------------------------------------------------------------------------
    def selected(self) -> Participant | None:
        index = self.table.currentIndex()
        return self.model.participant_at(index.row()) if index.isValid() else None

    def select(self, participant_id: int) -> None:
        for row, p in enumerate(self.model.rows):
            if p.id == participant_id:
                self.table.selectRow(row)
                return

    def _remember_selection(self) -> None:
        self.save_note()
        chosen = self.selected()
        self._selected_id = chosen.id if chosen else None

    def _restore_selection(self) -> None:
        if self._selected_id is not None:
            self.select(self._selected_id)
        self._selection_changed()

    def _selection_changed(self, *_: object) -> None:
        self.save_note()
        chosen = self.selected()
        self._note_for = None
        self.note.blockSignals(True)
        self.note.setPlainText(chosen.note or "" if chosen else "")
        self.note.blockSignals(False)
        self.note.setPlaceholderText(
            self.tr("What you want to remember about {name}.").format(name=chosen.name) if chosen
            else self.tr("Select a participant to write a note."))
        self.note.setEnabled(chosen is not None)
        self._note_for = chosen.id if chosen else None
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        row = self.table.currentIndex().row()
        for button in (self.rename_button, self.remove_button):
            button.setEnabled(chosen is not None)
        self.up_button.setEnabled(chosen is not None and row > 0)
        self.down_button.setEnabled(chosen is not None and row < self.model.rowCount() - 1)

    # --- note ----------------------------------------------------------------------------------
    def _note_edited(self) -> None:
        if self._note_for is not None:
            self.note_timer.start()

    def save_note(self) -> None:
        self.note_timer.stop()
        if self._note_for is None:
            return
        text = self.note.toPlainText()
        current = next((p.note or "" for p in self.model.rows if p.id == self._note_for), None)
        if current is not None and text != current:
            participant_id, self._note_for = self._note_for, None  # the reload re-selects
            self._call(self.live.set_note, participant_id, text or None)

    # --- roster --------------------------------------------------------------------------------
    def _call(self, method: Callable[..., T], *args: object) -> T | None:
        """The write's result, or None when the store refuses it (`error` says why)."""
        try:
            return method(*args)
        except StoreError as exc:
            self.error.emit(refusal_text(exc))
            return None

    def _ask_name(self, title: str, label: str, value: str, on_name: Callable[[str], object]) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(value)
        dialog.textValueSelected.connect(lambda name: name.strip() and on_name(name.strip()))
        open_dialog(dialog)

    def add(self) -> None:
        def added(name: str) -> None:
            pid = self._call(self.live.add_participant, name)
            if pid is not None:
                self.select(pid)
        self._ask_name(self.tr("Add a participant"), self.tr("Name:"), "", added)

    def rename(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._ask_name(self.tr("Rename"), self.tr("Name:"), chosen.name,
                           lambda name: self._call(self.live.rename_participant, chosen.id, name))

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.confirm_box = confirm_destructive(
            self, self.tr("Remove a participant"),
            self.tr("Remove {name} and erase all their answers?").format(name=chosen.name),
            self.tr("Remove and erase"), lambda: self._call(self.live.remove_participant, chosen.id))

    def move_selected(self, step: int) -> None:  # not `move`: that is QWidget.move()
        chosen = self.selected()
        row = self.table.currentIndex().row()
        if chosen is not None and 0 <= row + step < self.model.rowCount():
            self._call(self.live.move_participant, chosen.id, row + step)
