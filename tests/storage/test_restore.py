"""Restore: checked before the swap, atomic, and never leaving a folder without its data."""

import sqlite3
from pathlib import Path

import pytest

from peerhelper.domain.site import SiteProfileData
from peerhelper.errors import DiskFullError
from peerhelper.operations import backups as operations
from peerhelper.paths import DataPaths
from peerhelper.storage import backup, leftovers
from peerhelper.storage.database import open_database
from peerhelper.storage.leftovers import MissingDatabaseError
from peerhelper.storage.restore import BackupRefusedError
from peerhelper.storage.site_repo import load_site_profile, save_site_profile


def _profile(paths: DataPaths, name: str) -> None:
    database = open_database(paths.database, paths.backups)
    save_site_profile(database, SiteProfileData("Org", name, languages=["fi"]))
    database.close()


def _site_name(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT site_name FROM site_profile").fetchone()[0]
    finally:
        connection.close()


def _copy(paths: DataPaths, target: Path) -> Path:
    return backup.copy_database(paths.database, target)


def _crafted(tmp_path: Path, data_paths: DataPaths, kind: str) -> Path:
    source = tmp_path / f"{kind}.db"
    if kind == "not-sqlite":
        source.write_bytes(b"name;notes\nSeppo;asked about bank codes\n" * 100)
        return source
    if kind == "empty":
        source.write_bytes(b"")
        return source
    _copy(data_paths, source)
    connection = sqlite3.connect(source)
    if kind == "newer":
        connection.execute("UPDATE alembic_version SET version_num = '0999'")
    elif kind == "missing-tables":
        connection.execute("DROP TABLE session_guide")
    elif kind == "no-version":
        connection.execute("DROP TABLE alembic_version")
    connection.commit()
    connection.close()
    if kind == "damaged":
        raw = bytearray(source.read_bytes())
        # Page 2 onwards: keep the header so it still looks like SQLite.
        for offset in range(4096, len(raw), 5):
            raw[offset] = 0xA5
        source.write_bytes(bytes(raw))
    return source


@pytest.mark.parametrize(
    ("kind", "problem"),
    [
        ("not-sqlite", "not-sqlite"),
        ("empty", "not-sqlite"),
        ("newer", "newer"),
        ("missing-tables", "not-peerhelper"),
        ("no-version", "not-peerhelper"),
        ("damaged", "damaged"),
    ],
)
def test_a_crafted_backup_is_refused_and_nothing_changes(
    data_paths: DataPaths, tmp_path: Path, kind: str, problem: str
) -> None:
    _profile(data_paths, "Current")
    source = _crafted(tmp_path, data_paths, kind)
    before = sorted(p.name for p in data_paths.root.iterdir())
    with pytest.raises(BackupRefusedError) as caught:
        operations.restore(data_paths, source)
    assert caught.value.problem == problem
    assert caught.value.exit_code == 2
    assert "was not changed" in str(caught.value)
    assert sorted(p.name for p in data_paths.root.iterdir()) == before
    assert _site_name(data_paths.database) == "Current"


def test_restore_keeps_the_old_database_whole_with_its_wal(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    _profile(data_paths, "Before")
    saved = _copy(data_paths, tmp_path / "saved.db")
    _profile(data_paths, "After")  # still in the WAL, not yet in the main file
    aside = operations.restore(data_paths, saved)
    assert aside is not None and aside.name.startswith("peerhelper.db.before-restore-")
    assert _site_name(aside) == "After"
    assert _site_name(data_paths.database) == "Before"
    assert not list(data_paths.root.glob("*.partial*"))


def test_an_older_backup_is_migrated_after_the_swap(data_paths: DataPaths, tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from peerhelper.storage.database import make_engine
    from peerhelper.storage.migrations import HEAD_REVISION, MIGRATIONS_DIR

    _profile(data_paths, "Current")
    old = tmp_path / "old.db"
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    engine = make_engine(old)
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    engine.dispose()
    operations.restore(data_paths, old)
    connection = sqlite3.connect(data_paths.database)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
        HEAD_REVISION,
    )
    connection.close()


def test_a_full_disk_while_copying_leaves_the_live_database(
    data_paths: DataPaths, tmp_path: Path, monkeypatch
) -> None:
    from peerhelper.storage import restore as restore_module

    _profile(data_paths, "Current")
    saved = _copy(data_paths, tmp_path / "saved.db")

    def full(source: Path, target: Path) -> None:
        target.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(restore_module, "sqlite_copy", full)
    with pytest.raises(DiskFullError) as caught:
        operations.restore(data_paths, saved)
    assert str(caught.value).startswith("The disk is full")
    assert "not changed" in str(caught.value)
    assert _site_name(data_paths.database) == "Current"
    assert not list(data_paths.root.glob("*.partial*"))
    assert not list(data_paths.root.glob("peerhelper.db.before-restore-*"))


def test_no_database_but_an_aside_is_never_started_empty(data_paths: DataPaths) -> None:
    _profile(data_paths, "Kept")
    # What an older PeerHelper left when killed mid-restore: only the copy set aside.
    data_paths.database.rename(data_paths.root / "peerhelper.db.before-restore-20260101-100000")
    (data_paths.root / "peerhelper.db.partial").write_bytes(b"SQLite format 3\x00half")
    with pytest.raises(MissingDatabaseError) as caught:
        open_database(data_paths.database, data_paths.backups)
    assert "restore --latest-aside" in str(caught.value)
    assert not data_paths.database.exists()
    source, aside = operations.restore_latest_aside(data_paths)
    assert source.name == "peerhelper.db.before-restore-20260101-100000"
    assert aside is None
    assert _site_name(data_paths.database) == "Kept"
    assert source.exists()  # copied back, never moved


def test_start_empty_is_a_choice(data_paths: DataPaths) -> None:
    _profile(data_paths, "Kept")
    data_paths.database.rename(data_paths.root / "peerhelper.db.damaged-20260101-100000")
    open_database(data_paths.database, data_paths.backups, start_empty=True).close()
    assert load_site_profile(open_database(data_paths.database)) is None


def test_latest_aside_with_nothing_good_says_so(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    (data_paths.root / "peerhelper.db.damaged-20260101-100000").write_bytes(b"junk" * 100)
    with pytest.raises(Exception, match="No copy set aside") as caught:
        operations.restore_latest_aside(data_paths)
    assert getattr(caught.value, "exit_code", None) == 2


def test_interrupted_temporary_files_are_cleaned_at_start(data_paths: DataPaths) -> None:
    _profile(data_paths, "Site")
    data_paths.backups.mkdir()
    junk = [
        data_paths.backups / ".peerhelper-20260101-100000-daily.db.abc123.partial",
        data_paths.backups / ".peerhelper-20260101-100000-daily.db.abc123.partial-journal",
        data_paths.root / ".peerhelper.db.xyz.partial",
    ]
    for path in junk:
        path.write_bytes(b"half")
    aside = data_paths.root / "peerhelper.db.before-restore-20260101-100000"
    aside.write_bytes(b"kept")
    assert sorted(operations.clean_interrupted(data_paths)) == sorted(junk)
    assert aside.exists()
    assert leftovers.leftovers(data_paths.database) == [aside]


def test_newest_good_backup_skips_one_from_a_newer_version(
    data_paths: DataPaths, tmp_path: Path
) -> None:
    _profile(data_paths, "Site")
    good = backup.make_backup(data_paths.database, data_paths.backups, "daily")
    newer = _crafted(tmp_path, data_paths, "newer")
    target = data_paths.backups / backup.backup_name("manual").replace("2", "3", 1)
    newer.rename(target)
    assert backup.newest_good_backup(data_paths.backups) == good
