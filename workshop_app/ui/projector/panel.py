"""The projector's controls in the console, with a live preview of what the room sees.

Every control writes to the controller and follows it back (signals blocked while it does),
so the keys on the projector and the buttons here never disagree.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QMessageBox,
    QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from workshop_app.model.territories import ACCENT
from workshop_app.ui.projector.canvas import ProjectorCanvas
from workshop_app.ui.projector.controller import ProjectorController
from workshop_app.ui.projector.export import export_png, export_svg
from workshop_app.ui.projector.scene import LABELS, Output
from workshop_app.ui.projector.texts import View
from workshop_app.ui.projector.window import ROLE, ProjectorWindow
from workshop_app.ui.screens import ScreenPicker, identify_screens
from workshop_app.ui.widgets import open_dialog, text_label

OUTPUTS: tuple[Output, ...] = ("blank", "title", "show")
ACTIVE_OUTPUT_STYLE = (f"QPushButton#outputChoice:checked {{ background: {ACCENT}; border-color: {ACCENT}; "
                       "color: white; }")


def view_names() -> dict[View, str]:
    """The views as the console names them (in the console's language)."""
    return {
        View.MAP: QCoreApplication.translate("ProjectorPanel", "Balance map"),
        View.PROFILE: QCoreApplication.translate("ProjectorPanel", "Group profile"),
        View.MAJORS: QCoreApplication.translate("ProjectorPanel", "Majors"),
        View.TIME: QCoreApplication.translate("ProjectorPanel", "Time today and ideally"),
        View.TENSIONS: QCoreApplication.translate("ProjectorPanel", "Tensions"),
        View.PARTICIPATION: QCoreApplication.translate("ProjectorPanel", "Participation"),
        View.JOIN: QCoreApplication.translate("ProjectorPanel", "Join on phones"),
    }


class ProjectorPanel(QWidget):
    notice = Signal(str)  # one line for the console's status bar

    def __init__(self, controller: ProjectorController, console: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        """`console` is the window the trainer works in: the projector avoids its screen."""
        super().__init__(parent)
        self.controller = controller
        self.console = console
        self.projector: ProjectorWindow | None = None
        self._names_box: QMessageBox | None = None

        self.screen_box = ScreenPicker(ROLE, console=console or self)
        self.identify_button = QPushButton(self.tr("Identify screens"))
        self.identify_button.clicked.connect(lambda: identify_screens())
        self.open_button = QPushButton(self.tr("Open the projector"))
        self.open_button.clicked.connect(self.toggle_window)

        self.view_box = QComboBox()
        for view, name in view_names().items():
            self.view_box.addItem(name, view.value)
        self.view_box.currentIndexChanged.connect(
            lambda: controller.set_view(View(self.view_box.currentData())))

        self.label_buttons = QButtonGroup(self)
        label_row = QHBoxLayout()
        for mode, text in zip(LABELS, (self.tr("Anonymous"), self.tr("Initials"), self.tr("Names"))):
            button = QRadioButton(text)
            button.setProperty("mode", mode)
            self.label_buttons.addButton(button)
            label_row.addWidget(button)
        label_row.addStretch()
        self.label_buttons.buttonClicked.connect(self._label_clicked)

        self.arrows_box = QCheckBox(self.tr("Show the arrows towards the ideal"))
        self.arrows_box.toggled.connect(controller.set_arrows)
        self.zoom_box = QCheckBox(self.tr("Zoom on the group"))
        self.zoom_box.setToolTip(self.tr("Fits the map to the group’s points, about the centre; "
                                         "the projector shows the magnification and a scale."))
        self.zoom_box.toggled.connect(controller.set_zoom)
        self.reveal_button = QPushButton(self.tr("Reveal the results"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(controller.set_revealed)

        self.output_buttons = QButtonGroup(self)
        output_row = QHBoxLayout()
        for output, text in zip(OUTPUTS, (self.tr("Black  ( . )"), self.tr("Title card  ( T )"),
                                          self.tr("Show"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setObjectName("outputChoice")
            button.setProperty("output", output)
            self.output_buttons.addButton(button)
            output_row.addWidget(button)
        self.output_buttons.buttonClicked.connect(lambda b: controller.set_output(b.property("output")))

        self.preview = ProjectorCanvas(controller, preview=True)
        self.preview.setMinimumWidth(320)
        preview_note = text_label(self.tr("What the room sees"), wrap=False)

        export_row = QHBoxLayout()
        for kind in ("png", "svg"):
            button = QPushButton(self.tr("Export as {kind}…").format(kind=kind.upper()))
            button.clicked.connect(lambda _=False, k=kind: self.ask_export(k))
            export_row.addWidget(button)

        grid = QGridLayout()
        grid.setVerticalSpacing(10)
        rows = [
            (self.tr("Screen"), self._row(self.screen_box)),
            ("", self._row(self.identify_button, self.open_button)),
            (self.tr("View"), self._row(self.view_box)),
            (self.tr("Labels"), label_row),
            ("", self._row(self.arrows_box)),
            ("", self._row(self.zoom_box)),
            ("", self._row(self.reveal_button)),
            (self.tr("Output"), output_row),
        ]
        for index, (caption, row) in enumerate(rows):
            grid.addWidget(text_label(caption, wrap=False), index, 0)
            grid.addLayout(row, index, 1)
        self.screen_box.add_companions(grid.itemAtPosition(0, 0).widget(), self.identify_button)
        controls = QVBoxLayout()
        controls.addLayout(grid)
        controls.addStretch()
        room = QVBoxLayout()
        room.addWidget(preview_note)
        room.addWidget(self.preview, 1)
        room.addLayout(export_row)
        layout = QHBoxLayout(self)
        layout.setSpacing(24)
        layout.addLayout(controls)
        layout.addLayout(room, 1)

        # What the room sees stands out among Black / Title card / Show: filled with the accent
        # and in bold, so the trainer never has to guess (the console's buttons are all white).
        self.setStyleSheet(ACTIVE_OUTPUT_STYLE)
        controller.state_changed.connect(self.follow_state)
        self.screen_box.currentIndexChanged.connect(self._preview_screen)
        self.screen_box.screen_chosen.connect(self._screen_chosen)
        self.follow_state()
        self._preview_screen()

    @staticmethod
    def _row(*widgets: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget)
        row.addStretch()
        return row

    # -- screens and the window ---------------------------------------------------------------

    def _preview_screen(self) -> None:
        """Until the projector opens, the preview takes the shape of the screen picked for it."""
        screen = self.screen_box.selected_screen()
        if screen is not None and self.projector is None:
            self.controller.set_output_size(screen.size())

    def _screen_chosen(self, screen: QScreen) -> None:
        """Another screen picked while the projector shows: it goes there at once."""
        if self.projector is not None and self.projector.isVisible():
            self.projector.open_on(screen)

    def toggle_window(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.close_window()
        else:
            self.open_window(self.screen_box.selected_screen() or QGuiApplication.primaryScreen())

    def open_window(self, screen: QScreen) -> ProjectorWindow:
        if self.projector is None:
            self.projector = ProjectorWindow(self.controller, console=self.console or self.window())
            self.projector.screens_notice.connect(self.notice)
            self.projector.closed.connect(self._window_closed)
        self.projector.open_on(screen)
        self.open_button.setText(self.tr("Close the projector"))
        return self.projector

    def close_window(self) -> None:
        if self.projector is not None:
            self.projector.close_for_good()

    def _window_closed(self) -> None:
        if self.projector is not None:
            self.projector.deleteLater()
            self.projector = None
        self.open_button.setText(self.tr("Open the projector"))

    # -- following the controller -----------------------------------------------------------------

    def follow_state(self) -> None:
        state = self.controller.state
        widgets = [self.view_box, self.label_buttons, self.arrows_box, self.zoom_box, self.reveal_button,
                   self.output_buttons]
        for widget in widgets:
            widget.blockSignals(True)
        self.view_box.setCurrentIndex(self.view_box.findData(state.view.value))
        for button in self.label_buttons.buttons():
            button.setChecked(button.property("mode") == state.labels)
        self.arrows_box.setChecked(state.arrows)
        self.zoom_box.setChecked(state.zoom)
        self.reveal_button.setChecked(state.revealed)
        self.reveal_button.setText(self.tr("Hide the results") if state.revealed else self.tr("Reveal the results"))
        for button in self.output_buttons.buttons():
            active = button.property("output") == state.output
            button.setChecked(active)
            font = button.font()
            font.setBold(active)
            button.setFont(font)
        for widget in widgets:
            widget.blockSignals(False)

    def _label_clicked(self, button: QRadioButton) -> None:
        mode = button.property("mode")
        if mode == "names":
            self.follow_state()  # names only once the trainer confirms
            self.confirm_names()
        else:
            self.controller.set_labels(mode)

    def confirm_names(self) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Show names on the projector?"),
                          self.tr("Everyone in the room will see who is where on the map. "
                                  "Do this only if the group agreed to it."),
                          QMessageBox.StandardButton.Cancel, self)
        box.addButton(self.tr("Show the names"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setTextFormat(Qt.TextFormat.PlainText)
        # Bound methods, not closures over self, on the dialogs deleted once closed: a dialog
        # never holds the panel alive.
        box.finished.connect(self._names_answered)
        self._names_box = open_dialog(box)
        return box

    def _names_answered(self) -> None:
        box, self._names_box = self.sender(), None
        clicked = box.clickedButton()
        if clicked is not None and box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole:
            self.controller.set_labels("names")

    # -- exports ----------------------------------------------------------------------------------

    def ask_export(self, kind: str) -> QFileDialog:
        view = self.controller.state.view
        dialog = QFileDialog(self, self.tr("Export the view"), str(Path.home() / f"{view.value}.{kind}"),
                             self.tr("{kind} image (*.{ext})").format(kind=kind.upper(), ext=kind))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.fileSelected.connect(self._export_chosen)
        return open_dialog(dialog)

    def _export_chosen(self, path: str) -> None:
        self.export(path, self.sender().defaultSuffix())

    def export(self, path: str, kind: str) -> None:
        """The current view, revealed and shown, whatever the room sees right now."""
        scene = self.controller.scene(revealed=True, output="show")
        try:
            (export_svg if kind == "svg" else export_png)(path, scene)
        except OSError:
            self.notice.emit(self.tr("Could not write {path}.").format(path=path))
            return
        self.notice.emit(self.tr("View exported to {path}.").format(path=path))
