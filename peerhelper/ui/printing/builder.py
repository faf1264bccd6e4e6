"""Builds a printout off the UI thread, a moment after the last change; the newest one wins.

The print dialog and the Print page rebuild their preview whenever an
option changes. A handout takes up to about a second to build, so it is
built on a worker thread while the window stays responsive. Typing in a
text field restarts a short timer, so a burst of keystrokes causes one
build, and a build that was overtaken by a newer request is dropped when it
finishes.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from peerhelper.printing.documents import Printout

Work = Callable[[], Printout]

_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    """One worker for every printout: reportlab keeps module-level caches, so never two at once."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


class _Relay(QObject):
    finished = Signal(int, object)
    failed = Signal(int, object)


class _Build(QRunnable):
    def __init__(self, serial: int, work: Work, relay: _Relay) -> None:
        super().__init__()
        self.serial = serial
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # the UI thread decides what to tell the user
            outcome, signal_name = exc, "failed"
        else:
            outcome, signal_name = result, "finished"
        # RuntimeError: the window that asked was closed meanwhile; nobody waits for this.
        with contextlib.suppress(RuntimeError):
            getattr(self.relay, signal_name).emit(self.serial, outcome)


class PrintoutBuilder(QObject):
    """Runs the newest requested build; ``ready`` or ``failed`` with its outcome."""

    started = Signal()
    ready = Signal(object)  # Printout
    failed = Signal(object)  # Exception

    def __init__(self, delay_ms: int = 350, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.printout: Printout | None = None
        self.error: Exception | None = None
        self._work: Work | None = None
        self._serial = 0
        self._waiting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        """A build was asked for and its result has not arrived yet."""
        return self._timer.isActive() or self._waiting

    def request(self, work: Work, *, now: bool = False, delay_ms: int | None = None) -> None:
        """Build with ``work`` after the delay (at once with ``now``), replacing older requests."""
        self._work = work
        if delay_ms is not None:
            self._timer.setInterval(delay_ms)
        self.printout = None
        self.error = None
        if now:
            self._timer.stop()
            self._start()
        else:
            self._timer.start()

    def _start(self) -> None:
        if self._work is None:
            return
        self._serial += 1
        self._waiting = True
        self.started.emit()
        pool().start(_Build(self._serial, self._work, self._relay))

    def _finished(self, serial: int, printout: Printout) -> None:
        if serial == self._serial and not self._timer.isActive():
            self._waiting = False
            self.printout = printout
            self.ready.emit(printout)

    def _failed(self, serial: int, error: Exception) -> None:
        if serial == self._serial and not self._timer.isActive():
            self._waiting = False
            self.error = error
            self.failed.emit(error)


def wait_for_builds(msecs: int = 5000) -> None:
    """Let running builds finish (before a window that asked for them goes away)."""
    if _pool is not None:
        _pool.waitForDone(msecs)
