"""The print pack: every debrief in one PDF, in participant order, ready for one print job.

Built as one platypus document from the same story as the single debriefs, not by merging
their files: no PDF library to ship, the fonts are embedded once (a 30-person pack stays
small and spools fast), and each debrief keeps its own footer and "page x / y". Each debrief
ends on an even page, so printed recto-verso every person starts on a new sheet.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import Flowable

from workshop_app.report import layout
from workshop_app.report.debrief import DebriefData, debrief_story


def render_print_pack(debriefs: Sequence[DebriefData], title: str) -> bytes:
    story: list[Flowable] = []
    for key, data in enumerate(debriefs):
        story += debrief_story(data, key)
        story.append(layout.EndDebrief(key))
    return layout.build(story, title=title)
