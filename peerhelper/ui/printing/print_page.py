"""The Print section: a handout of any guide, the "Digital support here" sign, the tally sheet.

Each is a card. The handout card lists the guides by title in the
interface language with a search field; choosing one opens the handout
print dialog. The sign and the tally sheet are printed from their cards
directly, with a preview of the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peerhelper.guides.library import load_all
from peerhelper.guides.model import Guide, Problem
from peerhelper.ui import ask
from peerhelper.ui.controller import AppController
from peerhelper.ui.guides.look import text_scale
from peerhelper.ui.icons import icon, icon_size
from peerhelper.ui.pages.base import Page
from peerhelper.ui.printing.guide_picker import GuidePicker
from peerhelper.ui.printing.print_dialog import HandoutPrintDialog
from peerhelper.ui.printing.printout_card import (
    SignCard,
    TallyCard,
    card_heading,
    card_hint,
)

Loader = Callable[[], tuple[list[Guide], list[Problem]]]


def page_stylesheet() -> str:
    return f"QLabel#cardTitle {{ font-size: {12 * text_scale() * 1.3:.1f}pt; font-weight: 600; }}"


class PrintPage(Page):
    handout_printed = Signal(str)  # guide id

    def __init__(
        self,
        context: AppController,
        parent: QWidget | None = None,
        *,
        load: Loader | None = None,
    ) -> None:
        super().__init__(
            self.tr("Print"),
            self.tr(
                "Handouts for clients to take home, the “Digital support here” sign "
                "and the paper tally sheet."
            ),
            parent,
        )
        self.context = context
        self.setStyleSheet(page_stylesheet())
        self.load = load or (lambda: load_all(context.paths))
        guides, _problems = self.load()
        self.guides = {guide.id: guide for guide in guides}
        self.dialog: HandoutPrintDialog | None = None

        self.content.addWidget(self._handout_card(guides))
        self.sign = SignCard(context)
        self.tally = TallyCard(context)
        self.content.addWidget(self.sign)
        self.content.addWidget(self.tally)
        self.finish()
        self.setFocusProxy(self.picker)

    def _handout_card(self, guides: list[Guide]) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        self.picker = GuidePicker(guides, self.context.language)
        self.picker.list.setMinimumHeight(round(220 * text_scale()))
        search_label = QLabel(self.tr("&Find a guide:"))
        search_label.setBuddy(self.picker.search)
        self.handout_button = QPushButton(icon("print"), self.tr("Print a &handout…"))
        self.handout_button.setObjectName("primary")
        self.handout_button.setIconSize(icon_size())
        self.handout_button.setEnabled(bool(guides))
        buttons = QHBoxLayout()
        buttons.addWidget(self.handout_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(12)
        layout.addWidget(card_heading(self.tr("Handout of a picture guide")))
        layout.addWidget(
            card_hint(
                self.tr(
                    "Choose a guide, then the client's language, large print and a note. "
                    "The client takes the paper home."
                )
            )
        )
        layout.addWidget(search_label)
        layout.addWidget(self.picker)
        layout.addLayout(buttons)
        self.picker.chosen.connect(self.print_guide)
        self.handout_button.clicked.connect(lambda: self.print_guide(self.picker.current_id()))
        return card

    def reload_guides(self) -> None:
        """Read the guides again: local guides were added or removed in the library."""
        guides, _problems = self.load()
        self.guides = {guide.id: guide for guide in guides}
        self.picker.set_guides(guides, self.context.language)
        self.picker.search.clear()
        if self.picker.list.count():
            self.picker.list.setCurrentRow(0)
        self.handout_button.setEnabled(bool(guides))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        margins = self.content.contentsMargins()
        width = self.viewport().width() - margins.left() - margins.right()
        for card in (self.sign, self.tally):
            card.fit_width(width)

    def showEvent(self, event: QShowEvent) -> None:
        # The site profile and the topics may have changed on another screen.
        super().showEvent(event)
        self.sign.refresh()
        self.tally.refresh()

    def print_guide(
        self,
        guide_id: str,
        client_lang: str = "",
        second_lang: str | None = None,
        service_lang: str = "",
    ) -> HandoutPrintDialog | None:
        """Open the print dialog for ``guide_id`` (with the languages, if given)."""
        guide = self.guides.get(guide_id)
        if guide is None:
            missing = self.tr("There is no guide %1.").replace("%1", guide_id)
            ask.error(self, self.tr("Print"), missing)
            return None
        if self.dialog is not None:
            self.dialog.close()
        dialog = HandoutPrintDialog(
            self.context,
            guide,
            self.window(),
            client_lang=client_lang,
            second_lang=second_lang,
            service_lang=service_lang,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.handout_printed.connect(self.handout_printed)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _dialog_closed(self) -> None:
        self.dialog = None
        self.handout_button.setFocus()
