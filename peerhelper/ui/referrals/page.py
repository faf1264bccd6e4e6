"""The Referrals section: find who helps with what, see the details, print a slip.

Search by any word (name, address, notes, a topic's or language's name),
filter by topic and language, and pick an entry to see its details. Entries
not checked for over a year carry a mark, so a volunteer checks them before
sending a client. Add, edit, retire (and restore) entries; an entry no
session refers to may be deleted after asking. The directory is read, saved
to and loaded from files on the worker thread.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from peerhelper.domain.directory import (
    KIND_TERMS,
    PAID_TERMS,
    DirectoryEntryData,
    is_stale,
    search,
    term_label,
)
from peerhelper.domain.languages import LANGUAGE_NAMES, own_name
from peerhelper.operations import directory
from peerhelper.storage import directory_repo, sessions_repo
from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.errors import report_failure
from peerhelper.ui.flow import FlowLayout, labelled
from peerhelper.ui.icons import icon
from peerhelper.ui.pages.base import Page
from peerhelper.ui.session import labels

STALE_MARK = "⚠"


class ReferralsPage(Page):
    slip_printed = Signal(str)  # entry uuid

    def __init__(
        self,
        context: AppController,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Referrals"),
            self.tr(
                "Who helps with what, where and when. Find the right place, "
                "then print a slip the client can follow."
            ),
            parent,
        )
        self.context = context
        self.today = today
        self.entries: list[DirectoryEntryData] = []
        lang = context.language
        self.topic_names = {t.code: t.label(lang) for t in sessions_repo.list_topics(context.db)}
        self.names = {
            **self.topic_names,
            **LANGUAGE_NAMES,
            **{t.code: t.label(lang) for t in KIND_TERMS},
        }
        self.search_field = QLineEdit()
        self.search_field.setPlaceholderText(self.tr("Search by any word"))
        self.search_field.setAccessibleName(self.tr("Search the directory"))
        self.search_field.setClearButtonEnabled(True)
        self.topic = QComboBox()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.addItem(self.tr("All topics"), "")
        for code, name in self.topic_names.items():
            self.topic.addItem(name, code)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language served"))
        self.language.addItem(self.tr("All languages"), "")
        for code, name in labels.language_choices():
            self.language.addItem(f"{name} ({code})", code)
        self.show_retired = QCheckBox(self.tr("Show retired"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Services"))
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 8)
        self.list.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Details of the service"))
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.slip_button = QPushButton(icon("print"), self.tr("&Print a referral slip…"))
        self.slip_button.setObjectName("primary")
        self.add_button = QPushButton(self.tr("&Add a service…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self._lay_out()
        self._connect()
        self.refresh()

    def _lay_out(self) -> None:
        filters = QWidget()
        flow = FlowLayout(filters, max_columns=2)
        flow.addWidget(labelled(self.tr("&Search"), self.search_field))
        flow.addWidget(labelled(self.tr("&Topic"), self.topic))
        flow.addWidget(labelled(self.tr("Lan&guage"), self.language))
        flow.addWidget(self.show_retired)
        self.content.addWidget(filters)
        self.content.addWidget(self.count)
        self.content.addWidget(self.list)
        self.content.addWidget(self.details)
        buttons = QWidget()
        row = FlowLayout(buttons, max_columns=4)
        for button in (
            self.slip_button,
            self.add_button,
            self.edit_button,
            self.retire_button,
            self.delete_button,
            self.import_button,
            self.export_button,
        ):
            row.addWidget(button)
        self.content.addWidget(buttons)
        self.finish()

    def _connect(self) -> None:
        self.search_field.textChanged.connect(self.show_entries)
        self.topic.currentIndexChanged.connect(self.show_entries)
        self.language.currentIndexChanged.connect(self.show_entries)
        self.show_retired.toggled.connect(self.show_entries)
        self.list.currentRowChanged.connect(self._show_current)
        self.list.itemActivated.connect(lambda _item: self.print_slip())
        self.slip_button.clicked.connect(self.print_slip)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_button.clicked.connect(self.delete_entry)
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.activated.connect(self.delete_entry)
        find_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find_key.activated.connect(self.search_field.setFocus)

    # -- showing ------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Read the directory again (on the worker) and show it, keeping the selection."""
        keep = select or self._current_uuid()
        db = self.context.db
        self.context.tasks.run_task(
            lambda: directory.entries(db),
            lambda entries: self._loaded(entries, keep),
            lambda exc: report_failure(self, self.tr("Referrals"), exc),
            receiver=self,
        )

    def _loaded(self, entries: list[DirectoryEntryData], keep: str | None) -> None:
        self.entries = entries
        self.show_entries(keep=keep)

    def shown(self) -> list[DirectoryEntryData]:
        """The entries the search and filters let through, by name."""
        found = search(
            self.entries,
            self.search_field.text(),
            self.topic.currentData() or "",
            self.language.currentData() or "",
            self.names,
        )
        return [e for e in found if self.show_retired.isChecked() or not e.retired]

    def show_entries(self, *_args: object, keep: str | None = None) -> None:
        keep = keep or self._current_uuid()
        today = self.today()
        self.list.blockSignals(True)
        self.list.clear()
        row_to_select = 0
        for row, entry in enumerate(self.shown()):
            item = QListWidgetItem(self._item_text(entry, today))
            item.setData(Qt.ItemDataRole.UserRole, entry.uuid)
            if is_stale(entry, today):
                item.setToolTip(self.tr("Not checked for over a year: check before referring."))
            self.list.addItem(item)
            if entry.uuid == keep:
                row_to_select = row
        self.list.blockSignals(False)
        self.count.setText(self.tr("%n service(s)", "", self.list.count()))
        self.list.setCurrentRow(row_to_select if self.list.count() else -1)
        self._show_current()

    def _item_text(self, entry: DirectoryEntryData, today: date) -> str:
        kind = term_label(KIND_TERMS, entry.kind, self.context.language)
        parts = [entry.name, kind]
        if entry.retired:
            parts.append(self.tr("retired"))
        if is_stale(entry, today):
            parts.append(f"{STALE_MARK} " + self.tr("not checked for over a year"))
        return " · ".join(parts)

    def current(self) -> DirectoryEntryData | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(Qt.ItemDataRole.UserRole)
        return next((e for e in self.entries if e.uuid == wanted), None)

    def _current_uuid(self) -> str | None:
        entry = self.current()
        return entry.uuid if entry else None

    def _show_current(self, *_args: object) -> None:
        entry = self.current()
        for button in (self.slip_button, self.edit_button, self.retire_button, self.delete_button):
            button.setEnabled(entry is not None)
        if entry is None:
            self.details.setText(self.tr("No service matches. Try fewer words, or add one."))
            return
        self.retire_button.setText(self.tr("&Restore") if entry.retired else self.tr("&Retire"))
        self.slip_button.setEnabled(not entry.retired)
        self.details.setText(self._details_html(entry))

    def _details_html(self, entry: DirectoryEntryData) -> str:
        lang = self.context.language
        rows = [
            (self.tr("Kind"), term_label(KIND_TERMS, entry.kind, lang)),
            (self.tr("Helps with"), ", ".join(self.topic_names.get(t, t) for t in entry.topics)),
            (
                self.tr("Languages served"),
                ", ".join(own_name(c) for c in entry.languages),
            ),
            (self.tr("Address"), entry.address),
            (self.tr("Phone"), entry.phone),
            (self.tr("Web address"), entry.web),
            (self.tr("Opening hours"), entry.hours),
            (self.tr("Accessibility"), entry.accessibility),
            (self.tr("Free or paid"), term_label(PAID_TERMS, entry.paid, lang)),
            (self.tr("Notes"), entry.notes),
            (self.tr("Details from"), entry.source),
        ]
        checked = (
            f"{entry.checked.day}.{entry.checked.month}.{entry.checked.year}"
            if entry.checked
            else self.tr("never")
        )
        if is_stale(entry, self.today()):
            checked += f" {STALE_MARK} " + self.tr("over a year ago: check before referring")
        rows.append((self.tr("Checked"), checked))
        lines = [f"<h3>{html.escape(entry.name)}</h3>"]
        for name, value in rows:
            if value:
                lines.append(f"<b>{html.escape(name)}:</b> {html.escape(value)}<br>")
        return "".join(lines)

    # -- actions -----------------------------------------------------------------
    def print_slip(self, client_lang: str = "") -> None:
        entry = self.current()
        if entry is None or entry.retired:
            return
        from peerhelper.ui.referrals.slip_dialog import SlipDialog

        dialog = SlipDialog(self.context, entry, self, client_lang=client_lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.slip_printed.connect(self.slip_printed)
        dialog.open()

    def _edit(self, entry: DirectoryEntryData | None) -> None:
        from peerhelper.ui.referrals.entry_dialog import EntryDialog

        dialog = EntryDialog(self.context.db, self.context.language, entry, self.today, self)
        if dialog.exec():
            self.refresh(select=dialog.saved_uuid)

    def add_entry(self) -> None:
        self._edit(None)

    def edit_entry(self) -> None:
        entry = self.current()
        if entry is not None:
            self._edit(entry)

    def toggle_retired(self) -> None:
        entry = self.current()
        if entry is None or entry.uuid is None:
            return
        try:
            directory_repo.set_retired(self.context.db, entry.uuid, not entry.retired)
        except Exception as exc:
            report_failure(self, self.tr("Retire"), exc)
            return
        if not entry.retired:
            self.show_retired.setChecked(True)  # the retired entry stays in sight
        self.refresh(select=entry.uuid)

    def delete_entry(self) -> None:
        entry = self.current()
        if entry is None or entry.uuid is None:
            return
        title = self.tr("Delete a service")
        used = directory_repo.usage_count(self.context.db, entry.uuid)
        if used:
            ask.inform(
                self,
                title,
                self.tr(
                    "%n session(s) refer to “%1”, so it cannot be deleted. "
                    "Retire it instead: it is then no longer offered, and old "
                    "sessions keep their meaning.",
                    "",
                    used,
                ).replace("%1", entry.name),
            )
            return
        question = self.tr("Delete “%1” from the directory? This cannot be undone.").replace(
            "%1", entry.name
        )
        if self.context.settings.get("server_url"):
            # The directory is shared: a deletion stays on this computer.
            question += "\n\n" + self.tr(
                "This computer syncs with the organisation server, which keeps the "
                "service: the next sync brings it back. To take it out on every "
                "site, retire it instead."
            )
        if not ask.confirm(self, title, question, self.tr("&Delete")):
            return
        try:
            directory_repo.delete_entry(self.context.db, entry.uuid)
        except Exception as exc:
            report_failure(self, title, exc)
            return
        self.refresh()

    def import_file(self) -> None:
        title = self.tr("Import services")
        source = ask.open_file(
            self, title, Path.home(), self.tr("Directory files (*.csv *.json);;All files (*)")
        )
        if source is None:
            return
        db = self.context.db
        self.context.tasks.run_task(
            lambda: directory.import_file(db, source),
            lambda result: self._imported(title, result),
            lambda exc: report_failure(
                self, title, exc, lead=self.tr("The file was not imported; nothing was changed.")
            ),
            receiver=self,
            progress=self.tr("Importing services…"),
        )

    def _imported(self, title: str, result: directory_repo.SaveResult) -> None:
        self.refresh()
        ask.inform(
            self,
            title,
            self.tr("Imported: %1 new, %2 updated, %3 already up to date.")
            .replace("%1", str(result.created))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged)),
        )

    def export_file(self) -> None:
        from peerhelper.ui.printing.printer import documents_folder

        title = self.tr("Export services")
        target = ask.save_file_outside(
            self,
            title,
            documents_folder() / "directory.csv",
            self.tr("CSV files (*.csv);;JSON files (*.json)"),
            self.context.paths.root,
        )
        if target is None:
            return
        file_format = "json" if target.suffix.lower() == ".json" else "csv"
        db, root = self.context.db, self.context.paths.root
        self.context.tasks.run_task(
            lambda: directory.export_file(db, target, file_format, root),
            lambda count: ask.inform(
                self,
                title,
                self.tr("%n service(s) were saved to %1.", "", count).replace("%1", str(target)),
            ),
            lambda exc: report_failure(
                self, title, exc, lead=self.tr("The directory was not saved.")
            ),
            receiver=self,
        )
