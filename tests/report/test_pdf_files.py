"""What the PDF files declare and what copies out of them: language, date, fonts, names in any script."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import datetime

import pytest
from pypdf import PdfReader

from tests.report.conftest import finish
from workshop_app.report.batch import snapshot
from workshop_app.report.debrief import render_debrief
from workshop_app.report.synthesis import render_synthesis


def debrief_bytes(store, pid, language=None) -> bytes:
    session = snapshot(store, language)
    return render_debrief(session.debrief(next(r for r in session.results if r.participant_id == pid)))


@pytest.fixture
def one(make_session):
    def make(name: str = "Marie Dupont"):
        store = make_session()
        pid = store.add_participant(name)
        finish(store, pid)
        return store, pid
    return make


@pytest.mark.parametrize(("language", "tag"), [("fr", "fr-FR"), ("en", "en-GB")])
def test_each_pdf_declares_its_language(one, language, tag):
    store, pid = one()
    assert PdfReader(io.BytesIO(debrief_bytes(store, pid, language))).trailer["/Root"]["/Lang"] == tag
    synthesis = render_synthesis(snapshot(store, language).synthesis())
    assert PdfReader(io.BytesIO(synthesis)).trailer["/Root"]["/Lang"] == tag


def test_no_pdf_names_a_font_it_does_not_embed(one):
    store, pid = one()
    for data in (debrief_bytes(store, pid), render_synthesis(snapshot(store).synthesis())):
        assert b"Helvetica" not in data
        reader = PdfReader(io.BytesIO(data))
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
                assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), font["/BaseFont"]


def test_the_creation_date_is_now_unless_fixed_for_reproducible_output(one, monkeypatch):
    store, pid = one()
    fixed = PdfReader(io.BytesIO(debrief_bytes(store, pid))).metadata["/CreationDate"]
    assert fixed.startswith("D:20261201000000")  # SOURCE_DATE_EPOCH, set for the tests
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    real = PdfReader(io.BytesIO(debrief_bytes(store, pid))).metadata["/CreationDate"]
    assert real.startswith("D:" + datetime.now().strftime("%Y%m%d"))


NAMES = ["Zoë Ørsted-Lefèvre", "Анна Кузнецова", "Νίκος Παπαδόπουλος", "王小明", "山田はなこ", "김민준", "Zoé 😀 Martin"]


@pytest.mark.parametrize("name", NAMES)
def test_names_copy_out_exactly(one, name):
    store, pid = one(name)
    cover = PdfReader(io.BytesIO(debrief_bytes(store, pid))).pages[0].extract_text()
    assert name in cover


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) not installed")
@pytest.mark.parametrize("name", NAMES)
def test_pdftotext_finds_the_name_as_typed(one, name, tmp_path):
    store, pid = one(name)
    path = tmp_path / "d.pdf"
    path.write_bytes(debrief_bytes(store, pid))
    out = subprocess.run(["pdftotext", "-l", "1", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert name in out


@pytest.mark.parametrize(("name", "font"), [("王小明", "STSong-Light"), ("山田はなこ", "HeiseiKakuGo-W5"),
                                            ("김민준", "HYGothic-Medium")])
def test_chinese_japanese_and_korean_names_are_drawn_in_a_font_that_has_them(one, name, font):
    store, pid = one(name)
    data = debrief_bytes(store, pid)
    page = PdfReader(io.BytesIO(data)).pages[0]
    fonts = {f.get_object()["/BaseFont"] for f in page["/Resources"]["/Font"].values()}
    assert any(font in str(f) for f in fonts)
    # Not the fallback's .notdef: DejaVu Sans has none of these characters, so it must not draw them.
    from workshop_app.report import fonts as report_fonts
    markup = report_fonts.markup(name)
    assert re.fullmatch(rf'<font name="{font}">{name}</font>', markup)
