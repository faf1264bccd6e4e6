"""Which guides the library shows: search words in any language, topics, a caption language.

Every search word must appear somewhere in the guide (any title, summary,
caption, service or topic name, in any language); a guide must have one of
the chosen topics and the chosen caption language. The rows keep the
model's order (alphabetical by shown title); sorting here would cost a call
into Python for every comparison at every keystroke.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
)

from peerhelper.ui.guides.library_model import GuideLibraryModel
from peerhelper.ui.guides.search import matches, search_words


class GuideFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._topics: frozenset[str] = frozenset()
        self._language = ""
        self.setDynamicSortFilter(False)

    @property
    def topics(self) -> frozenset[str]:
        return self._topics

    @property
    def language(self) -> str:
        return self._language

    def set_search(self, text: str) -> None:
        words = search_words(text)
        if words != self._words:
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_topics(self, codes: Iterable[str]) -> None:
        topics = frozenset(code for code in codes if code)
        if topics != self._topics:
            self.beginFilterChange()
            self._topics = topics
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_language(self, code: str) -> None:
        if code != self._language:
            self.beginFilterChange()
            self._language = code
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, GuideLibraryModel):
            return True
        guide = model.guide_at(row)
        if self._topics and self._topics.isdisjoint(guide.topics):
            return False
        if self._language and self._language not in guide.language_codes:
            return False
        return not self._words or matches(model.search_key_at(row), self._words)
