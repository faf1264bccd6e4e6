"""Long work off the UI thread, and its outcome back on it: one runner for the whole app.

The application creates one :class:`TaskRunner` on the GUI thread, before the
window, and hands it to the screens in the :class:`~peerhelper.ui.controller.AppController`
(``context.tasks``). ``run_task(work, on_done, on_error, receiver=widget)``
runs ``work`` on the runner's single worker thread and calls ``on_done(result)``
or ``on_error(exception)`` back on the GUI thread.

Why it cannot crash the app:

- The worker never touches a Qt object that the GUI thread can delete. It
  only calls ``work`` and then emits a signal of the runner, which lives as
  long as the application (``shutdown()`` waits for the worker before the
  runner goes). The signal carries nothing but a task number.
- Everything a task needs on the GUI thread (the callbacks, the receiver, the
  progress dialog) stays in the runner's table on the GUI thread. ``work``
  itself is kept there too, so whatever it holds (a widget in a closure, a
  ``QPrinter`` being painted on) lives until the work has finished and is
  released on the GUI thread, never on the worker.
- On delivery, the runner checks that the receiver still exists; a closed
  window simply gets nothing.

One worker, so reportlab (module-level caches) and the database (one SQLite
file) are never used by two threads at once, and tasks finish in the order
they were started. A task can be cancelled until it starts (``cancel()`` on
the handle ``run_task`` returns); the print preview cancels a build that a
newer one has made stale.

``TaskRunner(synchronous=True)`` runs the work at once on the calling thread
and delivers the outcome through the same signal and checks; tests use it to
be deterministic.

``work`` must return plain Python data (bytes, numbers, dataclasses), never
a Qt object: a ``QObject`` made on the worker belongs to that thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 300  # quick work finishes without a flash of a dialog

Work = Callable[[], Any]
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class TaskHandle:
    """What ``run_task`` returns: cancel the task, if it has not started yet."""

    def __init__(self) -> None:
        self._cancelled = threading.Event()

    def cancel(self, *_args: object) -> None:
        """Skip the work if it has not started, and never call its callbacks."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


@dataclass
class _Task:
    work: Work
    on_done: Done | None
    on_error: Failed | None
    receiver: QObject | None
    progress: QProgressDialog | None
    title: str
    handle: TaskHandle


@dataclass
class _Outcome:
    ok: bool
    value: Any


_SKIPPED = _Outcome(ok=False, value=None)


class TaskRunner(QObject):
    """Runs work on one worker thread and delivers the outcome on the GUI thread."""

    # Emitted by the worker with a task number; queued to the GUI thread.
    _finished = Signal(int)

    def __init__(self, parent: QObject | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._executor: ThreadPoolExecutor | None = None
        if not synchronous:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="peerhelper-task")
        # Both tables change under the lock: tasks on the GUI thread, outcomes on the worker.
        self._tasks: dict[int, _Task] = {}
        self._outcomes: dict[int, _Outcome] = {}
        self._lock = threading.Lock()
        self._numbers = itertools.count(1)
        self._closed = False
        # Auto: queued when emitted from the worker, direct in synchronous mode.
        self._finished.connect(self._deliver)

    @property
    def idle(self) -> bool:
        """No task is waiting, running or waiting to be delivered."""
        return not self._tasks

    def run_task(
        self,
        work: Work,
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        receiver: QObject | None = None,
        progress: str | None = None,
        title: str = "",
    ) -> TaskHandle:
        """Run ``work`` off the UI thread; ``on_done(result)`` or ``on_error(exc)`` on it.

        Called on the GUI thread.

        ``receiver``: the object the callbacks belong to; if it is deleted before
        the work ends, neither is called. Bound methods of a ``QObject`` name
        their receiver themselves. ``progress``: a text for a busy, modal
        dialog over the receiver, shown when the work takes longer than
        300 ms. Without ``on_error`` a failure is reported with
        :func:`peerhelper.ui.errors.report_failure` under ``title``.
        """
        if receiver is None:
            receiver = _owner(on_done) or _owner(on_error)
        handle = TaskHandle()
        if self._closed:  # the application is quitting: nothing new starts
            handle.cancel()
            return handle
        number = next(self._numbers)
        dialog = self._progress_dialog(progress, receiver) if progress is not None else None
        with self._lock:
            self._tasks[number] = _Task(work, on_done, on_error, receiver, dialog, title, handle)
        if self._executor is None:
            self._execute(number)
        else:
            self._executor.submit(self._execute, number)
        return handle

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker has run every task started so far; False on timeout.

        The outcomes are delivered later, by the event loop, as usual.
        """
        if self._executor is None:
            return True
        try:
            self._executor.submit(_nothing).result(timeout)
        except TimeoutError:
            return False
        return True

    def cancel_all(self) -> None:
        """Cancel every task that has not started (the window is closing)."""
        for task in self._tasks.values():
            task.handle.cancel()

    def shutdown(self) -> None:
        """Cancel what has not started, wait for the running task, deliver nothing more.

        Tasks asked for afterwards are cancelled at once.
        """
        self._closed = True
        self.cancel_all()
        if self._executor is not None:
            self._executor.shutdown(wait=True)
        with self._lock:
            self._outcomes.clear()
            dropped = list(self._tasks.values())
            self._tasks.clear()
        del dropped  # what the work held is released here, on the GUI thread

    # -- the worker's side: only the task number, the lock and the runner's signal --------
    def _execute(self, number: int) -> None:
        with self._lock:
            task = self._tasks.get(number)
            work = None if task is None or task.handle.cancelled else task.work
            del task  # the GUI thread owns the task; keep no reference here
        outcome = _SKIPPED
        if work is not None:
            try:
                outcome = _Outcome(ok=True, value=work())
            except Exception as exc:  # handed to the GUI thread, which decides what to say
                _release_locals(exc)
                outcome = _Outcome(ok=False, value=exc)
        del work  # the table still holds it: never the last reference on this thread
        with self._lock:
            self._outcomes[number] = outcome
        del outcome
        self._finished.emit(number)

    # -- the GUI thread's side -------------------------------------------------------------
    def _deliver(self, number: int) -> None:
        with self._lock:
            outcome = self._outcomes.pop(number, None)
            task = self._tasks.pop(number, None)
        if task is None or outcome is None:
            return  # shut down meanwhile
        if task.progress is not None and shiboken6.isValid(task.progress):
            task.progress.reset()
            task.progress.deleteLater()
        if outcome is _SKIPPED or task.handle.cancelled:
            return
        if task.receiver is not None and not shiboken6.isValid(task.receiver):
            log.debug("Task %d finished after its receiver was deleted", number)
            return
        if outcome.ok:
            if task.on_done is not None:
                task.on_done(outcome.value)
        elif task.on_error is not None:
            task.on_error(outcome.value)
        else:
            from peerhelper.ui.errors import report_failure

            parent = task.receiver if isinstance(task.receiver, QWidget) else None
            report_failure(parent, task.title, outcome.value)

    def _progress_dialog(self, text: str, receiver: QObject | None) -> QProgressDialog:
        parent = receiver if isinstance(receiver, QWidget) else None
        dialog = QProgressDialog(text, "", 0, 0, parent)
        dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        return dialog


def _nothing() -> None:
    pass


def _release_locals(error: BaseException) -> None:
    """Free the locals of the failed work's frames here, on the thread that made them."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__cause__ or current.__context__


def _owner(callback: Callable[..., Any] | None) -> QObject | None:
    """The QObject a bound method belongs to, if any."""
    owner = getattr(callback, "__self__", None)
    return owner if isinstance(owner, QObject) else None
