import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from peerhelper.domain.site import SiteProfileData
from peerhelper.errors import BadInputError
from peerhelper.operations import backups as operations
from peerhelper.paths import DataPaths
from peerhelper.storage import backup
from peerhelper.storage.database import open_database
from peerhelper.storage.site_repo import load_site_profile, save_site_profile


def _profile(db_paths: DataPaths, name: str) -> None:
    database = open_database(db_paths.database, db_paths.backups)
    save_site_profile(database, SiteProfileData("Org", name, languages=["fi"]))
    database.close()


def _site_name(db_paths: DataPaths) -> str:
    database = open_database(db_paths.database, db_paths.backups)
    profile = load_site_profile(database)
    database.close()
    assert profile is not None
    return profile.site_name


def test_backup_and_restore_round_trip(data_paths: DataPaths, tmp_path: Path) -> None:
    _profile(data_paths, "Before")
    made = operations.backup_now(data_paths, tmp_path / "copy.db")
    _profile(data_paths, "After")
    aside = operations.restore(data_paths, made)
    assert _site_name(data_paths) == "Before"
    # The replaced database is kept, whole, under a new name.
    assert aside is not None and aside.exists()
    kept = sqlite3.connect(aside)
    assert kept.execute("SELECT site_name FROM site_profile").fetchone()[0] == "After"
    kept.close()


def test_backup_refuses_to_overwrite(data_paths: DataPaths, tmp_path: Path) -> None:
    _profile(data_paths, "Site")
    target = tmp_path / "copy.db"
    target.write_text("precious")
    with pytest.raises(BadInputError):
        operations.backup_now(data_paths, target)
    assert target.read_text() == "precious"


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"hello", "not an SQLite"), (None, "not a PeerHelper database")],
)
def test_restore_rejects_what_is_not_our_backup(
    data_paths: DataPaths, tmp_path: Path, content: bytes | None, reason: str
) -> None:
    _profile(data_paths, "Current")
    source = tmp_path / "other.db"
    if content is None:
        connection = sqlite3.connect(source)
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.commit()
        connection.close()
    else:
        source.write_bytes(content)
    with pytest.raises(BadInputError, match=reason):
        operations.restore(data_paths, source)
    assert _site_name(data_paths) == "Current"
    assert not list(data_paths.root.glob("peerhelper.db.*-*"))


def test_automatic_backup_at_most_once_a_day(data_paths: DataPaths) -> None:
    _profile(data_paths, "Site")
    assert operations.automatic_backup(data_paths) is not None
    assert operations.automatic_backup(data_paths) is None
    assert len(backup.list_backups(data_paths.backups)) == 1


def _fake(folder: Path, when: datetime, kind: str = "daily") -> Path:
    path = folder / backup.backup_name(kind, when)
    path.write_bytes(b"")
    return path


def test_retention_keeps_seven_daily_and_four_weekly(tmp_path: Path) -> None:
    start = datetime(2026, 11, 29, 9, 0)
    for day in range(60):
        _fake(tmp_path, start - timedelta(days=day))
        _fake(tmp_path, start - timedelta(days=day, hours=1))  # an older one the same day
    manual = _fake(tmp_path, start - timedelta(days=100), "manual")
    backup.prune_backups(tmp_path)
    left = backup.list_backups(tmp_path)
    days = sorted({b.taken.date() for b in left if b.automatic}, reverse=True)
    assert days[:7] == [(start - timedelta(days=d)).date() for d in range(7)]
    weeks = {b.taken.isocalendar()[:2] for b in left if b.automatic}
    assert len(weeks) == 4
    assert len([b for b in left if b.automatic]) <= 7 + 4
    # Only the newest backup of a kept day stays.
    assert len([b for b in left if b.taken.date() == start.date()]) == 1
    assert manual.exists()


def test_newest_good_backup_skips_damaged_ones(data_paths: DataPaths) -> None:
    _profile(data_paths, "Site")
    good = backup.make_backup(data_paths.database, data_paths.backups, "daily")
    newer = data_paths.backups / backup.backup_name("daily", datetime.now() + timedelta(days=1))
    newer.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    assert backup.newest_good_backup(data_paths.backups) == good
