"""A card on the Print page for a one-click printout: its choices, a preview, Print and Save.

The sign and the tally sheet are built from the site profile and the
session topics, which may change on other screens, so the card rebuilds its
preview each time the page is shown as well as when a choice changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.languages import LOCAL_LANGUAGE, UI_LANGUAGES, name_in
from peerhelper.errors import UserFacingError
from peerhelper.operations import printouts
from peerhelper.operations.printouts import Printout
from peerhelper.ui.controller import AppController
from peerhelper.ui.guides.languages import language_name
from peerhelper.ui.guides.look import text_scale
from peerhelper.ui.icons import icon, icon_size
from peerhelper.ui.picture_messages import error_text
from peerhelper.ui.printing import printer
from peerhelper.ui.printing.builder import PrintoutBuilder
from peerhelper.ui.printing.preview import PdfPreview

log = logging.getLogger(__name__)

PAPER_NAMES = {"A4": "A4", "A3": "A3", "letter": "Letter"}


def card_heading(text: str) -> QLabel:
    heading = QLabel(text)
    heading.setObjectName("cardTitle")
    heading.setWordWrap(True)
    return heading


def card_hint(text: str) -> QLabel:
    hint = QLabel(text)
    hint.setObjectName("hint")
    hint.setWordWrap(True)
    return hint


class PrintoutCard(QFrame):
    """Choices on the left, the first page on the right.

    Each kind of printout is a subclass that adds its choices (``paper_box``
    among them) and says what is built: ``work()`` returns the function that
    builds the PDF off the UI thread, ``file_name()`` the name suggested when
    saving.
    """

    paper_box: QComboBox

    def __init__(
        self,
        context: AppController,
        heading: str,
        hint: str,
        print_text: str,
        save_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.context = context
        self.heading = heading
        self.choices = QFormLayout()
        self.choices.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.print_button = QPushButton(icon("print"), print_text)
        self.print_button.setObjectName("primary")
        self.save_button = QPushButton(icon("save"), save_text)
        for button in (self.print_button, self.save_button):
            button.setIconSize(icon_size())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.preview = PdfPreview(single_page=True)
        scale = text_scale()
        self.preview.setFixedSize(round(230 * scale), round(300 * scale) + 40)
        self.builder = PrintoutBuilder(context.tasks, delay_ms=100, parent=self)

        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(card_heading(heading))
        left.addWidget(card_hint(hint))
        left.addLayout(self.choices)
        self.buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.buttons.addWidget(self.print_button)
        self.buttons.addWidget(self.save_button)
        self.buttons.addStretch(1)
        left.addLayout(self.buttons)
        left.addWidget(self.status)
        left.addStretch(1)
        self.left = left
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.row.setContentsMargins(20, 18, 20, 18)
        self.row.setSpacing(24)
        self.row.addLayout(left, 1)
        self.row.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)

        self.builder.started.connect(self.preview.set_updating)
        self.builder.ready.connect(self._ready)
        self.builder.failed.connect(self._failed)
        self.print_button.clicked.connect(self.print_printout)
        self.save_button.clicked.connect(self.save_printout)

    def fit_width(self, width: int) -> None:
        """Preview beside the choices when ``width`` pixels allow, else under them."""
        margins = self.row.contentsMargins()
        width -= margins.left() + margins.right()
        side_by_side = (
            self.print_button.sizeHint().width()
            + self.buttons.spacing()
            + self.save_button.sizeHint().width()
        )
        buttons = QBoxLayout.Direction.LeftToRight
        if width < side_by_side:
            buttons = QBoxLayout.Direction.TopToBottom
        if self.buttons.direction() != buttons:
            self.buttons.setDirection(buttons)
        needed = self.left.minimumSize().width() + self.row.spacing() + self.preview.width()
        direction = QBoxLayout.Direction.LeftToRight
        if width < needed:
            direction = QBoxLayout.Direction.TopToBottom
        if self.row.direction() != direction:
            self.row.setDirection(direction)

    def paper(self) -> str:
        return self.paper_box.currentData()

    def add_choice(
        self, text: str, name: str, items: list[tuple[str, str]], current: str
    ) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for item_label, code in items:
            box.addItem(item_label, code)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.currentIndexChanged.connect(lambda _index: self.refresh())
        label = QLabel(text)
        label.setBuddy(box)
        self.choices.addRow(label, box)
        return box

    # -- what each kind of card gives (SignCard, TallyCard) -------------------------------
    # work(): the work that builds the printout, off the GUI thread;
    # file_name(): the name suggested when the printout is saved as a PDF.
    work: Callable[[], Callable[[], Printout]]
    file_name: Callable[[], str]

    # -- building ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Rebuild the preview (a choice changed, or the site profile may have)."""
        self.builder.request(self.work())
        self._say("")

    def _ready(self, printout: Printout) -> None:
        self.preview.set_pdf(printout.pdf)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)
        if isinstance(error, UserFacingError):
            text = self.tr("This cannot be printed: %1").replace("%1", error_text(error))
        else:
            log.error("Building %s failed", self.file_name(), exc_info=error)
            text = self.tr("This could not be made. The details are in the log file.")
        self.preview.show_message(self.tr("No preview"))
        self._say(text, error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setObjectName("error" if error else "hint")
        self.status.setText(text)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _current(self) -> Printout | None:
        if self.builder.printout is None or self.builder.busy:
            self._say(self.tr("The preview is still being made; try again in a moment."))
            return None
        return self.builder.printout

    # -- actions -------------------------------------------------------------------------
    def print_printout(self) -> None:
        printout = self._current()
        if printout is None:
            return
        title, pages, paper = self.file_name(), printout.pages, self.paper()
        if printer.print_pdf(printout.pdf, self, title, pages, paper, tasks=self.context.tasks):
            self._say(self.tr("Sent to the printer."))

    def save_printout(self) -> None:
        printout = self._current()
        if printout is None:
            return
        path = printer.save_as(
            self, printout.pdf, f"{self.file_name()}.pdf", self.context.paths.root
        )
        if path is None:
            return
        self._say(self.tr("Saved as %1.").replace("%1", str(path)))


class SignCard(PrintoutCard):
    def __init__(self, context: AppController, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("“Digital support here” sign"),
            self.tr(
                "A poster for the door or the wall: the digital-support symbol, the words in "
                "the site's languages, the opening hours and the place, from the site profile."
            ),
            self.tr("Print the &sign…"),
            self.tr("Save the sign as PDF…"),
            parent,
        )
        papers = [(PAPER_NAMES[code], code) for code in ("A4", "A3")]
        self.paper_box = self.add_choice(
            self.tr("P&aper:"), self.tr("Paper size of the sign"), papers, "A4"
        )
        # The sign cannot show every language: the volunteer is told which ones it leaves out.
        self.left_out = card_hint("")
        self.left_out.hide()
        self.left.insertWidget(self.left.indexOf(self.buttons), self.left_out)

    def refresh(self) -> None:
        from peerhelper.printing.sign import left_out_languages
        from peerhelper.storage.site_repo import load_site_profile

        missing = left_out_languages(load_site_profile(self.context.db))
        names = ", ".join(name_in(code, self.context.language) for code in missing)
        self.left_out.setText(self.tr("Not on the sign: %1.").replace("%1", names))
        self.left_out.setVisible(bool(missing))
        super().refresh()

    def work(self) -> Callable[[], Printout]:
        paths, paper = self.context.paths, self.paper()
        return lambda: printouts.sign(paths, paper)

    def file_name(self) -> str:
        return f"digital-support-sign-{self.paper()}"


class TallyCard(PrintoutCard):
    def __init__(self, context: AppController, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            self.tr("Paper tally sheet"),
            self.tr(
                "For days without the laptop: count the sessions by topic with pen strokes, "
                "then enter the totals on the Session screen under “Paper tally sheet”."
            ),
            self.tr("Print the &tally sheet…"),
            self.tr("Save the tally sheet as PDF…"),
            parent,
        )
        languages = [(language_name(code), code) for code in UI_LANGUAGES]
        lang = context.language if context.language in UI_LANGUAGES else LOCAL_LANGUAGE
        self.language_box = self.add_choice(
            self.tr("&Language:"), self.tr("Language of the tally sheet"), languages, lang
        )
        papers = [(PAPER_NAMES[code], code) for code in ("A4", "letter")]
        self.paper_box = self.add_choice(
            self.tr("Pap&er:"), self.tr("Paper size of the tally sheet"), papers, "A4"
        )

    def work(self) -> Callable[[], Printout]:
        paths, lang, paper = self.context.paths, self.language_box.currentData(), self.paper()
        return lambda: printouts.tally_sheet(paths, lang, paper)

    def file_name(self) -> str:
        return f"tally-sheet-{self.language_box.currentData()}"
