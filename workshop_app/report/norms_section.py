"""The debrief's "among the managers of your organisation" box, when the session asks for it
and the history holds enough managers of the same client (`history/norms.py`)."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable

from workshop_app.history.norms import Norms
from workshop_app.model.numbers import rounded
from workshop_app.model.scoring import ParticipantResult
from workshop_app.model.territories import CODES, Language
from workshop_app.report import layout
from workshop_app.report.layout import BODY, H2, SMALL, Spacer
from workshop_app.report.since_last_time import say


def norms_story(norms: Norms, r: ParticipantResult, names: Mapping[str, str], lang: Language) -> list[Flowable]:
    if r.scores is None:
        return []
    lines: list[Flowable] = [layout.label(say(lang, "norms_title", n=norms.n, client=norms.client), H2),
                             Spacer(1, 2)]
    for code in CODES:
        share = rounded(100 * norms.share_below(code, r.scores[code]))
        lines.append(layout.label(say(lang, "norms_line", territory=names[code], share=share), BODY))
    lines += [Spacer(1, 2), layout.label(say(lang, "norms_help"), SMALL)]
    return [Spacer(1, 14), layout.Together(lines)]
