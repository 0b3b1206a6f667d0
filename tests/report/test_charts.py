"""Charts: bar lengths proportional to the values, the group mean marked, greyscale patterns."""

from __future__ import annotations

import pytest
from reportlab.graphics.shapes import Circle, Path, Polygon, Rect, String
from reportlab.lib.colors import HexColor

from workshop_app.model.territories import ACCENT, BY_CODE
from workshop_app.report import charts

NAMES = {"faire": "Faire", "analyser": "Analyser", "commando": "Commando", "developper": "Développer"}
WIDTH = 400
TRACK = WIDTH - 118 - 46  # name column and value column taken off


def of(drawing, kind):
    return [s for s in drawing.contents if isinstance(s, kind)]


def bar(drawing, code):
    return next(r for r in of(drawing, Rect) if r.fillColor == HexColor(BY_CODE[code].colour))


def test_bars_are_proportional_to_the_scores():
    d = charts.territory_bars(WIDTH, NAMES, {"faire": 100, "analyser": 50, "commando": 0, "developper": 25})
    assert bar(d, "faire").width == pytest.approx(TRACK)
    assert bar(d, "analyser").width == pytest.approx(TRACK / 2)
    assert bar(d, "commando").width == 0
    assert bar(d, "developper").width == pytest.approx(TRACK / 4)
    assert {"100", "50", "0", "25"} <= {s.text for s in of(d, String)}


def test_the_group_mean_is_a_mark_on_the_track():
    values = {"faire": 10, "analyser": 10, "commando": 10, "developper": 10}
    marks = {"faire": 50, "analyser": 0, "commando": 100, "developper": 25}
    d = charts.territory_bars(WIDTH, NAMES, values, marks=marks)
    ticks = sorted(r.x + 1 for r in of(d, Rect) if r.width == 2)
    assert ticks == pytest.approx(sorted(118 + TRACK * m / 100 for m in marks.values()))


def test_each_territory_but_the_solid_one_carries_its_pattern():
    d = charts.territory_bars(WIDTH, NAMES, {"faire": 50, "analyser": 50, "commando": 50, "developper": 50})
    patterns = of(d, Path)
    assert len(patterns) == 3  # hatch, dots, cross; faire is solid
    dots = [p for p in patterns if p.strokeDashArray]
    assert len(dots) == 1


def test_time_split_shows_both_figures_and_the_change():
    today = {"faire": 40, "analyser": 30, "commando": 20, "developper": 10}
    ideal = {"faire": 25, "analyser": 30, "commando": 20, "developper": 25}
    labels = [s.text for s in of(charts.time_split(WIDTH + 100, NAMES, today, ideal), String)]
    assert "−15" in labels and "+15" in labels and labels.count("±0") == 2


def test_tension_scale_marks_the_answer_and_the_group_mean():
    d = charts.tension_scale(200, 7, 3, 4.0)
    (dots,) = of(d, Path)
    assert dots.strokeDashArray == [0, 30]  # a dot every step: (200 - 2 x 10) / 6
    (chosen,) = of(d, Circle)
    assert chosen.fillColor == HexColor(ACCENT) and chosen.cx == pytest.approx(10 + 2 * 30)
    (diamond,) = of(d, Polygon)
    assert diamond.points[0] == pytest.approx(10 + 3 * 30)


def test_unanswered_tension_has_no_answer_mark():
    assert of(charts.tension_scale(200, 7, None, None), Circle) == []


def test_step_histogram_counts():
    d = charts.step_histogram(140, [0, 2, 1, 0, 0, 0, 4])
    heights = [r.height for r in of(d, Rect)]
    assert heights == pytest.approx([28 * 2 / 4, 28 * 1 / 4, 28])
    assert [s.text for s in of(d, String)] == ["0", "2", "1", "0", "0", "0", "4"]


def test_territory_counts_show_each_count():
    d = charts.territory_counts(150, NAMES, {"faire": 3, "analyser": 0, "commando": 1, "developper": 4})
    assert [s.text for s in of(d, String)] == ["Faire", "3", "Analyser", "0", "Commando", "1", "Développer", "4"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", ["Aujourd’hui", "Dans 12 mois, idéalement", "Aujourd’hui", "Dans 12 mois", "Écart"]),
     ("en", ["Today", "In 12 months, ideally", "Today", "In 12 months", "Change"])],
)
def test_time_legend_names_the_swatches_and_the_three_figure_columns(language, expected):
    d = charts.time_legend(WIDTH + 100, language)
    assert [s.text for s in of(d, String)] == expected
    # The figure heads end where time_split's figures end: 120 and 60 points before the edge, then the edge.
    assert [s.x for s in of(d, String)[2:]] == [WIDTH + 100 - 120, WIDTH + 100 - 60, WIDTH + 100]


def test_territory_text_colours_are_dark_enough_to_read_areas_keep_theirs():
    from workshop_app.model.territories import BY_CODE, CODES
    from workshop_app.model.territories import contrast_on_white, text_colour
    # Commando's orange #E69F00 is 2.2:1 on white: text gets a darker amber, the area keeps the orange.
    assert contrast_on_white("#E69F00") < 2.3
    for code in CODES:
        assert contrast_on_white(text_colour(code)) >= 4.5, code
    assert text_colour("analyser") == BY_CODE["analyser"].colour  # already 5.2:1: unchanged
    assert BY_CODE["commando"].colour == "#E69F00"


def test_a_chart_takes_its_shapes_without_checking_each_one(monkeypatch):
    """reportlab checks every child a Drawing is given; a chart adds only shapes it made."""
    from reportlab.graphics import shapes

    from workshop_app.report.painter import Chart

    checked = []
    monkeypatch.setattr(shapes, "isValidChild", lambda node: checked.append(node) or True)
    chart = Chart(10, 10)
    square = shapes.Rect(0, 0, 5, 5)
    chart.add(square)
    chart.add(shapes.Circle(1, 1, 1), name="named")  # a named child still goes reportlab's way
    assert chart.contents[0] is square and chart.named is chart.contents[1]
    assert checked == [chart.contents[1]]
