"""A disk that fills up: "The disk is full", nothing half-written, the app still starts.

Run on a real small disk (a tmpfs, see ``full_disk``), not on a simulation.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from peerhelper import cli
from peerhelper.domain.session import SessionData
from peerhelper.errors import DiskFullError
from peerhelper.paths import DataPaths
from peerhelper.storage import sessions_repo
from peerhelper.storage.database import open_database
from peerhelper.storage.integrity import check_database_file
from peerhelper.storage.session_query import SessionFilter, count_sessions
from tests.full_disk import fill, small_disk

NOTE = "Harjoiteltiin liitteen lisäämistä sähköpostiin ja tiedoston etsimistä. " * 6


def add_sessions(paths: DataPaths, count: int) -> None:
    db = open_database(paths.database, paths.backups)
    try:
        sessions = [
            SessionData(
                started_at=datetime(2026, 3, 1 + n % 28, 10), mode="local", topics=["email"],
                note=NOTE,
            )
            for n in range(count)
        ]  # fmt: skip
        with db.session() as s:
            sessions_repo.write_sessions(s, db.device_id, sessions)
    finally:
        db.close()


def count(paths: DataPaths) -> int:
    db = open_database(paths.database, paths.backups)
    try:
        return count_sessions(db, SessionFilter())
    finally:
        db.close()


def run(paths: DataPaths, *argv: str) -> int:
    return cli.run(["--data-dir", str(paths.root), *argv])


@pytest.fixture
def disk(tmp_path: Path):
    with small_disk(tmp_path / "disk", 96) as folder:
        yield folder


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name not in ("filler", "old.csv"))


def test_an_export_on_a_full_disk_says_so_and_leaves_the_old_file(
    data_paths: DataPaths, disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_sessions(data_paths, 300)  # about 150 KB of CSV, more than the disk holds
    old = disk / "old.csv"
    old.write_text("the export of last month")
    code = run(data_paths, "sessions", "export", "--out", str(old), "--force")
    err = capsys.readouterr().err
    assert code == 1
    assert f"The disk is full: {old} was not written" in err
    assert old.read_text() == "the export of last month"
    assert leftovers(disk) == []


def test_a_pdf_on_a_full_disk_says_so_and_leaves_nothing(
    data_paths: DataPaths, disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill(disk, leave_bytes=8 * 1024)
    out = disk / "sign.pdf"
    assert run(data_paths, "sign", "--out", str(out)) == 1
    assert "The disk is full" in capsys.readouterr().err
    assert leftovers(disk) == []


def test_a_backup_on_a_full_disk_says_so_and_leaves_nothing(
    data_paths: DataPaths, disk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_sessions(data_paths, 300)
    out = disk / "copy.db"
    assert run(data_paths, "backup", "--out", str(out)) == 1
    assert "The disk is full" in capsys.readouterr().err
    assert leftovers(disk) == []
    check_database_file(data_paths.database, thorough=True)


def test_saving_a_session_on_a_full_disk_keeps_the_log_and_the_app_starts(
    tmp_path: Path,
) -> None:
    with small_disk(tmp_path / "disk", 2048) as folder:
        paths = DataPaths(folder / "data")
        add_sessions(paths, 5)
        db = open_database(paths.database, paths.backups)
        filler = fill(folder)
        try:
            secret = "Kysyttiin kirjastokortin numeroa " * 100
            with pytest.raises(DiskFullError) as caught:
                for _ in range(20):  # the WAL may have room for the first few
                    sessions_repo.save_session(
                        db,
                        SessionData(
                            datetime(2026, 3, 14, 10), mode="local", topics=["email"], note=secret
                        ),
                    )
            assert "The disk is full" in str(caught.value)
            assert "Nothing of this change was saved" in str(caught.value)
            assert "kirjastokortin" not in str(caught.value)
            assert "kirjastokortin" not in str(caught.value.__cause__)
        finally:
            db.close()
        # While the disk is still full, starting says so: the healthy log is
        # never taken for a damaged one (which would offer to restore a backup).
        full = smoke_start(paths)
        assert full.returncode == 2
        assert "the disk is full" in full.stderr
        assert "damaged" not in full.stderr
        assert "Traceback" not in full.stderr
        # Once space is freed, the desktop app starts with every saved session.
        filler.unlink()
        check_database_file(paths.database, thorough=True)
        saved = count(paths)
        assert 5 <= saved < 25
        started = smoke_start(paths)
        assert started.returncode == 0, started.stderr
        assert count(paths) == saved


def smoke_start(paths: DataPaths) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "peerhelper", "--data-dir", str(paths.root), "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
