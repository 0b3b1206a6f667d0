"""Debriefs: every PDF of the session generated off the GUI thread, then the folder and the
print pack one click away. The report package (reportlab) is imported when the tab is first
shown, not when the console starts."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QPushButton, QVBoxLayout, QWidget

from workshop_app.store import StoreError
from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.translation import chosen_language
from workshop_app.ui.widgets import text_label


def _batch():
    from workshop_app.report import batch

    return batch


class _Relay(QObject):
    """Carries the batch's outcome from the worker thread to the GUI thread (queued signal)."""

    done = Signal(object)  # a BatchReport, or the error's text


class DebriefsPanel(QWidget):
    generated = Signal(object)  # the BatchReport

    def __init__(self, live: LiveSession) -> None:
        super().__init__()
        self.live = live
        self.relay = _Relay(self)
        self.relay.done.connect(self._done)
        self.worker: threading.Thread | None = None  # not `thread`: that is QObject.thread()

        title = text_label(self.tr("Personal debriefs"), "sectionTitle", wrap=False)
        intro = text_label(self.tr("One PDF per participant who has finished, the print pack (all of them, in "
                                   "order, ready for one print job) and the anonymous group synthesis."), "hint")
        self.generate_button = QPushButton(self.tr("Generate all the debriefs"))
        self.generate_button.setObjectName("primary")
        self.generate_button.clicked.connect(self.generate)
        self.folder_button = QPushButton(self.tr("Open the folder"))
        self.folder_button.clicked.connect(self.open_folder)
        self.pack_button = QPushButton(self.tr("Open the print pack"))
        self.pack_button.clicked.connect(self.open_print_pack)
        self.status = text_label()
        self.details = QListWidget()
        self.details.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.folder_button)
        buttons.addWidget(self.pack_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.details, 1)
        layout.addStretch(0)
        self.folder_button.setEnabled(False)
        self.pack_button.setEnabled(False)

    def folder(self) -> Path:
        return _batch().default_folder(self.live.store.path)

    def print_pack(self) -> Path:
        return self.folder() / _batch().PRINT_PACK

    def showEvent(self, event: QShowEvent) -> None:
        self._update_buttons()
        super().showEvent(event)

    def _update_buttons(self) -> None:
        running = self.worker is not None
        self.generate_button.setEnabled(not running)
        self.folder_button.setEnabled(not running and self.folder().is_dir())
        self.pack_button.setEnabled(not running and self.print_pack().is_file())

    def generate(self) -> None:
        """Render in a worker thread (the batch reads the session file read-only)."""
        if self.worker is not None:
            return
        self.status.setText(self.tr("Generating the debriefs…"))
        self.details.hide()
        path = self.live.store.path
        self.worker = threading.Thread(target=self._run, args=(path,), daemon=True)
        self._update_buttons()
        self.worker.start()

    def _run(self, path: Path) -> None:
        batch = _batch()
        try:
            outcome: object = batch.generate_documents(path)
        except (batch.BatchError, StoreError, OSError) as exc:
            outcome = str(exc)
        self.relay.done.emit(outcome)

    def _done(self, outcome: object) -> None:
        self.worker = None
        self.details.clear()
        if not isinstance(outcome, str):
            pdfs = [p for p in outcome.written if p.suffix == ".pdf"]
            self.status.setText(self.tr("%n documents written in {folder}.", None, len(pdfs)).format(
                folder=str(outcome.folder)))
            for entry in outcome.unfinished:
                self.details.addItem(self.tr("{name}: no debrief ({reason})").format(
                    name=entry.name, reason=entry.reason(chosen_language())))
            for path, reason in outcome.failed:
                self.details.addItem(self.tr("{file} not written: {reason}").format(file=path.name, reason=reason))
            self.details.setVisible(self.details.count() > 0)
            self.generated.emit(outcome)
        else:
            self.status.setText(self.tr("The debriefs could not be generated: {reason}").format(reason=outcome))
        self._update_buttons()

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder())))

    def open_print_pack(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.print_pack())))
