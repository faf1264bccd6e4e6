"""Paper fallback: counts per topic for one day, copied from a paper tally sheet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.session import FIRST_DAY
from peerhelper.errors import BadInputError
from peerhelper.storage import sessions_repo
from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.errors import report_failure
from peerhelper.ui.icons import icon
from peerhelper.ui.session import labels
from peerhelper.ui.session.tiles import ChoiceTiles


class PaperTally(QWidget):
    recorded = Signal()

    def __init__(self, context: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        lang = context.language
        lead = QLabel(
            self.tr(
                "For days when the laptop was not there: type the number of "
                "marks per topic from the paper tally sheet."
            )
        )
        lead.setWordWrap(True)
        lead.setObjectName("hint")
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("d.M.yyyy")
        self.day.setDateRange(
            QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day), QDate.currentDate()
        )
        self.day.setAccessibleName(self.tr("Day"))
        self.mode = ChoiceTiles(labels.choices("mode", lang), columns=3, name=self.tr("Mode"))
        self.mode.set_value("local")
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        day_label = QLabel(self.tr("&Day"))
        day_label.setBuddy(self.day)
        form.addRow(day_label, self.day)
        form.addRow(self.tr("Mode"), self.mode)
        self.counts: dict[str, QSpinBox] = {}
        for topic in sessions_repo.list_topics(context.db):
            spin = QSpinBox()
            spin.setRange(0, 1000)
            spin.setAccessibleName(topic.label(lang))
            form.addRow(topic.label(lang), spin)
            self.counts[topic.code] = spin
        self.total = QLabel()
        self.save_button = QPushButton(icon("save"), self.tr("&Record the counts"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        for spin in self.counts.values():
            spin.valueChanged.connect(self._update_total)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addLayout(form)
        layout.addWidget(self.total)
        layout.addLayout(row)
        layout.addStretch(1)
        self._update_total()

    def _update_total(self) -> None:
        self.total.setText(self.tr("Sessions in all: %1").replace("%1", str(self._sum())))
        self.save_button.setEnabled(self._sum() > 0)

    def _sum(self) -> int:
        return sum(spin.value() for spin in self.counts.values())

    def save(self) -> None:
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        counts = {code: spin.value() for code, spin in self.counts.items() if spin.value()}
        question = self.tr("Record %n session(s) for %1?", "", self._sum()).replace(
            "%1", day.strftime("%d.%m.%Y")
        )
        if not ask.confirm(self, self.tr("Paper tally sheet"), question, self.tr("&Record")):
            return
        try:
            sessions_repo.record_paper_tally(
                self.context.db, day, counts, self.mode.value() or "local"
            )
        except BadInputError as exc:
            report_failure(self, self.tr("Paper tally sheet"), exc)
            return
        for spin in self.counts.values():
            spin.setValue(0)
        self.recorded.emit()
        ask.inform(self, self.tr("Paper tally sheet"), self.tr("The counts were recorded."))
