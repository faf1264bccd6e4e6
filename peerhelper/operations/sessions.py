"""The session log's files: import a CSV, export the sessions of a period.

The window passes the database it has open; the command line opens one for
the command with :func:`opened` (holding the folder's shared lock, so no
restore swaps the file mid-import) and passes that. The checks that make a
file usable or not (dates, the output path) are here, so both faces refuse
the same things with the same words.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.errors import BadInputError
from peerhelper.paths import DataPaths

if TYPE_CHECKING:
    from peerhelper.storage.database import Database
    from peerhelper.storage.sessions_csv import ImportResult


@contextmanager
def opened(paths: DataPaths, shared_lock: bool = False) -> Iterator[Database]:
    """The data folder's database, open for one command, closed after it.

    ``shared_lock`` holds the folder's shared database lock meanwhile: a
    writer beside an open window may go on, but no restore replaces the file.
    """
    from contextlib import nullcontext

    from peerhelper.storage.database import open_database
    from peerhelper.storage.folder_lock import database_lock

    with database_lock(paths.root).shared() if shared_lock else nullcontext():
        db = open_database(paths.database, paths.backups)
        try:
            yield db
        finally:
            db.close()


def check_period(first_day: date | None, last_day: date | None) -> None:
    """Refuse a period whose first day comes after its last."""
    if first_day and last_day and first_day > last_day:
        raise BadInputError(f"--from {first_day} is after --to {last_day}")


def import_csv(db: Database, source: Path) -> ImportResult:
    """Import every session in the CSV file ``source``, or none (see ``storage.sessions_csv``)."""
    from peerhelper.storage.sessions_csv import import_sessions

    return import_sessions(db, source)


def export_csv(
    db: Database,
    out: Path,
    first_day: date | None = None,
    last_day: date | None = None,
    sites: Sequence[str] = (),
) -> int:
    """Write the sessions of the period to ``out`` atomically; the number written.

    ``sites`` limits them to those sites (ids as stored); none means every site.
    """
    from peerhelper.storage.sessions_csv import export_sessions

    check_period(first_day, last_day)
    return export_sessions(db, out, first_day, last_day, sites)
