"""Logging to a rotating file in the data folder (and to stderr when it cannot be written)."""

from __future__ import annotations

import logging
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _LogFile(RotatingFileHandler):
    """The log file; when it cannot be written (a full disk), one line on stderr, no traceback."""

    _told = False

    def handleError(self, record: logging.LogRecord) -> None:
        if self._told:
            return
        self._told = True
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or error
        sys.stderr.write(f"PeerHelper cannot write its log file {self.baseFilename}: {reason}\n")


def configure_logging(log_file: Path | None) -> Path | None:
    """Send log records to ``log_file``; return it, or ``None`` if it cannot be written."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for old in list(root.handlers):
        if getattr(old, "_peerhelper", False):
            root.removeHandler(old)
            old.close()
    handler: logging.Handler
    written: Path | None = None
    try:
        if log_file is None:
            raise OSError("no log file")
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        written = log_file
    except OSError:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)
    handler.setFormatter(logging.Formatter(FORMAT))
    # Marks our own handler, so a second call replaces it instead of adding one.
    setattr(handler, "_peerhelper", True)  # noqa: B010
    root.addHandler(handler)
    return written


def current_log_file() -> Path | None:
    """The file the log is being written to, or ``None`` when there is none."""
    for handler in logging.getLogger().handlers:
        if getattr(handler, "_peerhelper", False) and isinstance(handler, RotatingFileHandler):
            return Path(handler.baseFilename)
    return None


def flush_log() -> None:
    """Make sure what was logged is in the file before the user is told to look there."""
    for handler in logging.getLogger().handlers:
        handler.flush()
