"""The Statistics section: figures for the chosen period, tables, report, image and Excel."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime

import pytest
from PySide6.QtWidgets import QApplication

from peerhelper.domain.session import SessionData
from peerhelper.domain.statistics import PeriodKind
from peerhelper.storage import sessions_repo
from peerhelper.ui import ask
from peerhelper.ui.statistics.page import StatisticsPage

TODAY = date(2026, 11, 20)


def _session(day: date, topics: list[str], barriers: list[str] = (), **changes) -> SessionData:
    return SessionData(
        started_at=datetime.combine(day, datetime.min.time()).replace(hour=10),
        mode=changes.pop("mode", "local"),
        topics=topics,
        minutes=changes.pop("minutes", 30),
        barriers=list(barriers),
        **changes,
    )


@pytest.fixture
def logged(context) -> list[SessionData]:
    sessions = (
        # November (this month): 6 sessions, 2 without a device, 1 without a connection
        [_session(date(2026, 11, d), ["kela"], ["no_device"]) for d in (2, 3)]
        + [_session(date(2026, 11, 4), ["email"], ["no_connection"], language="ar")]
        + [_session(date(2026, 11, d), ["email"]) for d in (5, 6, 9)]
        # October (last month): 3 sessions
        + [_session(date(2026, 10, d), ["tax"], mode="remote") for d in (1, 2, 3)]
        # earlier this year: 1
        + [_session(date(2026, 2, 10), ["health"])]
    )
    with context.db.session() as s:
        sessions_repo.write_sessions(s, context.db.device_id, sessions)
    return sessions


@pytest.fixture
def page(qtbot, context, logged, translations) -> StatisticsPage:
    widget = StatisticsPage(context, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    qtbot.waitUntil(lambda: widget.figures is not None)
    return widget


def _choose(page: StatisticsPage, qtbot, kind: PeriodKind) -> None:
    index = page.filters.period.findData(kind)
    before = page.figures
    page.filters.period.setCurrentIndex(index)
    qtbot.waitUntil(lambda: page.figures is not before)


def test_this_year_is_shown_first_and_every_chart_has_its_numbers(page) -> None:
    assert page.figures.sessions == 10
    assert page.summary.text() == "10 support sessions, 5.0 volunteer hours"
    assert set(page.views) >= {"over_time", "evidence", "topic", "mode", "barrier", "source"}
    topic_rows = {r.label: r.shown for r in page.views["topic"].spec.rows}
    assert topic_rows == {"E-mail": "4", "Kela": "2", "Taxes": "3", "Health and OmaKanta": "1"}


def test_the_period_switch_updates_every_chart_and_the_tables(page, qtbot) -> None:
    _choose(page, qtbot, PeriodKind.LAST_MONTH)
    assert page.figures.sessions == 3
    assert {r.label: r.value for r in page.views["mode"].spec.rows} == {"Remote support": 3}
    _choose(page, qtbot, PeriodKind.THIS_MONTH)
    assert page.figures.sessions == 6
    assert page.views["over_time"].spec.rows[0].label.startswith("wk")
    page.as_table.setChecked(True)
    table = page.views["topic"].table
    assert page.views["topic"].stack.currentWidget() is table
    cells = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert cells == {"E-mail": "4", "Kela": "2"}
    table.selectAll()
    assert table.copy_selection() == "E-mail\t4\t67 %\nKela\t2\t33 %"
    assert QApplication.clipboard().text().startswith("E-mail\t4")


def test_the_barrier_view_shares_match_the_counts(page, qtbot) -> None:
    _choose(page, qtbot, PeriodKind.THIS_MONTH)
    november = page.figures.evidence[-1]
    assert (november.sessions, november.no_device_or_connection) == (6, 3)
    row = page.views["evidence"].spec.rows[-1]
    assert row.detail == "3 / 6" and row.share == pytest.approx(0.5)
    assert "3 of 6 support sessions (50 %)" in page.evidence.text()


def test_a_filter_narrows_every_figure(page, qtbot) -> None:
    before = page.figures
    page.filters.language.setCurrentIndex(page.filters.language.findData("ar"))
    qtbot.waitUntil(lambda: page.figures is not before)
    assert page.figures.sessions == 1


def test_a_saved_chart_hides_small_counts(page, monkeypatch, tmp_path) -> None:
    target = tmp_path / "topics.svg"
    monkeypatch.setattr(ask, "save_file_outside", lambda *args: target)
    page.views["topic"].save_button.click()
    svg = target.read_text("utf-8")
    # E-mail 4, Taxes 3, Kela 2, Health 1 this year: every count hidden, no bar drawn.
    assert "<svg" in svg and "Kela" in svg and "E-mail" in svg
    assert svg.count(">&lt;5<") == 4
    assert not any(f">{n}<" in svg for n in (1, 2, 3, 4)) and "<rect" not in svg


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_report_is_saved_with_small_counts_hidden(page, qtbot, monkeypatch, tmp_path):
    from peerhelper.ui.printing import printer

    saved: list[bytes] = []
    monkeypatch.setattr(printer, "save_as", lambda parent, pdf, name, root: saved.append(pdf))
    page.report_button.click()
    qtbot.waitUntil(lambda: bool(saved), timeout=20_000)
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(saved[0])
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Digital support in figures" in text and "Support sessions: 10" in text
    assert "Kela <5" in text


def test_the_excel_export_holds_the_periods_sessions(page, qtbot, monkeypatch, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    target = tmp_path / "sessions"
    monkeypatch.setattr(ask, "save_file_outside", lambda *args: target)
    told: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda parent, title, text: told.append(text))
    page.excel_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    book = openpyxl.load_workbook(io.BytesIO((tmp_path / "sessions.xlsx").read_bytes()))
    rows = list(book.worksheets[1].iter_rows(values_only=True))
    assert len(rows) == 1 + 10
    assert told == [f"10 sessions were saved to {tmp_path / 'sessions.xlsx'}."]
