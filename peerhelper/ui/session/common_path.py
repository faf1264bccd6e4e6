"""What nearly every session records: how (mode and channel), the topics, the outcome.

Each is a section of chips that flow in rows, so at 200 % text size the
seventeen topics take a few rows, not a screen of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QGroupBox, QVBoxLayout, QWidget

from peerhelper.storage.sessions_repo import TopicInfo
from peerhelper.ui.flow import wrapping_row
from peerhelper.ui.icons import kit_icon
from peerhelper.ui.session import labels
from peerhelper.ui.session.tiles import ChoiceTiles


class ChannelList(QComboBox):
    """A list as wide as its longest name, at its own width beside the mode chips.

    Qt's size hint leaves out a few pixels of the style sheet's padding, which
    cut off the name's last letter; a couple of characters more keep it whole.
    """

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width() + 2 * self.fontMetrics().averageCharWidth(), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class CommonPath(QWidget):
    def __init__(self, topics: list[TopicInfo], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = ChoiceTiles(labels.choices("mode", lang), chips=True, name=self.tr("Mode"))
        self.channel = ChannelList()
        self.channel.addItem(self.tr("Channel: not chosen"), "")
        for code, text in labels.choices("channel", lang):
            self.channel.addItem(text, code)
        self.channel.setAccessibleName(self.tr("Channel"))
        self.topics = ChoiceTiles(
            labels.topic_choices(topics, lang),
            multiple=True,
            chips=True,
            icons={t.code: kit_icon(t.icon) for t in topics if t.icon},
            name=self.tr("Topic"),
        )
        self.outcome = ChoiceTiles(
            labels.choices("outcome", lang), chips=True, name=self.tr("Outcome")
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(self.fontMetrics().height() // 2)  # air above each heading

        def section(title: str, *widgets: QWidget) -> QGroupBox:
            box = QGroupBox(title)
            box.setObjectName("section")  # a heading and a rule, not a frame (ui.style)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)  # the box's own padding is enough
            # The channel list beside the mode chips where they fit in one row.
            inner.addWidget(widgets[0] if len(widgets) == 1 else wrapping_row(list(widgets)))
            layout.addWidget(box)
            return box

        self.sections = {
            "mode": section(self.tr("How"), self.mode, self.channel),
            "topics": section(self.tr("Topics"), self.topics),
            "outcome": section(self.tr("Outcome"), self.outcome),
        }

    def all_tiles(self) -> tuple[ChoiceTiles, ...]:
        return (self.mode, self.topics, self.outcome)
