"""One window per data folder: a second start brings the first to the front.

The open window holds the folder's window lock
(:func:`peerhelper.storage.folder_lock.window_lock`) and watches a small
request file in the folder. A start that finds the lock taken says that
PeerHelper is already open there and, if the user wishes, writes to that
file; the first window sees the change and comes to the front. Then the
second start exits with 0. The lock decides, not the file: a request file
left by a crash never keeps PeerHelper from starting.

A file watcher rather than a local socket: the bundle leaves QtNetwork out
on purpose (the app never opens a connection), and ``QFileSystemWatcher``
is part of QtCore on every platform.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

REQUEST_FILE = ".peerhelper-show-window"


def request_file(folder: Path) -> Path:
    return folder / REQUEST_FILE


class RaiseWatcher(QObject):
    """Tells when a second start asks the open window to come forward."""

    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = request_file(folder)
        try:
            self.path.write_text("", encoding="utf-8")
        except OSError as exc:  # the window works on; only the bringing forward is lost
            log.warning("Cannot watch for a second start: %s", exc)
        self.watcher = QFileSystemWatcher([str(self.path)], self)
        self.watcher.fileChanged.connect(self._changed)

    def close(self) -> None:
        self.watcher.removePaths(self.watcher.files())

    def _changed(self, _path: str) -> None:
        try:
            asked = self.path.read_text(encoding="utf-8").strip() != ""
        except OSError:
            return
        if str(self.path) not in self.watcher.files():  # replaced, not written: watch anew
            self.watcher.addPath(str(self.path))
        if asked:
            self.raise_requested.emit()


def ask_open_window_to_raise(folder: Path) -> bool:
    """Ask the window open on ``folder`` to come forward; False if the request can't be written."""
    try:
        # Written in place (not replaced) so that the watcher keeps watching it.
        with request_file(folder).open("w", encoding="utf-8") as handle:
            handle.write(f"{os.getpid()} {datetime.now():%Y-%m-%d %H:%M:%S}\n")
    except OSError as exc:
        log.warning("Cannot ask the open window to come forward: %s", exc)
        return False
    return True


def bring_to_front(window: QWidget) -> None:
    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
