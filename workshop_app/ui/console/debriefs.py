"""Debriefs: every PDF of the session written by the command line's own `workshop-app debrief`
in a process of its own, then the folder and the print pack one click away.

Another process, not a thread: the station and the projector never wait for the batch (a
thread would share Python's interpreter lock with them), and the batch renders on every core
(it forks its workers only from a single-threaded process). It reads the session file
read-only while the console writes it; it reports each document rendered, then the whole
report, one JSON line each. The report package is imported when the tab is first shown, not
when the console starts."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QProcess, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QMessageBox, QPushButton, QVBoxLayout, QWidget

from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.translation import chosen_language
from workshop_app.ui.widgets import open_dialog, text_label


def _batch():
    from workshop_app.report import batch

    return batch


ERROR_PREFIX = "workshop-app: error: "  # how the command line starts a refusal, on stderr


def debrief_command(session: Path) -> tuple[str, list[str]]:
    """The command line's `debrief`, run by this very interpreter, speaking JSON, in the background."""
    return sys.executable, ["-m", "workshop_app", "debrief", str(session), "--json", "--background"]


def _refusal(errors: str) -> str:
    """The command line's refusal without its prefix (else the last line it wrote, if any)."""
    lines = [line.strip() for line in errors.splitlines() if line.strip()]
    refusals = [line.removeprefix(ERROR_PREFIX) for line in lines if line.startswith(ERROR_PREFIX)]
    return " ".join(refusals) or (lines[-1] if lines else "")


class DebriefsPanel(QWidget):
    generated = Signal(object)  # the BatchReport
    progress = Signal(int, int)  # documents rendered, documents to render

    def __init__(self, live: LiveSession) -> None:
        super().__init__()
        self.live = live
        self.process: QProcess | None = None
        self._output = b""  # what the batch printed, up to its last whole line
        self._report: object | None = None

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
        # Debriefs written before someone's answers changed no longer say what they answered.
        self.outdated = text_label("", "error")
        self.regenerate_button = QPushButton(self.tr("Regenerate the debriefs"))
        self.regenerate_button.clicked.connect(self.generate)
        outdated = QHBoxLayout()
        outdated.addWidget(self.outdated, 1)
        outdated.addWidget(self.regenerate_button)
        self.outdated.hide()
        self.regenerate_button.hide()
        self.dialog: QMessageBox | None = None
        live.changed.connect(self._answers_changed)

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
        layout.addLayout(outdated)
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

    def running(self) -> bool:
        return self.process is not None

    def _answers_changed(self, *_: object) -> None:
        if self.isVisible():  # else when the tab is shown: answers change often during a session
            self._update_buttons()

    def _show_outdated(self) -> None:
        names = _batch().outdated_debriefs(self.live.store, self.folder()) if not self.running() else []
        self.outdated.setText(self.tr("%n debriefs are older than the answers: {names}", None, len(names))
                              .format(names=", ".join(names)))
        for widget in (self.outdated, self.regenerate_button):
            widget.setVisible(bool(names))

    def _update_buttons(self) -> None:
        running = self.running()
        self.generate_button.setEnabled(not running)
        self.folder_button.setEnabled(not running and self.folder().is_dir())
        self.pack_button.setEnabled(not running and self.print_pack().is_file())
        self._show_outdated()

    def generate(self) -> None:
        """Start the batch in its own process; nothing here waits for it."""
        if self.process is not None:
            return
        self.status.setText(self.tr("Generating the debriefs…"))
        self.details.hide()
        self._output, self._report = b"", None
        self.process = QProcess(self)
        self.process.readyReadStandardOutput.connect(self._read_output)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._not_started)
        self._update_buttons()
        self.process.start(*debrief_command(self.live.store.path))

    def stop(self) -> None:
        """The session closes: the batch is stopped (each file is replaced whole, or left as it was)."""
        process, self.process = self.process, None
        if process is not None:
            process.blockSignals(True)
            process.kill()
            process.waitForFinished(3000)
            process.deleteLater()

    def _read_output(self) -> None:
        if self.process is None:
            return
        self._output += bytes(self.process.readAllStandardOutput().data())
        *lines, self._output = self._output.split(b"\n")
        for line in lines:
            message = json.loads(line)
            if "rendered" in message:
                self.status.setText(self.tr("Generating the debriefs… {done} of {total}").format(
                    done=message["rendered"], total=message["of"]))
                self.progress.emit(message["rendered"], message["of"])
            else:
                self._report = _batch().BatchReport.from_json(message)

    def _finished(self, *_: object) -> None:
        self._read_output()
        process, self.process = self.process, None
        errors = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        process.deleteLater()
        if self._report is not None:
            self._done(self._report)
        else:
            self._done(_refusal(errors) or self.tr("the document writer stopped"))

    def _not_started(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart and self.process is not None:
            process, self.process = self.process, None
            process.deleteLater()
            self._done(process.errorString())

    def _done(self, outcome: object) -> None:
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
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder()))):
            self._say(self.tr("No program opens folders on this computer. The debriefs are in:\n{folder}")
                      .format(folder=str(self.folder())))

    def open_print_pack(self) -> None:
        """With no PDF viewer the system opens nothing: say so and offer the folder instead."""
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.print_pack()))):
            return
        box = self._say(self.tr("No PDF viewer opened the print pack: this computer may have none. "
                                "It is {file} in the debriefs' folder:\n{folder}")
                        .format(file=self.print_pack().name, folder=str(self.folder())))
        folder = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.AcceptRole)
        folder.clicked.connect(self.open_folder)

    def _say(self, message: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Personal debriefs"), message,
                          QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dialog = open_dialog(box)
        return box
