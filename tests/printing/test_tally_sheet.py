"""The paper tally sheet read back from its PDF."""

from __future__ import annotations

import datetime as dt
import io
import shutil
from pathlib import Path

import pytest

from peerhelper.domain.vocabulary import DEFAULT_TOPICS
from peerhelper.errors import BadInputError
from peerhelper.printing.tally_sheet import build_tally_sheet
from tests.printing.handout_helpers import flat, font_table, page_size, page_texts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_one_row_per_topic_in_the_chosen_language(tmp_path: Path, lang: str) -> None:
    path = tmp_path / f"{lang}.pdf"
    assert build_tally_sheet(path, lang) == 1
    (page,) = page_texts(path)
    rows = flat(page)
    for term in DEFAULT_TOPICS:  # a long label may wrap inside its row
        assert term.label(lang) in rows
    assert rows.index(DEFAULT_TOPICS[0].label(lang)) < rows.index(DEFAULT_TOPICS[-1].label(lang))
    assert all(embedded for _name, embedded in font_table(path))


def test_headings_date_line_and_site(tmp_path: Path) -> None:
    path = tmp_path / "fi.pdf"
    build_tally_sheet(path, "fi", site_name="Digituki Kirjasto Kallio")
    text = flat(page_texts(path)[0])
    for heading in ("Päivämäärä:", "Toimipiste:", "Aihe", "Yhteensä", "Tukitilanteita yhteensä"):
        assert heading in text
    assert "Digituki Kirjasto Kallio" in text


def test_a_given_date_is_printed(tmp_path: Path) -> None:
    path = tmp_path / "dated.pdf"
    build_tally_sheet(path, "fi", date=dt.date(2025, 3, 4))
    assert "Päivämäärä: 4.3.2025" in flat(page_texts(path)[0])
    build_tally_sheet(path, "en", "letter", date=dt.date(2025, 3, 4))
    assert "Date: 2025-03-04" in flat(page_texts(path)[0])
    assert page_size(path) == (612, 792)


def test_custom_topics(tmp_path: Path) -> None:
    path = tmp_path / "custom.pdf"
    build_tally_sheet(path, "en", topics=[("x", "Library cards"), ("y", "Ticket machines")])
    text = flat(page_texts(path)[0])
    assert "Library cards" in text and "Ticket machines" in text
    assert "E-mail" not in text


@pytest.mark.parametrize(("lang", "paper"), [("ar", "A4"), ("fi", "A3")])
def test_bad_input(lang: str, paper: str) -> None:
    with pytest.raises(BadInputError):
        build_tally_sheet(io.BytesIO(), lang, paper)
