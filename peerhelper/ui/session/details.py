"""The session form's less common fields, folded away under "More details".

Guides, the client's language, device, who did it, visit, age, barriers,
referrals and the note. Each field is beside its label where there is room
and under it where there is not (large text sizes).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from peerhelper.ui.controller import AppController
from peerhelper.ui.icons import icon
from peerhelper.ui.privacy_guard import GuardedField
from peerhelper.ui.session import labels
from peerhelper.ui.session.privacy_text import field_label
from peerhelper.ui.session.referral_row import ReferralRow
from peerhelper.ui.session.suggestions import GuideSuggestions
from peerhelper.ui.session.tiles import ChoiceTiles

if TYPE_CHECKING:
    from peerhelper.guides.model import Guide, Problem

GuideLoader = Callable[[], "tuple[list[Guide], list[Problem]]"]


class SessionDetails(QWidget):
    def __init__(
        self, context: AppController, load_guides: GuideLoader, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        lang = context.language
        self.suggestions = GuideSuggestions(lang, load=load_guides)
        self.guides_label = QLabel()
        self.guides_label.setWordWrap(True)
        self.print_button = QPushButton(icon("print"), self.tr("&Print a handout…"))
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItem("", "")
        for code, name in labels.language_choices():
            self.language.addItem(f"{name} ({code})", code)
        self.language.setAccessibleName(self.tr("Language of the session"))

        def tiles(field: str, name: str, *, multiple: bool = False) -> ChoiceTiles:
            choices = labels.choices(field, lang)
            return ChoiceTiles(choices, multiple=multiple, name=name, chips=True)

        self.device = tiles("device", self.tr("Device"))
        self.independence = tiles("independence", self.tr("Who did it"))
        self.visit = tiles("visit", self.tr("Visit"))
        self.age_band = tiles("age_band", self.tr("Age"))
        self.barriers = tiles("barriers", self.tr("Barriers"), multiple=True)
        self.referral_row = ReferralRow(context, self)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.note.setPlaceholderText(
            self.tr(
                "What was done, briefly. No names, identity "
                "codes, phone numbers or other personal data."
            )
        )
        self.note_field = GuardedField(self.note, field_label("note"))
        self._lay_out()

    def all_tiles(self) -> tuple[ChoiceTiles, ...]:
        return (self.device, self.independence, self.visit, self.age_band, self.barriers)

    def _lay_out(self) -> None:
        grid = QFormLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        # A field too wide beside its label goes under it (large text sizes).
        grid.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        guides = QWidget()
        guides_row = QHBoxLayout(guides)
        guides_row.setContentsMargins(0, 0, 0, 0)
        guides_row.addWidget(self.guides_label, 1)
        guides_row.addWidget(self.print_button)
        rows = [
            (self.tr("Suggested guides"), self.suggestions),
            (self.tr("Guides"), guides),
            (self.tr("Lan&guage"), self.language),
            (self.tr("Device"), self.device),
            (self.tr("Who did it"), self.independence),
            (self.tr("Visit"), self.visit),
            (self.tr("Age (optional)"), self.age_band),
            (self.tr("Barriers met"), self.barriers),
            (self.tr("Referred to a ser&vice"), self.referral_row.picker),
            (self.tr("&Referred to"), self.referral_row.field),
        ]
        for text, field in rows:
            label = QLabel(text)
            label.setWordWrap(True)  # a long label wraps rather than being cut off
            label.setBuddy(field)
            grid.addRow(label, field)
        note_hint = QLabel(
            self.tr(
                "Do not write names, identity codes, phone numbers, "
                "addresses or other personal data in the note."
            )
        )
        note_hint.setObjectName("hint")
        note_hint.setWordWrap(True)
        note_label = QLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        grid.addRow(note_label)
        grid.addRow(note_hint)
        grid.addRow(self.note_field)

    def filled(self) -> bool:
        """Whether anything here is filled in (then the section must not stay folded)."""
        chosen = any(tiles.values() for tiles in self.all_tiles())
        note = self.note.toPlainText().strip()
        return bool(self.language_code() or chosen or self.referral_row.filled() or note)

    def language_code(self) -> str:
        """The session's language: a listed one's code, or a code typed by hand."""
        index = self.language.currentIndex()
        text = self.language.currentText().strip()
        if index >= 0 and self.language.itemText(index) == text:
            return self.language.itemData(index) or ""
        return text

    def set_language(self, code: str) -> None:
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setEditText(code)

    def show_guides(self, guides: list[str]) -> None:
        self.guides_label.setText(
            ", ".join(guides) if guides else self.tr("Guides you open or print are added here.")
        )
