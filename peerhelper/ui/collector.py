"""Python's cyclic garbage collection, run on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate
when a threshold is crossed. When a cycle holds a Qt widget (a dialog kept
alive by a lambda connected to one of its own signals, say) and the
collection runs on a worker thread building a PDF, the widget is destroyed
off the GUI thread and Qt crashes. So automatic collection is switched off
and the same thresholds are checked from a timer on the GUI thread.

This only decides *where* garbage is collected. It does not make it safe
for a worker thread to use a Qt object the GUI thread may delete (emit on
it, call it, hold its last reference): background work goes through
:mod:`peerhelper.ui.tasks`, whose worker touches no such object.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.was_enabled = gc.isenabled()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(INTERVAL_MS)

    def check(self) -> None:
        first, second, third = gc.get_count()
        if first > self.thresholds[0]:
            generation = 0
            if second > self.thresholds[1]:
                generation = 2 if third > self.thresholds[2] else 1
            gc.collect(generation)

    def stop(self) -> None:
        self.timer.stop()
        if self.was_enabled:
            gc.enable()
