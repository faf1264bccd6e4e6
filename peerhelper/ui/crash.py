"""Unhandled exceptions: logged with their traceback and shown in a short dialog.

The app keeps running after the dialog: a bug in one action must not cost the
volunteer what is already saved or what they are doing elsewhere.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from peerhelper.logging_setup import flush_log

log = logging.getLogger("peerhelper.crash")


def show_crash_dialog(log_file: Path | None, parent: QWidget | None = None) -> None:
    text = QCoreApplication.translate(
        "Crash", "Something went wrong in PeerHelper. Everything you saved is safe."
    )
    if log_file is not None:
        details = QCoreApplication.translate(
            "Crash", "The details were written to the log file:\n%1"
        ).replace("%1", str(log_file))
    else:
        details = QCoreApplication.translate(
            "Crash", "The details could not be written to a log file."
        )
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Crash", "PeerHelper"))
    box.setText(text)
    box.setInformativeText(details)
    box.exec()


class CrashHandler(QObject):
    """Installed as ``sys.excepthook`` and ``threading.excepthook``.

    Created in the GUI thread; an exception in a worker thread reaches the
    dialog through a queued signal.
    """

    crashed = Signal()

    def __init__(self, log_file: Path | None, show: Callable[[Path | None], None] | None = None):
        super().__init__()
        self.crashed.connect(self._show_once)
        self.log_file = log_file
        self.show = show or show_crash_dialog
        self._showing = False

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def handle(
        self,
        exc_type: type[BaseException],
        exc_value: BaseException,
        tb: TracebackType | None,
    ) -> None:
        log.critical("Unhandled exception", exc_info=(exc_type, exc_value, tb))
        flush_log()
        if QApplication.instance() is None or self._showing:
            return
        self.crashed.emit()

    def _show_once(self) -> None:
        self._showing = True
        try:
            self.show(self.log_file)
        finally:
            self._showing = False
