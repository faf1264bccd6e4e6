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
