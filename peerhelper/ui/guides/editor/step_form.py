"""One step of a guide being made: its picture (a screenshot or a kit screen) and its words.

A screenshot is prepared on the :class:`ScreenshotCanvas` with the tools
above it. A kit picture is a phone or laptop screen with a title and up to
three labelled buttons, one of them ringed (and pointed at); the words are
shown as they are on the real screen. The caption and the alt text are
edited in the language chosen in the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerhelper.domain.languages import LOCAL_LANGUAGE
from peerhelper.guides.drafts import (
    KIT_BADGES,
    KIT_DEVICES,
    KitPicture,
    ScreenshotPicture,
    StepDraft,
)
from peerhelper.guides.scene import render_scene
from peerhelper.ui.guides.editor.canvas import ScreenshotCanvas
from peerhelper.ui.guides.languages import set_text_direction
from peerhelper.ui.guides.picture import PictureWidget

KIT_ICONS = (
    "", "login", "bank_id", "attachment", "send", "document", "mail", "camera",
    "search", "settings", "calendar", "card", "download", "user", "wifi", "lock",
)  # fmt: skip
ITEMS = 3


class StepForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step: StepDraft | None = None
        self.lang = LOCAL_LANGUAGE
        self.screen_lang = LOCAL_LANGUAGE
        self.pictures = QStackedWidget()
        self.pictures.addWidget(self._build_screenshot())
        self.pictures.addWidget(self._build_kit())
        self.caption = QLineEdit()
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setPlaceholderText(
            self.tr("One action, with the button's name, e.g. Tap Print.")
        )
        self.alt = QLineEdit()
        self.alt.setAccessibleName(self.tr("Description of the picture"))
        self.alt.setPlaceholderText(self.tr("What the picture shows, for those who cannot see it"))
        words = QFormLayout()
        words.addRow(self.tr("Capt&ion:"), self.caption)
        words.addRow(self.tr("Picture &description:"), self.alt)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pictures, 1)
        layout.addLayout(words)
        self.caption.textChanged.connect(self._words_edited)
        self.alt.textChanged.connect(self._words_edited)

    # -- building -------------------------------------------------------------------
    def _build_screenshot(self) -> QWidget:
        box = QWidget()
        self.canvas = ScreenshotCanvas()
        self.canvas.changed.connect(self.changed)
        self.tools = QButtonGroup(self)
        row = QHBoxLayout()
        for tool, text in (
            ("crop", self.tr("Crop")),
            ("redact", self.tr("Cov&er (black box)")),
            ("ring", self.tr("Rin&g")),
            ("arrow", self.tr("&Arrow")),
            ("number", self.tr("&Number")),
        ):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setProperty("tool", tool)
            button.setChecked(tool == "redact")
            self.tools.addButton(button)
            row.addWidget(button)
        self.tools.buttonClicked.connect(lambda b: self.canvas.set_tool(b.property("tool")))
        self.undo_button = QPushButton(self.tr("&Undo the last mark"))
        self.undo_button.clicked.connect(self.canvas.undo)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.canvas, 1)
        return box

    def _build_kit(self) -> QWidget:
        box = QWidget()
        self.device = QComboBox()
        for code, text in zip(KIT_DEVICES, (self.tr("Phone"), self.tr("Laptop")), strict=True):
            self.device.addItem(text, code)
        self.screen_title = QLineEdit()
        self.screen_title.setAccessibleName(self.tr("Title on the screen"))
        self.item_texts: list[QLineEdit] = []
        self.item_icons: list[QComboBox] = []
        form = QFormLayout()
        form.addRow(self.tr("Devic&e:"), self.device)
        form.addRow(self.tr("&Title on the screen:"), self.screen_title)
        for n in range(ITEMS):
            field, icon_box = QLineEdit(), QComboBox()
            field.setAccessibleName(self.tr("Button %1").replace("%1", str(n + 1)))
            icon_box.setAccessibleName(self.tr("Icon of button %1").replace("%1", str(n + 1)))
            for name in KIT_ICONS:
                icon_box.addItem(name or self.tr("no icon"), name)
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(icon_box)
            form.addRow(self.tr("Button %1:").replace("%1", str(n + 1)), row)
            self.item_texts.append(field)
            self.item_icons.append(icon_box)
            field.textChanged.connect(self._kit_edited)
            icon_box.currentIndexChanged.connect(self._kit_edited)
        self.highlight = QComboBox()
        self.highlight.addItem(self.tr("none"), -1)
        for n in range(ITEMS):
            self.highlight.addItem(self.tr("Button %1").replace("%1", str(n + 1)), n)
        self.pointer = QCheckBox(self.tr("The h&and points at it"))
        self.badge = QComboBox()
        for code, text in zip(
            KIT_BADGES,
            (self.tr("none"), self.tr("Done (green)"), self.tr("Danger (red)")),
            strict=True,
        ):
            self.badge.addItem(text, code)
        form.addRow(self.tr("Rin&g around:"), self.highlight)
        form.addRow("", self.pointer)
        form.addRow(self.tr("Sticker (&badge):"), self.badge)
        for widget in (self.device, self.highlight, self.badge):
            widget.currentIndexChanged.connect(self._kit_edited)
        self.screen_title.textChanged.connect(self._kit_edited)
        self.pointer.toggled.connect(self._kit_edited)
        self.kit_preview = PictureWidget()
        self.kit_preview.setMinimumSize(320, 240)
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form, 1)
        layout.addWidget(self.kit_preview, 1)
        return box

    # -- showing a step ---------------------------------------------------------------
    def set_step(self, step: StepDraft | None, lang: str, screen_lang: str) -> None:
        self.step, self.lang, self.screen_lang = step, lang, screen_lang
        self.setEnabled(step is not None)
        picture = step.picture if step is not None else None
        if isinstance(picture, KitPicture):
            self.pictures.setCurrentIndex(1)
            self._show_kit(picture)
        else:
            self.pictures.setCurrentIndex(0)
            self.canvas.set_picture(picture if isinstance(picture, ScreenshotPicture) else None)
        for field, texts in ((self.caption, "caption"), (self.alt, "alt")):
            field.blockSignals(True)
            field.setText(getattr(step, texts).get(lang, "") if step else "")
            field.blockSignals(False)
            set_text_direction(field, lang)

    def _show_kit(self, kit: KitPicture) -> None:
        widgets = [
            self.device,
            self.highlight,
            self.badge,
            self.pointer,
            self.screen_title,
            *self.item_icons,
            *self.item_texts,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self.device.setCurrentIndex(max(0, self.device.findData(kit.device)))
        self.screen_title.setText(kit.title)
        for n in range(ITEMS):
            icon, text = kit.items[n] if n < len(kit.items) else ("", "")
            self.item_texts[n].setText(text)
            self.item_icons[n].setCurrentIndex(max(0, self.item_icons[n].findData(icon)))
        self.highlight.setCurrentIndex(
            max(0, self.highlight.findData(kit.highlight if kit.highlight is not None else -1))
        )
        self.pointer.setChecked(kit.pointer)
        self.badge.setCurrentIndex(max(0, self.badge.findData(kit.badge)))
        for widget in widgets:
            widget.blockSignals(False)
        self._draw_kit(kit)

    def _draw_kit(self, kit: KitPicture) -> None:
        try:
            self.kit_preview.set_svg(render_scene(kit.scene(), self.screen_lang).encode())
        except Exception:  # a half-typed scene the kit cannot draw yet; the check will say
            self.kit_preview.set_message(self.tr("This picture cannot be drawn yet."))

    # -- editing ----------------------------------------------------------------------
    def _kit_edited(self) -> None:
        if self.step is None or not isinstance(self.step.picture, KitPicture):
            return
        kit = self.step.picture
        kit.device = self.device.currentData()
        kit.title = self.screen_title.text()
        kit.items = [
            (self.item_icons[n].currentData(), self.item_texts[n].text()) for n in range(ITEMS)
        ]
        chosen = self.highlight.currentData()
        kit.highlight = None if chosen is None or chosen < 0 else int(chosen)
        kit.pointer = self.pointer.isChecked()
        kit.badge = self.badge.currentData()
        self._draw_kit(kit)
        self.changed.emit()

    def _words_edited(self) -> None:
        if self.step is None:
            return
        for mapping, field in ((self.step.caption, self.caption), (self.step.alt, self.alt)):
            if field.text().strip():
                mapping[self.lang] = field.text()
            else:
                mapping.pop(self.lang, None)
        self.changed.emit()
