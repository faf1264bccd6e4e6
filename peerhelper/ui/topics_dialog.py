"""For coordinators: add session topics, rename them in each language, retire them.

A topic is never deleted, only retired: sessions that used it keep their
meaning, and it disappears from the tiles.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.languages import UI_LANGUAGES
from peerhelper.errors import BadInputError
from peerhelper.storage import sessions_repo
from peerhelper.storage.database import Database
from peerhelper.ui.fit import fit_to_screen, scrolling
from peerhelper.ui.flow import wrapping_row


class TopicsDialog(QDialog):
    def __init__(self, db: Database, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.setWindowTitle(self.tr("Session topics"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Topics"))
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Code"))
        self.code.setPlaceholderText(self.tr("e.g. library_card"))
        self.labels = {lang: QLineEdit() for lang in UI_LANGUAGES}
        names = {
            "fi": self.tr("Name in Finnish"),
            "sv": self.tr("Name in Swedish"),
            "en": self.tr("Name in English"),
        }
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code)
        for lang, edit in self.labels.items():
            edit.setAccessibleName(names[lang])
            form.addRow(names[lang], edit)
        self.save_button = QPushButton(self.tr("&Save topic"))
        self.save_button.setObjectName("primary")
        self.new_button = QPushButton(self.tr("&New topic"))
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "Retired topics are hidden from the tiles but kept in old "
                "sessions and statistics. You can bring them back."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        # The buttons wrap onto two rows at a large text size.
        buttons = wrapping_row([self.save_button, self.new_button, self.retire_button])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        # A list short enough to leave the fields in sight; all scrolls, Close stays.
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        column.addLayout(form)
        column.addWidget(buttons)
        column.addWidget(self.message)
        column.addWidget(hint)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(close)
        fit_to_screen(self, QSize(max(640, body.sizeHint().width()), self.sizeHint().height()))
        self.list.currentItemChanged.connect(self._show_current)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new_topic)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.reload()

    def reload(self, select: str = "") -> None:
        self.topics = {t.code: t for t in sessions_repo.list_topics(self.db, include_retired=True)}
        self.list.clear()
        for topic in self.topics.values():
            text = topic.label(self.language)
            if topic.retired:
                text = self.tr("%1 (retired)").replace("%1", text)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, topic.code)
            self.list.addItem(item)
            if topic.code == select:
                self.list.setCurrentItem(item)
        if not select:
            self.new_topic()

    def _show_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        topic = self.topics[item.data(Qt.ItemDataRole.UserRole)]
        self.code.setText(topic.code)
        self.code.setReadOnly(True)
        for lang, edit in self.labels.items():
            edit.setText(topic.labels.get(lang, ""))
        self.retire_button.setEnabled(True)
        self.retire_button.setText(self.tr("&Bring back") if topic.retired else self.tr("&Retire"))

    def new_topic(self) -> None:
        self.list.setCurrentRow(-1)
        self.code.clear()
        self.code.setReadOnly(False)
        for edit in self.labels.values():
            edit.clear()
        self.retire_button.setEnabled(False)
        self.code.setFocus()

    def save(self) -> None:
        code = self.code.text()
        labels = {lang: edit.text() for lang, edit in self.labels.items()}
        if not any(label.strip() for label in labels.values()):
            self.message.setText(self.tr("Give the topic a name in at least one language."))
            return
        try:
            sessions_repo.save_topic(self.db, code, labels)
        except BadInputError:
            self.message.setText(self.tr("The code may contain only letters, digits and _."))
            return
        self.message.setText(self.tr("Saved."))
        self.reload(select=code.strip().lower().replace(" ", "_"))

    def toggle_retired(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        sessions_repo.set_topic_retired(self.db, code, not self.topics[code].retired)
        self.reload(select=code)
