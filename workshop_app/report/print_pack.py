"""The print pack: every debrief in one PDF, in participant order, ready for one print job.

The single debriefs are merged page for page (pypdf), so the pack cannot differ from the
files handed out, and each debrief is rendered once: rendering is the costly part, merging
thirty files takes a tenth of a second. A debrief with an odd page count is followed by a
blank page, so printed recto-verso every person starts on a new sheet.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter


def merge_for_print(debriefs: Sequence[bytes], title: str) -> bytes:
    writer = PdfWriter()
    for pdf in debriefs:
        reader = PdfReader(io.BytesIO(pdf))
        writer.append(reader)
        if len(reader.pages) % 2:
            writer.add_blank_page()
    writer.add_metadata({"/Title": title, "/Creator": "Équilibriste"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
