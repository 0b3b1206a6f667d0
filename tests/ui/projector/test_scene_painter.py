"""What the projector paints: the map's points, labels and reveal; every view; legibility."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter

from workshop_app.model import geometry
from workshop_app.model.scoring import Responses, score_session
from workshop_app.model.territories import CODES
from workshop_app.ui.projector import style
from workshop_app.ui.projector.scene import ProjectorState, Scene
from workshop_app.ui.projector.scene_painter import map_square
from workshop_app.ui.projector.texts import VIEWS, View

from .conftest import FLAT, INSTRUMENT, answers, record, results_of, scene_of, texts

SIZES = [QSize(1920, 1080), QSize(1024, 768)]
INSTRUMENT_NAME = {"faire": "Hands-on", "analyser": "Analyse", "commando": "Field commander",
                   "developper": "Develop people"}


def pixel_at_point(image: QImage, point: tuple[float, float]) -> QColor:
    square = map_square(QRectF(image.rect()))
    cx, cy = geometry.to_canvas(point)
    return image.pixelColor(round(square.x() + cx * square.width()), round(square.y() + cy * square.height()))


def is_ink(c: QColor) -> bool:
    return max(c.red(), c.green(), c.blue()) < 60


def test_points_are_collected_but_hidden_until_the_reveal(two_people):
    hidden, drawn = record(scene_of(two_people), vector=True)  # vector: every word through this painter
    assert not is_ink(pixel_at_point(hidden, (-0.5, -0.5)))
    assert texts(drawn)[1:3] == ["2", "answers in"]
    shown, drawn = record(scene_of(two_people, revealed=True), vector=True)
    assert is_ink(pixel_at_point(shown, (-0.5, -0.5)))
    assert is_ink(pixel_at_point(shown, (0.5, 0.5)))
    assert texts(drawn)[1:3] == ["2", "of 2 placed"]
    assert "Group" in texts(drawn)


def test_the_map_is_anonymous_by_default(two_people):
    _, drawn = record(scene_of(two_people, revealed=True))
    assert not {"MCD", "BB", "Marie-Claire Dupont", "Bruno <b>Martin</b>"} & set(texts(drawn))


def test_initials_label_each_point(two_people):
    _, drawn = record(scene_of(two_people, revealed=True, labels="initials"), vector=True)
    assert {"MCD", "BB"} <= set(texts(drawn))
    assert "Marie-Claire Dupont" not in texts(drawn)


def test_names_are_drawn_exactly_and_as_plain_text(two_people):
    _, drawn = record(scene_of(two_people, revealed=True, labels="names"), vector=True)
    names = [d for d in drawn if d.text in ("Marie-Claire Dupont", "Bruno <b>Martin</b>")]
    assert {d.text for d in names} == {"Marie-Claire Dupont", "Bruno <b>Martin</b>"}
    assert all(d.plain for d in names)


def test_a_label_sits_beside_its_point_on_screen_as_in_vector(two_people):
    image, drawn = record(scene_of(two_people, revealed=True, labels="initials"), vector=True)
    square = map_square(QRectF(image.rect()))
    label = next(d for d in drawn if d.text == "MCD")
    x = square.x() + 0.25 * square.width()  # faire's point, (-0.5, -0.5), by hand
    y = square.y() + 0.75 * square.height()
    assert label.bounds.left() > x
    assert label.bounds.top() < y < label.bounds.bottom()
    box = label.bounds.toRect()

    def ink_in_box(image: QImage) -> int:
        return sum(1 for px in range(box.left(), box.right()) for py in range(box.top(), box.bottom())
                   if is_ink(image.pixelColor(px, py)))
    with_labels, _ = record(scene_of(two_people, revealed=True, labels="initials"))  # the sprites
    without, _ = record(scene_of(two_people, revealed=True))
    assert ink_in_box(without) == 0
    assert ink_in_box(with_labels) > 0.1 * box.width() * box.height()


def test_a_label_keeps_off_the_pole_names(two_people):
    # Just left of the vertical axis, above the "field" pole (its text's bottom at 0.855 of the
    # side): the label's usual place, right of the point, would sit on the pole's words.
    # (Screen and vector share the labels' places; the vector paint shows them as text.)
    marie = dataclasses.replace(two_people.participants[0], point=(-0.02, -0.68), ideal_point=None)
    results = dataclasses.replace(two_people, participants=(marie,))
    _, drawn = record(scene_of(results, revealed=True, labels="initials"), vector=True)
    pole = next(d.bounds for d in drawn if d.text == "↓ Field · short term")
    label = next(d.bounds for d in drawn if d.text == "MCD")
    square = map_square(QRectF(0, 0, 1920, 1080))
    assert not label.intersects(pole)
    assert label.right() < square.x() + 0.49 * square.width()  # moved left of the point, canvas x 0.49


def test_a_label_keeps_off_the_group_centre(two_people):
    # The group's centre is (0, 0), its word to the right of its mark; Marie sits just right of
    # it (canvas 0.515, 0.49), so her label's usual place, right of her point, is on "Group".
    marie = dataclasses.replace(two_people.participants[0], point=(0.03, 0.02), ideal_point=None)
    results = dataclasses.replace(two_people, participants=(marie,))
    assert results.group.centroid == pytest.approx((0, 0))
    _, drawn = record(scene_of(results, revealed=True, labels="initials"), vector=True)
    group = next(d.bounds for d in drawn if d.text == "Group")
    label = next(d.bounds for d in drawn if d.text == "MCD")
    assert not label.intersects(group)


def test_arrows_towards_the_ideal_are_optional():
    # By hand: ideal minus today = -25 faire, +25 commando -> x +0.5, y 0: from (-0.5, -0.5) to (0, -0.5).
    moved = dict(FLAT, faire=0, commando=50)
    results = score_session([
        Responses(1, "Anne", answers=answers(faire=5), allocations={"today": FLAT, "ideal": moved}),
        Responses(2, "Bob", answers=answers(developper=5), allocations={"today": FLAT, "ideal": FLAT}),
    ], INSTRUMENT)
    assert results.participants[0].ideal_point == pytest.approx((0.0, -0.5))
    middle = (-0.25, -0.5)  # half-way along the arrow, away from the point and the head
    without, _ = record(scene_of(results, revealed=True))
    with_arrows, _ = record(scene_of(results, revealed=True, arrows=True))
    assert pixel_at_point(without, middle) == pixel_at_point(without, (-0.25, -0.6))  # the quadrant's tint
    arrow = pixel_at_point(with_arrows, middle)
    assert arrow.blue() > arrow.red() + 40  # the accent


@pytest.mark.parametrize("size", SIZES, ids=["1920x1080", "1024x768"])
def test_every_quadrant_and_pole_label_stays_inside_the_window(two_people, size):
    _, drawn = record(scene_of(two_people, revealed=True), size, vector=True)
    names = [INSTRUMENT_NAME[c] for c in CODES]
    labels = [d for d in drawn if d.text in names]
    assert sorted(d.text for d in labels) == sorted(names)
    window = QRectF(0, 0, size.width(), size.height())
    square = map_square(window)
    for d in labels:
        assert square.contains(d.bounds), d.text
    poles = [d for d in drawn if any(pole["en"] in d.text for pole in geometry.POLES.values())]
    assert len(poles) == 4
    for d in poles:
        assert window.contains(d.bounds), d.text


@pytest.mark.parametrize("size", SIZES, ids=["1920x1080", "1024x768"])
@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("labels", ["initials", "names"])
def test_the_smallest_text_is_at_least_two_percent_of_the_height(two_people, size, view, labels):
    _, drawn = record(scene_of(two_people, revealed=True, arrows=True, labels=labels, view=view), size, vector=True)
    assert drawn
    assert min(d.pixel_size for d in drawn) >= 0.02 * size.height()


@pytest.mark.parametrize("size", SIZES, ids=["1920x1080", "1024x768"])
@pytest.mark.parametrize("view", VIEWS)
def test_every_view_fits_the_window(two_people, size, view):
    _, drawn = record(scene_of(two_people, revealed=True, view=view, language="fr"), size, vector=True)
    window = QRectF(0, 0, size.width(), size.height())
    for d in drawn:
        assert window.contains(d.bounds), d.text


def test_each_view_has_its_title(two_people):
    titles = {View.MAP: "The balance map", View.PROFILE: "The group’s practices",
              View.MAJORS: "Majors: where each manager leans", View.TIME: "Management time, today and ideally",
              View.TENSIONS: "The three tensions", View.PARTICIPATION: "Participation"}
    for view, title in titles.items():
        _, drawn = record(scene_of(two_people, revealed=True, view=view), vector=True)
        assert texts(drawn)[0] == title


def test_chart_views_show_the_group_figures(two_people):
    # By hand: faire scores 100 and 0 -> mean 50, developper likewise, the others 0 and 0;
    # one major each in faire and developper.
    _, drawn = record(scene_of(two_people, revealed=True, view=View.PROFILE))
    assert texts(drawn)[-8:] == ["Hands-on", "50", "Analyse", "0", "Field commander", "0", "Develop people", "50"]
    _, drawn = record(scene_of(two_people, revealed=True, view=View.MAJORS))
    assert texts(drawn)[2:] == ["Hands-on", "1", "Analyse", "0", "Field commander", "0", "Develop people", "1"]
    _, drawn = record(scene_of(two_people, view=View.PARTICIPATION))
    assert "2 / 2" in texts(drawn)
    assert texts(drawn)[-2:] == ["0 answering now", "0 yet to start"]


def test_chart_views_wait_for_the_reveal(two_people):
    _, drawn = record(scene_of(two_people, view=View.PROFILE))
    assert "2 answers in" in texts(drawn)  # the narrow form, under the title
    assert "Hands-on" not in texts(drawn)


def test_french_room_text(two_people):
    _, drawn = record(scene_of(two_people, revealed=True, language="fr"), vector=True)
    assert texts(drawn)[0] == "La carte des équilibres"
    assert "Groupe" in texts(drawn)


def test_blank_is_black_and_the_title_card_shows_the_session(two_people):
    image, drawn = record(scene_of(two_people, output="blank", revealed=True))
    assert drawn == []
    assert {image.pixel(x, y) for x in (0, 500, 1919) for y in (0, 540, 1079)} == {QColor("black").rgba()}
    _, drawn = record(scene_of(two_people, output="title", revealed=True))
    assert texts(drawn) == ["Séminaire"]


def test_the_cached_map_matches_the_vector_one(two_people):
    cached, _ = record(scene_of(two_people, revealed=True, labels="initials"))
    vector, _ = record(scene_of(two_people, revealed=True, labels="initials"), vector=True)
    differing = sum(1 for x in range(0, 1920, 8) for y in range(0, 1080, 8)
                    if abs(QColor(cached.pixel(x, y)).lightness() - QColor(vector.pixel(x, y)).lightness()) > 40)
    assert differing < 0.002 * (1920 // 8) * (1080 // 8)


def test_territory_text_is_dark_enough_to_read(two_people):
    for code in CODES:
        assert style.contrast(style.text_colour(code), style.BACKGROUND) >= 4.5


def test_the_wide_map_explains_its_marks(two_people):
    _, drawn = record(scene_of(two_people, revealed=True), vector=True)
    assert ["a manager", "the group’s centre"] == [t for t in texts(drawn) if t.startswith(("a ", "the g"))]
    assert "their ideal in 12 months" not in texts(drawn)
    _, drawn = record(scene_of(two_people, revealed=True, arrows=True), vector=True)
    assert "their ideal in 12 months" in texts(drawn)


def test_the_narrow_map_keeps_its_words_above(two_people):
    _, drawn = record(scene_of(two_people), QSize(1024, 768))
    assert texts(drawn)[:2] == ["The balance map", "2 answers in · hidden until the reveal"]
    assert "2 answers in" in texts(drawn)  # the card over the hidden map


@pytest.mark.parametrize("view", [View.PROFILE, View.MAJORS, View.TIME, View.TENSIONS])
def test_charts_wait_for_the_first_answers(view):
    nobody = score_session([Responses(1, "Anne")], INSTRUMENT)
    _, drawn = record(scene_of(nobody, revealed=True, view=view))
    assert texts(drawn)[-1] == "Waiting for the first answers"


def test_a_short_form_session_says_why_there_is_no_practice_profile():
    short = score_session([Responses(1, "Anne", allocations={"today": FLAT, "ideal": FLAT})], INSTRUMENT, "short")
    scene = Scene(ProjectorState(revealed=True, view=View.PROFILE), short, INSTRUMENT, "en", form="short")
    _, drawn = record(scene)
    assert texts(drawn)[-1] == "The practices are in the full questionnaire only"


def _column(image: QImage) -> QImage:
    """What the wide map shows left of its square: title, count, legend."""
    left = map_square(QRectF(image.rect())).x()
    return image.copy(0, 0, int(left), image.height())


@pytest.mark.parametrize("state", [dict(), dict(revealed=True), dict(revealed=True, arrows=True, zoom=True)],
                         ids=["hidden", "revealed", "arrows and zoom"])
def test_the_wide_map_s_words_drawn_once_are_those_drawn_straight(two_people, state):
    cached, _ = record(scene_of(two_people, **state))
    vector, _ = record(scene_of(two_people, **state), vector=True)
    assert _column(cached) == _column(vector)


def test_the_wide_map_s_words_are_drawn_again_only_when_they_change(two_people, monkeypatch):
    from workshop_app.ui.projector import views
    from workshop_app.ui.projector.scene_painter import ScenePainter

    drawn: list[str] = []
    text = views.text
    monkeypatch.setattr(views, "text", lambda p, box, flags, value, *rest: drawn.append(value) or text(
        p, box, flags, value, *rest))
    painter, image = ScenePainter(), QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)

    def paint(results) -> QImage:
        drawn.clear()
        p = QPainter(image)
        painter.paint(p, QRectF(image.rect()), scene_of(results, revealed=True))
        p.end()
        return image.copy()

    paint(two_people)
    assert "of 2 placed" in drawn
    moved = dataclasses.replace(two_people, participants=(
        dataclasses.replace(two_people.participants[0], point=(-0.4, -0.6)), two_people.participants[1]))
    paint(moved)  # a manager's point moved: the same words
    assert drawn == []
    third = results_of(("Marie-Claire Dupont", "faire"), ("Bruno <b>Martin</b>", "developper"), ("Léa", "commando"))
    shown = paint(third)  # a third manager placed: the count changes
    assert "3" in drawn and "of 3 placed" in drawn
    vector, _ = record(scene_of(third, revealed=True), vector=True)
    assert _column(shown) == _column(vector)
