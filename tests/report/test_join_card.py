"""The printable join card, read as the room reads it: the page size, the words, the codes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.qr_reader import needs_zbar, read_qr_codes
from workshop_app.report.join_card import JoinCard, wifi_payload, write_join_card

URL = "http://192.168.1.23:8642/j/Zq3-vT8xLm0pQ2rS/"


def text_of(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def test_wifi_codes_follow_the_form_phone_cameras_read():
    assert wifi_payload("Salle Bleue", "Séminaire2026") == "WIFI:T:WPA;S:Salle Bleue;P:Séminaire2026;;"
    # ; , : " and \ are escaped, or a phone would cut the name or the password there.
    assert wifi_payload('Salle; B', 'a:b"c') == 'WIFI:T:WPA;S:Salle\\; B;P:a\\:b\\"c;;'
    assert wifi_payload("Invités", "") == "WIFI:T:nopass;S:Invités;;"


def test_the_card_is_an_a6_page_with_the_address_and_the_wifi_name(tmp_path):
    pdf = write_join_card(JoinCard(URL, "fr", wifi_name="Salle Bleue"), tmp_path / "card.pdf")
    page = PdfReader(pdf).pages[0]
    assert len(PdfReader(pdf).pages) == 1
    # A6 is 105 x 148 mm: 297.6 x 419.5 points.
    assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (297.6, 419.5)
    text = text_of(pdf)
    assert "Répondez sur votre téléphone" in text
    assert "http://192.168.1.23:8642\n" in text and "/j/Zq3-vT8xLm0pQ2rS\n" in text
    assert "Wi-Fi : Salle Bleue" in text  # as copied out; the PDF's own text keeps the narrow space:
    assert "Wi-Fi\u202f: Salle Bleue" in page.extract_text()


def test_the_card_speaks_english_for_an_english_session(tmp_path):
    text = text_of(write_join_card(JoinCard(URL, "en", wifi_name="Blue Room"), tmp_path / "card.pdf"))
    assert "Answer on your phone" in text and "Wi-Fi: Blue Room" in text


@needs_zbar
@pytest.mark.parametrize("password", ["", "Séminaire2026"])
def test_the_codes_on_the_card_read_back_as_the_address_and_the_wifi(tmp_path, password):
    pdf = write_join_card(JoinCard(URL, "fr", wifi_name="Salle Bleue", wifi_password=password),
                          tmp_path / "card.pdf")
    subprocess.run(["pdftoppm", "-r", "200", "-png", "-singlefile", str(pdf), str(tmp_path / "card")], check=True)
    codes = sorted(read_qr_codes(tmp_path / "card.png"))
    expected = [URL] + (["WIFI:T:WPA;S:Salle Bleue;P:Séminaire2026;;"] if password else [])
    assert codes == sorted(expected)
