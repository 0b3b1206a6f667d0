"""The sessions folder: every session with its client, date and progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from workshop_app.model.dates import format_date
from workshop_app.store.files import SessionSummary, session_summaries
from workshop_app.ui.refusals import refusal_text
from workshop_app.ui.translation import chosen_language
from workshop_app.ui.widgets import plain_tooltip, text_label


class SessionsPage(QWidget):
    open_requested = Signal(Path)
    new_requested = Signal()
    duplicate_requested = Signal(Path)
    follow_up_requested = Signal(Path)
    delete_requested = Signal(Path)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        title = text_label(self.tr("Sessions"), "pageTitle", wrap=False)
        self.where = text_label("", "hint", wrap=False)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setHeaderLabels([self.tr("Title"), self.tr("Client"), self.tr("Date"),
                                   self.tr("Participants"), self.tr("Finished")])
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setStretchLastSection(False)
        self.list.itemActivated.connect(lambda item: self.open_requested.emit(item.data(0, Qt.UserRole)))
        self.list.itemSelectionChanged.connect(self._update_buttons)

        self.new_button = QPushButton(self.tr("New session…"))
        self.new_button.setObjectName("primary")
        self.open_button = QPushButton(self.tr("Open"))
        self.duplicate_button = QPushButton(self.tr("Duplicate as a template…"))
        self.follow_up_button = QPushButton(self.tr("New follow-up session…"))
        self.follow_up_button.setToolTip(self.tr("Same settings and people, no answers, linked to this session: "
                                                 "their debriefs will show what changed since"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(lambda: self._emit_selected(self.open_requested))
        self.duplicate_button.clicked.connect(lambda: self._emit_selected(self.duplicate_requested))
        self.follow_up_button.clicked.connect(lambda: self._emit_selected(self.follow_up_requested))
        self.delete_button.clicked.connect(lambda: self._emit_selected(self.delete_requested))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for button in (self.open_button, self.follow_up_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.where)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._stale = True
        self._update_buttons()

    def refresh(self) -> None:
        """The list read again now if it is on screen, else when it is next shown: a console
        opened straight on a session does not read every file of the folder for nothing."""
        self._stale = True
        if self.isVisible():
            self._load()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._load()
        super().showEvent(event)

    def _load(self) -> None:
        self._stale = False
        self.where.setText(self.tr("Folder: {folder}").format(folder=str(self.folder)))
        self.list.clear()
        for summary in session_summaries(self.folder):
            self.list.addTopLevelItem(self._item(summary))
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))  # the newest: Enter opens it
        self._update_buttons()

    def _item(self, s: SessionSummary) -> QTreeWidgetItem:
        if s.error:
            item = QTreeWidgetItem([s.path.name, self.tr("Cannot be opened: {reason}").format(
                reason=refusal_text(s.refusal) if s.refusal else s.error),
                                    "", "", ""])
            item.setForeground(1, Qt.darkRed)
        else:
            item = QTreeWidgetItem([s.title, s.client, format_date(s.date, chosen_language()), str(s.n_participants),
                                    "{done} / {total}".format(done=s.n_finished, total=s.n_participants)])
        for column in (3, 4):
            item.setTextAlignment(column, Qt.AlignRight | Qt.AlignVCenter)
        item.setData(0, Qt.UserRole, s.path)
        item.setToolTip(0, plain_tooltip(str(s.path)))
        return item

    def selected_path(self) -> Path | None:
        items = self.list.selectedItems()
        return items[0].data(0, Qt.UserRole) if items else None

    def _emit_selected(self, signal: SignalInstance) -> None:
        path = self.selected_path()
        if path is not None:
            signal.emit(path)

    def _update_buttons(self) -> None:
        chosen = self.selected_path() is not None
        for button in (self.open_button, self.follow_up_button, self.duplicate_button, self.delete_button):
            button.setEnabled(chosen)
