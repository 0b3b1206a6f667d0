"""The PIN dialog on the kiosk: a digit pad, no title bar, nothing cut off, a wait after wrong tries."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QWidget

from workshop_app.answering.pin_guard import PinGuard
from workshop_app.ui.pin_dialog import KEY, PinDialog
from workshop_app.ui.widgets import open_dialog


class Clock:
    now = 50.0

    def __call__(self) -> float:
        return self.now


def make(qtbot, guard=None, parent=None) -> PinDialog:
    dialog = PinDialog(lambda pin: pin == "2468", "Only the trainer can close the station.", parent, guard=guard)
    if parent is None:
        qtbot.addWidget(dialog)
    open_dialog(dialog)
    qtbot.waitExposed(dialog)
    return dialog


def tap(qtbot, dialog: PinDialog, digits: str) -> None:
    for digit in digits:
        qtbot.mouseClick(dialog.keys[digit], Qt.LeftButton)


def test_the_pin_is_typed_on_a_touch_sized_digit_pad(qtbot):
    dialog = make(qtbot)
    assert sorted(k for k in dialog.keys if k.isdigit()) == list("0123456789")
    assert all(key.height() >= KEY and key.width() >= KEY for key in dialog.keys.values())
    with qtbot.wait_signal(dialog.accepted):
        tap(qtbot, dialog, "2468")
        qtbot.mouseClick(dialog.unlock, Qt.LeftButton)


def test_no_title_bar_and_nothing_cut_off(qtbot):
    dialog = make(qtbot)
    assert dialog.windowFlags() & Qt.FramelessWindowHint
    inside = dialog.rect()
    for widget in (*dialog.keys.values(), dialog.cancel, dialog.pin, dialog.message):
        box = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
        assert inside.contains(box), widget


def test_centred_over_its_window(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(100, 100, 700, 700)
    window.show()
    qtbot.waitExposed(window)
    dialog = make(qtbot, parent=window)
    centre, expected = dialog.frameGeometry().center(), window.frameGeometry().center()
    assert abs(centre.x() - expected.x()) <= 1 and abs(centre.y() - expected.y()) <= 1
    dialog.reject()


def test_after_five_wrong_tries_the_wait_is_shown_and_the_right_pin_works_after_it(qtbot):
    clock = Clock()
    dialog = make(qtbot, guard=PinGuard(clock))
    for _ in range(5):
        tap(qtbot, dialog, "1111")
        qtbot.keyClick(dialog.pin, Qt.Key_Return)
    assert dialog.error.text() == "Too many wrong PINs. Try again in 30 s."
    assert not dialog.pin.isEnabled() and not dialog.keys["2"].isEnabled()
    clock.now += 12
    dialog.countdown.timeout.emit()  # the countdown's tick
    assert dialog.error.text() == "Too many wrong PINs. Try again in 18 s."
    clock.now += 18
    dialog.countdown.timeout.emit()
    assert dialog.pin.isEnabled() and dialog.error.text() == ""
    with qtbot.wait_signal(dialog.accepted):
        tap(qtbot, dialog, "2468")
        qtbot.keyClick(dialog.pin, Qt.Key_Return)
