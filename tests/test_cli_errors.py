"""The README's promise: bad input to any command exits with 2 and a message, never a traceback.

Each case runs the command as the program runs it (``cli.run``); an
exception escaping it would be the traceback a user sees, and fails the test.
A few cases run in a child process, exactly as typed in a terminal.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from peerhelper import cli
from peerhelper.paths import DataPaths
from peerhelper.storage.database import open_database


@pytest.fixture
def data(tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    open_database(paths.database, paths.backups).close()
    return paths


def run(paths: DataPaths, argv: list[str]) -> int:
    try:
        return cli.run(["--data-dir", str(paths.root), *argv])
    except SystemExit as stop:  # argparse's own refusals
        return int(stop.code or 0)


def _existing(tmp: Path) -> str:
    path = tmp / "existing.pdf"
    path.write_bytes(b"mine")
    return str(path)


def _text_file(tmp: Path) -> str:
    path = tmp / "notes.txt"
    path.write_text("not a backup")
    return str(path)


# Each case: the arguments (given the temporary folder and the data folder) and
# a piece of the message that must be printed.
Case = tuple[Callable[[Path, Path], list[str]], str]
CASES: dict[str, Case] = {
    "unknown command": (lambda t, d: ["no-such-command"], "invalid choice"),
    "backup into a missing folder": (
        lambda t, d: ["backup", "--out", str(t / "no" / "x.db")],
        "does not exist",
    ),
    "backup to a folder": (lambda t, d: ["backup", "--out", str(t)], "is a folder"),
    "backup over a file": (lambda t, d: ["backup", "--out", _existing(t)], "already exists"),
    "backup into the data folder": (
        lambda t, d: ["backup", "--out", str(d / "backups" / "x.db"), "--force"],
        "inside PeerHelper's data folder",
    ),
    "restore a missing file": (
        lambda t, d: ["restore", str(t / "missing.db")],
        "missing.db does not exist",
    ),
    "restore a folder": (lambda t, d: ["restore", str(t)], "is a folder"),
    "restore a text file": (lambda t, d: ["restore", _text_file(t)], "cannot be restored"),
    "import a missing file": (
        lambda t, d: ["sessions", "import", str(t / "none.csv")],
        "cannot read",
    ),
    "export to a folder": (lambda t, d: ["sessions", "export", "--out", str(t)], "is a folder"),
    "export into a missing folder": (
        lambda t, d: ["sessions", "export", "--out", str(t / "no" / "x.csv")],
        "does not exist",
    ),
    "export over a file": (
        lambda t, d: ["sessions", "export", "--out", _existing(t)],
        "already exists",
    ),
    "export with dates reversed": (
        lambda t, d: [
            "sessions",
            "export",
            "--out",
            str(t / "x.csv"),
            "--from",
            "2026-04-01",
            "--to",
            "2026-03-01",
        ],
        "is after",
    ),
    "export from year 1": (
        lambda t, d: ["sessions", "export", "--out", str(t / "x.csv"), "--from", "0001-01-01"],
        "2000–2099",
    ),
    "export to year 9999": (
        lambda t, d: ["sessions", "export", "--out", str(t / "x.csv"), "--to", "9999-12-31"],
        "2000–2099",
    ),
    "guides list of a file": (
        lambda t, d: ["guides", "list", "--dir", _text_file(t)],
        "is a file, not a guide folder",
    ),
    "guides check of a file": (
        lambda t, d: ["guides", "check", _text_file(t)],
        "is a file, not a guide folder",
    ),
    "guides check of a missing folder": (
        lambda t, d: ["guides", "check", str(t / "none")],
        "does not exist",
    ),
    "handout of an unknown guide": (
        lambda t, d: ["handout", "no-such-guide", "--lang", "fi", "--out", str(t / "h.pdf")],
        "No guide with the id",
    ),
    "handout in a missing language": (
        lambda t, d: ["handout", "phone-basics", "--lang", "xx", "--out", str(t / "h.pdf")],
        "no captions in 'xx'",
    ),
    "handout over the database": (
        lambda t, d: [
            "handout",
            "phone-basics",
            "--lang",
            "fi",
            "--out",
            str(d / "peerhelper.db"),
            "--force",
        ],
        "inside PeerHelper's data folder",
    ),
    "sign to a folder": (lambda t, d: ["sign", "--out", str(t)], "is a folder"),
    "directory import of a missing file": (
        lambda t, d: ["directory", "import", str(t / "none.csv")],
        "cannot read",
    ),
    "directory export over a file": (
        lambda t, d: ["directory", "export", "--out", _existing(t)],
        "already exists",
    ),
    "referral-slip of an unknown entry": (
        lambda t, d: ["referral-slip", "no-such-id", "--lang", "fi", "--out", str(t / "r.pdf")],
        "no directory entry",
    ),
    "referral-slip in a language without its words": (
        lambda t, d: ["referral-slip", "c2a1eaf1", "--lang", "xx", "--out", str(t / "r.pdf")],
        "no words in 'xx'",
    ),
    "sign on an unknown paper": (
        lambda t, d: ["sign", "--paper", "B5", "--out", str(t / "s.pdf")],
        "invalid choice",
    ),
    "tally sheet into a missing folder": (
        lambda t, d: ["tally-sheet", "--out", str(t / "no" / "t.pdf")],
        "does not exist",
    ),
    "report with dates reversed": (
        lambda t, d: [
            "report",
            "--from",
            "2026-04-01",
            "--to",
            "2026-03-01",
            "--out",
            str(t / "r.pdf"),
        ],
        "is after",
    ),
    "report without a period": (lambda t, d: ["report", "--out", str(t / "r.pdf")], "required"),
    "report in an unknown language": (
        lambda t, d: [
            "report",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--lang",
            "de",
            "--out",
            str(t / "r.pdf"),
        ],
        "invalid choice",
    ),
    "report over a file": (
        lambda t, d: [
            "report",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--out",
            _existing(t),
        ],
        "already exists",
    ),
    "report into the data folder": (
        lambda t, d: [
            "report",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-31",
            "--out",
            str(d / "r.pdf"),
            "--force",
        ],
        "inside PeerHelper's data folder",
    ),
    "xlsx export over a file": (
        lambda t, d: ["sessions", "export", "--format", "xlsx", "--out", _existing(t)],
        "already exists",
    ),
    "xlsx export in an unknown format": (
        lambda t, d: ["sessions", "export", "--format", "ods", "--out", str(t / "x.ods")],
        "invalid choice",
    ),
    "tally sheet over a file": (
        lambda t, d: ["tally-sheet", "--out", _existing(t)],
        "already exists",
    ),
    "sync with no server set": (lambda t, d: ["sync"], "No organisation server is set"),
    "sync with a server that is not PostgreSQL": (
        lambda t, d: ["sync", "--server", "mysql://helper@server/org"],
        "Only PostgreSQL servers",
    ),
    "report of a site with no sessions here": (
        lambda t, d: [
            "report",
            "--from",
            "2026-01-01",
            "--to",
            "2026-01-31",
            "--site",
            "Nowhere",
            "--out",
            str(t / "r.pdf"),
        ],
        "No sessions from a site 'Nowhere'",
    ),
    "report backwards": (
        lambda t, d: ["report", "--from", "2026-02-01", "--to", "2026-01-31", "--out", "r.pdf"],
        "is after",
    ),
    "bundle over a file": (
        lambda t, d: ["sessions", "bundle", "--out", _existing(t)],
        "already exists",
    ),
    "merge of a file that is not a bundle": (
        lambda t, d: ["sessions", "merge", _text_file(t)],
        "not a whole site bundle",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_exits_2_with_a_message(
    name: str, data: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments, expected = CASES[name]
    database_before = data.database.read_bytes()
    code = run(data, arguments(tmp_path, data.root))
    captured = capsys.readouterr()
    assert code == 2, captured
    assert expected in captured.err
    assert "Traceback" not in captured.err
    assert data.database.read_bytes() == database_before
    assert not list(tmp_path.rglob("*.partial"))
    if (tmp_path / "existing.pdf").exists():
        assert (tmp_path / "existing.pdf").read_bytes() == b"mine"


def test_every_command_has_a_bad_input_case() -> None:
    """A new command must join the table above."""
    parser = cli.build_parser()
    commands = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    covered = " ".join(CASES)
    for command in commands:
        word = {"tally-sheet": "tally sheet", "sessions": "export"}.get(command, command)
        assert word in covered, f"no bad-input case for {command!r}"


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


@pytest.mark.parametrize(
    "args",
    [
        ["sessions", "export", "--out", "{tmp}"],
        ["backup", "--out", "{tmp}/no/x.db"],
        ["guides", "check", "{tmp}/file.txt"],
        ["restore", "{tmp}/missing.db"],
        ["--data-dir", "{tmp}/file.txt", "sign", "--out", "{tmp}/s.pdf"],
    ],
)
def test_in_a_terminal_there_is_no_traceback(tmp_path: Path, args: list[str]) -> None:
    (tmp_path / "file.txt").write_text("x")
    result = peerhelper(*(a.format(tmp=tmp_path) for a in args), data=tmp_path / "data")
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("peerhelper: ")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""


def test_a_data_folder_that_is_a_loop_of_links(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    result = peerhelper(
        "--data-dir", str(loop), "sign", "--out", str(tmp_path / "s.pdf"), data=loop
    )
    assert result.returncode == 2
    assert "is a link that leads nowhere" in result.stderr
    assert "Traceback" not in result.stderr
