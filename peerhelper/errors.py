"""Errors the user is told about, as opposed to bugs.

Everything raised as a :class:`UserFacingError` carries a message meant for
the person at the keyboard; the CLI prints it and exits with its
``exit_code``, the GUI shows it in a dialog. Anything else that escapes is a
bug: it is logged and shown by the crash handler.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class UserFacingError(Exception):
    """A known problem with a message for the user."""

    exit_code = EXIT_FAILURE


class BadInputError(UserFacingError):
    """The user gave something we cannot use (a file, an option, a value)."""

    exit_code = EXIT_BAD_INPUT


class DataFolderError(BadInputError):
    """The data folder cannot be created or written.

    ``kind`` says what is wrong, so the window can give the right advice:
    ``"is_file"`` (a file, ``blocker``, has its name or the name of a folder
    on its way), ``"permission"``, ``"disk_full"`` or ``"other"``.
    """

    def __init__(
        self, folder: object, reason: str, kind: str = "other", blocker: object = None
    ) -> None:
        super().__init__(f"The data folder {folder} cannot be used: {reason}")
        self.folder = folder
        self.reason = reason
        self.kind = kind
        self.blocker = blocker if blocker is not None else folder


class DamagedDatabaseError(UserFacingError):
    """The database file is not SQLite or fails the integrity check."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"The database {path} is damaged: {reason}")
        self.path = path
        self.reason = reason


class DiskFullError(UserFacingError):
    """The disk (or the user's quota) filled up while writing; nothing was half-written."""

    def __init__(self, path: object, saved: str = "") -> None:
        message = f"The disk is full: {path} was not written. Free some space and try again."
        if saved:
            message += f" {saved}"
        super().__init__(message)
        self.path = path
        self.saved = saved
