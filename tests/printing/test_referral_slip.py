"""Referral slips read back from the PDF: both languages, right-to-left order, A5 and A4."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from peerhelper.domain.directory import DirectoryEntryData
from peerhelper.domain.languages import PRINTED_LABEL_LANGUAGES
from peerhelper.errors import BadInputError
from peerhelper.printing.labels import label
from peerhelper.printing.referral_slip import SlipOptions, build_slip
from tests.printing.handout_helpers import (
    PROFILE,
    flat,
    page_size,
    page_texts,
    words_on_page,
    write_symbol,
)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

ENTRY = DirectoryEntryData(
    name="Kela – kansainväliset tilanteet",
    kind="authority",
    languages=["fi", "en"],
    address="Kauppakatu 3, 00100 Helsinki",
    phone="020 634 0200",
    web="https://www.kela.fi",
    hours="arkisin klo 10–15",
    uuid="cfa246ed-21c7-402f-8f0d-22599daaeee2",
)


def _slip(tmp_path: Path, lang: str, paper: str = "A5", **options: object) -> Path:
    out = tmp_path / f"slip-{lang}-{paper}.pdf"
    chosen = SlipOptions(lang, paper=paper, note="Asumistuen hakeminen", **options)  # type: ignore[arg-type]
    assert build_slip(ENTRY, chosen, PROFILE, out, write_symbol(tmp_path)) == 1
    return out


def test_english_and_finnish_slip_says_where_to_go_in_both(tmp_path: Path) -> None:
    [text] = page_texts(_slip(tmp_path, "en"))
    text = flat(text)
    for words in ("Referral: please go to", "Ohjaus: mene tänne", "Address", "Osoite",
                  "Opening hours", "Aukioloajat", "Ask for this", "Kysy tätä",
                  "Bring with you", "Ota mukaan", "Proof of identity", "Henkilöllisyystodistus",
                  "Never give your bank codes", "Kela – kansainväliset tilanteet",
                  "Kauppakatu 3, 00100 Helsinki", "020 634 0200", "https://www.kela.fi",
                  "arkisin klo 10–15", "Asumistuen hakeminen", "suomi, English",
                  "Digituki Kirjasto Kallio"):  # fmt: skip
        assert words in text, words


def _logical(word: str) -> str:
    """A word of Arabic as pdftotext gives it (presentation forms, drawn order) read back."""
    return unicodedata.normalize("NFKC", word)[::-1]


def test_arabic_slip_is_mirrored_and_reads_right_to_left(tmp_path: Path) -> None:
    pdf = _slip(tmp_path, "ar")
    width, _ = page_size(pdf)
    words = words_on_page(pdf, 1)
    title = {_logical(w[4]): w for w in words if w[1] < 60 and not w[4].isascii()}
    # "إحالة:" comes first in reading order, so it is drawn rightmost.
    assert max(title.values(), key=lambda w: w[2]) is title["إحالة:"]
    assert title["التوجه"][2] < title["يرجى"][0] < title["إحالة:"][0]
    assert title["إحالة:"][2] > width - 40  # at the right margin
    # Each heading: Arabic at the start (right) edge, Finnish at the end (left) edge.
    osoite = next(w for w in words if w[4] == "Osoite")
    arabic = next(w for w in words if _logical(w[4]) == "العنوان")
    assert osoite[0] < 40 and arabic[2] > width - 40 and abs(osoite[3] - arabic[3]) < 6
    # The phone number stays one left-to-right unit.
    assert "020 634 0200" in flat(page_texts(pdf)[0])


def test_a4_holds_two_slips_side_by_side_with_a_cut_line(tmp_path: Path) -> None:
    a5 = _slip(tmp_path, "en")
    a4 = _slip(tmp_path, "en", "A4")
    assert page_size(a5) == pytest.approx((419.5, 595.3), abs=1)
    assert page_size(a4) == pytest.approx((841.9, 595.3), abs=1)
    names = [w for w in words_on_page(a4, 1) if w[4] == "Referral:"]
    assert len(names) == 2 and names[0][0] < 420 < names[1][0]


def test_a_second_language_other_than_finnish_or_none(tmp_path: Path) -> None:
    [text] = page_texts(_slip(tmp_path, "so", second_lang="sv"))
    assert "U gudbin" in text and "Hänvisning" in text and "Ohjaus" not in text
    [alone] = page_texts(_slip(tmp_path, "fi", second_lang=None))
    assert "Ohjaus: mene tänne" in alone and "Referral" not in alone


def test_every_handout_language_has_the_slip_words() -> None:
    for key in ("slip_title", "slip_address", "slip_hours", "slip_phone", "slip_web",
                "slip_languages", "slip_ask", "slip_bring", "slip_bring_default",
                "slip_never_codes"):  # fmt: skip
        for lang in PRINTED_LABEL_LANGUAGES:
            assert label(key, lang).strip()


def test_bad_options_are_told(tmp_path: Path) -> None:
    for options, words in (
        (SlipOptions("ar", paper="A3"), "Paper"),
        (SlipOptions("xx"), "no words in 'xx'"),
        (SlipOptions("fi", note="x" * 700), "too long"),
        (SlipOptions("fi", note="中文"), "cannot print"),
    ):
        with pytest.raises(BadInputError, match=words):
            build_slip(ENTRY, options, None, tmp_path / "x.pdf")
