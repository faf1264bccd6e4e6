"""The guides of a library as a Qt list model: title, summary and a lazy thumbnail per row.

Titles and summaries follow one caption language (``set_caption_language``),
and rows are kept in the alphabetical order of those titles, so the filter
above never has to sort. The thumbnail is asked from a ``ThumbnailCache``
only when a view paints the row. Search keys (every text of a guide, folded)
take about a millisecond each, so they are prepared a few at a time while
the app is idle, and at once for any row a search reaches first.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCollator,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from peerhelper.guides.model import Guide
from peerhelper.ui.guides.search import search_key
from peerhelper.ui.guides.thumbnails import ThumbnailCache

GUIDE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
GUIDE_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3
TOPICS_ROLE = Qt.ItemDataRole.UserRole + 4
LANGUAGES_ROLE = Qt.ItemDataRole.UserRole + 5
# "Local · organisation" for the organisation's own guides, "" for those that come with the program.
LOCAL_MARK_ROLE = Qt.ItemDataRole.UserRole + 6

AnyIndex = QModelIndex | QPersistentModelIndex


class GuideLibraryModel(QAbstractListModel):
    def __init__(
        self,
        guides: Sequence[Guide],
        caption_lang: str = "en",
        thumbnails: ThumbnailCache | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.caption_lang = caption_lang
        self._key_timer = QTimer(self)
        self._key_timer.setSingleShot(True)
        self._key_timer.setInterval(0)
        self._key_timer.timeout.connect(self._prepare_keys)
        self._take(guides)
        self.thumbnails = thumbnails
        if thumbnails is not None:
            thumbnails.ready.connect(self._thumbnail_ready)

    def _take(self, guides: Sequence[Guide]) -> None:
        self._guides = self._sorted(guides)
        self._rows = {guide.id: row for row, guide in enumerate(self._guides)}
        self._keys: dict[str, str] = {}
        self._unprepared = [guide for guide in reversed(self._guides)]
        self._key_timer.start()

    def set_guides(self, guides: Sequence[Guide]) -> None:
        """Show ``guides`` instead (after a pack was added or a local guide removed)."""
        self.beginResetModel()
        if self.thumbnails is not None:
            self.thumbnails.clear()  # a replaced guide keeps its id, not its picture
        self._take(guides)
        self.endResetModel()

    def local_mark(self, guide: Guide) -> str:
        if not guide.is_local:
            return ""
        mark = self.tr("Local")
        return f"{mark} · {guide.organisation}" if guide.organisation else mark

    def _sorted(self, guides: Sequence[Guide]) -> list[Guide]:
        """By title in the caption language, as that language's speakers sort."""
        collator = QCollator(QLocale(self.caption_lang.split("-")[0]))
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        collator.setNumericMode(True)
        lang = self.caption_lang

        def compare(a: Guide, b: Guide) -> int:
            return collator.compare(a.title.get(lang), b.title.get(lang))

        order = cmp_to_key(compare)
        return sorted(guides, key=lambda guide: (order(guide), guide.id))

    # -- Qt model ------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._guides)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._guides):
            return None
        guide = self._guides[index.row()]
        lang = self.caption_lang
        if role == Qt.ItemDataRole.DisplayRole:
            return guide.title.get(lang)
        mark = self.local_mark(guide)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{mark}\n{guide.summary.get(lang)}" if mark else guide.summary.get(lang)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            text = f"{guide.title.get(lang)}. {guide.summary.get(lang)}"
            return f"{text} ({mark})" if mark else text
        if role == LOCAL_MARK_ROLE:
            return mark
        if role == Qt.ItemDataRole.DecorationRole and self.thumbnails is not None:
            return self.thumbnails.get(guide) or self.thumbnails.waiting
        if role == GUIDE_ID_ROLE:
            return guide.id
        if role == GUIDE_ROLE:
            return guide
        if role == SEARCH_ROLE:
            return self.search_key_at(index.row())
        if role == TOPICS_ROLE:
            return list(guide.topics)
        if role == LANGUAGES_ROLE:
            return list(guide.language_codes)
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names.update(
            {
                GUIDE_ID_ROLE: QByteArray(b"guideId"),
                GUIDE_ROLE: QByteArray(b"guide"),
                SEARCH_ROLE: QByteArray(b"searchKey"),
                TOPICS_ROLE: QByteArray(b"topics"),
                LANGUAGES_ROLE: QByteArray(b"languages"),
                LOCAL_MARK_ROLE: QByteArray(b"localMark"),
            }
        )
        return names

    # -- for the page and the filter -------------------------------------------
    @property
    def guides(self) -> list[Guide]:
        return list(self._guides)

    def guide_at(self, row: int) -> Guide:
        return self._guides[row]

    def search_key_at(self, row: int) -> str:
        guide = self._guides[row]
        key = self._keys.get(guide.id)
        if key is None:
            key = self._keys[guide.id] = search_key(guide)
        return key

    @property
    def keys_ready(self) -> bool:
        return len(self._keys) == len(self._guides)

    def _prepare_keys(self, budget: float = 0.008) -> None:
        started = time.perf_counter()
        while self._unprepared and time.perf_counter() - started < budget:
            guide = self._unprepared.pop()
            if guide.id not in self._keys:
                self._keys[guide.id] = search_key(guide)
        if self._unprepared:
            self._key_timer.start()

    def row_of(self, guide_id: str) -> int:
        """The row of the guide, or -1."""
        return self._rows.get(guide_id, -1)

    def set_caption_language(self, lang: str) -> None:
        """Show titles in ``lang`` and sort by them, keeping selections on the same guides."""
        if lang == self.caption_lang:
            return
        self.layoutAboutToBeChanged.emit()
        self.caption_lang = lang
        persistent = self.persistentIndexList()
        ids = [self._guides[index.row()].id for index in persistent]
        self._guides = self._sorted(self._guides)
        self._rows = {guide.id: row for row, guide in enumerate(self._guides)}
        self.changePersistentIndexList(persistent, [self.index(self._rows[i]) for i in ids])
        self.layoutChanged.emit()

    def _thumbnail_ready(self, guide_id: str) -> None:
        row = self.row_of(guide_id)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
