"""Backups with SQLite's online backup API, their retention, and restore.

Automatic backups are made at startup at most once a day and always before
a migration. Retention keeps the newest backup of each of the last 7 days
that have one and of each of the last 4 ISO weeks that have one; backups made
by hand (``peerhelper backup``) and copies set aside by a restore are never
pruned. Each backup has the organisation's local guides beside it, as a
guide pack with the same name ending in ``.guides.zip`` (see
:mod:`peerhelper.guides.local_store`), pruned together with it. Restoring
is in :mod:`peerhelper.storage.restore`.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from peerhelper.atomic import atomic_path, is_disk_full
from peerhelper.errors import BadInputError, DiskFullError
from peerhelper.storage.restore import sqlite_copy, verify_backup

log = logging.getLogger(__name__)

KEEP_DAILY = 7
KEEP_WEEKLY = 4
AUTOMATIC_KINDS = ("daily", "pre-migration")
# The local guides of a backup, beside it: peerhelper-…-daily.guides.zip (a guide pack).
GUIDES_SUFFIX = ".guides.zip"
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


def copy_database(source: Path, target: Path) -> Path:
    """Copy a live database consistently with the online backup API.

    The copy is made in a temporary file of its own beside ``target`` (two
    backups at once never share one) and renamed into place when whole.
    """
    if target.exists():
        raise BadInputError(f"{target} already exists; choose another file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    saved = "Your data itself is safe; only this backup was not made."
    try:
        with atomic_path(target) as partial:
            sqlite_copy(source, partial)
    except sqlite3.OperationalError as exc:
        if is_disk_full(exc):
            raise DiskFullError(target, saved) from exc
        raise
    except DiskFullError as exc:
        raise DiskFullError(target, saved) from exc
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
    """Remove automatic backups outside the retention, with the local guides beside each."""
    removed = []
    for backup in backups_to_prune(list_backups(folder)):
        backup.path.unlink(missing_ok=True)
        backup.path.with_name(backup.path.stem + GUIDES_SUFFIX).unlink(missing_ok=True)
        removed.append(backup.path)
    return removed


def newest_good_backup(folder: Path) -> Path | None:
    """The newest backup that is a whole PeerHelper database this version can open."""
    for backup in list_backups(folder):
        try:
            verify_backup(backup.path)
        except BadInputError as exc:
            log.warning("Skipping backup %s: %s", backup.path, exc)
            continue
        return backup.path
    return None
