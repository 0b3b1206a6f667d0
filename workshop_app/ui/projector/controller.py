"""The projector's state and the scene it shows, kept live from the session's signals.

One controller drives the projector window, the console's preview and the exports. It never
polls: LiveSession says when results changed (at most once a frame, and scores the session
once for every window), the controller rebuilds its scene and asks for one repaint.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEasingCurve, QObject, QSize, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QImage

from workshop_app.model.dates import format_date
from workshop_app.ui.live_session import LiveSession
from workshop_app.ui.phones.room import PhonesRoom
from workshop_app.ui.projector.scene import JoinInfo, Labels, Output, ProjectorState, Scene
from workshop_app.ui.projector.texts import VIEWS, View

ARRIVAL_MS = 700  # a new point settles in gently, without pulling every eye for long


class ProjectorController(QObject):
    scene_changed = Signal()  # repaint whatever shows the scene
    state_changed = Signal()  # the trainer's choices changed (the panel follows)
    output_size_changed = Signal()

    def __init__(self, live: LiveSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.live = live
        self._state = ProjectorState()
        self._scene: Scene | None = None
        self._logo: QImage | None = None
        self._arrivals: dict[int, float] = {}
        self._owners: dict[int, QVariantAnimation] = {}  # who animates each arriving point
        self._placed = self._placed_ids()
        self.output_size = QSize(1920, 1080)  # the projector's, once it is open
        live.results_changed.connect(self._on_results_changed)
        live.settings_changed.connect(self._read_logo)
        self.phones = PhonesRoom.of(live)
        self._joined = 0
        for signal in (self.phones.opened, self.phones.closed, self.phones.details_changed):
            signal.connect(self._invalidate)
        self.phones.devices_changed.connect(self._on_devices_changed)
        self._read_logo()

    # -- the trainer's choices ------------------------------------------------------------

    @property
    def state(self) -> ProjectorState:
        return self._state

    def set_view(self, view: View) -> None:
        self._update(view=View(view))

    def step_view(self, step: int) -> None:
        """The next (1) or previous (-1) view, wrapping around; from the Join view, the first or last."""
        view = self._state.view
        index = VIEWS.index(view) + step if view in VIEWS else (0 if step > 0 else -1)
        self.set_view(VIEWS[index % len(VIEWS)])

    def set_labels(self, labels: Labels) -> None:
        """Names need the trainer's confirmation: the console asks before calling this."""
        self._update(labels=labels)

    def set_arrows(self, shown: bool) -> None:
        self._update(arrows=shown)

    def set_zoom(self, zoomed: bool) -> None:
        """The map fitted to the group's extent (off by default)."""
        self._update(zoom=zoomed)

    def set_revealed(self, revealed: bool) -> None:
        """The reveal is the workshop's moment: every point collected so far arrives together."""
        if revealed and not self._state.revealed:
            self._placed = self._placed_ids()  # the results now, not at the last repaint
            if self._placed:
                self._animate_arrivals(self._placed)
        self._update(revealed=revealed)

    def set_output(self, output: Output) -> None:
        self._update(output=output)

    def toggle_output(self, output: Output) -> None:
        """`.` and `T` switch their card on, and off again back to the view."""
        self.set_output("show" if self._state.output == output else output)

    def set_output_size(self, size: QSize) -> None:
        if size != self.output_size and not size.isEmpty():
            self.output_size = QSize(size)
            self.output_size_changed.emit()

    def _update(self, **changes: object) -> None:
        state = replace(self._state, **changes)  # type: ignore[arg-type]
        if state == self._state:
            return
        self._state = state
        self._invalidate()
        self.state_changed.emit()

    # -- the scene ------------------------------------------------------------------------

    def scene(self, **overrides: object) -> Scene:
        """What the room sees now; `overrides` change the state (exports show the view itself)."""
        if overrides:
            return replace(self.scene(), state=replace(self._state, **overrides), arrivals={})  # type: ignore[arg-type]
        if self._scene is None or self._scene.results is not self.live.results():
            store = self.live.store
            settings = store.settings
            self._scene = Scene(
                state=self._state,
                results=self.live.results(),
                instrument=store.instrument,
                language=settings.language,
                form=settings.form,  # type: ignore[arg-type]
                title=settings.title,
                subtitle="  ·  ".join(part for part in (settings.client, settings.place,
                                                        format_date(settings.date, settings.language)) if part),
                logo=self._logo,
                arrivals=dict(self._arrivals),
                join=self._join_info(),
            )
        return self._scene

    def _join_info(self) -> JoinInfo | None:
        phones = self.phones
        if not phones.is_open or phones.url is None:
            return None
        self._joined = phones.joined_count()
        return JoinInfo(phones.url, phones.wifi_name, self._joined)

    def _on_devices_changed(self) -> None:
        """Repainted only when the count the room reads changes, not at every phone's answer."""
        if self.phones.is_open and self.phones.joined_count() != self._joined:
            self._invalidate()

    def _invalidate(self, *_: object) -> None:
        self._scene = None
        self.scene_changed.emit()

    def _placed_ids(self) -> set[int]:
        return {r.participant_id for r in self.live.results().participants if r.point is not None}

    def _on_results_changed(self) -> None:
        """Once for any number of changes: the points placed since then arrive, one repaint."""
        placed = self._placed_ids()
        if placed - self._placed and self._state.revealed:
            self._animate_arrivals(placed - self._placed)
        self._placed = placed
        self._invalidate()

    def _read_logo(self) -> None:
        """Decoded once per settings change; the repaint comes with `results_changed`."""
        logo = self.live.store.settings.logo
        self._logo = QImage.fromData(logo) if logo else None
        self._scene = None

    def _animate_arrivals(self, participant_ids: set[int]) -> None:
        animation = QVariantAnimation(self)
        animation.setStartValue(0.0)
        animation.setEndValue(1.0)
        animation.setDuration(ARRIVAL_MS)
        animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        # Bound methods, not closures over self: the animation never keeps its controller alive,
        # so a dropped controller is deleted once, with its animations.
        animation.valueChanged.connect(self._step_arrivals)
        animation.finished.connect(self._end_arrivals)
        for pid in participant_ids:
            self._arrivals[pid] = 0.0
            self._owners[pid] = animation
        animation.start()

    def _animated_by(self, animation: QObject) -> list[int]:
        """The arriving points this animation still moves (a newer arrival may have taken some)."""
        return [pid for pid, owner in self._owners.items() if owner is animation]

    def _step_arrivals(self, value: float) -> None:
        for pid in self._animated_by(self.sender()):
            self._arrivals[pid] = float(value)
        self._invalidate()

    def _end_arrivals(self) -> None:
        animation = self.sender()
        for pid in self._animated_by(animation):
            del self._owners[pid]
            del self._arrivals[pid]
        animation.deleteLater()
        self._invalidate()

    @property
    def arriving(self) -> frozenset[int]:
        return frozenset(self._arrivals)
