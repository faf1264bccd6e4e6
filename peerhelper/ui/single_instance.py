"""One window per data folder: a second start brings the first to the front.

The open window holds the folder's window lock
(:func:`peerhelper.storage.folder_lock.window_lock`) and listens on a local
socket named after the folder. A start that finds the lock taken says that
PeerHelper is already open there and, if the user wishes, asks the first
window to come to the front; then it exits with 0. The lock decides, not the
socket: a socket file left by a crash never keeps PeerHelper from starting.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

RAISE = b"raise\n"
WAIT_MS = 2000


def server_name(folder: Path) -> str:
    """A local-socket name that is the same for every start on ``folder``."""
    digest = hashlib.sha256(str(folder.resolve()).encode("utf-8")).hexdigest()[:20]
    return f"peerhelper-{digest}"


class RaiseServer(QObject):
    """Listens for a second start's request to show the open window."""

    raise_requested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        name = server_name(folder)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # We hold the window lock, so a socket under this name is a crashed window's.
        QLocalServer.removeServer(name)
        if not self.server.listen(name):
            log.warning("Cannot listen for a second start: %s", self.server.errorString())
        self.server.newConnection.connect(self._accept)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if RAISE.strip() in bytes(socket.readAll().data()):
            self.raise_requested.emit()


def ask_open_window_to_raise(folder: Path) -> bool:
    """Ask the window open on ``folder`` to come to the front; False if it did not answer."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write(RAISE)
    socket.flush()
    sent = socket.waitForBytesWritten(WAIT_MS) or socket.bytesToWrite() == 0
    socket.disconnectFromServer()
    return sent


def bring_to_front(window: QWidget) -> None:
    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
