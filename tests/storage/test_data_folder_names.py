"""Data folders of any name, folders that are files, and errors that keep notes private."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from peerhelper.errors import EXIT_BAD_INPUT, DataFolderError
from peerhelper.paths import DataPaths
from peerhelper.storage.database import database_url, ensure_writable_folder, open_database
from peerhelper.storage.migrations import HEAD_REVISION

# Each would be read as URL syntax in "sqlite:///<path>": %20 decoded, ? a query, # a fragment.
AWKWARD_NAMES = ["100% tuki", "a%20b", "Kysy?mode=ro", "#2 toimipiste", "Työväenopisto ÅÄÖ", "مرکز"]


@pytest.mark.parametrize("name", AWKWARD_NAMES)
def test_any_folder_name_holds_the_database(tmp_path: Path, name: str) -> None:
    paths = DataPaths(tmp_path / name / "data")
    db = open_database(paths.database, paths.backups)
    try:
        with db.session() as s:
            revision = s.execute(text("SELECT version_num FROM alembic_version")).scalar()
        assert revision == HEAD_REVISION
        assert db.engine.url.database == str(paths.database)
    finally:
        db.close()
    # Everything is inside the folder, nothing beside it under a mangled name.
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert paths.database.is_file()


def test_the_address_is_built_from_parts(tmp_path: Path) -> None:
    path = tmp_path / "100% a?b#c" / "peerhelper.db"
    url = database_url(path)
    assert url.drivername == "sqlite"
    assert url.database == str(path)
    assert not url.query


def test_the_app_and_the_cli_work_in_an_awkward_folder(tmp_path: Path) -> None:
    data = tmp_path / "100% tuki? #2 Åbo"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}

    def peerhelper(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "peerhelper", "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )

    started = peerhelper("--smoke")
    assert started.returncode == 0, started.stderr
    out = tmp_path / "export.csv"
    exported = peerhelper("sessions", "export", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    backed_up = peerhelper("backup")
    assert backed_up.returncode == 0, backed_up.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([data.name, out.name])
    assert (data / "peerhelper.db").is_file()


def test_a_data_folder_that_is_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("mine")
    with pytest.raises(DataFolderError) as caught:
        ensure_writable_folder(blocker)
    assert caught.value.kind == "is_file"
    assert caught.value.exit_code == EXIT_BAD_INPUT
    assert "it is a file, not a folder" in str(caught.value)
    assert "File exists" not in str(caught.value)
    assert blocker.read_text() == "mine"


def test_a_file_on_the_way_to_the_data_folder_is_named(tmp_path: Path) -> None:
    blocker = tmp_path / "usb"
    blocker.write_text("mine")
    with pytest.raises(DataFolderError) as caught:
        ensure_writable_folder(blocker / "PeerHelperData")
    assert caught.value.kind == "is_file"
    assert caught.value.blocker == blocker
    assert f"{blocker} is a file, not a folder" in str(caught.value)


@pytest.mark.parametrize("below", ["", "sub"])
def test_a_loop_of_links_is_named(tmp_path: Path, below: str) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    with pytest.raises(DataFolderError) as caught:
        ensure_writable_folder(loop / below if below else loop)
    assert f"{loop} is a link that leads nowhere" in str(caught.value)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write anywhere"
)
def test_a_folder_without_permission(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(DataFolderError) as caught:
        ensure_writable_folder(locked / "data")
    assert caught.value.kind == "permission"


def test_database_errors_never_show_the_values_of_a_statement(data_paths: DataPaths) -> None:
    note = "Asiakkaan puhelinnumero ja kirjastokortti"
    db = open_database(data_paths.database, data_paths.backups)
    try:
        with pytest.raises(OperationalError) as caught, db.session() as s:
            s.execute(text("INSERT INTO no_such_table (note) VALUES (:note)"), {"note": note})
    finally:
        db.close()
    assert note not in str(caught.value)
    assert "hidden" in str(caught.value)


def test_the_program_may_live_in_a_folder_with_a_percent_sign(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a USB stick named "100% tuki", Alembic's configuration must not read % as syntax."""
    import shutil

    from peerhelper.storage import database, migrate
    from peerhelper.storage.migrations import MIGRATIONS_DIR

    moved = tmp_path / "100% tuki" / "migrations"
    shutil.copytree(MIGRATIONS_DIR, moved)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", moved)
    paths = DataPaths(tmp_path / "data")
    db = open_database(paths.database, paths.backups)
    db.close()
    assert database.current_revision(paths.database) == HEAD_REVISION
