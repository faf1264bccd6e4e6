"""A lazy table model of sessions: rows are fetched a page at a time as the view scrolls.

Only the row count and the first page are read when a filter changes, so a
list of a hundred thousand sessions opens at once.
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
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return row.started_at.strftime("%d.%m.%Y %H:%M")
        if column == 1:
            return row.minutes
        if column == 2:
            return labels.label("mode", row.mode, self.language)
        if column == 3:
            return ", ".join(self.topic_labels.get(t, t) for t in row.topics)
        if column == 4:
            return labels.label("outcome", row.outcome, self.language) if row.outcome else ""
        if column == 5:
            return row.language
        return row.note.replace("\n", " ")[:80]

    def uuid_at(self, row: int) -> str:
        return self.rows[row].uuid
