"""The handout's options: languages, words in the pictures, large print, paper, note, bring-list.

The client's language offers every caption language of the guide, each
named in itself so a client can point at theirs. The second language
(Finnish unless the client's language is Finnish) lets the client show the
paper to an official. The words inside the pictures follow the real
service: Finnish, Swedish or English, as far as the guide has them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.languages import LOCAL_LANGUAGE, LOCAL_SERVICE_LANGUAGES
from peerhelper.guides.model import Guide
from peerhelper.printing.handout import HANDOUT_PAPERS, HandoutOptions
from peerhelper.ui.guides.languages import (
    exclude_language,
    language_name,
    language_order,
    preferred_language,
    set_text_direction,
)

PAPER_NAMES = {"A4": "A4", "letter": "Letter"}


class HandoutOptionsWidget(QWidget):
    """A form whose ``options()`` is ready for :func:`peerhelper.operations.printouts.handout`."""

    changed = Signal()
    text_changed = Signal()  # the note or the bring-list: worth waiting for more typing

    def __init__(
        self,
        guide: Guide,
        ui_lang: str,
        client_lang: str = "",
        second_lang: str | None = None,
        service_lang: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.guide = guide
        self.ui_lang = ui_lang
        codes = language_order(guide.language_codes)
        lang = preferred_language(codes, [client_lang, ui_lang])

        self.client_language = self._combo(self.tr("The client's language"))
        self.second_language = self._combo(self.tr("Second language on the handout"))
        self.second_language.addItem(self.tr("None"), "")
        for code in codes:
            self.client_language.addItem(language_name(code), code)
            self.second_language.addItem(language_name(code), code)
        self.service_language = self._combo(self.tr("Language of the words in the pictures"))
        for code in guide.service_languages:
            self.service_language.addItem(language_name(code), code)
        self.large_print = QCheckBox(self.tr("&Large print"))
        self.large_print.setAccessibleName(self.tr("Large print"))
        # A check box never wraps its text: the explanation is a label that does.
        self.large_print_hint = QLabel(self.tr("Bigger text and pictures, on more pages."))
        self.large_print_hint.setObjectName("hint")
        self.large_print_hint.setWordWrap(True)
        self.large_print.setAccessibleDescription(self.large_print_hint.text())
        self.paper = self._combo(self.tr("Paper size"))
        for code in HANDOUT_PAPERS:
            self.paper.addItem(PAPER_NAMES.get(code, code), code)
        self.note = self._text(
            self.tr("Note"), self.tr("Printed in the notes area, e.g. the time of the next visit")
        )
        self.bring = self._text(
            self.tr("Next time, bring"),
            self.tr("e.g. your phone and its charger, the letter you received"),
        )

        self.client_language.setCurrentIndex(self.client_language.findData(lang))
        if second_lang is None:
            second_lang = "fi" if lang != "fi" else ""
        self.second_language.setCurrentIndex(max(0, self.second_language.findData(second_lang)))
        # Services in Finland speak Finnish or Swedish; English only when the client reads it.
        local = ui_lang if ui_lang in LOCAL_SERVICE_LANGUAGES else LOCAL_LANGUAGE
        service = preferred_language(guide.service_languages, [service_lang, lang, local])
        self.service_language.setCurrentIndex(max(0, self.service_language.findData(service)))
        self._lay_out()
        self._show_direction()
        exclude_language(self.second_language, lang)

        for box in (self.client_language, self.second_language, self.service_language, self.paper):
            box.currentIndexChanged.connect(self.changed)
        self.client_language.currentIndexChanged.connect(self._show_direction)
        self.client_language.currentIndexChanged.connect(self._exclude_client_language)
        self.large_print.toggled.connect(self.changed)
        self.note.textChanged.connect(self.text_changed)
        self.bring.textChanged.connect(self.text_changed)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        return box

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field
        lines = edit.fontMetrics().lineSpacing() * 3
        edit.setFixedHeight(lines + 2 * round(edit.document().documentMargin()) + 16)
        return edit

    def _lay_out(self) -> None:
        # Labels go above their fields when the side panel is narrow (large text).
        grid = QFormLayout()
        grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        rows = (
            (self.tr("&Client's language"), self.client_language),
            (self.tr("&Second language"), self.second_language),
            (self.tr("&Words in the pictures"), self.service_language),
            (self.tr("Paper si&ze"), self.paper),
        )
        for text, box in rows:
            label = QLabel(text)
            label.setBuddy(box)
            grid.addRow(label, box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.large_print)
        layout.addWidget(self.large_print_hint)
        texts = ((self.tr("&Note"), self.note), (self.tr("&Bring next time"), self.bring))
        for text, edit in texts:
            label = QLabel(text)
            label.setBuddy(edit)
            layout.addSpacing(10)
            layout.addWidget(label)
            layout.addWidget(edit)
        layout.addStretch(1)

    def _exclude_client_language(self) -> None:
        exclude_language(self.second_language, self.client_language.currentData())

    def _show_direction(self) -> None:
        # A note typed for an Arabic-speaking client reads right to left, as it is printed.
        for edit in (self.note, self.bring):
            set_text_direction(edit, self.options().lang)

    def options(self) -> HandoutOptions:
        lang = self.client_language.currentData()
        second = self.second_language.currentData() or None
        return HandoutOptions(
            lang=lang,
            second_lang=None if second == lang else second,
            service_lang=self.service_language.currentData(),
            large_print=self.large_print.isChecked(),
            paper=self.paper.currentData(),
            note=self.note.toPlainText().strip(),
            bring=self.bring.toPlainText().strip(),
            helper_lang=self.ui_lang,
        )
