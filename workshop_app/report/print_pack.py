"""The print pack: every debrief in one PDF, in participant order, ready for one print job.

The single debriefs are merged page for page (pypdf), so the pack cannot differ from the
files handed out, and each debrief is rendered once: rendering is the costly part. A debrief
with an odd page count is followed by a blank page, so printed recto-verso every person
starts on a new sheet. Each manager has a bookmark at their first page.

Every debrief starts its fonts with the same subsets (`fonts.seed_subsets`), so the pack keeps
one copy of each identical object: the fonts are embedded once, not once per person.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter


def merge_for_print(debriefs: Sequence[bytes], title: str, names: Sequence[str]) -> bytes:
    """The debriefs one after the other, `names[i]` bookmarking the first page of `debriefs[i]`."""
    if len(names) != len(debriefs):
        raise ValueError("one name per debrief")
    writer = PdfWriter()
    for pdf, name in zip(debriefs, names):
        reader = PdfReader(io.BytesIO(pdf))
        writer.append(reader, outline_item=name, import_outline=False)
        if len(reader.pages) % 2:
            writer.add_blank_page()
    for _ in range(3):  # a file, then the descriptor naming it, then the font naming that: one level a pass
        writer.compress_identical_objects()
    writer.add_metadata({"/Title": title, "/Creator": "Équilibriste"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
