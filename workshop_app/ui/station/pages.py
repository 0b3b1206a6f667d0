"""The station's screens. They show what they are given and emit what the participant does;
the station window decides what comes next and writes through the live session.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QProgressBar, QPushButton, QScrollArea,
    QVBoxLayout, QWidget,
)

from workshop_app.ui.station.widgets import TOUCH, big_button, check_only, digit
from workshop_app.ui.translation import StationText
from workshop_app.ui.widgets import restyle, text_label

CONFIRM_KEYS = (Qt.Key_Return, Qt.Key_Enter)
SEARCH_THRESHOLD = 20  # more names than this: a search field above the tiles
LOGO_HEIGHT = 96
ALLOCATION_STEP = 5


def _escape_mnemonic(text: str) -> str:
    """A button's text is plain, except that '&' marks a shortcut: double it."""
    return text.replace("&", "&&")


class Page(QWidget):
    """A screen of the station; `handle_key` gets the keys no child widget used."""

    def __init__(self, text: StationText) -> None:
        super().__init__()
        self.text = text
        self.setFocusPolicy(Qt.StrongFocus)

    def handle_key(self, event: QKeyEvent) -> bool:
        return False

    def focus_first(self) -> None:
        self.setFocus()


class WelcomePage(Page):
    start = Signal()

    def __init__(self, text: StationText) -> None:
        super().__init__(text)
        self.logo = QLabel()
        self.logo.setAlignment(Qt.AlignCenter)
        self.eyebrow = text_label("", "eyebrow")
        self.title = text_label("", "welcomeTitle")
        self.details = text_label("", "muted")
        for label in (self.eyebrow, self.title, self.details):
            label.setAlignment(Qt.AlignCenter)
        self.start_button = big_button(self.text.translate("Station", "Start"), "primary")
        self.start_button.setMinimumWidth(320)
        self.start_button.clicked.connect(self.start)
        hint = text_label(self.text.translate("Station", "Touch Start or press Enter"), "hint")
        hint.setAlignment(Qt.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addStretch(3)
        layout.addWidget(self.logo)
        layout.addSpacing(32)
        layout.addWidget(self.eyebrow)
        layout.addSpacing(12)
        layout.addWidget(self.title)
        layout.addSpacing(16)
        layout.addWidget(self.details)
        layout.addSpacing(56)
        layout.addWidget(self.start_button, 0, Qt.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(hint)
        layout.addStretch(4)

    def set_session(self, eyebrow: str, title: str, details: str, logo: bytes | None) -> None:
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            self.logo.setPixmap(pixmap.scaled(480, LOGO_HEIGHT, Qt.KeepAspectRatio, Qt.SmoothTransformation))
        else:
            self.logo.clear()
        self.logo.setVisible(not pixmap.isNull())
        self.eyebrow.setText(eyebrow)
        self.title.setText(title)
        self.details.setText(details)
        self.details.setVisible(bool(details))

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() in (*CONFIRM_KEYS, Qt.Key_Space):
            self.start.emit()
            return True
        return False


@dataclass(frozen=True)
class NameTile:
    participant_id: int
    name: str
    state: str  # "open", "finished", "busy" (being answered elsewhere)


class NamesPage(Page):
    """Large name tiles; a finished participant's tile says so (the window asks for the PIN)."""

    picked = Signal(int)
    walk_in = Signal()
    back = Signal()

    COLUMNS = 4

    def __init__(self, text: StationText) -> None:
        super().__init__(text)
        title = text_label(self.text.translate("Station", "Who are you?"), "pageTitle")
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.text.translate("Station", "Type the first letters of your name"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(TOUCH)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._pick_single_match)

        self.grid_host = QWidget()
        self.grid_host.setObjectName("tiles")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(16)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setAlignment(Qt.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(self.grid_host)

        self.walk_in_button = big_button(self.text.translate("Station", "I’m not on the list"), "link")
        self.walk_in_button.clicked.connect(self.walk_in)
        back = big_button(self.text.translate("Station", "Back"), "secondary")
        back.clicked.connect(self.back)
        footer = QHBoxLayout()
        footer.addWidget(back)
        footer.addStretch(1)
        footer.addWidget(self.walk_in_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(self.search)
        layout.addSpacing(8)
        layout.addWidget(scroll, 1)
        layout.addSpacing(16)
        layout.addLayout(footer)
        self.tiles: list[QPushButton] = []

    def set_names(self, names: list[NameTile], allow_walk_ins: bool) -> None:
        for tile in self.tiles:
            tile.deleteLater()
        self.tiles = []
        for index, entry in enumerate(names):
            label = entry.name
            if entry.state == "finished":
                label = "{name}\n{done}".format(name=entry.name, done=self.text.translate("Station", "Done ✓"))
            elif entry.state == "busy":
                label = "{name}\n{busy}".format(name=entry.name, busy=self.text.translate("Station", "Answering elsewhere"))
            tile = QPushButton(_escape_mnemonic(label))
            tile.setObjectName("nameTile" if entry.state == "open" else "finishedTile")
            tile.setEnabled(entry.state != "busy")
            tile.setProperty("participant_id", entry.participant_id)
            tile.setProperty("name", entry.name)
            tile.setMinimumHeight(96)
            tile.setCursor(Qt.PointingHandCursor)
            tile.setAutoDefault(True)  # Enter picks the focused tile
            tile.clicked.connect(lambda _=False, pid=entry.participant_id: self.picked.emit(pid))
            self.grid.addWidget(tile, index // self.COLUMNS, index % self.COLUMNS)
            self.tiles.append(tile)
        self.search.clear()
        self._filter("")
        self.search.setVisible(len(names) > SEARCH_THRESHOLD)
        self.walk_in_button.setVisible(allow_walk_ins)

    def visible_tiles(self) -> list[QPushButton]:
        return [t for t in self.tiles if not t.isHidden()]

    def _filter(self, query: str) -> None:
        query = query.strip().casefold()
        visible = [t for t in self.tiles if query in t.property("name").casefold()]
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.setVisible(tile in visible)
        for index, tile in enumerate(visible):
            self.grid.addWidget(tile, index // self.COLUMNS, index % self.COLUMNS)

    def _pick_single_match(self) -> None:
        visible = self.visible_tiles()
        if len(visible) == 1:
            visible[0].click()

    def focus_first(self) -> None:
        """The search field when there is one, else the first name still to answer."""
        open_tiles = [t for t in self.tiles if t.objectName() == "nameTile"] or self.tiles
        if self.search.isVisibleTo(self):
            self.search.setFocus()
        elif open_tiles:
            open_tiles[0].setFocus()
        else:
            self.setFocus()

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key_Right, Qt.Key_Down):
            return self.focusNextChild()
        if event.key() in (Qt.Key_Left, Qt.Key_Up):
            return self.focusPreviousChild()
        return False


class WalkInPage(Page):
    entered = Signal(str)
    back = Signal()

    def __init__(self, text: StationText) -> None:
        super().__init__(text)
        title = text_label(self.text.translate("Station", "Welcome! What is your name?"), "pageTitle")
        hint = text_label(self.text.translate("Station", "First name and last name, as your colleagues know you."), "muted")
        self.name = QLineEdit()
        self.name.setObjectName("search")
        self.name.setMinimumHeight(TOUCH)
        self.name.setMaxLength(120)
        self.name.textChanged.connect(self._edited)
        self.error = text_label("", "pinError")
        back = big_button(self.text.translate("Station", "Back"), "secondary")
        back.clicked.connect(self.back)
        self.next_button = big_button(self.text.translate("Station", "Continue"), "primary")
        self.next_button.setEnabled(False)
        self.next_button.clicked.connect(self._confirm)
        footer = QHBoxLayout()
        footer.addWidget(back)
        footer.addStretch(1)
        footer.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(24)
        layout.addWidget(self.name)
        layout.addSpacing(12)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(footer)

    def _edited(self, value: str) -> None:
        self.next_button.setEnabled(bool(value.strip()))
        self.error.clear()

    def refuse(self) -> None:
        """The name could not be added (already on the list, odd characters): say so, keep it typed."""
        self.error.setText(self.text.translate(
            "Station", "This name cannot be added: it may already be on the list. Go back to pick it, "
                       "or make it more precise (with your team, for instance)."))

    def reset(self) -> None:
        self.name.clear()
        self.error.clear()

    def focus_first(self) -> None:
        self.name.setFocus()

    def _confirm(self) -> None:
        if self.name.text().strip():
            self.entered.emit(self.name.text().strip())

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() in CONFIRM_KEYS:
            self._confirm()
            return True
        return False


class ConfirmPage(Page):
    """"Vous êtes … ?" in large plain text, before anything of theirs is shown or recorded."""

    yes = Signal()
    no = Signal()

    def __init__(self, text: StationText) -> None:
        super().__init__(text)
        self.question = text_label("", "welcomeTitle")
        self.question.setAlignment(Qt.AlignCenter)
        self.yes_button = big_button(self.text.translate("Station", "Yes, it’s me"), "primary")
        self.yes_button.setMinimumWidth(320)
        self.yes_button.clicked.connect(self.yes)
        no = big_button(self.text.translate("Station", "No, back to the list"), "secondary")
        no.setMinimumWidth(320)
        no.clicked.connect(self.no)
        buttons = QHBoxLayout()
        buttons.setSpacing(32)
        buttons.addStretch(1)
        buttons.addWidget(no)
        buttons.addWidget(self.yes_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.question)
        layout.addSpacing(56)
        layout.addLayout(buttons)
        layout.addStretch(3)

    def set_name(self, name: str) -> None:
        self.question.setText(self.text.translate("Station", "Are you {name}?").format(name=name))

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() in CONFIRM_KEYS:
            self.yes.emit()
            return True
        return False


class NotSavedPage(Page):
    """A write failed: the participant is told to call the trainer (the console says why).
    Once the session's file is gone, the page stays: nothing more can be recorded here."""

    done = Signal()

    def __init__(self, text: StationText) -> None:
        super().__init__(text)
        self.message = text_label("", "welcomeTitle")
        self.message.setAlignment(Qt.AlignCenter)
        self.ok = big_button(self.text.translate("Station", "Back to the start"), "secondary")
        self.ok.setMinimumWidth(320)
        self.ok.clicked.connect(self.done)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.message)
        layout.addSpacing(56)
        layout.addWidget(self.ok, 0, Qt.AlignHCenter)
        layout.addStretch(3)
        self.set_stopped(False)

    def set_stopped(self, stopped: bool) -> None:
        """`stopped`: the session's file is gone, the station records nothing more."""
        self.message.setText(self.text.translate(
            "Station", "The session’s file is no longer there: nothing more can be recorded at this station. "
                       "Please call the trainer.") if stopped else self.text.translate(
            "Station", "Your answer could not be saved — please call the trainer."))
        self.ok.setVisible(not stopped)


class StepPage(Page):
    """A step of the questionnaire: a header with the part and the progress, back and next."""

    back = Signal()
    next = Signal()

    def __init__(self, text: StationText) -> None:
        super().__init__(text)
        self.part = text_label("", "part")
        self.counter = text_label("", "counter")
        self.counter.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.part, 1)
        header.addWidget(self.counter)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)

        self.back_button = big_button(self.text.translate("Station", "Back"), "secondary")
        self.back_button.setMinimumWidth(200)
        self.back_button.clicked.connect(self.back)
        self.next_button = big_button(self.text.translate("Station", "Next"), "primary")
        self.next_button.setMinimumWidth(240)
        self.next_button.clicked.connect(self._next_if_ready)
        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addStretch(1)
        footer.addWidget(self.next_button)

        self.body = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addSpacing(12)
        layout.addWidget(self.progress)
        layout.addSpacing(40)
        layout.addLayout(self.body, 1)
        layout.addSpacing(24)
        layout.addLayout(footer)

    def set_progress(self, part: str, counter: str, done: int, total: int) -> None:
        self.part.setText(part)
        self.counter.setText(counter)
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def ready(self) -> bool:
        return True

    def refresh_next(self) -> None:
        self.next_button.setEnabled(self.ready())

    def _next_if_ready(self) -> None:
        if self.ready():
            self.next.emit()

    def handle_key(self, event: QKeyEvent) -> bool:
        if event.key() == Qt.Key_Left:
            self.back.emit()
        elif event.key() in (Qt.Key_Right, *CONFIRM_KEYS):
            self._next_if_ready()
        else:
            return False
        return True


class StatementPage(StepPage):
    """One practice statement and the frequency scale as five large buttons."""

    answered = Signal(int)

    def __init__(self, text: StationText, scale: list[tuple[int, str]]) -> None:
        super().__init__(text)
        self.statement = text_label("", "statement")
        self.statement.setAlignment(Qt.AlignCenter)
        self.statement.setMinimumHeight(200)
        self.statement.setMaximumWidth(1100)  # lines short enough to read at a glance
        self.group = QButtonGroup(self)
        answers = QHBoxLayout()
        answers.setSpacing(16)
        self.values = [value for value, _ in scale]
        for value, label in scale:
            button = big_button("{value}\n{label}".format(value=value, label=_escape_mnemonic(label)), "answer")
            button.setCheckable(True)
            button.setMinimumHeight(120)
            self.group.addButton(button, value)
            answers.addWidget(button, 1)
        self.group.idClicked.connect(self.answered)
        self.body.addStretch(2)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(self.statement, 10)
        centred.addStretch(1)
        self.body.addLayout(centred)
        self.body.addStretch(1)
        self.body.addLayout(answers)
        self.body.addStretch(2)

    def mark(self, value: int) -> None:
        """The answer just recorded, shown checked until the next statement replaces it."""
        check_only(self.group, value)

    def set_statement(self, statement: str, value: int | None) -> None:
        self.statement.setText(statement)
        check_only(self.group, value)
        self.refresh_next()

    def ready(self) -> bool:
        return self.group.checkedId() in self.values

    def handle_key(self, event: QKeyEvent) -> bool:
        value = digit(event.key())
        if value in self.values:
            self.answered.emit(value)
            return True
        return super().handle_key(event)


class PointsField(QLineEdit):
    """Points typed directly (0-100); ↑/↓ add or take away a step."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setValidator(QIntValidator(0, 100, self))
        self.textChanged.connect(self.changed)

    def value(self) -> int:
        return int(self.text()) if self.text() else 0

    def setValue(self, value: int) -> None:
        self.setText(str(max(0, min(100, value))))

    def stepBy(self, steps: int) -> None:
        self.setValue(self.value() + steps * ALLOCATION_STEP)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Up, Qt.Key_Down):
            self.stepBy(1 if event.key() == Qt.Key_Up else -1)
            self.selectAll()
        else:
            super().keyPressEvent(event)


class AllocationRow(QWidget):
    """One territory: its colour, its name, − points +, the points typed directly in between."""

    changed = Signal()

    def __init__(self, name: str, colour: str) -> None:
        super().__init__()
        self.setObjectName("allocationRow")
        self.setAttribute(Qt.WA_StyledBackground)
        swatch = QFrame()
        swatch.setFixedSize(14, 56)
        swatch.setStyleSheet("background: {colour}; border-radius: 7px;".format(colour=colour))
        self.name = text_label(name, "territory")
        self.minus = big_button("−", "stepper")
        self.plus = big_button("+", "stepper")
        for button in (self.minus, self.plus):
            button.setFixedSize(TOUCH, TOUCH)
            button.setAutoRepeat(True)
        self.points = PointsField()
        self.points.setObjectName("points")
        self.points.setAlignment(Qt.AlignCenter)
        self.points.setFixedSize(128, TOUCH)
        self.points.setAccessibleName(name)
        self.points.changed.connect(self.changed)
        self.minus.clicked.connect(lambda: self.points.stepBy(-1))
        self.plus.clicked.connect(lambda: self.points.stepBy(1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 8)
        layout.setSpacing(16)
        layout.addWidget(swatch)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.minus)
        layout.addWidget(self.points)
        layout.addWidget(self.plus)


class AllocationPage(StepPage):
    """100 points across the four territories; Next only when they add up to 100."""

    same_as_today = Signal()

    def __init__(self, text: StationText, territories: list[tuple[str, str, str]]) -> None:
        super().__init__(text)
        self.names = {code: name for code, name, _ in territories}
        self.prompt = text_label("", "prompt")
        self.reference = text_label("", "muted")
        self.same_button = big_button(self.text.translate("Station", "Same as today"), "secondary")
        self.same_button.clicked.connect(self.same_as_today)
        self.touched = True  # False while a proposed split waits for the participant's own touch
        self.rows: dict[str, AllocationRow] = {}
        rows = QVBoxLayout()
        rows.setSpacing(12)
        for code, name, colour in territories:
            row = AllocationRow(name, colour)
            row.changed.connect(self._touch)
            self.rows[code] = row
            rows.addWidget(row)
        self.remaining_value = text_label("", "remainingValue")
        self.remaining_caption = text_label("", "remainingCaption")
        for label in (self.remaining_value, self.remaining_caption):
            label.setAlignment(Qt.AlignCenter)
        gauge = QFrame()
        gauge.setObjectName("remaining")
        gauge.setFixedWidth(260)
        gauge_layout = QVBoxLayout(gauge)
        gauge_layout.addStretch(1)
        gauge_layout.addWidget(self.remaining_value)
        gauge_layout.addWidget(self.remaining_caption)
        gauge_layout.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(32)
        columns.addLayout(rows, 1)
        columns.addWidget(gauge)
        reference = QHBoxLayout()
        reference.addWidget(self.reference, 1)
        reference.addWidget(self.same_button)
        self.body.addWidget(self.prompt)
        self.body.addSpacing(12)
        self.body.addLayout(reference)
        self.body.addSpacing(12)
        self.body.addLayout(columns)
        self.body.addStretch(1)

    def set_points(self, prompt: str, points: dict[str, int], reference: dict[str, int] | None = None) -> None:
        """`reference`: today's split, proposed as the start of the ideal one; Next then waits
        for a touch or "Same as today", so one Enter never records "no change"."""
        self.prompt.setText(prompt)
        self.touched = reference is None
        shown = reference is not None
        self.reference.setVisible(shown)
        self.same_button.setVisible(shown)
        if reference is not None:
            parts = " · ".join("{name} {points}".format(name=self.names[c], points=reference.get(c, 0))
                               for c in self.rows)
            self.reference.setText(self.text.translate("Station", "Today: {split}").format(split=parts))
            points = dict(reference)
        for code, row in self.rows.items():
            row.points.blockSignals(True)
            row.points.setValue(points.get(code, 0))
            row.points.blockSignals(False)
        self._update_total()

    def points(self) -> dict[str, int]:
        return {code: row.points.value() for code, row in self.rows.items()}

    def total(self) -> int:
        return sum(self.points().values())

    def ready(self) -> bool:
        return self.touched and self.total() == 100

    def _touch(self) -> None:
        self.touched = True
        self._update_total()

    def _update_total(self) -> None:
        remaining = 100 - self.total()
        if remaining > 0:
            self.remaining_value.setText(str(remaining))
            self.remaining_caption.setText(self.text.translate("Station", "points left to share"))
            state = "open"
        elif remaining == 0:
            self.remaining_value.setText("100 ✓")
            self.remaining_caption.setText(self.text.translate("Station", "all points shared"))
            state = "done"
        else:
            self.remaining_value.setText(str(-remaining))
            self.remaining_caption.setText(self.text.translate("Station", "points too many: take some back"))
            state = "over"
        self.remaining_value.setProperty("state", state)
        restyle(self.remaining_value)
        self.refresh_next()

    def focus_first(self) -> None:
        first = next(iter(self.rows.values())).points
        first.setFocus()
        first.selectAll()


class TensionScale(QWidget):
    """A bipolar scale: the left pole, seven round steps, the right pole."""

    chosen = Signal(int)

    def __init__(self, left: str, right: str, steps: int) -> None:
        super().__init__()
        self.setObjectName("tension")
        self.setAttribute(Qt.WA_StyledBackground)
        self.left = text_label(left, "pole")
        self.left.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.right = text_label(right, "pole")
        self.group = QButtonGroup(self)
        dots = QHBoxLayout()
        dots.setSpacing(12)
        for value in range(1, steps + 1):
            button = big_button("", "step")
            button.setCheckable(True)
            button.setFixedSize(TOUCH, TOUCH)
            button.setAccessibleName(str(value))
            self.group.addButton(button, value)
            dots.addWidget(button)
        self.group.idClicked.connect(self.chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(24)
        layout.addWidget(self.left, 1)
        layout.addLayout(dots)
        layout.addWidget(self.right, 1)

    def value(self) -> int | None:
        return self.group.checkedId() if self.group.checkedId() > 0 else None

    def set_value(self, value: int | None) -> None:
        check_only(self.group, value)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        restyle(self)


class TensionsPage(StepPage):
    """The three tensions; digits set the highlighted scale, then the next one is highlighted."""

    chosen = Signal(str, int)

    def __init__(self, text: StationText, tensions: list[tuple[str, str, str]], steps: int) -> None:
        super().__init__(text)
        self.steps = steps
        prompt = text_label(self.text.translate("Station", "Between these two poles, where does your attention go?"), "prompt")
        self.scales: dict[str, TensionScale] = {}
        self.body.addWidget(prompt)
        self.body.addSpacing(24)
        for tension_id, left, right in tensions:
            scale = TensionScale(left, right, steps)
            scale.chosen.connect(lambda value, tid=tension_id: self._chosen(tid, value))
            self.scales[tension_id] = scale
            self.body.addWidget(scale)
            self.body.addSpacing(20)
        self.body.addStretch(1)
        self.current = 0

    def set_values(self, values: dict[str, int]) -> None:
        for tension_id, scale in self.scales.items():
            scale.set_value(values.get(tension_id))
        unanswered = [i for i, s in enumerate(self.scales.values()) if s.value() is None]
        self._highlight(unanswered[0] if unanswered else 0)
        self.refresh_next()

    def values(self) -> dict[str, int | None]:
        return {tid: scale.value() for tid, scale in self.scales.items()}

    def ready(self) -> bool:
        return all(v is not None for v in self.values().values())

    def _chosen(self, tension_id: str, value: int) -> None:
        self.chosen.emit(tension_id, value)
        index = list(self.scales).index(tension_id)
        self._highlight(min(index + 1, len(self.scales) - 1))
        self.refresh_next()

    def _highlight(self, index: int) -> None:
        self.current = index
        for i, scale in enumerate(self.scales.values()):
            scale.set_current(i == index)

    def handle_key(self, event: QKeyEvent) -> bool:
        value = digit(event.key())
        if value is not None and 1 <= value <= self.steps:
            scale = list(self.scales.values())[self.current]
            scale.group.button(value).click()
            return True
        if event.key() in (Qt.Key_Up, Qt.Key_Down):
            step = 1 if event.key() == Qt.Key_Down else -1
            self._highlight(max(0, min(len(self.scales) - 1, self.current + step)))
            return True
        return super().handle_key(event)


class CommitmentsPage(StepPage):
    """Optional: the territory to work on and up to three actions, in the participant's words."""

    def __init__(self, text: StationText, territories: list[tuple[str, str, str]],
                 territory_prompt: str, actions_prompt: str, max_actions: int) -> None:
        super().__init__(text)
        self.next_button.setText(self.text.translate("Station", "Finish"))
        hint = text_label(self.text.translate(
            "Station", "Optional. After the group discussion, the trainer can reopen this page for you."), "muted")
        self.group = QButtonGroup(self)
        self.codes: list[str] = []
        choices = QHBoxLayout()
        choices.setSpacing(12)
        for index, (code, name, colour) in enumerate(territories):
            button = big_button(_escape_mnemonic(name), "territoryChoice")
            button.setCheckable(True)
            button.setStyleSheet(
                "QPushButton#territoryChoice {{ border-color: {c}; }}"
                "QPushButton#territoryChoice:checked {{ background: {c}; color: white; }}"
                .format(c=colour))
            self.group.addButton(button, index)
            self.codes.append(code)
            choices.addWidget(button, 1)
        self.group.idClicked.connect(self._toggle)
        self.action_fields: list[QLineEdit] = []  # not `actions`: that is QWidget.actions()
        for number in range(1, max_actions + 1):
            field = QLineEdit()
            field.setObjectName("action")
            field.setMinimumHeight(TOUCH)
            field.setMaxLength(200)
            field.setPlaceholderText(self.text.translate("Station", "Action {number}").format(number=number))
            self.action_fields.append(field)
        self.body.addWidget(hint)
        self.body.addSpacing(36)
        self.body.addWidget(text_label(territory_prompt, "question"))
        self.body.addSpacing(12)
        self.body.addLayout(choices)
        self.body.addSpacing(40)
        self.body.addWidget(text_label(actions_prompt, "question"))
        self.body.addSpacing(12)
        for field in self.action_fields:
            self.body.addWidget(field)
            self.body.addSpacing(10)
        self.body.addStretch(1)
        self.ask = QFrame()
        self.ask.setObjectName("remaining")
        ask_layout = QHBoxLayout(self.ask)
        ask_layout.addWidget(text_label(self.text.translate("Station", "Finish?"), "question"), 1)
        not_yet = big_button(self.text.translate("Station", "Not yet"), "secondary")
        not_yet.clicked.connect(self.cancel_finish)
        self.finish_button = big_button(self.text.translate("Station", "Yes, finish"), "primary")
        self.finish_button.clicked.connect(self.next)
        ask_layout.addWidget(not_yet)
        ask_layout.addWidget(self.finish_button)
        self.body.addWidget(self.ask)
        self.ask.hide()
        self._last = -1

    asking = Signal()  # "Finish?" appeared: the window lets it settle

    def _next_if_ready(self) -> None:
        """The first Finish asks "Finish?"; only the answer to it finishes."""
        if self.ask.isHidden():
            self.ask.show()
            self.next_button.hide()
            self.asking.emit()
        else:
            self.next.emit()

    def cancel_finish(self) -> None:
        self.ask.hide()
        self.next_button.show()

    def _toggle(self, index: int) -> None:
        """A second touch on the chosen territory clears the choice."""
        if index == self._last:
            check_only(self.group, None)
            self._last = -1
        else:
            self._last = index

    def set_commitments(self, territory: str | None, actions: tuple[str, ...]) -> None:
        self.cancel_finish()
        self._last = self.codes.index(territory) if territory in self.codes else -1
        check_only(self.group, self._last)
        for index, field in enumerate(self.action_fields):
            field.setText(actions[index] if index < len(actions) else "")

    def commitments(self) -> tuple[str | None, list[str]]:
        checked = self.group.checkedId()
        territory = self.codes[checked] if checked >= 0 else None
        return territory, [field.text().strip() for field in self.action_fields]

    def handle_key(self, event: QKeyEvent) -> bool:
        """Digits pick a territory as a touch does (the action fields keep the digits typed in them);
        Enter in an action field goes to the next one, never finishes."""
        focused = self.focusWidget()
        if event.key() in CONFIRM_KEYS and self.ask.isVisible():  # "Finish?" asked: Enter says yes
            self.next.emit()
            return True
        if focused in self.action_fields and event.key() in CONFIRM_KEYS:
            index = self.action_fields.index(focused)
            if index + 1 < len(self.action_fields):
                self.action_fields[index + 1].setFocus()
            else:
                self.setFocus()
            return True
        if isinstance(focused, QLineEdit) and event.key() in (Qt.Key_Left, Qt.Key_Right):
            return True
        value = digit(event.key())
        if value is not None and 1 <= value <= len(self.codes):
            self.group.button(value - 1).click()
            return True
        return super().handle_key(event)


class ThanksPage(Page):
    def __init__(self, text: StationText) -> None:
        super().__init__(text)
        self.title = text_label("", "welcomeTitle")
        self.title.setAlignment(Qt.AlignCenter)
        message = text_label(self.text.translate("Station", "Your answers are saved. The next person can start."), "muted")
        message.setAlignment(Qt.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addSpacing(24)
        layout.addWidget(message)
        layout.addStretch(1)

    def set_name(self, name: str) -> None:
        self.title.setText(self.text.translate("Station", "Thank you, {name}!").format(name=name))
