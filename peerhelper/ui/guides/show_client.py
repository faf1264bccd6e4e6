"""Show to the client: one step at a time, full screen, very large picture and caption.

Driven from the keyboard so the volunteer can turn to the client and press a
key: Right, Space or Page Down for the next step; Left, Backspace or Page Up
for the previous one; Home and End for the first and last; Esc closes. The
buttons do the same for a mouse but never take the keyboard focus, so Space
always means "next". The step counter is plain digits ("2 / 7"), which every
client reads whatever their language.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMargins, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from peerhelper.guides.model import Guide
from peerhelper.guides.pictures import step_svg_bytes
from peerhelper.ui.guides.languages import set_text_direction
from peerhelper.ui.guides.look import show_client_stylesheet
from peerhelper.ui.guides.picture import PictureWidget

log = logging.getLogger(__name__)

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Down}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Backspace, Qt.Key.Key_PageUp, Qt.Key.Key_Up}


class ShowToClientWindow(QWidget):
    step_changed = Signal(int)  # 0-based
    closed = Signal()

    def __init__(
        self,
        guide: Guide,
        caption_lang: str,
        service_lang: str,
        second_lang: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.guide = guide
        self.caption_lang = caption_lang
        self.service_lang = service_lang
        self.second_lang = second_lang if second_lang != caption_lang else ""
        self.step = 0
        self.setObjectName("showClient")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._caption_px = 0
        self.setWindowTitle(guide.title.get(caption_lang))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.title = QLabel(guide.title.get(caption_lang))
        self.title.setObjectName("clientTitle")
        self.title.setWordWrap(True)
        set_text_direction(self.title, caption_lang)
        self.counter = QLabel()
        self.counter.setObjectName("clientCounter")
        self.picture = PictureWidget()
        self.picture.set_framed(False)
        self.caption = QLabel()
        self.caption.setObjectName("clientCaption")
        self.second = QLabel()
        self.second.setObjectName("clientSecond")
        for label in (self.caption, self.second):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        set_text_direction(self.caption, caption_lang)
        set_text_direction(self.second, self.second_lang or caption_lang)
        self.second.setVisible(bool(self.second_lang))

        self.previous_button = self._button("← " + self.tr("Previous"), self.previous_step)
        self.next_button = self._button(self.tr("Next") + " →", self.next_step)
        self.close_button = self._button(self.tr("Close (Esc)"), self.close)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.counter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.previous_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        bottom.addStretch(1)
        bottom.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.second)
        layout.addLayout(bottom)
        self.go_to(0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Text size follows the window, so the caption is readable from across the table."""
        super().resizeEvent(event)
        size = self.size()
        caption = max(18, round(min(size.height() * 0.045, size.width() * 0.032)))
        if caption != self._caption_px:
            self._caption_px = caption
            self.setStyleSheet(show_client_stylesheet(caption))
        self._reserve_caption_room()

    def _reserve_caption_room(self) -> None:
        """Make the captions as tall as the longest step needs, so the picture keeps one size.

        Otherwise a step with a two-line caption would have a larger picture
        than one with four lines, and the picture would jump from step to step.
        """
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        width = self.width() - margins.left() - margins.right()
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        for label, lang in ((self.caption, self.caption_lang), (self.second, self.second_lang)):
            if not lang:
                continue
            label.ensurePolished()
            metrics = QFontMetrics(label.font())
            tallest = max(
                metrics.boundingRect(
                    QRect(0, 0, width, 100_000), flags, step.caption.get(lang)
                ).height()
                for step in self.guide.steps
            )
            label.setFixedHeight(tallest + 4)

    def _button(self, text: str, action: object) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.strip("←→ "))
        # Buttons never take focus: Space must always mean "next step".
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(action)
        return button

    # -- stepping ----------------------------------------------------------
    @property
    def step_count(self) -> int:
        return len(self.guide.steps)

    def go_to(self, index: int) -> None:
        index = max(0, min(index, self.step_count - 1))
        self.step = index
        step = self.guide.steps[index]
        try:
            self.picture.set_svg(step_svg_bytes(self.guide, step, self.service_lang))
        except Exception:
            # The client must still see the caption if a picture file vanished.
            log.exception("Step %s of %s could not be drawn", step.number, self.guide.id)
            self.picture.set_message(self.tr("The picture cannot be shown."))
        self.picture.setAccessibleName(step.alt.get(self.caption_lang))
        self.caption.setText(step.caption.get(self.caption_lang))
        if self.second_lang:
            self.second.setText(step.caption.get(self.second_lang))
        last = index == self.step_count - 1
        # The last step looks finished: a tick by the counter, Next off, Close the blue button.
        self.counter.setText(("✓ " if last else "") + f"{index + 1} / {self.step_count}")
        spoken = self.tr("Step %1 of %2").replace("%1", str(index + 1))
        spoken = spoken.replace("%2", str(self.step_count))
        self.counter.setAccessibleName(spoken + (", " + self.tr("the last step") if last else ""))
        self.counter.setProperty("last", last)
        self.close_button.setObjectName("primary" if last else "")
        for widget in (self.counter, self.close_button):
            widget.style().unpolish(widget)
            widget.style().polish(widget)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(not last)
        self.step_changed.emit(index)

    def next_step(self) -> None:
        if self.step < self.step_count - 1:
            self.go_to(self.step + 1)

    def previous_step(self) -> None:
        if self.step > 0:
            self.go_to(self.step - 1)

    # -- keys and closing ----------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.next_step()
        elif key in PREVIOUS_KEYS:
            self.previous_step()
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.step_count - 1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def show_full_screen(self, over: QWidget | None = None) -> None:
        """Fill the screen the main window is on."""
        if over is not None and over.screen() is not None:
            self.setScreen(over.screen())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        self.deleteLater()
        super().closeEvent(event)
