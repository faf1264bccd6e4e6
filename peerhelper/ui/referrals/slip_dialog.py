"""Printing a referral slip: the client's language, a second one, what to ask for, the paper.

The slip is rebuilt on the worker thread a moment after each change and
shown as it will be printed. "Print…" (Ctrl+P) and "Save as PDF…" (Ctrl+S)
use exactly that PDF; ``slip_printed`` then tells the session screen that the
client was referred to this entry.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.directory import DirectoryEntryData
from peerhelper.domain.languages import LOCAL_LANGUAGE, PRINTED_LABEL_LANGUAGES, own_name
from peerhelper.errors import UserFacingError
from peerhelper.operations.printouts import Printout, referral_slip
from peerhelper.printing.referral_slip import MAX_NOTE, SlipOptions
from peerhelper.ui.controller import AppController
from peerhelper.ui.guides.look import text_scale
from peerhelper.ui.icons import icon
from peerhelper.ui.picture_messages import error_text
from peerhelper.ui.printing import printer
from peerhelper.ui.printing.builder import PrintoutBuilder
from peerhelper.ui.printing.preview import PdfPreview

log = logging.getLogger(__name__)

TYPING_DELAY_MS = 600
CHOICE_DELAY_MS = 150


class SlipDialog(QDialog):
    slip_printed = Signal(str)  # the entry's uuid, after printing or saving

    def __init__(
        self,
        context: AppController,
        entry: DirectoryEntryData,
        parent: QWidget | None = None,
        *,
        client_lang: str = "",
        note: str = "",
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.entry = entry
        self._pending: Callable[[Printout], None] | None = None
        self.setWindowTitle(self.tr("Print a referral slip: %1").replace("%1", entry.name))
        self.client_language = self._combo(self.tr("The client's language"))
        self.second_language = self._combo(self.tr("Second language on the slip"))
        self.second_language.addItem(self.tr("None"), "")
        for code in PRINTED_LABEL_LANGUAGES:
            name = own_name(code)
            self.client_language.addItem(name, code)
            self.second_language.addItem(name, code)
        wanted = client_lang if client_lang in PRINTED_LABEL_LANGUAGES else context.language
        self.client_language.setCurrentIndex(max(0, self.client_language.findData(wanted)))
        self.second_language.setCurrentIndex(self.second_language.findData(LOCAL_LANGUAGE))
        self.paper = self._combo(self.tr("Paper"))
        self.paper.addItem(self.tr("A5, one slip"), "A5")
        self.paper.addItem(self.tr("A4, two slips to cut apart"), "A4")
        self.note = QPlainTextEdit(note)
        self.note.setAccessibleName(self.tr("What to ask for"))
        self.note.setPlaceholderText(self.tr("e.g. help with the housing allowance application"))
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.preview = PdfPreview(single_page=True)
        self.builder = PrintoutBuilder(context.tasks, parent=self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.print_button = QPushButton(icon("print"), self.tr("&Print…"))
        self.print_button.setObjectName("primary")
        self.print_button.setToolTip(self.tr("Choose a printer and print (Ctrl+P)"))
        self.save_button = QPushButton(icon("save"), self.tr("Save as P&DF…"))
        self.save_button.setToolTip(self.tr("Save the slip as a PDF file (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
        self._lay_out()
        for box in (self.client_language, self.second_language, self.paper):
            box.currentIndexChanged.connect(self._choice_changed)
        self.note.textChanged.connect(self._note_changed)
        self.builder.started.connect(self.preview.set_updating)
        self.builder.ready.connect(self._ready)
        self.builder.failed.connect(self._failed)
        self.print_button.clicked.connect(self.print_slip)
        self.save_button.clicked.connect(self.save_slip)
        self.close_button.clicked.connect(self.reject)
        for keys, action in (
            (QKeySequence.StandardKey.Print, self.print_slip),
            (QKeySequence.StandardKey.Save, self.save_slip),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(action)
        self.builder.request(self._work(), now=True)
        self.client_language.setFocus()

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        return box

    def _lay_out(self) -> None:
        scale = text_scale()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        for text, widget in (
            (self.tr("&Client's language"), self.client_language),
            (self.tr("&Second language"), self.second_language),
            (self.tr("Pape&r"), self.paper),
            (self.tr("&What to ask for"), self.note),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        side = QWidget()
        side.setLayout(form)
        side.setMaximumWidth(round(380 * scale))
        columns = QHBoxLayout()
        columns.addWidget(side)
        columns.addWidget(self.preview, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        room = self.screen().availableGeometry()
        self.resize(
            min(round(900 * min(scale, 1.4)), round(room.width() * 0.95)),
            min(round(700 * min(scale, 1.25)), round(room.height() * 0.9)),
        )

    def options(self) -> SlipOptions:
        lang = self.client_language.currentData()
        second = self.second_language.currentData() or None
        return SlipOptions(
            lang=lang,
            second_lang=None if second == lang else second,
            note=self.note.toPlainText().strip()[:MAX_NOTE],
            paper=self.paper.currentData(),
        )

    def _work(self) -> Callable[[], Printout]:
        paths, entry, options = self.context.paths, self.entry, self.options()
        return lambda: referral_slip(paths, entry, options)

    def _choice_changed(self) -> None:
        self.builder.request(self._work(), delay_ms=CHOICE_DELAY_MS)

    def _note_changed(self) -> None:
        self.builder.request(self._work(), delay_ms=TYPING_DELAY_MS)

    def _ready(self, printout: Printout) -> None:
        self.preview.set_pdf(printout.pdf)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.status.setText("")
        pending, self._pending = self._pending, None
        if pending is not None:
            pending(printout)

    def _failed(self, error: Exception) -> None:
        self._pending = None
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        if isinstance(error, UserFacingError):
            text = self.tr("The slip cannot be made with these choices: %1").replace(
                "%1", error_text(error)
            )
        else:
            log.error("Building the referral slip failed", exc_info=error)
            text = self.tr("The slip could not be made. The details are in the log file.")
        self.preview.show_message(text)
        self.status.setText(text)

    def _when_ready(self, action: Callable[[Printout], None]) -> None:
        if self.builder.printout is not None and not self.builder.busy:
            action(self.builder.printout)
        elif self.builder.busy:
            self._pending = action
            self.status.setText(self.tr("Preparing the slip…"))

    def print_slip(self) -> None:
        self._when_ready(self._print)

    def save_slip(self) -> None:
        self._when_ready(self._save)

    def _print(self, printout: Printout) -> None:
        paper = self.options().paper
        title = f"referral-{self.options().lang}"
        tasks = self.context.tasks
        if printer.print_pdf(
            printout.pdf, self, title, 1, paper, tasks=tasks, landscape=paper == "A4"
        ):
            self.status.setText(self.tr("The slip was sent to the printer."))
            self.slip_printed.emit(self.entry.uuid or "")

    def _save(self, printout: Printout) -> None:
        name = f"referral-slip-{self.options().lang}.pdf"
        path = printer.save_as(self, printout.pdf, name, self.context.paths.root)
        if path is None:
            return
        self.status.setText(self.tr("Saved as %1.").replace("%1", str(path)))
        self.slip_printed.emit(self.entry.uuid or "")
