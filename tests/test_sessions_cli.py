"""The ``sessions import`` and ``sessions export`` commands: exit codes and messages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from peerhelper import cli
from peerhelper.domain.session import SessionData
from peerhelper.domain.sessions_csv import COLUMNS
from peerhelper.paths import DataPaths
from peerhelper.storage import sessions_repo as repo
from peerhelper.storage.database import open_database
from peerhelper.storage.session_query import SessionFilter, count_sessions


def run(paths: DataPaths, *argv: str) -> int:
    return cli.run(["--data-dir", str(paths.root), *argv])


def _count(paths: DataPaths) -> int:
    db = open_database(paths.database, paths.backups)
    try:
        return count_sessions(db, SessionFilter())
    finally:
        db.close()


def _add_sessions(paths: DataPaths, *days: int) -> None:
    db = open_database(paths.database, paths.backups)
    try:
        for day in days:
            repo.save_session(
                db, SessionData(started_at=datetime(2026, 3, day, 10), mode="local", topics=["tax"])
            )
    finally:
        db.close()


def test_export_then_import_elsewhere(data_paths: DataPaths, tmp_path: Path, capsys) -> None:
    _add_sessions(data_paths, 1, 15, 31)
    out = tmp_path / "march.csv"
    code = run(data_paths, "sessions", "export", "--format", "csv", "--out", str(out),
               "--from", "2026-03-15", "--to", "2026-03-31")  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out == f"Exported 2 sessions to {out}\n"
    assert out.read_text("utf-8-sig").count("\n") == 3

    other = DataPaths(tmp_path / "other")
    assert run(other, "sessions", "import", str(out)) == 0
    assert capsys.readouterr().out == f"Imported {out}: 2 new, 0 updated, 0 unchanged.\n"
    assert run(other, "sessions", "import", str(out)) == 0
    assert "0 new, 0 updated, 2 unchanged" in capsys.readouterr().out
    assert _count(other) == 2


def test_import_of_a_bad_file_exits_2_and_lists_every_line(
    data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    header = ",".join(COLUMNS)
    good = ",2026-03-14 10:30,,local,,email" + "," * (len(COLUMNS) - 6)
    rows = [header, good, good.replace("local", "teleport"), good.replace("email", "astrology")]
    path = tmp_path / "bad.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert run(data_paths, "sessions", "import", str(path)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "nothing was changed" in captured.err
    assert "line 3: mode: unknown code 'teleport'" in captured.err
    assert "line 4: topics: unknown topic 'astrology'" in captured.err
    assert _count(data_paths) == 0


def test_import_of_a_missing_file_exits_2(data_paths: DataPaths, tmp_path: Path, capsys) -> None:
    assert run(data_paths, "sessions", "import", str(tmp_path / "none.csv")) == 2
    assert "cannot read" in capsys.readouterr().err


def test_export_with_reversed_dates_exits_2(data_paths: DataPaths, tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.csv"
    code = run(data_paths, "sessions", "export", "--out", str(out),
               "--from", "2026-04-01", "--to", "2026-03-01")  # fmt: skip
    assert code == 2
    assert "--from 2026-04-01 is after --to 2026-03-01" in capsys.readouterr().err
    assert not out.exists()


def test_export_into_a_missing_folder_exits_2_naming_it(
    data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "no" / "x.csv"
    assert run(data_paths, "sessions", "export", "--out", str(out)) == 2
    err = capsys.readouterr().err
    assert f"The folder {tmp_path / 'no'} does not exist, so {out} cannot be written" in err
    assert ".partial" not in err
    assert not (tmp_path / "no").exists()


def test_export_to_a_folder_exits_2_naming_it(
    data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    assert run(data_paths, "sessions", "export", "--out", str(tmp_path)) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path} is a folder. Give a file name inside it" in err
    assert ".partial" not in err


def test_export_replaces_a_file_only_with_force(
    data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    _add_sessions(data_paths, 3)
    out = tmp_path / "old.csv"
    out.write_text("keep me")
    assert run(data_paths, "sessions", "export", "--out", str(out)) == 2
    assert "already exists" in capsys.readouterr().err
    assert out.read_text() == "keep me"
    assert run(data_paths, "sessions", "export", "--out", str(out), "--force") == 0
    assert out.read_text("utf-8-sig").startswith("id;started_at")


def test_export_never_writes_into_the_data_folder(
    data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    _add_sessions(data_paths, 3)
    before = data_paths.database.read_bytes()
    code = run(data_paths, "sessions", "export", "--out", str(data_paths.database), "--force")
    assert code == 2
    assert "inside PeerHelper's data folder" in capsys.readouterr().err
    assert data_paths.database.read_bytes() == before
    assert _count(data_paths) == 1


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--from", "0001-01-01"),
        ("--to", "9999-12-31"),
        ("--from", "1999-12-31"),
        ("--to", "2100-01-01"),
        ("--from", "2026-02-30"),
        ("--to", "2026-13-01"),
        ("--from", "99999-01-01"),
    ],
)
def test_extreme_and_invalid_dates_exit_2(
    data_paths: DataPaths, tmp_path: Path, capsys, option: str, value: str
) -> None:
    out = tmp_path / "x.csv"
    with pytest.raises(SystemExit) as caught:
        run(data_paths, "sessions", "export", "--out", str(out), option, value)
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert f"argument {option}:" in err
    assert "2000–2099" in err or "not a date such as 2026-03-14" in err
    assert not out.exists()


def test_the_widest_date_range_exports_everything(
    data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    _add_sessions(data_paths, 1, 31)
    out = tmp_path / "all.csv"
    code = run(data_paths, "sessions", "export", "--out", str(out),
               "--from", "2000-01-01", "--to", "2099-12-31")  # fmt: skip
    assert code == 0
    assert "Exported 2 sessions" in capsys.readouterr().out


@pytest.mark.parametrize("when", ["0001-01-01 10:00", "9999-12-31 23:59", "14.3.1899 10:00"])
def test_an_import_with_an_extreme_date_exits_2(
    data_paths: DataPaths, tmp_path: Path, capsys, when: str
) -> None:
    header = ",".join(COLUMNS)
    row = f",{when},,local,,email" + "," * (len(COLUMNS) - 6)
    path = tmp_path / "old.csv"
    path.write_text(f"{header}\n{row}\n", encoding="utf-8")
    assert run(data_paths, "sessions", "import", str(path)) == 2
    err = capsys.readouterr().err
    assert "line 2: started_at: the date must be in the years 2000–2099" in err
    assert _count(data_paths) == 0


@pytest.mark.parametrize(
    "argv",
    [
        ["sessions", "export", "--out", "x.csv", "--from", "1.3.2026"],
        ["sessions", "export", "--format", "ods", "--out", "x.ods"],
        ["sessions", "export"],
        ["sessions"],
    ],
)
def test_bad_options_are_refused_with_exit_code_2(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        cli.build_parser().parse_args(argv)
    assert caught.value.code == 2
    assert "error:" in capsys.readouterr().err
