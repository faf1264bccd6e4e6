"""``peerhelper report`` and ``sessions export --format xlsx``: read back; bad input refused."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest

from peerhelper import cli
from peerhelper.domain.session import SessionData
from peerhelper.domain.site import SiteProfileData
from peerhelper.paths import DataPaths
from peerhelper.storage import sessions_repo as repo
from peerhelper.storage.database import open_database
from peerhelper.storage.site_repo import save_site_profile


def run(paths: DataPaths, *argv: str) -> int:
    try:
        return cli.run(["--data-dir", str(paths.root), *argv])
    except SystemExit as stop:  # argparse's own refusals
        return int(stop.code or 0)


@pytest.fixture
def logged(data_paths: DataPaths) -> DataPaths:
    """March 2026: twelve Kela sessions in Arabic without a device, three e-mail sessions."""
    db = open_database(data_paths.database, data_paths.backups)
    try:
        save_site_profile(db, SiteProfileData("Itäkeskuksen seurakunta", "Digituki Itäkeskus"))
        repo.save_topic(db, "kela", {"fi": "Kelan asiat"})
        for day in range(1, 13):
            repo.save_session(
                db,
                SessionData(
                    datetime(2026, 3, day, 10), "local", ["kela"], minutes=30, language="ar",
                    barriers=["no_device"], outcome="solved", note=f"day {day}",
                ),
            )  # fmt: skip
        for day in (20, 21, 22):
            repo.save_session(db, SessionData(datetime(2026, 3, day, 12), "remote", ["email"]))
        repo.save_session(db, SessionData(datetime(2026, 5, 1, 12), "remote", ["email"]))
    finally:
        db.close()
    return data_paths


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_report_command_writes_a_pdf_of_the_period(
    logged: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "march.pdf"
    code = run(logged, "report", "--from", "2026-03-01", "--to", "2026-03-31",
               "--lang", "fi", "--out", str(out))  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert capsys.readouterr().out.startswith(f"Wrote {out} (")
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Digituki lukuina" in text
    assert "Digituki Itäkeskus" in text  # the site's name in the footer
    assert "Kelan asiat" in text  # the site's own topic name
    assert "Arabia" in text  # the client's language, named in Finnish
    assert "<5" in text  # three e-mail sessions: a small count, hidden
    assert " 15" in text or "15 " in text  # the sessions of March, not May's
    assert not list(tmp_path.glob("*.partial"))


def test_report_with_a_filter_counts_only_those_sessions(logged: DataPaths, tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    out = tmp_path / "email.pdf"
    argv = ["report", "--from", "2026-03-01", "--to", "2026-03-31", "--topic", "email"]
    assert run(logged, *argv, "--lang", "en", "--paper", "letter", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert run(logged, *argv, "--out", str(out)) == 2  # exists, no --force
    assert run(logged, *argv, "--out", str(out), "--force") == 0


def test_xlsx_export_reads_back_with_labels_codes_and_a_summary(
    logged: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "march.xlsx"
    code = run(logged, "sessions", "export", "--format", "xlsx", "--lang", "en",
               "--from", "2026-03-01", "--to", "2026-03-31", "--out", str(out))  # fmt: skip
    assert code == 0, capsys.readouterr().err
    assert capsys.readouterr().out == f"Exported 15 sessions to {out}\n"
    book = load_workbook(out)
    assert book.sheetnames == ["Read me", "Sessions", "Summary"]
    rows = list(book["Sessions"].iter_rows(values_only=True))
    assert len(rows) == 1 + 15
    cells = {str(cell) for row in rows for cell in row if cell is not None}
    assert {"Kela", "Arabic", "No device", "day 1", "kela", "ar"} <= cells
    summary = {str(cell) for row in book["Summary"].iter_rows(values_only=True) for cell in row}
    assert "<5" in summary and "12" in summary
    assert not list(tmp_path.glob("*.partial"))


def test_xlsx_export_without_a_period_takes_every_session(
    logged: DataPaths, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "all.xlsx"
    assert run(logged, "sessions", "export", "--format", "xlsx", "--out", str(out)) == 0
    assert len(list(load_workbook(out)["Tukitilanteet"].iter_rows())) == 1 + 16


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "--from", "2026-03-31", "--to", "2026-03-01", "--out", "{tmp}/r.pdf"],
        ["report", "--from", "2026-03-01", "--out", "{tmp}/r.pdf"],
        ["report", "--from", "1999-12-31", "--to", "2026-03-01", "--out", "{tmp}/r.pdf"],
        [
            "report",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--paper",
            "A3",
            "--out",
            "{tmp}/r.pdf",
        ],
        ["report", "--from", "2026-03-01", "--to", "2026-03-31", "--out", "{tmp}"],
        ["sessions", "export", "--format", "xlsx", "--lang", "ar", "--out", "{tmp}/x.xlsx"],
        [
            "sessions",
            "export",
            "--format",
            "xlsx",
            "--from",
            "2026-04-01",
            "--to",
            "2026-03-01",
            "--out",
            "{tmp}/x.xlsx",
        ],
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    logged: DataPaths, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = run(logged, *(a.format(tmp=tmp_path) for a in argv))
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.strip() and "Traceback" not in err
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.xlsx"))
