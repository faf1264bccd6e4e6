"""Quick tally for rush hours: one tap on a topic records a session."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peerhelper.storage import sessions_repo
from peerhelper.ui.controller import AppController
from peerhelper.ui.flow import FlowLayout
from peerhelper.ui.icons import icon, icon_size, kit_icon
from peerhelper.ui.session import labels
from peerhelper.ui.session.tiles import ChoiceTiles


class QuickTally(QWidget):
    recorded = Signal(str)

    def __init__(
        self,
        context: AppController,
        clock: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.last_uuid: str | None = None
        lang = context.language
        lead = QLabel(
            self.tr(
                "One tap records a session with its topic, mode and time. "
                "Add details later from the session list."
            )
        )
        lead.setWordWrap(True)
        lead.setObjectName("hint")
        self.mode = ChoiceTiles(labels.choices("mode", lang), columns=3, name=self.tr("Mode"))
        self.mode.set_value("local")
        self.tiles: dict[str, QPushButton] = {}
        tiles = QWidget()
        grid = FlowLayout(tiles, spacing=10, max_columns=3)
        for topic in sessions_repo.list_topics(context.db):
            button = QPushButton(kit_icon(topic.icon), topic.label(lang))
            button.setObjectName("tallyTile")
            button.setIconSize(icon_size(32))
            button.setAccessibleName(self.tr("Record: %1").replace("%1", topic.label(lang)))
            button.clicked.connect(lambda _=False, code=topic.code: self.record(code))
            grid.addWidget(button)
            self.tiles[topic.code] = button
        self.status = QLabel()
        self.undo_button = QPushButton(icon("undo"), self.tr("&Undo"))
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self.undo)
        self.count_label = QLabel()
        self.count = 0
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(lead)
        layout.addWidget(self.mode)
        layout.addWidget(tiles)
        layout.addLayout(status_row)
        layout.addWidget(self.count_label)
        layout.addStretch(1)

    def record(self, topic: str) -> str:
        mode = self.mode.value() or "local"
        when = self.clock().replace(second=0, microsecond=0)
        self.last_uuid = sessions_repo.quick_tally(self.context.db, topic, mode, when)
        self.count += 1
        label = self.tiles[topic].text()
        self.status.setText(
            self.tr("Recorded: %1 at %2.")
            .replace("%1", label)
            .replace("%2", when.strftime("%H:%M"))
        )
        self.count_label.setText(
            self.tr("Recorded here this time: %1").replace("%1", str(self.count))
        )
        self.undo_button.setEnabled(True)
        self.recorded.emit(self.last_uuid)
        return self.last_uuid

    def undo(self) -> None:
        if self.last_uuid is None:
            return
        sessions_repo.set_deleted(self.context.db, self.last_uuid, True)
        self.recorded.emit(self.last_uuid)
        self.last_uuid = None
        self.count -= 1
        self.status.setText(self.tr("The last tap was undone."))
        self.count_label.setText(
            self.tr("Recorded here this time: %1").replace("%1", str(self.count))
        )
        self.undo_button.setEnabled(False)
