"""The handout print dialog: options on the left, the real pages on the right, Print and Save.

Every change of an option rebuilds the handout on a worker thread a moment
later and shows the new pages; the window never waits for it. "Print…"
(Ctrl+P) and "Save as PDF…" (Ctrl+S) use exactly the PDF in the preview; if
it is still being built they act as soon as it is ready. ``handout_printed``
tells the session screen that the client got this guide on paper.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerhelper.errors import UserFacingError
from peerhelper.guides.model import Guide
from peerhelper.operations import printouts
from peerhelper.operations.printouts import Printout
from peerhelper.ui.controller import AppController
from peerhelper.ui.fit import fit_to_screen, scrolling
from peerhelper.ui.flow import wrapping_row
from peerhelper.ui.guides.look import text_scale
from peerhelper.ui.icons import icon, icon_size
from peerhelper.ui.picture_messages import error_text
from peerhelper.ui.printing import printer
from peerhelper.ui.printing.builder import PrintoutBuilder
from peerhelper.ui.printing.options import HandoutOptionsWidget
from peerhelper.ui.printing.preview import PdfPreview

log = logging.getLogger(__name__)

TYPING_DELAY_MS = 600  # rebuild once typing in the note pauses
CHOICE_DELAY_MS = 150  # a quick run through a list builds only the last choice


class HandoutPrintDialog(QDialog):
    handout_printed = Signal(str)  # guide id, after printing or saving

    def __init__(
        self,
        context: AppController,
        guide: Guide,
        parent: QWidget | None = None,
        *,
        client_lang: str = "",
        second_lang: str | None = None,
        service_lang: str = "",
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.guide = guide
        self._pending: Callable[[Printout], None] | None = None
        title = guide.title.get(context.language)
        self.setWindowTitle(self.tr("Print a handout: %1").replace("%1", title))
        self.options = HandoutOptionsWidget(
            guide, context.language, client_lang, second_lang, service_lang
        )
        # Large print and paper size are remembered from the last handout.
        settings = context.settings
        self.options.large_print.setChecked(settings.get("handout_large_print"))
        paper = self.options.paper.findData(settings.get("handout_paper"))
        self.options.paper.setCurrentIndex(max(0, paper))
        # Bound methods, not lambdas holding the dialog: a reference cycle through
        # a Qt object may be collected on a worker thread, which Qt does not survive.
        self.options.large_print.toggled.connect(self._remember_choices)
        self.options.paper.currentIndexChanged.connect(self._remember_choices)
        self.preview = PdfPreview()
        self.builder = PrintoutBuilder(context.tasks, parent=self)

        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        heading.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.print_button = QPushButton(icon("print"), self.tr("&Print…"))
        self.print_button.setObjectName("primary")
        self.print_button.setToolTip(self.tr("Choose a printer and print (Ctrl+P)"))
        self.save_button = QPushButton(icon("save"), self.tr("Save as P&DF…"))
        self.save_button.setToolTip(self.tr("Save the handout as a PDF file (Ctrl+S)"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.print_button, self.save_button, self.close_button):
            button.setIconSize(icon_size())
            button.setAutoDefault(False)
        self._lay_out(heading)

        self.options.changed.connect(lambda: self._rebuild(CHOICE_DELAY_MS))
        self.options.text_changed.connect(lambda: self._rebuild(TYPING_DELAY_MS))
        self.builder.started.connect(self.preview.set_updating)
        self.builder.ready.connect(self._ready)
        self.builder.failed.connect(self._failed)
        self.print_button.clicked.connect(self.print_handout)
        self.save_button.clicked.connect(self.save_handout)
        self.close_button.clicked.connect(self.reject)
        for keys, action in (
            (QKeySequence.StandardKey.Print, self.print_handout),
            (QKeySequence.StandardKey.Save, self.save_handout),
        ):
            QShortcut(QKeySequence(keys), self).activated.connect(action)
        self.builder.request(self._work(), now=True)
        self.options.client_language.setFocus()

    def _lay_out(self, heading: QLabel) -> None:
        scale = text_scale()
        side = scrolling(self.options)
        side.setMaximumWidth(round(480 * scale))
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(side)
        columns.addWidget(self.preview, 1)
        # At a large text size the buttons move onto two rows rather than widen the dialog.
        buttons = wrapping_row([self.print_button, self.save_button, self.close_button], True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(heading)
        lead = QLabel(
            self.tr(
                "Choose the client's language and what else to print. "
                "The preview shows the pages exactly as they will be printed."
            )
        )
        lead.setObjectName("hint")
        lead.setWordWrap(True)
        layout.addWidget(lead)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(round(1000 * min(scale, 1.4)), round(760 * min(scale, 1.25))))

    # -- building ----------------------------------------------------------------
    def _work(self) -> Callable[[], Printout]:
        paths, guide, options = self.context.paths, self.guide, self.options.options()
        return lambda: printouts.handout(paths, guide, options)

    def _rebuild(self, delay_ms: int) -> None:
        self.builder.request(self._work(), delay_ms=delay_ms)
        self._say("")

    def _ready(self, printout: Printout) -> None:
        self.preview.set_pdf(printout.pdf)
        self._set_actions_enabled(True)
        pending, self._pending = self._pending, None
        if pending is not None:
            pending(printout)

    def _failed(self, error: Exception) -> None:
        self._pending = None
        self._set_actions_enabled(False)
        if isinstance(error, UserFacingError):
            text = self.tr("The handout cannot be made with these choices: %1").replace(
                "%1", error_text(error)
            )
        else:
            log.error("Building the handout %s failed", self.guide.id, exc_info=error)
            text = self.tr(
                "The handout could not be made. The details are in the log file; "
                "try other choices or another guide."
            )
        self.preview.show_message(text)
        self._say(text, error=True)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setObjectName("error" if error else "hint")
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _when_ready(self, action: Callable[[Printout], None]) -> None:
        """Run ``action`` with the PDF in the preview, or once the one being built is ready."""
        if self.builder.printout is not None and not self.builder.busy:
            action(self.builder.printout)
        elif self.builder.busy:
            self._pending = action
            self._say(self.tr("Preparing the handout…"))

    # -- actions ---------------------------------------------------------------------
    def print_handout(self) -> None:
        self._when_ready(self._print)

    def save_handout(self) -> None:
        self._when_ready(self._save)

    def _print(self, printout: Printout) -> None:
        options = self.options.options()
        title = f"{self.guide.id}-{options.lang}"
        pages, paper = printout.pages, options.paper
        if printer.print_pdf(printout.pdf, self, title, pages, paper, tasks=self.context.tasks):
            self._say(self.tr("The handout was sent to the printer."))
            self.handout_printed.emit(self.guide.id)

    def _remember_choices(self) -> None:
        self.context.settings.set("handout_large_print", self.options.large_print.isChecked())
        self.context.settings.set("handout_paper", self.options.paper.currentData())

    def _save(self, printout: Printout) -> None:
        name = f"{self.guide.id}-{self.options.options().lang}.pdf"
        path = printer.save_as(self, printout.pdf, name, self.context.paths.root)
        if path is None:
            return
        self._say(self.tr("Saved as %1.").replace("%1", str(path)))
        self.handout_printed.emit(self.guide.id)
