"""What an interrupted restore or backup may have left in the data folder.

An older PeerHelper moved the live database aside *before* copying the
backup in, so a kill at the wrong moment left no database at all, only
``peerhelper.db.before-restore-*`` (or ``.damaged-*``) and perhaps a
``peerhelper.db.partial``. Such a folder must never quietly start empty:
:func:`check_not_missing` raises :class:`MissingDatabaseError`, which names
the copies found, and the newest good one can be put back
(``peerhelper restore --latest-aside``, or the window's question at start).

:func:`clean_interrupted` removes the temporary files of backups and
restores that were cut short (``*.partial`` and their SQLite journals); it
runs at start, only while no other program uses the folder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from peerhelper.atomic import PARTIAL_SUFFIX
from peerhelper.errors import BadInputError, UserFacingError

log = logging.getLogger(__name__)

ASIDE_LABELS = ("before-restore", "damaged")
_COMPANION_ENDINGS = ("-wal", "-shm", "-journal")


class MissingDatabaseError(UserFacingError):
    """No database, but copies of one: the user decides, nothing starts empty."""

    def __init__(self, database: Path, found: list[Path]) -> None:
        super().__init__(
            f"There is no database in {database.parent}, but {len(found)} "
            f"cop{'y' if len(found) == 1 else 'ies'} of one left by an interrupted restore "
            f"{'was' if len(found) == 1 else 'were'} found (the newest is {found[0].name}). "
            "Nothing was started, so nothing is lost. To put the newest good copy back, "
            "run: peerhelper restore --latest-aside"
        )
        self.database = database
        self.found = found


def is_leftover(database: Path, path: Path) -> bool:
    name = path.name
    if name.endswith(_COMPANION_ENDINGS) or not path.is_file():
        return False
    if any(name.startswith(f"{database.name}.{label}-") for label in ASIDE_LABELS):
        return True
    return name.endswith(PARTIAL_SUFFIX) and name.lstrip(".").startswith(database.name + ".")


def leftovers(database: Path) -> list[Path]:
    """Copies of the database set aside or half-made beside it, newest first."""
    folder = database.parent
    if not folder.is_dir():
        return []
    found = [path for path in folder.iterdir() if is_leftover(database, path)]
    found.sort(key=lambda p: (p.stat().st_mtime, p.name), reverse=True)
    return found


def newest_good_leftover(database: Path) -> Path | None:
    """The newest left-over copy that is a whole PeerHelper database."""
    from peerhelper.storage.restore import verify_backup

    for candidate in leftovers(database):
        try:
            verify_backup(candidate)
        except BadInputError as exc:
            log.warning("Left-over copy %s cannot be used: %s", candidate.name, exc)
            continue
        return candidate
    return None


def database_missing(database: Path) -> bool:
    return not database.exists() or database.stat().st_size == 0


def check_not_missing(database: Path) -> None:
    """Raise :class:`MissingDatabaseError` if the database is gone but copies are left."""
    if database_missing(database):
        found = leftovers(database)
        if found:
            raise MissingDatabaseError(database, found)


def clean_interrupted(database: Path, backups: Path) -> list[Path]:
    """Remove temporary files of cut-short backups and restores; return what went.

    Beside the database only while the database itself is there: a half-made
    copy might otherwise be the only trace the user has.
    """
    removed: list[Path] = []
    folders = [backups] if database_missing(database) else [backups, database.parent]
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            stem = path.name
            for ending in _COMPANION_ENDINGS:
                stem = stem.removesuffix(ending)
            if stem.endswith(PARTIAL_SUFFIX) and path.is_file():
                path.unlink(missing_ok=True)
                removed.append(path)
    for path in removed:
        log.info("Removed %s, left by an interrupted backup or restore", path)
    return removed
