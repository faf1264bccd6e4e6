"""The window's one way to tell the user that something failed.

``report_failure(parent, title, error)`` sorts an error the way the rest of
the app does (see :mod:`peerhelper.errors`):

- a known error — a :class:`~peerhelper.errors.UserFacingError` (a full disk,
  bad input, a damaged database, a refused backup or picture, a busy
  folder…) or an ``OSError`` from a file the user chose — becomes a message
  box in the user's language (the error's own text where PeerHelper has no
  translation of it), and a line in the log. The words for refused pictures
  are in ``ui.picture_messages``, those for storage errors in
  ``ui.known_errors``; :func:`describe` is the one entry to all of them;
- anything else is a bug: it is written to the log file with its traceback
  and shown through the crash dialog, which names that file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from peerhelper.atomic import is_disk_full
from peerhelper.errors import (
    BadInputError,
    DamagedDatabaseError,
    DataFolderError,
    DiskFullError,
    UserFacingError,
)
from peerhelper.logging_setup import current_log_file, flush_log
from peerhelper.ui import ask, crash

log = logging.getLogger(__name__)


def is_known(error: BaseException) -> bool:
    """A failure the user can be told about in words, as opposed to a bug."""
    return isinstance(error, UserFacingError | OSError)


def describe(error: BaseException) -> str:
    """A known error in the user's language (the error's own text where it has no translation)."""
    from peerhelper.picture_check import PictureError
    from peerhelper.ui import known_errors, picture_messages

    if isinstance(error, PictureError):
        return picture_messages.error_text(error)
    if isinstance(error, known_errors.KNOWN_KINDS):
        return known_errors.describe(error)
    if isinstance(error, DiskFullError) or (isinstance(error, OSError) and is_disk_full(error)):
        path = getattr(error, "path", None) or getattr(error, "filename", None)
        # The database is no file the user chose: naming it would only puzzle.
        if path and Path(str(path)).suffix != ".db":
            return QCoreApplication.translate(
                "Failure",
                "The disk is full, so %1 was not saved. Nothing was half-written. "
                "Free some space and try again.",
            ).replace("%1", str(path))
        return QCoreApplication.translate(
            "Failure", "The disk is full. Nothing was half-written. Free some space and try again."
        )
    if isinstance(error, DamagedDatabaseError):
        return QCoreApplication.translate(
            "Failure",
            "The database %1 is damaged and cannot be used safely. Close PeerHelper and start "
            "it again: it offers to restore the newest good backup, and nothing is deleted.",
        ).replace("%1", str(error.path))
    if isinstance(error, DataFolderError):
        return (
            QCoreApplication.translate(
                "Failure", "PeerHelper cannot save its data in the folder %1.\n\nReason: %2"
            )
            .replace("%1", str(error.folder))
            .replace("%2", error.reason)
        )
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        if error.filename:
            return (
                QCoreApplication.translate("Failure", "The file %1 could not be used: %2")
                .replace("%1", str(error.filename))
                .replace("%2", reason)
            )
        return QCoreApplication.translate("Failure", "A file could not be used: %1").replace(
            "%1", reason
        )
    return str(error)


def report_failure(
    parent: QWidget | None, title: str, error: BaseException, *, lead: str = ""
) -> None:
    """Tell the user that the action ``title`` failed with ``error``.

    ``lead``: a sentence put before the description of a known error, saying
    what it means for this action ("The backup was not restored; nothing
    was changed.").
    """
    title = title or QCoreApplication.applicationName() or "PeerHelper"
    if is_known(error):
        log.warning("%s: %s", title, error, exc_info=_exc_info(error))
        text = describe(error)
        if isinstance(error, BadInputError) and not lead:
            lead = QCoreApplication.translate(
                "Failure", "PeerHelper cannot use this; nothing was changed."
            )
        ask.error(parent, title, f"{lead}\n\n{text}" if lead else text)
        return
    log.error("%s failed", title, exc_info=_exc_info(error))
    flush_log()
    crash.show_crash_dialog(current_log_file(), parent)


def _exc_info(
    error: BaseException,
) -> tuple[type[BaseException], BaseException, TracebackType | None]:
    return type(error), error, error.__traceback__
