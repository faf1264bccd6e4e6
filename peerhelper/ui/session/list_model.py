"""A lazy table model of sessions: rows are fetched a page at a time as the view scrolls.

Only the row count and the first page are read when a filter changes, so a
list of a hundred thousand sessions opens at once. The "Recorded with"
column tells counted sessions (quick tally, paper tally sheet) and imported
ones from sessions entered on the form, so nobody takes a tally for a
session whose details were forgotten.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from peerhelper.storage.database import Database
from peerhelper.storage.session_query import (
    SessionFilter,
    SessionRow,
    count_sessions,
    fetch_sessions,
)
from peerhelper.ui.session import labels

PAGE = 200
_Index = QModelIndex | QPersistentModelIndex
MINUTES_COLUMN = 1
TOPICS_COLUMN = 3
LANGUAGE_COLUMN = 5
SOURCE_COLUMN = 6
NOTE_COLUMN = 7


def source_label(source: str) -> str:
    """How a session was recorded, in the user's language."""
    names = {
        "form": QCoreApplication.translate("SessionListModel", "Form"),
        "tally": QCoreApplication.translate("SessionListModel", "Quick tally"),
        "paper": QCoreApplication.translate("SessionListModel", "Paper tally"),
        "import": QCoreApplication.translate("SessionListModel", "Imported"),
    }
    return names.get(source, source)


def source_explanation(source: str) -> str:
    explanations = {
        "form": QCoreApplication.translate("SessionListModel", "Entered on the session form."),
        "tally": QCoreApplication.translate(
            "SessionListModel",
            "Counted with the quick tally: only the topic, mode and time are known.",
        ),
        "paper": QCoreApplication.translate(
            "SessionListModel",
            "Counted from a paper tally sheet: only the day, topic and mode are known.",
        ),
        "import": QCoreApplication.translate("SessionListModel", "Imported from a CSV file."),
    }
    return explanations.get(source, "")


class SessionListModel(QAbstractTableModel):
    UuidRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, db: Database, language: str, topic_labels: dict[str, str]) -> None:
        super().__init__()
        self.db = db
        self.language = language
        self.topic_labels = topic_labels
        self.filter = SessionFilter()
        self.total = 0
        self.rows: list[SessionRow] = []
        self.headers = [
            QCoreApplication.translate("SessionListModel", "When"),
            QCoreApplication.translate("SessionListModel", "Minutes"),
            QCoreApplication.translate("SessionListModel", "Mode"),
            QCoreApplication.translate("SessionListModel", "Topics"),
            QCoreApplication.translate("SessionListModel", "Outcome"),
            QCoreApplication.translate("SessionListModel", "Language"),
            QCoreApplication.translate("SessionListModel", "Recorded with"),
            QCoreApplication.translate("SessionListModel", "Note"),
        ]

    def set_filter(self, wanted: SessionFilter) -> None:
        self.beginResetModel()
        self.filter = wanted
        self.total = count_sessions(self.db, wanted)
        self.rows = fetch_sessions(self.db, wanted, 0, PAGE)
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self.filter)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = fetch_sessions(self.db, self.filter, len(self.rows), PAGE)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == self.UuidRole:
            return row.uuid
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column == SOURCE_COLUMN:
            return source_explanation(row.source) or None
        if role == Qt.ItemDataRole.ToolTipRole and column in (TOPICS_COLUMN, NOTE_COLUMN):
            # All of it: the column shows what fits.
            return (self._topics(row) if column == TOPICS_COLUMN else row.note) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            # A paper tally sheet knows the day only; its noon is not a real time.
            when = "%d.%m.%Y" if row.source == "paper" else "%d.%m.%Y %H:%M"
            return row.started_at.strftime(when)
        if column == 1:
            return row.minutes
        if column == 2:
            return labels.label("mode", row.mode, self.language)
        if column == TOPICS_COLUMN:
            return self._topics(row)
        if column == 4:
            return labels.label("outcome", row.outcome, self.language) if row.outcome else ""
        if column == 5:
            return row.language
        if column == SOURCE_COLUMN:
            return source_label(row.source)
        return " ".join(row.note.split())

    def _topics(self, row: SessionRow) -> str:
        return ", ".join(self.topic_labels.get(t, t) for t in row.topics)

    def uuid_at(self, row: int) -> str:
        return self.rows[row].uuid
