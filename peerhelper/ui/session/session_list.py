"""The session list: filters, editing, delete with confirmation and undo."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.session import FIRST_DAY, LAST_DAY
from peerhelper.errors import UserFacingError
from peerhelper.storage import sessions_repo
from peerhelper.storage.session_query import SessionFilter
from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.dates import pydate, qdate
from peerhelper.ui.errors import report_failure
from peerhelper.ui.flow import FlowLayout, labelled
from peerhelper.ui.icons import icon
from peerhelper.ui.session import labels
from peerhelper.ui.session.list_model import (
    LANGUAGE_COLUMN,
    MINUTES_COLUMN,
    NOTE_COLUMN,
    SOURCE_COLUMN,
    TOPICS_COLUMN,
    SessionListModel,
)
from peerhelper.ui.session.privacy_text import describe_column_data


class RowsTable(QTableView):
    """A table as tall as its rows (a few at least, a screenful at most).

    In a page that scrolls as a whole, a table that asks for all the room
    there is leaves its buttons under a screen of empty rows.
    """

    FEWEST, MOST = 3, 12
    # Columns that give way first when the table is narrow (large text, small screen):
    # the topics and the note are cut short with "…", then these hide, least useful first.
    SHORTENED = (TOPICS_COLUMN, NOTE_COLUMN)
    HIDDEN_FIRST = (SOURCE_COLUMN, LANGUAGE_COLUMN, MINUTES_COLUMN)

    def fit_columns(self) -> None:
        """Every column its content's width if there is room; else shorten, then hide."""
        header = self.horizontalHeader()
        count = header.count()
        room = self.viewport().width()
        wanted = [max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in range(count)]
        least = self.fontMetrics().averageCharWidth() * 10
        hidden: set[int] = set()

        def fixed() -> int:
            return sum(wanted[c] for c in range(count) if c not in hidden | set(self.SHORTENED))

        for column in self.HIDDEN_FIRST:
            if fixed() + least * len(self.SHORTENED) <= room:
                break
            hidden.add(column)
        left = max(room - fixed(), least * len(self.SHORTENED))
        sizes = {c: wanted[c] for c in range(count) if c not in hidden}
        sizes[TOPICS_COLUMN] = min(wanted[TOPICS_COLUMN], max(least, left // 2))
        sizes[NOTE_COLUMN] = max(least, left - sizes[TOPICS_COLUMN])
        total = sum(sizes.values())
        if total > room:  # still too wide: every column gives way a little, cut with "…"
            sizes = {c: size * room // total for c, size in sizes.items()}
        for column in range(count):
            header.setSectionHidden(column, column in hidden)
            if column in sizes:
                header.resizeSection(column, sizes[column])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        shown = min(max(rows, self.FEWEST), self.MOST)
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()
        height += shown * self.verticalHeader().defaultSectionSize()
        if self.horizontalScrollBar().isVisible():
            height += self.horizontalScrollBar().sizeHint().height()
        return QSize(hint.width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


def _month_start(today: date) -> date:
    return today.replace(day=1)


class SessionList(QWidget):
    edit_requested = Signal(str)  # uuid

    def __init__(self, context: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        lang = context.language
        topics = sessions_repo.list_topics(context.db, include_retired=True)
        self.model = SessionListModel(context.db, lang, {t.code: t.label(lang) for t in topics})
        self.deleted_uuid: str | None = None

        today = QDate.currentDate()
        self.first_day = QDateEdit(today.addDays(1 - today.day()))
        self.last_day = QDateEdit(today)
        for edit, name in ((self.first_day, self.tr("From")), (self.last_day, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d.M.yyyy")
            edit.setDateRange(qdate(FIRST_DAY), qdate(LAST_DAY))
            edit.setAccessibleName(name)
        self.topic = QComboBox()
        self.topic.addItem(self.tr("All topics"), "")
        for topic in topics:
            self.topic.addItem(topic.label(lang), topic.code)
        self.topic.setAccessibleName(self.tr("Topic"))
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("All outcomes"), "")
        for code, text in labels.choices("outcome", lang):
            self.outcome.addItem(text, code)
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search the notes"))
        self.text.setAccessibleName(self.tr("Search the notes"))
        self.text.setClearButtonEnabled(True)

        self.table = RowsTable()
        self.table.setModel(self.model)
        self.model.modelReset.connect(self.table.updateGeometry)
        self.model.modelReset.connect(self.table.fit_columns)
        self.model.rowsInserted.connect(self.table.updateGeometry)
        self.model.rowsRemoved.connect(self.table.updateGeometry)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        # Columns are fitted to the width (RowsTable.fit_columns); the note and the
        # topics are cut short with "…", their tooltips have all of them.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setWordWrap(False)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        self.count_label = QLabel()
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.delete_button = QPushButton(icon("delete"), self.tr("De&lete"))
        self.undo_button = QPushButton(icon("undo"), self.tr("&Undo delete"))
        self.undo_button.setVisible(False)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.import_button = QPushButton(self.tr("&Import CSV…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.export_button.setToolTip(
            self.tr("Save the sessions shown as a CSV file or an Excel workbook")
        )
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.activated.connect(self.delete_selected)

        # Two rows, so the filters fit beside the navigation at large text sizes.
        # Rows that wrap, so the filters and buttons fit at any text size.
        filters = QWidget()
        filter_flow = FlowLayout(filters, max_columns=3)
        for text, edit in ((self.tr("&From"), self.first_day), (self.tr("&To"), self.last_day)):
            filter_flow.addWidget(labelled(text, edit))
        for field in (self.text, self.topic, self.outcome):
            filter_flow.addWidget(field)
        buttons = QWidget()
        button_flow = FlowLayout(buttons, max_columns=5)
        for button in (
            self.edit_button,
            self.delete_button,
            self.undo_button,
            self.import_button,
            self.export_button,
        ):
            button_flow.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)  # right under the rows, "Undo delete" among them
        layout.addStretch(1)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self.apply_filter)
        self.topic.currentIndexChanged.connect(self.apply_filter)
        self.outcome.currentIndexChanged.connect(self.apply_filter)
        self.text.textChanged.connect(self.apply_filter)
        self.apply_filter()

    def current_filter(self) -> SessionFilter:
        return SessionFilter(
            first_day=pydate(self.first_day.date()),
            last_day=pydate(self.last_day.date()),
            topic=self.topic.currentData() or "",
            outcome=self.outcome.currentData() or "",
            text=self.text.text(),
        )

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def refresh(self) -> None:
        self.model.refresh()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n session(s)", "", self.model.total))
        has_rows = self.model.total > 0
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def selected_uuid(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows and self.table.currentIndex().isValid():
            return self.model.uuid_at(self.table.currentIndex().row())
        return self.model.uuid_at(rows[0].row()) if rows else None

    def edit_selected(self) -> None:
        uuid = self.selected_uuid()
        if uuid:
            self.edit_requested.emit(uuid)

    def delete_selected(self) -> None:
        uuid = self.selected_uuid()
        if not uuid:
            return
        if not ask.confirm(
            self,
            self.tr("Delete a session"),
            self.tr("Delete the selected session? You can undo this."),
            self.tr("&Delete"),
        ):
            return
        sessions_repo.set_deleted(self.context.db, uuid, True)
        self.deleted_uuid = uuid
        self.undo_button.setVisible(True)
        self.refresh()

    def undo_delete(self) -> None:
        if self.deleted_uuid is None:
            return
        sessions_repo.set_deleted(self.context.db, self.deleted_uuid, False)
        self.deleted_uuid = None
        self.undo_button.setVisible(False)
        self.refresh()

    # -- CSV files ------------------------------------------------------------
    def import_csv(self) -> None:
        from peerhelper.operations.sessions import import_csv

        source = ask.open_file(
            self,
            self.tr("Import sessions"),
            Path.home(),
            self.tr("CSV files (*.csv);;All files (*)"),
        )
        if source is None:
            return
        db = self.context.db
        self.context.tasks.run_task(
            lambda: import_csv(db, source),
            self._imported,
            self._import_failed,
            progress=self.tr("Importing sessions…"),
        )

    def _imported(self, result) -> None:
        self.refresh()
        ask.inform(
            self,
            self.tr("Import sessions"),
            self.tr("Imported: %1 new, %2 updated, %3 already up to date.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged + result.kept_deleted)),
        )

    def _import_failed(self, exc: BaseException) -> None:
        problems = getattr(exc, "problems", None)
        if not isinstance(exc, UserFacingError) or not problems:
            report_failure(
                self,
                self.tr("Import sessions"),
                exc,
                lead=self.tr("The file was not imported; nothing was changed."),
            )
            return
        # The error lists the first problems of the file and counts them all.
        total = getattr(exc, "total", len(problems))
        lines = [self._describe(p) for p in problems[:30]]
        if total > len(lines):
            lines.append(self.tr("… and %1 more.").replace("%1", str(total - len(lines))))
        detail = "\n".join(lines)
        ask.error(
            self,
            self.tr("Import sessions"),
            self.tr("The file was not imported; nothing was changed.") + "\n\n" + detail,
        )

    def _describe(self, line_problem) -> str:
        problem = line_problem.problem
        if problem.code == "personal_data":
            what = describe_column_data(problem.field, list(problem.kinds))
        else:
            what = str(problem)
        if line_problem.line:
            return self.tr("Line %1: %2").replace("%1", str(line_problem.line)).replace("%2", what)
        return what

    def export(self) -> None:
        """The sessions of the chosen days as CSV or, by the file's type, an Excel workbook."""
        wanted = self.current_filter()
        name = f"sessions-{wanted.first_day:%Y-%m-%d}-{wanted.last_day:%Y-%m-%d}.csv"
        target = ask.save_file_outside(
            self,
            self.tr("Export sessions"),
            Path.home() / name,
            self.tr("CSV files (*.csv)") + ";;" + self.tr("Excel workbook (*.xlsx)"),
            self.context.paths.root,
        )
        if target is None:
            return
        db, paths = self.context.db, self.context.paths
        first, last = wanted.first_day, wanted.last_day
        lang = self.context.language
        as_workbook = target.suffix.lower() == ".xlsx"

        def work() -> int:
            if as_workbook:
                from peerhelper.operations.statistics import export_period_xlsx

                return export_period_xlsx(db, paths, target, first, last, lang)
            from peerhelper.operations.sessions import export_csv

            return export_csv(db, target, first, last)

        self.context.tasks.run_task(
            work,
            lambda count: ask.inform(
                self,
                self.tr("Export sessions"),
                self.tr("%n session(s) were saved to %1.", "", count).replace("%1", str(target)),
            ),
            lambda exc: report_failure(
                self,
                self.tr("Export sessions"),
                exc,
                lead=self.tr("The sessions were not saved."),
            ),
            receiver=self,
            progress=self.tr("Exporting sessions…"),
        )
