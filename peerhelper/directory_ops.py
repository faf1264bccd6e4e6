"""The referral directory's user actions, shared by the window and the command line.

Each action takes plain values, returns its result and raises the project's
known errors (``BadInputError`` for a file or an entry that cannot be used).
The window passes the database it has open; the command line opens one for
the command with :func:`opened`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.outputs import check_output_path
from peerhelper.paths import DataPaths

if TYPE_CHECKING:
    from peerhelper.domain.directory import DirectoryEntryData
    from peerhelper.printing.documents import Printout
    from peerhelper.printing.referral_slip import SlipOptions
    from peerhelper.storage.database import Database
    from peerhelper.storage.directory_repo import SaveResult


@contextmanager
def opened(paths: DataPaths, shared_lock: bool = False) -> Iterator[Database]:
    """The data folder's database, open for one command, closed after it.

    ``shared_lock`` holds the folder's shared lock meanwhile, so that no
    restore replaces the file during an import.
    """
    from peerhelper.storage.database import open_database
    from peerhelper.storage.folder_lock import database_lock

    with database_lock(paths.root).shared() if shared_lock else nullcontext():
        db = open_database(paths.database, paths.backups)
        try:
            yield db
        finally:
            db.close()


def import_file(db: Database, source: Path) -> SaveResult:
    """Import every entry of a CSV or JSON file, or none (see ``storage.directory_files``)."""
    from peerhelper.storage.directory_files import import_directory

    return import_directory(db, source)


def export_file(db: Database, out: Path, file_format: str, data_root: Path | None) -> int:
    """Write the whole directory to ``out`` (checked to be a new file outside ``data_root``).

    The caller has said whether an existing file may be replaced: the
    command line by ``--force``, the window by asking.
    """
    from peerhelper.storage.directory_files import export_directory

    check_output_path(out, data_root, force=True, example=f"directory.{file_format}")
    return export_directory(db, out, file_format)


def entry(db: Database, entry_id: str) -> DirectoryEntryData:
    from peerhelper.storage.directory_repo import get_entry

    return get_entry(db, entry_id)


def referral_slip(paths: DataPaths, chosen: DirectoryEntryData, options: SlipOptions) -> Printout:
    """The slip for ``chosen`` as a PDF in memory, with the site's details and symbol."""
    from peerhelper.printing import documents

    return documents.referral_slip(paths, chosen, options)
