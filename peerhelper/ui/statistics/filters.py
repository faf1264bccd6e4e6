"""The Statistics screen's choices: the period, and one topic, mode or language.

Kept small on purpose: a period picker (this week, this month, last month,
this year, or a custom range of days) and three optional filters. Every
change emits :attr:`StatisticsFilters.changed` with the new
:class:`~peerhelper.domain.statistics.StatsFilter`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QWidget

from peerhelper.domain.languages import COMMON_SESSION_LANGUAGES
from peerhelper.domain.session import FIRST_DAY, LAST_DAY
from peerhelper.domain.statistics import Period, PeriodKind, StatsFilter, period_of
from peerhelper.domain.vocabulary import MODES
from peerhelper.ui.flow import FlowLayout, labelled


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StatisticsFilters(QWidget):
    changed = Signal(object)  # StatsFilter

    def __init__(
        self,
        topics: list[tuple[str, str]],
        language: str,
        language_name: Callable[[str], str],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.today = today
        layout = FlowLayout(self, spacing=10, max_columns=3)
        self.period = QComboBox()
        for kind, text in (
            (PeriodKind.THIS_WEEK, self.tr("This week")),
            (PeriodKind.THIS_MONTH, self.tr("This month")),
            (PeriodKind.LAST_MONTH, self.tr("Last month")),
            (PeriodKind.THIS_YEAR, self.tr("This year")),
            (PeriodKind.CUSTOM, self.tr("Custom range")),
        ):
            self.period.addItem(text, kind)
        self.period.setCurrentIndex(3)  # this year: what funders and plans ask about
        self.first_day = QDateEdit()
        self.last_day = QDateEdit()
        for edit in (self.first_day, self.last_day):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d.M.yyyy" if language == "fi" else "yyyy-MM-dd")
            edit.setDateRange(_qdate(FIRST_DAY), _qdate(LAST_DAY))
        self.topic = QComboBox()
        self.topic.addItem(self.tr("All topics"), "")
        for code, label in topics:
            self.topic.addItem(label, code)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("All modes"), "")
        for term in MODES:
            self.mode.addItem(term.label(language), term.code)
        self.language = QComboBox()
        self.language.addItem(self.tr("All languages"), "")
        for code in COMMON_SESSION_LANGUAGES:
            self.language.addItem(language_name(code), code)
        self.site = QComboBox()
        self.site.addItem(self.tr("All sites"), None)
        for text, field in (
            (self.tr("&Period"), self.period),
            (self.tr("&From"), self.first_day),
            (self.tr("&To"), self.last_day),
            (self.tr("T&opic"), self.topic),
            (self.tr("&Mode"), self.mode),
            (self.tr("&Language"), self.language),
            (self.tr("&Site"), self.site),
        ):
            field.setAccessibleName(text.replace("&", ""))
            if isinstance(field, QComboBox):
                # Long topic names must not make the page wider than a small screen,
                # but the choice shown first ("All modes") is always whole.
                field.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                field.setMinimumContentsLength(max(8, len(field.currentText()) + 1))
            pair = labelled(text, field)
            layout.addWidget(pair)
            if field is self.site:
                self.site_field = pair
        self.site_field.setVisible(False)  # until the log holds more than one site
        self._follow_period()
        self.period.currentIndexChanged.connect(self._period_chosen)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self._dates_changed)
        for combo in (self.topic, self.mode, self.language, self.site):
            combo.currentIndexChanged.connect(self._emit)

    def kind(self) -> PeriodKind:
        return PeriodKind(self.period.currentData())

    def _follow_period(self) -> None:
        """Show the named period's days in the date fields (editable only for a custom range)."""
        custom = self.kind() is PeriodKind.CUSTOM
        for edit in (self.first_day, self.last_day):
            edit.setEnabled(custom)
        if not custom:
            chosen = period_of(self.kind(), self.today())
            for edit, day in ((self.first_day, chosen.first_day), (self.last_day, chosen.last_day)):
                edit.blockSignals(True)
                edit.setDate(_qdate(day))
                edit.blockSignals(False)

    def _period_chosen(self) -> None:
        self._follow_period()
        self._emit()

    def _dates_changed(self) -> None:
        if self.last_day.date() < self.first_day.date():
            # The other end follows, so the range is never backwards.
            sender = self.sender()
            other = self.last_day if sender is self.first_day else self.first_day
            other.blockSignals(True)
            other.setDate((sender if isinstance(sender, QDateEdit) else other).date())
            other.blockSignals(False)
        self._emit()

    def current(self) -> StatsFilter:
        period = Period(_day(self.first_day.date()), _day(self.last_day.date()))
        return StatsFilter(
            period,
            topic=self.topic.currentData() or "",
            mode=self.mode.currentData() or "",
            language=self.language.currentData() or "",
            sites=() if self.site.currentData() is None else (self.site.currentData(),),
        )

    def set_sites(self, names: dict[str, str]) -> None:
        """Offer a choice of site when the sessions come from more than one."""
        chosen = self.site.currentData()
        self.site.blockSignals(True)
        while self.site.count() > 1:
            self.site.removeItem(1)
        for code, name in sorted(names.items(), key=lambda item: (item[0] != "", item[1])):
            self.site.addItem(name or code or self.tr("This site"), code)
        self.site.setCurrentIndex(max(0, self.site.findData(chosen)) if chosen is not None else 0)
        self.site.blockSignals(False)
        self.site_field.setVisible(len(names) > 1 or chosen is not None)

    def _emit(self) -> None:
        self.changed.emit(self.current())
