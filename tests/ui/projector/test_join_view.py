"""The projector's Join view and its banner: the code read back from the picture as a phone's
camera reads it, large enough for the back of the room; the address, the Wi-Fi, the count."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QRectF, QSize

from tests.qr_reader import needs_zbar, read_qr_codes
from workshop_app.ui.phones.room import PhonesRoom
from workshop_app.ui.projector.controller import ProjectorController
from workshop_app.ui.projector.scene import JoinInfo
from workshop_app.ui.projector.texts import VIEWS, View

from .conftest import record, scene_of, texts

URL = "http://192.168.1.23:8642/j/Zq3-vT8xLm0pQ2rS/"
JOIN = JoinInfo(URL, "Salle Bleue", 7)
SIZES = [QSize(1920, 1080), QSize(1024, 768)]


def dark_box(image, area: QRectF) -> QRectF:
    """The bounding box of the near-black pixels inside `area`."""
    xs, ys = [], []
    for y in range(int(area.top()), int(area.bottom()), 2):
        for x in range(int(area.left()), int(area.right()), 2):
            if image.pixelColor(x, y).lightness() < 60:
                xs.append(x)
                ys.append(y)
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def test_the_join_view_says_how_to_join_and_how_many_joined(two_people):
    _, drawn = record(dataclasses.replace(scene_of(two_people, view=View.JOIN), join=JOIN))
    assert texts(drawn) == ["Answer on your phone", "Join the Wi-Fi “Salle Bleue”", "Scan the code with the camera",
                            "or type the address", "http://192.168.1.23:8642", "/j/Zq3-vT8xLm0pQ2rS", "7",
                            "phones joined"]
    for address in (d for d in drawn if d.text.startswith(("http://", "/j/"))):
        assert address.pixel_size >= 0.04 * 1080  # large type, read from the back


def test_the_join_view_in_french(two_people):
    one = dataclasses.replace(JOIN, joined=1)
    _, drawn = record(dataclasses.replace(scene_of(two_people, view=View.JOIN, language="fr"), join=one))
    assert texts(drawn)[:2] == ["Répondez sur votre téléphone", "Rejoignez le Wi-Fi «\u202fSalle Bleue\u202f»"]
    assert texts(drawn)[-2:] == ["1", "téléphone connecté"]


def test_with_the_phones_closed_the_join_view_says_so(two_people):
    _, drawn = record(scene_of(two_people, view=View.JOIN))
    assert texts(drawn) == ["Answer on your phone", "Phones are not open", "The trainer opens them from the console"]


@needs_zbar
@pytest.mark.parametrize("size", SIZES, ids=["1920x1080", "1024x768"])
def test_the_code_reads_back_and_fills_most_of_the_height(two_people, size, tmp_path):
    image, drawn = record(dataclasses.replace(scene_of(two_people, view=View.JOIN), join=JOIN), size)
    image.save(str(tmp_path / "join.png"))
    assert read_qr_codes(tmp_path / "join.png") == [URL]
    words_left = min(d.bounds.left() for d in drawn)  # the code is all that lies left of the words
    code = dark_box(image, QRectF(0, 0, words_left - 1, size.height()))
    # A code is read from about ten times its width: 60 % of a 2 m tall screen is read from 12 m.
    assert code.height() >= 0.6 * size.height()
    assert abs(code.width() - code.height()) <= 2


@pytest.mark.parametrize("size", SIZES, ids=["1920x1080", "1024x768"])
def test_the_join_view_fits_the_window_and_its_smallest_text_is_two_percent(two_people, size):
    long_wifi = dataclasses.replace(JOIN, wifi_name="Hôtel Mercure – Salle de conférence Rhône-Alpes")
    _, drawn = record(dataclasses.replace(scene_of(two_people, view=View.JOIN), join=long_wifi), size, vector=True)
    window = QRectF(0, 0, size.width(), size.height())
    for d in drawn:
        assert window.contains(d.bounds), d.text
    assert min(d.pixel_size for d in drawn) >= 0.02 * size.height()


@pytest.mark.parametrize("view", VIEWS)
def test_while_phones_are_open_every_other_view_carries_the_join_banner(two_people, view):
    size = QSize(1920, 1080)
    _, drawn = record(dataclasses.replace(scene_of(two_people, view=view, revealed=True), join=JOIN), size)
    banner = [d for d in drawn if d.text == "Answer on your phone: http://192.168.1.23:8642/j/Zq3-vT8xLm0pQ2rS"]
    assert len(banner) == 1
    # In the bottom margin, clear of everything else drawn.
    assert banner[0].bounds.bottom() <= size.height() and banner[0].bounds.top() >= size.height() * 0.95
    for other in drawn:
        if other is not banner[0]:
            assert not other.bounds.intersects(banner[0].bounds), other.text
    _, closed = record(scene_of(two_people, view=view, revealed=True), size)
    assert not [d for d in closed if d.text.startswith("Answer on your phone")]


def test_no_banner_on_the_black_screen_or_the_title_card(two_people):
    for output in ("blank", "title"):
        _, drawn = record(dataclasses.replace(scene_of(two_people, output=output), join=JOIN))
        assert not [d for d in drawn if d.text.startswith("Answer on your phone")]


def test_the_controller_follows_the_phones_opening_joining_and_closing(live, qtbot):
    controller = ProjectorController(live)
    room = PhonesRoom.of(live)
    assert controller.scene().join is None
    room.set_wifi_name("Salle Bleue")
    url = room.open("127.0.0.1", 0)
    try:
        assert controller.scene().join == JoinInfo(url, "Salle Bleue", 0)
        device = room.gate.handle("start", None, {}).body["device"]
        assert room.gate.handle("claim", device, {"participant": live.store.participants()[0].id}).status == 200
        assert controller.scene().join.joined == 1
    finally:
        room.close()
    assert controller.scene().join is None


def test_the_arrows_leave_the_join_view_for_the_first_or_last_view(live):
    controller = ProjectorController(live)
    controller.set_view(View.JOIN)
    controller.step_view(1)
    assert controller.state.view == VIEWS[0]
    controller.set_view(View.JOIN)
    controller.step_view(-1)
    assert controller.state.view == VIEWS[-1]
