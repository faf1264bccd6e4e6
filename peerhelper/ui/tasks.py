"""Long work off the UI thread, with a progress dialog, and the result back on it.

``run_with_progress`` starts ``work`` on a worker thread and shows a modal,
busy progress dialog until it finishes, so the window keeps repainting and
nothing can be clicked twice. The result, or the exception, is handed to the
callbacks on the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Relay(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # handed to the UI thread, which decides what to say
            self.relay.failed.emit(exc)
        else:
            self.relay.finished.emit(result)


# Tests replace this with a pool of one thread and wait for it.
pool = QThreadPool.globalInstance


def run_with_progress(
    parent: QWidget,
    label: str,
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[Exception], None],
) -> _Relay:
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick work finishes without a flash
    relay = _Relay(parent)

    def finish(result: object) -> None:
        dialog.reset()
        dialog.deleteLater()
        relay.deleteLater()
        done(result)

    def fail(exc: object) -> None:
        dialog.reset()
        dialog.deleteLater()
        relay.deleteLater()
        failed(exc)  # type: ignore[arg-type]

    relay.finished.connect(finish)
    relay.failed.connect(fail)
    pool().start(_Job(work, relay))
    return relay
