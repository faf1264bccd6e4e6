"""The referral directory: list, find, import and export its entries.

The Referrals section and the ``directory`` commands call these. The window
passes the database it has open; the command line opens one for the command
with :func:`peerhelper.operations.sessions.opened` and passes that. A file
or an entry that cannot be used raises :class:`~peerhelper.errors.BadInputError`
(an import names every problem with its line and changes nothing). The
referral slip itself is a printout: :func:`peerhelper.operations.printouts.referral_slip`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from peerhelper.outputs import check_output_path

if TYPE_CHECKING:
    from peerhelper.domain.directory import DirectoryEntryData
    from peerhelper.storage.database import Database
    from peerhelper.storage.directory_repo import SaveResult

FILE_FORMATS = ("csv", "json")


def entries(db: Database, include_retired: bool = True) -> list[DirectoryEntryData]:
    """Every entry, by name; retired ones too unless left out."""
    from peerhelper.storage.directory_repo import list_entries

    return list_entries(db, include_retired=include_retired)


def entry(db: Database, entry_id: str) -> DirectoryEntryData:
    """The entry with this UUID or a unique start of it (8 characters at least)."""
    from peerhelper.storage.directory_repo import get_entry

    return get_entry(db, entry_id)


def import_file(db: Database, source: Path) -> SaveResult:
    """Import every entry of a CSV or JSON file, or none (see ``storage.directory_files``)."""
    from peerhelper.storage.directory_files import import_directory

    return import_directory(db, source)


def export_file(db: Database, out: Path, file_format: str, data_root: Path | None) -> int:
    """Write the whole directory to ``out`` (checked to be a file outside ``data_root``).

    The caller has said whether an existing file may be replaced: the
    command line by ``--force``, the window by asking. Returns the number of
    entries written.
    """
    from peerhelper.storage.directory_files import export_directory

    check_output_path(out, data_root, force=True, example=f"directory.{file_format}")
    return export_directory(db, out, file_format)
