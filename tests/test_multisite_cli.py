"""``sessions bundle``, ``sessions merge``, ``report`` and site filters on the command line."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from peerhelper import cli
from peerhelper.paths import DataPaths
from tests.storage.sites import add_sessions, open_site, rows


def run(paths: DataPaths, *argv: str) -> int:
    return cli.run(["--data-dir", str(paths.root), *argv])


@pytest.fixture
def two_sites(tmp_path: Path):
    a_paths, a = open_site(tmp_path, "alpha")
    c_paths, c = open_site(tmp_path, "coordinator")
    add_sessions(a, 4)
    add_sessions(c, 1)
    a_id = a.device_id
    a.close()
    c.close()
    return a_paths, c_paths, a_id


def test_bundle_then_merge(two_sites, tmp_path: Path, capsys) -> None:
    a_paths, c_paths, _ = two_sites
    bundle = tmp_path / "alpha.zip"
    assert run(a_paths, "sessions", "bundle", "--out", str(bundle)) == 0
    assert "4 sessions (0 deleted)" in capsys.readouterr().out
    assert run(a_paths, "sessions", "bundle", "--out", str(bundle)) == 2  # exists, no --force
    assert run(a_paths, "sessions", "bundle", "--out", str(bundle), "--force") == 0
    assert run(c_paths, "sessions", "merge", str(bundle)) == 0
    out = capsys.readouterr().out
    assert "alpha.zip (Alpha): 4 new, 0 updated, 0 unchanged" in out
    assert run(c_paths, "sessions", "merge", str(bundle)) == 0
    assert "Merged: 0 new, 0 updated, 4 unchanged." in capsys.readouterr().out


def test_a_damaged_bundle_exits_2_and_merges_nothing(two_sites, tmp_path: Path, capsys) -> None:
    a_paths, c_paths, _ = two_sites
    good, bad = tmp_path / "good.zip", tmp_path / "bad.zip"
    run(a_paths, "sessions", "bundle", "--out", str(good))
    bad.write_bytes(good.read_bytes()[:100])
    assert run(c_paths, "sessions", "merge", str(good), str(bad)) == 2
    error = capsys.readouterr().err
    assert "bad.zip cannot be merged" in error and "Nothing was merged" in error
    assert "Traceback" not in error
    from peerhelper.storage.database import open_database

    db = open_database(c_paths.database)
    try:
        assert len(rows(db)) == 1
    finally:
        db.close()


def test_report_and_export_by_site(two_sites, tmp_path: Path, capsys) -> None:
    a_paths, c_paths, a_id = two_sites
    bundle = tmp_path / "alpha.zip"
    run(a_paths, "sessions", "bundle", "--out", str(bundle))
    run(c_paths, "sessions", "merge", str(bundle))
    capsys.readouterr()
    out = tmp_path / "alpha.csv"
    assert run(c_paths, "sessions", "export", "--out", str(out), "--site", "alpha") == 0
    assert "Exported 4 sessions" in capsys.readouterr().out
    assert run(c_paths, "sessions", "export", "--out", str(out), "--force", "--site", a_id) == 0
    assert "Exported 4 sessions" in capsys.readouterr().out
    assert (
        run(c_paths, "sessions", "export", "--out", str(tmp_path / "x.csv"), "--site", "Nowhere")
        == 2
    )
    assert "Sites: Coordinator (this site); Alpha" in capsys.readouterr().err
    report = tmp_path / "report.pdf"
    argv = ("report", "--out", str(report), "--from", "2026-03-01", "--to", "2026-03-31")
    assert run(c_paths, *argv, "--lang", "en") == 0
    both = report.read_bytes()
    assert both.startswith(b"%PDF") and "page" in capsys.readouterr().out
    assert run(c_paths, *argv, "--lang", "en", "--force", "--site", "Alpha") == 0
    alpha_only = report.read_bytes()
    if shutil.which("pdftotext"):
        both_text, alpha_text = _pdf_text(tmp_path, both), _pdf_text(tmp_path, alpha_only)
        assert "Support sessions: 5" in both_text and "Sites" in both_text
        assert "Support sessions: <5" in alpha_text and "Sites" not in alpha_text
    assert run(c_paths, *argv, "--force", "--site", "Nowhere") == 2
    assert "No sessions from a site 'Nowhere'" in capsys.readouterr().err


def test_excel_export_by_site(two_sites, tmp_path: Path, capsys) -> None:
    from openpyxl import load_workbook

    a_paths, c_paths, _ = two_sites
    bundle = tmp_path / "alpha.zip"
    run(a_paths, "sessions", "bundle", "--out", str(bundle))
    run(c_paths, "sessions", "merge", str(bundle))
    out = tmp_path / "alpha.xlsx"
    argv = ("sessions", "export", "--format", "xlsx", "--out", str(out), "--site", "Alpha")
    assert run(c_paths, *argv) == 0
    assert "Exported 4 sessions" in capsys.readouterr().out
    assert load_workbook(out).worksheets[1].max_row == 5  # the header and four sessions


def _pdf_text(folder: Path, pdf: bytes) -> str:
    path = folder / "read.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout


def test_sync_without_a_server_says_how_to_give_one(tmp_path: Path, capsys) -> None:
    paths = DataPaths(tmp_path / "data")
    assert run(paths, "sync") == 2
    assert "--server URL" in capsys.readouterr().err


def test_a_remote_server_without_tls_is_refused(tmp_path: Path, capsys) -> None:
    paths = DataPaths(tmp_path / "data")
    url = "postgresql://helper@db.example.org/peerhelper?sslmode=disable"
    assert run(paths, "sync", "--server", url) == 2
    assert "must be encrypted" in capsys.readouterr().err
