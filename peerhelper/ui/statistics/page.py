"""The Statistics section: the dashboard, the report and the spreadsheet export.

For the chosen period and filters it shows the key figures, the barrier
evidence as a sentence a coordinator can quote, and every chart (sessions
over time, topics, modes, channels, devices, languages, age groups, visits,
outcomes, independence, barriers, referrals, guides and the source of the
records), each with its numbers and a "show as table" view.

The figures are computed by the database on the task runner, never on the
GUI thread; a newer choice makes an older result stale, and it is ignored.
The figures are this site's log (with the site logs combined into it, all
sites or one to choose), or, when an organisation server is set, the whole
organisation's (``statistics.sites``); the report and the export read where
the figures were counted. On screen the counts are shown as they are; the
report, "save chart as image" and the summary sheet leave the site, so they
hide small counts (``domain.statistics``).

This module and ``printing``/reportlab load only when the section is first
opened (``MainWindow`` builds pages lazily).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget

from peerhelper.domain.statistics import Figures, StatsFilter
from peerhelper.domain.statistics_charts import (
    REPORT_LANGUAGES,
    ChartSpec,
    Labeller,
    chart_specs,
)
from peerhelper.errors import UserFacingError
from peerhelper.operations.printouts import Printout
from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.errors import report_failure
from peerhelper.ui.flow import FlowLayout
from peerhelper.ui.pages.base import Page
from peerhelper.ui.statistics.chart_view import ChartView
from peerhelper.ui.statistics.filters import StatisticsFilters
from peerhelper.ui.statistics.sites import SitesBar

if TYPE_CHECKING:
    from peerhelper.storage.database import Database


def language_name(code: str, in_language: str) -> str:
    """A language's name for charts and the report, which print Latin script only.

    The common languages are named as the languages module names them in
    ``in_language``; Qt names the rarer ones.
    """
    from peerhelper.operations.statistics import language_label

    known = language_label(code, in_language)
    if known != code:
        return known
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return code
    if code == in_language or code in REPORT_LANGUAGES:
        native = locale.nativeLanguageName()
        return native[:1].upper() + native[1:]
    return QLocale.languageToString(locale.language())


class StatisticsPage(Page):
    def __init__(self, context: AppController, today: Callable[[], date] = date.today) -> None:
        super().__init__(
            self.tr("Statistics"),
            self.tr(
                "Anonymous figures for funders and development work. On this screen the "
                "counts are exact; the report and saved charts show counts under five as <5."
            ),
        )
        self.context = context
        self.lang = context.language if context.language in REPORT_LANGUAGES else "en"
        self.figures: Figures | None = None
        self._generation = 0
        # Site id as stored → name; "" is this site (see storage.session_records).
        self.site_names: dict[str, str] = {}
        # Where the figures shown were counted: the report and the export read there too.
        self.source: Callable[[], Database] = lambda: self.context.db
        topics = self._topic_labels()
        self.labeller: Labeller = self._make_labeller(topics)
        self.filters = StatisticsFilters(
            sorted(topics.items(), key=lambda item: item[1]),
            self.lang,
            lambda code: language_name(code, self.lang),
            today,
        )
        self.filters.changed.connect(self.refresh)
        self.sites = SitesBar(context)
        self.sites.scope_changed.connect(self.refresh)
        self.sites.merged.connect(self.refresh)
        self.content.addWidget(self.sites)
        self.content.addWidget(self.filters)

        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        self.evidence = QLabel()
        self.evidence.setWordWrap(True)
        # A sentence to quote: it can be selected and copied.
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setObjectName("hint")
        for widget in (self.summary, self.evidence, self.status):
            self.content.addWidget(widget)

        actions = QWidget()
        row = FlowLayout(actions, spacing=10)  # wraps at large text sizes
        self.as_table = QCheckBox(self.tr("Show as ta&bles"))
        self.as_table.toggled.connect(self._show_tables)
        self.report_button = QPushButton(self.tr("Save &report as PDF…"))
        self.report_button.clicked.connect(self.save_report)
        self.print_button = QPushButton(self.tr("Pr&int report…"))
        self.print_button.clicked.connect(self.print_report)
        self.excel_button = QPushButton(self.tr("E&xport to Excel…"))
        self.excel_button.clicked.connect(self.export_excel)
        row.addWidget(self.as_table)
        for button in (self.print_button, self.report_button, self.excel_button):
            row.addWidget(button)
        self.content.addWidget(actions)

        self.charts_box = QWidget()
        self.charts = FlowLayout(self.charts_box, spacing=24, max_columns=2)
        self.content.addWidget(self.charts_box)
        self.views: dict[str, ChartView] = {}
        self.finish()
        self.refresh(self.filters.current())

    # -- labels ---------------------------------------------------------------
    def _topic_labels(self) -> dict[str, str]:
        from peerhelper.storage import sessions_repo

        return {
            t.code: t.label(self.lang)
            for t in sessions_repo.list_topics(self.context.db, include_retired=True)
        }

    def _make_labeller(self, topics: dict[str, str]) -> Labeller:
        from peerhelper.operations import statistics

        # Local guides are counted like any guide, so they are named too.
        base = statistics.labeller(
            self.context.db, self.lang, language_name, paths=self.context.paths, sites={}
        )

        def label(name: str, code: str) -> str:
            # The sites change with each count (a merge, the organisation's figures).
            if name == "site":
                return self.site_names.get(code) or code or self.tr("This site")
            return base(name, code)

        return label

    # -- computing ------------------------------------------------------------
    def refresh(self, wanted: StatsFilter | None = None) -> None:
        """Compute the figures for ``wanted`` (the current choice) off the GUI thread."""
        from peerhelper.operations import statistics

        wanted = wanted or self.filters.current()
        self._generation += 1
        generation = self._generation
        self.sites.follow_settings()
        source = self.sites.source()
        self.status.setText(self.tr("Counting…"))

        def work() -> tuple[Figures, dict[str, str]]:
            db = source()  # this site's database, or the organisation server's
            return statistics.compute(db, wanted), statistics.site_names(db)

        def done(result: tuple[Figures, dict[str, str]]) -> None:
            if generation == self._generation:  # a newer choice makes this one stale
                self.source = source
                self.site_names = result[1]
                self.filters.set_sites(self.site_names)
                self.show_figures(result[0])

        self.context.tasks.run_task(
            work,
            done,
            receiver=self,
            title=self.tr("Statistics"),
        )

    def show_figures(self, figures: Figures) -> None:
        from peerhelper.printing.charts import chart_svg
        from peerhelper.printing.report import evidence_sentence

        self.figures = figures
        self.status.setText("")
        hours = QLocale().toString(figures.hours, "f", 1)
        self.summary.setText(
            self.tr("%n support session(s), %1 volunteer hours", "", figures.sessions).replace(
                "%1", hours
            )
        )
        self.evidence.setText(evidence_sentence(figures, self.lang, protect=False))
        headers = (self.tr("What"), self.tr("Sessions"), self.tr("Share"))
        for spec in chart_specs(figures, self.lang, self.labeller, protect=False):
            view = self.views.get(spec.key)
            if view is None:
                view = ChartView(self.tr("Save as image…"))
                view.save_requested.connect(self.save_chart)
                self.views[spec.key] = view
                self.charts.addWidget(view)
            view.show_spec(spec, chart_svg(spec), headers)
            view.show_table(self.as_table.isChecked())
        for button in (self.report_button, self.print_button, self.excel_button):
            button.setEnabled(True)

    def _show_tables(self, on: bool) -> None:
        for view in self.views.values():
            view.show_table(on)

    def specs(self, *, protect: bool) -> list[ChartSpec]:
        if self.figures is None:
            return []
        return chart_specs(self.figures, self.lang, self.labeller, protect=protect)

    # -- report and exports -----------------------------------------------------
    def save_chart(self, key: str) -> None:
        """Save one chart as an SVG picture, small counts hidden: it leaves the site."""
        from peerhelper.atomic import write_atomic
        from peerhelper.printing.charts import chart_svg

        spec = next((s for s in self.specs(protect=True) if s.key == key), None)
        if spec is None:
            return
        target = ask.save_file_outside(
            self,
            self.tr("Save chart as image"),
            Path(self._file_name(key, ".svg")),
            self.tr("SVG picture (*.svg)"),
            self.context.paths.root,
        )
        if target is None:
            return
        path = target if target.suffix.lower() == ".svg" else target.with_name(target.name + ".svg")
        try:
            write_atomic(path, chart_svg(spec))
        except (OSError, UserFacingError) as error:
            report_failure(self, self.tr("Save chart as image"), error)

    def _report_work(self) -> Callable[[], Printout]:
        from peerhelper.operations import statistics

        figures = self.figures
        assert figures is not None
        source, paths, labeller, lang = self.source, self.context.paths, self.labeller, self.lang
        return lambda: statistics.report(source(), paths, figures, labeller, lang)

    def _file_name(self, stem: str, suffix: str) -> str:
        period = self.filters.current().period
        return f"{stem}-{period.first_day.isoformat()}-{period.last_day.isoformat()}{suffix}"

    def save_report(self) -> None:
        from peerhelper.ui.printing.printer import save_as

        if self.figures is None:
            return
        name = self._file_name(self.tr("statistics-report"), ".pdf")
        self.context.tasks.run_task(
            self._report_work(),
            lambda built: self._saved(save_as(self, built.pdf, name, self.context.paths.root)),
            receiver=self,
            progress=self.tr("Making the report…"),
            title=self.tr("Save report as PDF"),
        )

    def _saved(self, path: Path | None) -> None:
        if path is not None:
            self.status.setText(self.tr("The report was saved to %1.").replace("%1", str(path)))

    def _printed(self, sent: bool) -> None:
        if sent:
            self.status.setText(self.tr("The report was sent to the printer."))

    def print_report(self) -> None:
        from peerhelper.ui.printing.printer import print_pdf

        if self.figures is None:
            return
        title = self.tr("Statistics report")
        self.context.tasks.run_task(
            self._report_work(),
            lambda built: self._printed(
                print_pdf(built.pdf, self, title, built.pages, tasks=self.context.tasks)
            ),
            receiver=self,
            progress=self.tr("Making the report…"),
            title=title,
        )

    def export_excel(self) -> None:
        from peerhelper.operations import statistics

        figures = self.figures
        if figures is None:
            return
        target = ask.save_file_outside(
            self,
            self.tr("Export to Excel"),
            Path(self._file_name(self.tr("sessions"), ".xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
            self.context.paths.root,
        )
        if target is None:
            return
        path = Path(target)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        source, labeller, lang = self.source, self.labeller, self.lang
        self.context.tasks.run_task(
            lambda: statistics.export_xlsx(source(), path, figures, labeller, lang),
            lambda count: ask.inform(
                self,
                self.tr("Export to Excel"),
                self.tr("%n session(s) were saved to %1.", "", count).replace("%1", str(path)),
            ),
            receiver=self,
            progress=self.tr("Exporting sessions…"),
            title=self.tr("Export to Excel"),
        )
