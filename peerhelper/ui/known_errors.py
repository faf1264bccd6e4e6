"""Known storage errors in the user's language, for the window's messages.

The command line prints each error's own English message; the window says
the same in Finnish, Swedish or English. Only the error's kind and the file's
name go into the text, never SQL or anything typed in a session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from peerhelper.errors import DiskFullError
from peerhelper.storage.folder_lock import FolderBusyError
from peerhelper.storage.migrate import DatabaseBusyError, NewerDatabaseError
from peerhelper.storage.restore import BackupRefusedError, DatabaseInUseError


def _refused(error: BackupRefusedError) -> str:
    texts = {
        "missing": QCoreApplication.translate("KnownErrors", "The file %1 cannot be found."),
        "in-use": QCoreApplication.translate(
            "KnownErrors", "%1 is the database in use; choose a backup instead."
        ),
        "not-sqlite": QCoreApplication.translate(
            "KnownErrors", "%1 is not a PeerHelper backup: it is not a database file."
        ),
        "damaged": QCoreApplication.translate(
            "KnownErrors", "%1 is damaged and cannot be restored."
        ),
        "not-peerhelper": QCoreApplication.translate(
            "KnownErrors",
            "%1 is not a PeerHelper backup: parts of PeerHelper's data are missing from it.",
        ),
        "newer": QCoreApplication.translate(
            "KnownErrors",
            "%1 was made by a newer version of PeerHelper. Restore it with that version "
            "or a later one.",
        ),
    }
    return texts[error.problem].replace("%1", Path(error.source).name)


# The kinds this module has words for (beside the full disk, which ui.errors tells).
KNOWN_KINDS = (
    BackupRefusedError,
    FolderBusyError,
    DatabaseInUseError,
    NewerDatabaseError,
    DatabaseBusyError,
)


def describe(error: BaseException) -> str:
    """One or two sentences for ``error``; its own message when it is not a known kind."""
    if isinstance(error, BackupRefusedError):
        return _refused(error)
    if isinstance(error, DiskFullError):
        return QCoreApplication.translate(
            "KnownErrors",
            "The disk is full, so %1 could not be written. Everything saved before is "
            "unchanged; free some space and try again.",
        ).replace("%1", Path(str(error.path)).name)
    if isinstance(error, FolderBusyError):
        return QCoreApplication.translate(
            "KnownErrors",
            "Another PeerHelper program (an import, a backup or a restore) is using the "
            "data folder. Nothing was changed; try again when it has finished.",
        )
    if isinstance(error, DatabaseInUseError):
        return QCoreApplication.translate(
            "KnownErrors",
            "The database is still in use by another program, so it cannot be replaced "
            "now. Nothing was changed.",
        )
    if isinstance(error, NewerDatabaseError):
        return QCoreApplication.translate(
            "KnownErrors",
            "The data was saved by a newer version of PeerHelper. Start that version or "
            "a later one; nothing was changed.",
        )
    if isinstance(error, DatabaseBusyError):
        return QCoreApplication.translate(
            "KnownErrors",
            "The database is busy: another program kept it locked for too long. Nothing "
            "was lost; try again in a moment.",
        )
    return str(error)
