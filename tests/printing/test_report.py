"""The statistics report and the spreadsheet export, read back."""

from __future__ import annotations

import io
import shutil
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import pytest

from peerhelper.domain.session import SessionData
from peerhelper.domain.sessions_xlsx import XlsxOptions, write_sessions_xlsx
from peerhelper.domain.statistics import (
    Bucket,
    Count,
    EvidenceMonth,
    Figures,
    Granularity,
    Period,
    StatsFilter,
)
from peerhelper.domain.statistics_charts import chart_specs, vocabulary_labeller
from peerhelper.errors import BadInputError
from peerhelper.printing.charts import chart_svg
from peerhelper.printing.report import ReportOptions, build_report, evidence_sentence
from tests.printing.handout_helpers import PROFILE, flat, page_texts

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def _figures() -> Figures:
    """A year with known counts, including small ones (1 and 4) and a 5."""
    figures = Figures(filter=StatsFilter(YEAR), sessions=60, minutes=1800)
    figures.granularity = Granularity.MONTH
    figures.over_time = [Bucket(date(2026, m, 1), 5 if m <= 12 else 0, 150) for m in range(1, 13)]
    figures.breakdowns = {
        "topic": [Count("kela", 30), Count("email", 25), Count("tax", 4), Count("health", 1)],
        "mode": [Count("local", 55), Count("remote", 5)],
        "outcome": [Count("solved", 40), Count("referred", 16), Count("partly", 4)],
        "language": [Count("fi", 41), Count("ar", 19)],
        "independence": [Count("self", 30), Count("guided", 30)],
        "barrier": [Count("no_device", 12), Count("no_connection", 3)],
    }
    figures.evidence = [
        EvidenceMonth(date(2026, m, 1), 5, 1 if m <= 12 else 0, 0, 0, 1) for m in range(1, 13)
    ]
    return figures


def test_report_has_summary_charts_and_hides_small_counts(tmp_path: Path) -> None:
    pdf, pages = build_report(
        _figures(), vocabulary_labeller("en"), ReportOptions("en", today=date(2026, 12, 1)), PROFILE
    )
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    texts = page_texts(path)
    assert len(texts) == pages >= 2
    first = flat(texts[0])
    assert "Digital support in figures" in first
    assert "2026-01-01–2026-12-31" in first
    assert "Support sessions: 60" in first
    assert "Volunteer hours: 30" in first
    # 12 of 60 sessions without a device or connection: count and share quoted.
    assert "12 of 60 support sessions (20 %)" in first
    everything = " ".join(flat(t) for t in texts)
    assert "Kela 30" in everything and "E-mail 25" in everything
    # Taxes had 4 sessions, Health 1: both hidden, their shares withheld.
    assert "Taxes <5" in everything and "Health and OmaKanta <5" in everything
    assert "Taxes 4" not in everything and "Health 1" not in everything
    # 16 of 60 shown; "partly" (4) hidden, and its share not given.
    assert "Partly <5" in everything
    for n, text in enumerate(texts, start=1):
        assert f"Page {n} of {pages}" in flat(text)
        assert "Digituki Kirjasto Kallio" in flat(text)


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_report_in_each_language(lang: str, tmp_path: Path) -> None:
    pdf, _pages = build_report(_figures(), vocabulary_labeller(lang), ReportOptions(lang))
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    first = flat(page_texts(path)[0])
    title = {"fi": "Digituki lukuina", "sv": "Digitalt stöd i siffror", "en": "Digital"}
    assert title[lang] in first


def test_report_refuses_unknown_language_and_paper() -> None:
    with pytest.raises(BadInputError):
        build_report(_figures(), vocabulary_labeller("en"), ReportOptions("ar"))
    with pytest.raises(BadInputError):
        build_report(_figures(), vocabulary_labeller("en"), ReportOptions("en", paper="A5"))


def test_evidence_sentence_protects_small_totals() -> None:
    figures = _figures()
    figures.sessions = 3
    figures.evidence = [EvidenceMonth(date(2026, 1, 1), 3, 1, 1, 0, 2)]
    text = evidence_sentence(figures, "en", protect=True)
    assert "<5 of <5" in text and "%" not in text
    assert "2 of 3" in evidence_sentence(figures, "en", protect=False)


def test_charts_carry_their_numbers_as_svg() -> None:
    specs = {s.key: s for s in chart_specs(_figures(), "en", vocabulary_labeller("en"),
                                           protect=True)}  # fmt: skip
    svg = chart_svg(specs["topic"])
    assert svg.startswith("<?xml") and "<svg" in svg
    assert "Kela" in svg and "30" in svg and "&lt;5" in svg


def test_xlsx_has_readme_sessions_with_codes_and_a_protected_summary() -> None:
    openpyxl = pytest.importorskip("openpyxl")
    sessions = [
        SessionData(started_at=datetime(2026, 3, 4, 10, 15), mode="local", topics=["kela", "tax"],
                    minutes=25, outcome="solved", barriers=["no_device"], language="ar",
                    note="=SUM(A1)", uuid="u1"),
        SessionData(started_at=datetime(2026, 3, 5, 11, 0), mode="remote", topics=["email"],
                    source="tally", uuid="u2"),
    ]  # fmt: skip
    out = io.BytesIO()
    count = write_sessions_xlsx(
        out, iter(sessions), _figures(), vocabulary_labeller("fi"), XlsxOptions("fi", "2026")
    )
    assert count == 2
    book = openpyxl.load_workbook(io.BytesIO(out.getvalue()))
    assert book.sheetnames == ["Lue tämä", "Tukitilanteet", "Yhteenveto"]
    readme = [c.value for c in book["Lue tämä"]["A"] if c.value]
    assert any("vain toimipisteen omaan käyttöön" in str(v) for v in readme)
    sheet = book["Tukitilanteet"]
    rows = list(sheet.iter_rows(values_only=True))
    header, first, second = rows
    assert header[:3] == ("Aika", "Minuutit", "Tukimuoto")
    assert first[0] == datetime(2026, 3, 4, 10, 15)
    assert first[2] == "Lähituki" and first[4] == "Kela, Verotus" and first[11] == "Ei laitetta"
    assert first[15] == "'=SUM(A1)"  # never run as a formula
    assert second[16] == "Pikakirjaus"
    codes = dict(zip(header, first, strict=True))
    assert codes["topics (koodi)"] == "kela|tax" and codes["mode (koodi)"] == "local"
    hidden = [sheet.column_dimensions[k].hidden for k in ("R", "S", "T")]
    assert all(hidden)
    summary = list(book["Yhteenveto"].iter_rows(values_only=True))
    found = Counter(row[0] for row in summary if row and row[0])
    assert found["Aiheet"] == 1
    topic_rows = {row[0]: row[1] for row in summary if row and row[0] in ("Kela", "Verotus")}
    assert topic_rows == {"Kela": 30, "Verotus": "<5"}
