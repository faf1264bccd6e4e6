"""The session form's clock: the time spent so far, when the session started, its minutes.

The minutes follow the timer until the volunteer types their own; the
start time can be corrected (a session noted afterwards).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDateTimeEdit, QLabel, QSpinBox, QVBoxLayout, QWidget

from peerhelper.domain.session import FIRST_DAY, LAST_DAY, MAX_MINUTES
from peerhelper.ui.dates import qdate
from peerhelper.ui.flow import labelled, wrapping_row


class SessionClock(QWidget):
    changed = Signal()  # the start time or the minutes, by the volunteer

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.minutes_edited = False
        self.timer_label = QLabel()
        self.timer_label.setObjectName("pageTitle")
        self.timer_label.setAccessibleName(self.tr("Time spent"))
        self.started = QDateTimeEdit()
        self.started.setDisplayFormat("d.M.yyyy HH:mm")
        self.started.setCalendarPopup(True)
        self.started.setDateRange(qdate(FIRST_DAY), qdate(LAST_DAY))
        self.started.setAccessibleName(self.tr("Start time"))
        self.minutes = QSpinBox()
        self.minutes.setRange(0, MAX_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.started.dateTimeChanged.connect(self.changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # Start time and minutes beside the timer, or under it when space is short.
        row = wrapping_row(
            [
                self.timer_label,
                labelled(self.tr("S&tarted"), self.started),
                labelled(self.tr("M&inutes"), self.minutes),
            ]
        )
        layout.addWidget(row)

    def _minutes_changed(self) -> None:
        if self.minutes.hasFocus():
            self.minutes_edited = True
        self.changed.emit()

    def started_at(self) -> datetime:
        moment = self.started.dateTime()
        day, clock = moment.date(), moment.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(),
                        clock.second())  # fmt: skip

    def show_time(self, editing: bool) -> None:
        """Show the time spent (or that a saved session is being edited); minutes follow it."""
        if editing:
            self.timer_label.setText(self.tr("Editing a saved session"))
            return
        elapsed = max(0, int((self.clock() - self.started_at()).total_seconds()))
        self.timer_label.setText(f"{elapsed // 3600:d}:{elapsed // 60 % 60:02d}:{elapsed % 60:02d}")
        if not self.minutes_edited:
            self.minutes.blockSignals(True)
            self.minutes.setValue(min(MAX_MINUTES, elapsed // 60))
            self.minutes.blockSignals(False)
