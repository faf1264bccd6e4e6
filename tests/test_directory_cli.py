"""The ``directory`` and ``referral-slip`` commands: exit codes, messages, files."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from peerhelper import cli
from peerhelper.domain.directory_files import COLUMNS, read_starter_entries
from peerhelper.paths import DataPaths

KELA = read_starter_entries()[0].uuid or ""


def run(paths: DataPaths, *argv: str) -> int:
    return cli.run(["--data-dir", str(paths.root), *argv])


def test_list_shows_ids_and_names(data_paths: DataPaths, capsys) -> None:
    assert run(data_paths, "directory", "list") == 0
    assert f"{KELA}  authority    Kela – puhelinpalvelu" in capsys.readouterr().out


def test_export_refuses_an_existing_file_without_force(
    data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    out = tmp_path / "directory.json"
    assert run(data_paths, "directory", "export", "--format", "json", "--out", str(out)) == 0
    assert len(json.loads(out.read_text("utf-8"))) == 3
    assert run(data_paths, "directory", "export", "--format", "json", "--out", str(out)) == 2
    assert "--force" in capsys.readouterr().err
    assert (
        run(data_paths, "directory", "export", "--out", str(out), "--force", "--format", "csv") == 0
    )


def test_a_bad_import_exits_2_lists_lines_and_changes_nothing(
    data_paths: DataPaths, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "bad.csv"
    rows = [";".join(COLUMNS), ";Uusi;shop;;;;;;;;;;", f"{KELA};Kela;authority;;;;;;;;;;"]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8-sig")
    assert run(data_paths, "directory", "import", str(path)) == 2
    err = capsys.readouterr().err
    assert "nothing was changed" in err and "line 2: kind: unknown kind 'shop'" in err
    assert run(data_paths, "directory", "list") == 0
    assert "Uusi" not in capsys.readouterr().out
    path.write_text("\n".join(rows[:1] + rows[2:]) + "\n", encoding="utf-8")
    assert run(data_paths, "directory", "import", str(path)) == 0
    assert "0 new, 1 updated" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_referral_slip_by_a_short_id(data_paths: DataPaths, tmp_path: Path, capsys) -> None:
    out = tmp_path / "slip.pdf"
    argv = ["referral-slip", KELA[:8], "--lang", "uk", "--note", "Житлова допомога"]
    assert run(data_paths, *argv, "--paper", "A4", "--out", str(out)) == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Направлення" in text and "Ohjaus: mene tänne" in text and "Житлова" in text
    assert run(data_paths, *argv, "--out", str(out)) == 2  # exists, no --force
    assert (
        run(data_paths, "referral-slip", "nope", "--lang", "fi", "--out", str(tmp_path / "n.pdf"))
        == 2
    )
    assert "no directory entry" in capsys.readouterr().err
