"""The console while the station covers the only screen: nothing of the session can be used
(nor a new PIN set) until the station is closed with the trainer PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from workshop_app.ui.widgets import text_label


class LockPage(QWidget):
    close_requested = Signal()  # the trainer wants the station closed: the console asks for the PIN

    def __init__(self) -> None:
        super().__init__()
        title = text_label(self.tr("The console is locked"), "pageTitle")
        self.message = text_label(self.tr("The station is open on this screen. To use the console, close the "
                                          "station with the trainer PIN."), "hint")
        self.close_button = QPushButton(self.tr("Close the station…"))
        self.close_button.setObjectName("primary")
        self.close_button.clicked.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (title, self.message):
            widget.setAlignment(Qt.AlignCenter)
            layout.addWidget(widget)
            layout.addSpacing(16)
        layout.addWidget(self.close_button, 0, Qt.AlignHCenter)
        layout.addStretch(2)
