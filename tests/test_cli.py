"""The command line, run as a user runs it: in a child process."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from peerhelper import __version__


def peerhelper(*args: str, data: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PEERHELPER_DATA_DIR": str(data)}
    return subprocess.run(
        [sys.executable, "-m", "peerhelper", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_version(tmp_path: Path) -> None:
    result = peerhelper("--version", data=tmp_path)
    assert result.returncode == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize(
    "command",
    [
        [],
        ["backup"],
        ["restore"],
        ["sessions", "import"],
        ["sessions", "export"],
        ["guides", "list"],
    ],
)
def test_help_on_each_command(tmp_path: Path, command: list[str]) -> None:
    result = peerhelper(*command, "--help", data=tmp_path)
    assert result.returncode == 0
    assert "usage:" in result.stdout


def test_smoke_starts_the_whole_app_and_quits(tmp_path: Path) -> None:
    result = peerhelper("--smoke", data=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "data" / "peerhelper.db").exists()
    # The first start made its daily backup.
    assert list((tmp_path / "data" / "backups").glob("*-daily.db"))


def test_smoke_with_a_damaged_database_fails_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "peerhelper.db").write_bytes(b"garbage" * 1000)
    result = peerhelper("--smoke", data=data)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert (data / "peerhelper.db").read_bytes() == b"garbage" * 1000


def test_unwritable_data_folder_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = peerhelper("--data-dir", str(blocker / "data"), "--smoke", data=tmp_path)
    assert result.returncode == 2
    assert f"{blocker} is a file, not a folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_data_folder_that_is_a_file_is_named_so(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("x")
    for args in (["--smoke"], ["sessions", "export", "--out", str(tmp_path / "x.csv")]):
        result = peerhelper("--data-dir", str(blocker), *args, data=tmp_path)
        assert result.returncode == 2
        assert "it is a file, not a folder" in result.stderr
        assert "File exists" not in result.stderr
        assert "Traceback" not in result.stderr
    assert blocker.read_text() == "x"


def test_backup_and_restore_commands(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert peerhelper("--smoke", data=data).returncode == 0
    out = tmp_path / "saved.db"
    backup = peerhelper("backup", "--out", str(out), data=data)
    assert backup.returncode == 0, backup.stderr
    assert out.exists()
    again = peerhelper("backup", "--out", str(out), data=data)
    assert again.returncode == 2
    assert "already exists" in again.stderr
    restore = peerhelper("restore", str(out), data=data)
    assert restore.returncode == 0, restore.stderr
    assert "kept as" in restore.stdout
    assert list(data.glob("peerhelper.db.before-restore-*"))


@pytest.mark.parametrize(
    "args",
    [["restore", "does-not-exist.db"], ["--no-such-option"], ["backup", "--out"]],
)
def test_bad_input_exits_with_2_and_names_the_problem(tmp_path: Path, args: list[str]) -> None:
    result = peerhelper(*args, data=tmp_path / "data")
    assert result.returncode == 2
    assert result.stderr.strip()
    assert "Traceback" not in result.stderr


def _newer_backup(data: Path, tmp_path: Path) -> Path:
    import sqlite3

    assert peerhelper("--smoke", data=data).returncode == 0
    out = tmp_path / "newer.db"
    assert peerhelper("backup", "--out", str(out), data=data).returncode == 0
    connection = sqlite3.connect(out)
    connection.execute("UPDATE alembic_version SET version_num = '0999'")
    connection.commit()
    connection.close()
    return out


@pytest.mark.parametrize("kind", ["newer", "not-sqlite", "missing-tables"])
def test_restore_refuses_a_crafted_backup_with_2(tmp_path: Path, kind: str) -> None:
    import sqlite3

    data = tmp_path / "data"
    source = _newer_backup(data, tmp_path)
    if kind == "not-sqlite":
        source.write_bytes(b"just text\n" * 100)
    elif kind == "missing-tables":
        connection = sqlite3.connect(source)
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
        connection.execute("DROP TABLE support_session")
        connection.commit()
        connection.close()
    before = (data / "peerhelper.db").read_bytes()
    result = peerhelper("restore", str(source), data=data)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "was not changed" in result.stderr
    assert (data / "peerhelper.db").read_bytes() == before
    assert not list(data.glob("peerhelper.db.before-restore-*"))
    # And the app still starts on it.
    assert peerhelper("--smoke", data=data).returncode == 0


def test_latest_aside_puts_back_what_an_interrupted_restore_left(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert peerhelper("--smoke", data=data).returncode == 0
    for suffix in ("-wal", "-shm"):
        (data / f"peerhelper.db{suffix}").unlink(missing_ok=True)
    (data / "peerhelper.db").rename(data / "peerhelper.db.before-restore-20260101-100000")
    refused = peerhelper("sessions", "export", "--out", str(tmp_path / "x.csv"), data=data)
    assert refused.returncode == 1
    assert "restore --latest-aside" in refused.stderr
    assert not (data / "peerhelper.db").exists()
    smoke = peerhelper("--smoke", data=data)
    assert smoke.returncode == 1 and "Traceback" not in smoke.stderr
    assert not (data / "peerhelper.db").exists()
    put_back = peerhelper("restore", "--latest-aside", data=data)
    assert put_back.returncode == 0, put_back.stderr
    assert "before-restore-20260101-100000" in put_back.stdout
    assert peerhelper("--smoke", data=data).returncode == 0


def test_a_writer_waits_then_says_the_folder_is_busy(tmp_path: Path) -> None:
    from tests.storage.test_folder_lock import held_elsewhere

    data = tmp_path / "data"
    assert peerhelper("--smoke", data=data).returncode == 0
    out = tmp_path / "saved.db"
    assert peerhelper("backup", "--out", str(out), data=data).returncode == 0
    with held_elsewhere(data, "shared"):  # as the open window does
        # Reading and backing up go on beside the window...
        assert peerhelper("backup", data=data).returncode == 0
        # ...but nothing replaces the database under it.
        result = peerhelper("restore", str(out), data=data)
    assert result.returncode == 1
    assert "is busy" in result.stderr
    assert "Traceback" not in result.stderr
    assert not list(data.glob("peerhelper.db.before-restore-*"))


def test_a_locked_database_is_told_not_a_traceback(tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    assert peerhelper("--smoke", data=data).returncode == 0
    csv = tmp_path / "sessions.csv"
    csv.write_text("started_at;minutes;mode\n2026-03-01 10:00;15;local\n", encoding="utf-8")
    holder = sqlite3.connect(data / "peerhelper.db", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program keeps the database locked
    try:
        result = peerhelper("sessions", "import", str(csv), data=data)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == 1, result.stderr
    assert "is busy" in result.stderr
    assert "Traceback" not in result.stderr
    assert "INSERT" not in result.stderr
