"""One guide: every step's picture and caption, in the chosen languages.

The volunteer picks the caption language (the client's), the service
language (the words inside the pictures: Finnish, Swedish or English, as on
the real screen) and, optionally, a second caption language shown under
the first, for example the client's language with Finnish beside it.
F5 or Ctrl+Shift+S starts the show-to-client mode; Esc or Alt+Left goes back.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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

from peerhelper.domain.languages import SERVICE_LANGUAGES
from peerhelper.guides.model import Guide, Step
from peerhelper.guides.pictures import step_svg_bytes
from peerhelper.ui.flow import wrapping_row
from peerhelper.ui.guides.languages import (
    exclude_language,
    language_name,
    language_order,
    preferred_language,
    set_text_direction,
    topic_label,
)
from peerhelper.ui.guides.look import text_scale
from peerhelper.ui.guides.picture import PictureWidget
from peerhelper.ui.guides.show_client import ShowToClientWindow
from peerhelper.ui.icons import icon, icon_size

log = logging.getLogger(__name__)


class StepCard(QFrame):
    """A step: its number, its picture and its caption(s)."""

    def __init__(self, step: Step, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName("card")
        scale = text_scale()
        self.number = QLabel(str(step.number))
        self.number.setObjectName("stepNumber")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.number.setFixedSize(round(44 * scale), round(44 * scale))
        self.picture = PictureWidget()
        # The picture's size beside the caption; under it, it narrows to the page.
        self.full_width = round(300 + 140 * scale)
        self.picture.setFixedSize(self.full_width, round(self.full_width * 3 / 4))
        self.caption = QLabel()
        self.caption.setObjectName("stepCaption")
        self.second = QLabel()
        self.second.setObjectName("stepSecond")
        text = QVBoxLayout()
        for label in (self.caption, self.second):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            text.addWidget(label)
        text.addStretch(1)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(16, 16, 16, 16)
        self.box.setSpacing(18)
        self.box.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        self.box.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        self.box.addLayout(text, 1)

    def wide_enough(self, width: int) -> bool:
        """Whether the caption fits beside the picture in ``width`` pixels."""
        caption = self.caption.fontMetrics().averageCharWidth() * 22
        return width >= self.number.width() + self.full_width + caption + 100

    def set_side_by_side(self, side_by_side: bool, width: int = 0) -> None:
        """Caption beside the picture, or below it when the window is narrow or text large.

        Below the caption the picture is as wide as the card allows (``width``
        pixels, the page's), never wider than beside it.
        """
        self.box.setDirection(
            QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        )
        picture = self.full_width
        if not side_by_side and width:
            margins = self.box.contentsMargins()
            room = width - margins.left() - margins.right() - 2 * self.frameWidth()
            picture = max(160, min(picture, room))
        self.picture.setFixedSize(picture, round(picture * 3 / 4))

    def show_captions(self, lang: str, second: str) -> None:
        self.caption.setText(self.step.caption.get(lang))
        set_text_direction(self.caption, lang)
        self.second.setVisible(bool(second))
        if second:
            self.second.setText(self.step.caption.get(second))
            set_text_direction(self.second, second)
        self.picture.setAccessibleName(self.step.alt.get(lang))


class GuideView(QWidget):
    back_requested = Signal()
    shown_to_client = Signal(str)  # guide id
    print_requested = Signal(str)  # guide id

    def __init__(
        self,
        guide: Guide,
        ui_lang: str,
        caption_lang: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.guide = guide
        self.ui_lang = ui_lang
        self.show_window: ShowToClientWindow | None = None

        self.back_button = QPushButton("← " + self.tr("All guides"))
        self.back_button.setAccessibleName(self.tr("Back to all guides"))
        self.back_button.setToolTip(self.tr("Back to all guides (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.show_button = QPushButton(icon("show-client"), self.tr("&Show to the client"))
        self.show_button.setObjectName("primary")
        self.show_button.setToolTip(self.tr("Full screen, one step at a time (F5)"))
        self.show_button.setAccessibleName(self.tr("Show to the client"))
        self.show_button.clicked.connect(self.show_to_client)
        self.print_button = QPushButton(icon("print"), self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print a handout for the client (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("Print a handout"))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.guide.id))
        buttons = (self.back_button, self.print_button, self.show_button)
        for button in buttons:
            button.setIconSize(icon_size())
        top = wrapping_row(list(buttons))  # two rows at a large text size

        self.title = QLabel()
        self.title.setObjectName("guideTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("lead")
        self.summary.setWordWrap(True)
        # What the client should have at hand, in the window's language like the facts.
        self.needs = QLabel(self.tr("What you need: %1").replace("%1", guide.needs.get(ui_lang)))
        self.needs.setWordWrap(True)
        self.needs.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.needs.setVisible(bool(guide.needs.items))
        self.facts = QLabel(self._facts())
        self.facts.setObjectName("hint")
        self.facts.setWordWrap(True)
        self.sources = QLabel(self._sources())
        self.sources.setObjectName("hint")
        self.sources.setWordWrap(True)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sources.setVisible(bool(guide.sources))
        self.helper_note = QLabel(guide.helper_note.get(ui_lang))
        self.helper_note.setObjectName("card")
        self.helper_note.setWordWrap(True)
        self.helper_note.setAccessibleName(self.tr("Note for the helper"))
        self.helper_note.setVisible(bool(guide.helper_note.items))

        self.caption_language = self._language_box(self.tr("The client's language"))
        self.second_language = self._language_box(self.tr("Second language under the captions"))
        self.second_language.insertItem(0, self.tr("None"), "")
        self.service_language = QComboBox()
        self.service_language.setAccessibleName(self.tr("Language of the words in the pictures"))
        for code in guide.service_languages:
            self.service_language.addItem(language_name(code), code)
        self.caption_language.setCurrentIndex(
            self.caption_language.findData(
                preferred_language(guide.language_codes, [caption_lang, ui_lang])
            )
        )
        # The helper's language under the client's, as on the handout.
        helper = ui_lang if self.caption_lang != ui_lang else ""
        self.second_language.setCurrentIndex(max(0, self.second_language.findData(helper)))
        exclude_language(self.second_language, self.caption_lang)
        wanted_service = caption_lang if caption_lang in SERVICE_LANGUAGES else ui_lang
        self.service_language.setCurrentIndex(
            max(0, self.service_language.findData(wanted_service))
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, box in (
            (self.tr("&Client's language"), self.caption_language),
            (self.tr("Second &language"), self.second_language),
            (self.tr("&Words in the pictures"), self.service_language),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            form.addRow(label, box)
        self.unreviewed = QLabel(
            self.tr(
                "This translation has not yet been checked by a native speaker. "
                "Use it together with the pictures."
            )
        )
        self.unreviewed.setObjectName("hint")
        self.unreviewed.setWordWrap(True)

        self.cards = [StepCard(step) for step in guide.steps]
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(top)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.needs)
        layout.addWidget(self.facts)
        layout.addWidget(self.sources)
        layout.addWidget(self.helper_note)
        layout.addLayout(form)
        layout.addWidget(self.unreviewed)
        for card in self.cards:
            layout.addWidget(card)

        self.caption_language.currentIndexChanged.connect(self._caption_chosen)
        self.second_language.currentIndexChanged.connect(self._show_texts)
        self.service_language.currentIndexChanged.connect(self._draw_pictures)
        self._show_texts()
        self._draw_pictures()
        self._add_shortcuts()

    def _language_box(self, name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        for code in language_order(self.guide.language_codes):
            box.addItem(language_name(code), code)
        return box

    def _add_shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, action in (
            ("F5", self.show_to_client),
            ("Ctrl+Shift+S", self.show_to_client),
            ("Esc", self.back_requested.emit),
            ("Alt+Left", self.back_requested.emit),
            ("Ctrl+P", lambda: self.print_requested.emit(self.guide.id)),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(context)
            shortcut.activated.connect(action)

    def _facts(self) -> str:
        topics = ", ".join(topic_label(code, self.ui_lang) for code in self.guide.topics)
        steps = self.tr("Steps: %1").replace("%1", str(len(self.guide.steps)))
        version = self.tr("Version %1").replace("%1", self.guide.version)
        checked = ""
        if self.guide.checked is not None:
            month = f"{self.guide.checked.month}/{self.guide.checked.year}"
            checked = self.tr("checked %1").replace("%1", month)
        service = self.guide.service.get(self.ui_lang)
        parts = (topics, service, steps, version, checked)
        return " · ".join(part for part in parts if part)

    def _sources(self) -> str:
        listed = "; ".join(
            f"{source.publisher}: {source.title} ({source.url})" for source in self.guide.sources
        )
        return self.tr("Sources: %1").replace("%1", listed)

    def fit_width(self, width: int) -> None:
        """Lay the steps out for a page ``width`` pixels wide."""
        if self.cards:
            side_by_side = self.cards[0].wide_enough(width)
            for card in self.cards:
                card.set_side_by_side(side_by_side, width)

    # -- languages -----------------------------------------------------------
    @property
    def caption_lang(self) -> str:
        return self.caption_language.currentData() or ""

    @property
    def second_lang(self) -> str:
        second = self.second_language.currentData() or ""
        return "" if second == self.caption_lang else second

    @property
    def service_lang(self) -> str:
        return self.service_language.currentData() or self.guide.service_languages[0]

    def set_caption_language(self, code: str) -> None:
        index = self.caption_language.findData(code)
        if index >= 0:
            self.caption_language.setCurrentIndex(index)

    def set_second_language(self, code: str) -> None:
        self.second_language.setCurrentIndex(max(0, self.second_language.findData(code)))

    def set_service_language(self, code: str) -> None:
        index = self.service_language.findData(code)
        if index >= 0:
            self.service_language.setCurrentIndex(index)

    def _caption_chosen(self) -> None:
        exclude_language(self.second_language, self.caption_lang)
        self._show_texts()

    def _show_texts(self) -> None:
        lang = self.caption_lang
        self.title.setText(self.guide.title.get(lang))
        self.summary.setText(self.guide.summary.get(lang))
        for label in (self.title, self.summary):
            set_text_direction(label, lang)
        self.unreviewed.setVisible(not self.guide.is_reviewed(lang))
        for card in self.cards:
            card.show_captions(lang, self.second_lang)

    def _draw_pictures(self) -> None:
        for card in self.cards:
            try:
                card.picture.set_svg(step_svg_bytes(self.guide, card.step, self.service_lang))
            except Exception:
                # One missing picture file must not hide the rest of the guide.
                log.exception("Step %s of %s could not be drawn", card.step.number, self.guide.id)
                card.picture.set_message(self.tr("The picture cannot be shown."))

    # -- show to the client ----------------------------------------------------
    def show_to_client(self) -> None:
        if self.show_window is not None:
            self.show_window.raise_()
            self.show_window.activateWindow()
            return
        window = ShowToClientWindow(
            self.guide, self.caption_lang, self.service_lang, self.second_lang, self.window()
        )
        window.closed.connect(self._show_closed)
        self.show_window = window
        window.show_full_screen(self.window())
        self.shown_to_client.emit(self.guide.id)

    def _show_closed(self) -> None:
        self.show_window = None
        self.show_button.setFocus()
