"""Backups with SQLite's online backup API, their retention, and restore.

Automatic backups are made at startup at most once a day and always before
a migration. Retention keeps the newest backup of each of the last 7 days
that have one and of each of the last 4 ISO weeks that have one; backups made
by hand (``peerhelper backup``) and copies set aside by a restore are never
pruned. Nothing is ever overwritten without a copy: a restore first moves the
current database (with its WAL) aside under a new name.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from peerhelper.atomic import fsync_folder, is_disk_full
from peerhelper.errors import BadInputError, DamagedDatabaseError, DiskFullError
from peerhelper.storage.integrity import check_database_file

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
AUTOMATIC_KINDS = ("daily", "pre-migration")
_NAME = re.compile(r"^peerhelper-(\d{8})-(\d{6})-([a-z-]+)\.db$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken: datetime
    kind: str

    @property
    def automatic(self) -> bool:
        return self.kind in AUTOMATIC_KINDS


def backup_name(kind: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"peerhelper-{when:%Y%m%d-%H%M%S}-{kind}.db"


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in ``folder``, newest first."""
    found: list[BackupFile] = []
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            day, time = match[1], match[2]
            # Slicing instead of strptime, which is slow to import at start-up.
            taken = datetime(
                int(day[:4]),
                int(day[4:6]),
                int(day[6:]),
                int(time[:2]),
                int(time[2:4]),
                int(time[4:]),
            )
            found.append(BackupFile(path, taken, match[3]))
    found.sort(key=lambda b: (b.taken, b.path.name), reverse=True)
    return found


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def copy_database(source: Path, target: Path) -> Path:
    """Copy a live database consistently with the online backup API."""
    if target.exists():
        raise BadInputError(f"{target} already exists; choose another file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                # A backup is a single self-contained file, not a WAL pair.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        _fsync(partial)
        os.replace(partial, target)
    except BaseException as exc:
        # Nothing half-written stays behind; a full disk is told in plain words.
        partial.unlink(missing_ok=True)
        for companion in ("-journal", "-wal", "-shm"):
            partial.with_name(partial.name + companion).unlink(missing_ok=True)
        if isinstance(exc, OSError | sqlite3.Error) and is_disk_full(exc):
            raise DiskFullError(target) from exc
        raise
    fsync_folder(target.parent)
    return target


def make_backup(database: Path, folder: Path, kind: str) -> Path:
    """Back up ``database`` into ``folder`` under a dated name."""
    target = folder / backup_name(kind)
    n = 1
    while target.exists():  # two backups in one second: keep both
        target = folder / backup_name(f"{kind}-{n}")
        n += 1
    copy_database(database, target)
    log.info("Backup written: %s", target)
    return target


def backup_due(folder: Path, today: date | None = None) -> bool:
    today = today or date.today()
    return not any(b.automatic and b.taken.date() == today for b in list_backups(folder))


def backups_to_prune(backups: list[BackupFile]) -> list[BackupFile]:
    """Automatic backups outside the daily and weekly retention."""
    keep: set[Path] = set()
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for backup in (b for b in backups if b.automatic):  # newest first
        day = backup.taken.date()
        week = day.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAILY:
            days.append(day)
            keep.add(backup.path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.append(week)
            keep.add(backup.path)
    return [b for b in backups if b.automatic and b.path not in keep]


def prune_backups(folder: Path) -> list[Path]:
    removed = []
    for backup in backups_to_prune(list_backups(folder)):
        backup.path.unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def newest_good_backup(folder: Path) -> Path | None:
    """The newest backup that passes the full integrity check."""
    for backup in list_backups(folder):
        try:
            check_database_file(backup.path, thorough=True)
        except DamagedDatabaseError:
            log.warning("Skipping damaged backup %s", backup.path)
            continue
        if backup.path.stat().st_size > 0:
            return backup.path
    return None


def set_aside(database: Path, label: str) -> Path | None:
    """Move the database and its WAL files to a new name beside it."""
    if not database.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.name}.{label}-{stamp}")
    n = 1
    while aside.exists():
        aside = database.with_name(f"{database.name}.{label}-{stamp}-{n}")
        n += 1
    for suffix in ("-wal", "-shm"):
        companion = database.with_name(database.name + suffix)
        if companion.exists():
            os.replace(companion, aside.with_name(aside.name + suffix))
    os.replace(database, aside)
    log.info("Database set aside as %s", aside)
    return aside


def validate_backup_file(source: Path) -> None:
    """Raise :class:`BadInputError` unless ``source`` is a healthy PeerHelper database."""
    if not source.is_file():
        raise BadInputError(f"{source} is not a file")
    try:
        check_database_file(source, thorough=True)
    except DamagedDatabaseError as exc:
        raise BadInputError(f"{source} cannot be restored: {exc.reason}") from exc
    connection = sqlite3.connect(source)
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    if "alembic_version" not in tables or "site_profile" not in tables:
        raise BadInputError(f"{source} is not a PeerHelper database")


def restore_backup(database: Path, source: Path, label: str = "before-restore") -> Path | None:
    """Replace ``database`` with a copy of ``source``; return where the old one went."""
    validate_backup_file(source)
    if source.resolve() == database.resolve():
        raise BadInputError(f"{source} is the database in use")
    aside = set_aside(database, label)
    copy_database(source, database)
    return aside
