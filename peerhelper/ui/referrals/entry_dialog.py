"""Adding or editing one directory entry: the organisation's details and the volunteers' notes.

The name, address, phone and web address are the organisation's own public
facts and are not checked for personal data; the notes are, live and again
on saving, like a session's note (``GuardedField``). "Checked today" sets
the day the details were last confirmed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.directory import (
    KIND_TERMS,
    MAX_LENGTHS,
    PAID_TERMS,
    DirectoryEntryData,
)
from peerhelper.domain.session import FIRST_DAY, LAST_DAY
from peerhelper.storage import directory_repo, sessions_repo
from peerhelper.storage.database import Database
from peerhelper.ui.privacy_guard import GuardedField
from peerhelper.ui.session import labels
from peerhelper.ui.session.privacy_text import describe_field_data, describe_too_long
from peerhelper.ui.session.tiles import ChoiceTiles


class EntryDialog(QDialog):
    """Edit ``entry`` (or a new one); on Save it is validated and written to ``db``."""

    def __init__(
        self,
        db: Database,
        language: str,
        entry: DirectoryEntryData | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.today = today
        self.original = entry or DirectoryEntryData(name="", checked=today())
        self.saved_uuid: str | None = None
        self.setWindowTitle(self.tr("Edit a service") if entry else self.tr("Add a service"))
        self.name = self._line(self.tr("Name"), "name")
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind"))
        for term in KIND_TERMS:
            self.kind.addItem(term.label(language), term.code)
        topics = sessions_repo.list_topics(db)
        self.topics = ChoiceTiles(
            labels.topic_choices(topics, language),
            multiple=True,
            columns=3,
            name=self.tr("Helps with"),
        )
        self.languages = QListWidget()
        self.languages.setAccessibleName(self.tr("Languages served"))
        self.languages.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        for code, name in labels.language_choices():
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.languages.addItem(item)
        self.address = self._line(self.tr("Address"), "address")
        self.phone = self._line(self.tr("Phone"), "phone")
        self.web = self._line(self.tr("Web address"), "web")
        self.hours = self._line(self.tr("Opening hours"), "hours")
        self.accessibility = self._line(self.tr("Accessibility"), "accessibility")
        self.accessibility.setPlaceholderText(self.tr("e.g. step-free entrance, induction loop"))
        self.paid = QComboBox()
        self.paid.setAccessibleName(self.tr("Free or paid"))
        self.paid.addItem(self.tr("Not recorded"), "")
        for term in PAID_TERMS:
            self.paid.addItem(term.label(language), term.code)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setPlaceholderText(
            self.tr("For volunteers: what they help with, how to book. No personal data.")
        )
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.notes_field = GuardedField(self.notes, self.tr("Notes"))
        self.is_checked = QCheckBox(self.tr("Details checked on"))
        self.checked = QDateEdit()
        self.checked.setDisplayFormat("d.M.yyyy")
        self.checked.setCalendarPopup(True)
        self.checked.setDateRange(FIRST_DAY, LAST_DAY)
        self.checked.setAccessibleName(self.tr("Day the details were checked"))
        self.checked_today = QPushButton(self.tr("Checked &today"))
        self.checked_today.clicked.connect(self._checked_now)
        self.is_checked.toggled.connect(self.checked.setEnabled)
        self.source = QLabel()
        self.source.setObjectName("hint")
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QLabel()
        self.problems.setObjectName("error")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._lay_out()
        self.set_entry(self.original)

    def _line(self, name: str, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setMaxLength(MAX_LENGTHS[field])
        return edit

    def _lay_out(self) -> None:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        checked_row = QWidget()
        checked_box = QHBoxLayout(checked_row)
        checked_box.setContentsMargins(0, 0, 0, 0)
        checked_box.addWidget(self.is_checked)
        checked_box.addWidget(self.checked)
        checked_box.addWidget(self.checked_today)
        checked_box.addStretch(1)
        rows = (
            (self.tr("&Name"), self.name),
            (self.tr("&Kind"), self.kind),
            (self.tr("Helps &with"), self.topics),
            (self.tr("&Languages served"), self.languages),
            (self.tr("&Address"), self.address),
            (self.tr("&Phone"), self.phone),
            (self.tr("&Web address"), self.web),
            (self.tr("&Opening hours"), self.hours),
            (self.tr("Accessi&bility"), self.accessibility),
            (self.tr("&Free or paid"), self.paid),
            (self.tr("N&otes"), self.notes_field),
            (self.tr("Checked"), checked_row),
        )
        for text, widget in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.source)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_widget)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        room = self.screen().availableGeometry()
        self.resize(min(760, round(room.width() * 0.9)), round(room.height() * 0.85))

    def _checked_now(self) -> None:
        self.is_checked.setChecked(True)
        self.checked.setDate(QDate(self.today()))

    def set_entry(self, entry: DirectoryEntryData) -> None:
        self.name.setText(entry.name)
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.topics.set_values(entry.topics)
        for row in range(self.languages.count()):
            item = self.languages.item(row)
            code = item.data(Qt.ItemDataRole.UserRole)
            on = code in entry.languages
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        for edit, value in (
            (self.address, entry.address),
            (self.phone, entry.phone),
            (self.web, entry.web),
            (self.hours, entry.hours),
            (self.accessibility, entry.accessibility),
        ):
            edit.setText(value)
        self.paid.setCurrentIndex(max(0, self.paid.findData(entry.paid)))
        self.notes.setPlainText(entry.notes)
        self.is_checked.setChecked(entry.checked is not None)
        self.checked.setEnabled(entry.checked is not None)
        self.checked.setDate(QDate(entry.checked or self.today()))
        self.source.setText(
            self.tr("Details from: %1").replace("%1", entry.source) if entry.source else ""
        )
        self.source.setVisible(bool(entry.source))

    def entry(self) -> DirectoryEntryData:
        languages = [
            self.languages.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.languages.count())
            if self.languages.item(row).checkState() == Qt.CheckState.Checked
        ]
        return self.original.copy(
            name=self.name.text(),
            kind=self.kind.currentData(),
            topics=self.topics.values(),
            languages=languages,
            address=self.address.text(),
            phone=self.phone.text(),
            web=self.web.text(),
            hours=self.hours.text(),
            accessibility=self.accessibility.text(),
            paid=self.paid.currentData(),
            notes=self.notes.toPlainText(),
            checked=self.checked.date().toPython() if self.is_checked.isChecked() else None,
        ).cleaned()

    def accept(self) -> None:
        """Save, or say what is wrong and stay open."""
        try:
            self.saved_uuid = directory_repo.save_entry(self.db, self.entry())
        except directory_repo.InvalidEntry as exc:
            self.problems.setText(self._explain(exc))
            return
        super().accept()

    def _explain(self, exc: directory_repo.InvalidEntry) -> str:
        names = {
            "name": self.tr("Name"),
            "notes": self.tr("Notes"),
            "address": self.tr("Address"),
            "phone": self.tr("Phone"),
            "web": self.tr("Web address"),
            "hours": self.tr("Opening hours"),
            "accessibility": self.tr("Accessibility"),
        }
        lines = []
        for problem in exc.problems:
            field = names.get(problem.field, problem.field)
            if problem.code == "personal_data":
                lines.append(describe_field_data(field, problem.kinds))
            elif problem.code == "too_long":
                lines.append(describe_too_long(field, problem.limit))
            elif problem.code == "required":
                lines.append(self.tr("Give the service a name."))
            elif problem.code == "duplicate_name":
                lines.append(self.tr("Another service already has this name."))
            elif problem.code == "bad_web":
                lines.append(self.tr("The web address is not one, such as www.kela.fi."))
            else:
                lines.append(str(problem))
        return "\n".join(dict.fromkeys(lines))
