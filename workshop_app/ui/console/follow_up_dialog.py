"""New follow-up session: the date, and who is invited again (everyone, unless unticked)."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget,
)

from workshop_app.ui.widgets import text_label


class FollowUpDialog(QDialog):
    """Says what the follow-up keeps and what it does not; emits the date and who is left out."""

    submitted = Signal(str, list)  # ISO date, names left out

    def __init__(self, title: str, names: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New follow-up session"))
        self.resize(520, 480)
        intro = text_label(self.tr("A follow-up of {title}: the same settings and the same people, linked to "
                                   "it, with no answers — the station and the phones show nothing of last time. "
                                   "Untick who is not invited again; add newcomers afterwards as to any session.")
                           .format(title=title))
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.people = QListWidget()
        for name in names:
            item = QListWidgetItem(name)  # plain text: a name is never markup
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked)
            self.people.addItem(item)
        form = QFormLayout()
        form.addRow(self.tr("Date of the follow-up"), self.date)
        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(self.tr("Create the follow-up"), QDialogButtonBox.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(text_label(self.tr("Invited again"), "sectionTitle", wrap=False))
        layout.addWidget(self.people, 1)
        layout.addWidget(buttons)

    def left_out(self) -> list[str]:
        return [self.people.item(i).text() for i in range(self.people.count())
                if self.people.item(i).checkState() != Qt.Checked]

    def _submit(self) -> None:
        self.submitted.emit(self.date.date().toString("yyyy-MM-dd"), self.left_out())
        self.accept()
