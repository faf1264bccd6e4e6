"""Picking the directory entries a client was referred to: type to search, pick, print a slip.

Typing in the field offers the directory's services whose names contain
the words; choosing one (Enter, or a click) adds it to the session. Each
chosen service is shown with a button that prints a referral slip for it
and one that takes it off again. Retired services are not offered, but a
saved session that names one still shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.directory import DirectoryEntryData, fold
from peerhelper.storage import directory_repo
from peerhelper.ui.controller import AppController


class ReferralPicker(QWidget):
    changed = Signal()
    print_requested = Signal(str)  # entry uuid

    def __init__(self, context: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context  # its database is read at each reload: a restore replaces it
        self.entries: dict[str, DirectoryEntryData] = {}
        self.chosen: list[str] = []
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the referral directory"))
        self.search.setPlaceholderText(self.tr("Type a service's name, e.g. Kela"))
        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(self.completer)
        self.completer.activated.connect(self.pick_name)
        self.search.returnPressed.connect(lambda: self.pick_name(self.search.text()))
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(self.rows)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.search)
        self.reload()

    def reload(self) -> None:
        """Read the directory again (after the Referrals section changed it)."""
        self.entries = {e.uuid or "": e for e in directory_repo.list_entries(self.context.db)}
        offered = sorted(
            (e.name for e in self.entries.values() if not e.retired), key=lambda n: fold(n)
        )
        self.names.setStringList(offered)
        self._show()

    def showEvent(self, event: QShowEvent) -> None:
        self.reload()  # the Referrals section may have changed the directory meanwhile
        super().showEvent(event)

    def values(self) -> list[str]:
        return list(self.chosen)

    def set_values(self, uuids: list[str]) -> None:
        self.chosen = list(dict.fromkeys(uuids))
        self._show()

    def add(self, uuid: str) -> bool:
        """Add the entry ``uuid``; False if it was there already or is unknown."""
        if uuid in self.chosen:
            return False
        if uuid not in self.entries:
            self.reload()  # added in the Referrals section meanwhile
            if uuid not in self.entries:
                return False
        self.chosen.append(uuid)
        self._show()
        self.changed.emit()
        return True

    def remove(self, uuid: str) -> None:
        if uuid in self.chosen:
            self.chosen.remove(uuid)
            self._show()
            self.changed.emit()

    def pick_name(self, text: str) -> None:
        """Add the service named ``text`` (letter case aside)."""
        wanted = " ".join(text.split()).casefold()
        if not wanted:
            return
        found = [
            e
            for e in self.entries.values()
            if not e.retired and " ".join(e.name.split()).casefold() == wanted
        ]
        if not found:
            self.hint.setText(
                self.tr("No service of that name; pick one from the list, or write it below.")
            )
            return
        self.add(found[0].uuid or "")
        # After the completer has finished with the field.
        self.search.clear()
        self.hint.clear()

    def _show(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for uuid in self.chosen:
            entry = self.entries.get(uuid)
            name = entry.name if entry else uuid
            # The name above its buttons, so a long name wraps whole at large text sizes.
            row = QWidget()
            column = QVBoxLayout(row)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            label = QLabel(name)
            label.setWordWrap(True)
            column.addWidget(label)
            box = QHBoxLayout()
            column.addLayout(box)
            slip = QPushButton(self.tr("Slip…"))
            slip.setAccessibleName(self.tr("Print a referral slip: %1").replace("%1", name))
            slip.setToolTip(self.tr("Print a referral slip for the client"))
            slip.clicked.connect(lambda _=False, u=uuid: self.print_requested.emit(u))
            slip.setEnabled(entry is not None and not entry.retired)
            drop = QPushButton(self.tr("Remove"))
            drop.setAccessibleName(self.tr("Remove the referral: %1").replace("%1", name))
            drop.clicked.connect(lambda _=False, u=uuid: self.remove(u))
            box.addWidget(slip)
            box.addWidget(drop)
            box.addStretch(1)
            self.rows.addWidget(row)
