"""Builds a printout on the app's task runner, a moment after the last change; the newest wins.

The print dialog and the Print page rebuild their preview whenever an
option changes. A handout takes up to about a second to build, so it is
built off the UI thread (see :mod:`peerhelper.ui.tasks`) while the window
stays responsive. Typing in a text field restarts a short timer, so a burst
of keystrokes causes one build. Each build has a generation number: a build
that a newer request has made stale is cancelled if it has not started yet,
and its result is dropped if it has. When the builder is deleted (its
window closed), its waiting build is cancelled too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from peerhelper.operations.printouts import Printout
from peerhelper.ui.tasks import TaskHandle, TaskRunner

Work = Callable[[], Printout]


class _Latest:
    """The handle of the newest build; plain Python, so it can be called while Qt deletes."""

    def __init__(self) -> None:
        self.handle: TaskHandle | None = None

    def replace(self, handle: TaskHandle | None) -> None:
        self.cancel()
        self.handle = handle

    def cancel(self, *_args: object) -> None:
        if self.handle is not None:
            self.handle.cancel()


class PrintoutBuilder(QObject):
    """Runs the newest requested build; ``ready`` or ``failed`` with its outcome."""

    started = Signal()
    ready = Signal(object)  # Printout
    failed = Signal(object)  # Exception

    def __init__(self, tasks: TaskRunner, delay_ms: int = 350, parent: QObject | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.printout: Printout | None = None
        self.error: Exception | None = None
        self._work: Work | None = None
        self._generation = 0
        self._waiting = False
        self._latest = _Latest()
        self.destroyed.connect(self._latest.cancel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)

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
        self._generation += 1
        generation = self._generation
        self._waiting = True
        self.started.emit()
        handle = self.tasks.run_task(
            self._work,
            lambda printout: self._finished(generation, printout),
            lambda error: self._failed(generation, error),  # type: ignore[arg-type]  # the runner delivers Exceptions only
            receiver=self,
        )
        self._latest.replace(handle)  # the build before it is stale now

    def _current(self, generation: int) -> bool:
        return generation == self._generation and not self._timer.isActive()

    def _finished(self, generation: int, printout: Printout) -> None:
        if self._current(generation):
            self._waiting = False
            self.printout = printout
            self.ready.emit(printout)

    def _failed(self, generation: int, error: Exception) -> None:
        if self._current(generation):
            self._waiting = False
            self.error = error
            self.failed.emit(error)
