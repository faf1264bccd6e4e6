"""A screenshot being prepared: drag to crop, to cover, to ring or to point; click to number.

The canvas shows the picture exactly as it will be saved
(:func:`peerhelper.guides.authoring.compose`, with the redaction boxes
burned in) and turns drags on the screen into boxes in the picture's own
pixels. While cropping, the whole picture is shown so the crop can be
changed.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from peerhelper.guides.authoring import Box, Mark, MarkKind, compose
from peerhelper.guides.drafts import ScreenshotPicture
from peerhelper.ui.style import BORDER

Tool = str  # "crop" or a MarkKind


def to_qimage(picture: ScreenshotPicture, with_crop: bool = True) -> QImage:
    composed = compose(picture.image, picture.crop if with_crop else None, picture.marks)
    data = composed.tobytes()
    image = QImage(
        data, composed.width, composed.height, composed.width * 3, QImage.Format.Format_RGB888
    )
    return image.copy()  # owns its pixels once ``data`` goes


class ScreenshotCanvas(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture: ScreenshotPicture | None = None
        self.tool: Tool = "redact"
        self._image = QImage()
        self._offset = (0, 0)  # where the shown picture's origin is, in the picture's pixels
        self._start: QPoint | None = None
        self._drag = QRect()
        self.setMinimumSize(QSize(320, 240))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Screenshot"))

    def set_picture(self, picture: ScreenshotPicture | None) -> None:
        self.picture = picture
        self.refresh()

    def set_tool(self, tool: Tool) -> None:
        self.tool = tool
        self.refresh()

    def refresh(self) -> None:
        if self.picture is None:
            self._image = QImage()
        else:
            whole = self.tool == "crop"
            self._image = to_qimage(self.picture, with_crop=not whole)
            crop = self.picture.crop
            self._offset = (0, 0) if whole or crop is None else (crop.x, crop.y)
        self.update()

    # -- editing, in the picture's pixels ---------------------------------------------
    def add_box(self, box: Box) -> None:
        """What a drag over ``box`` (picture pixels) does with the current tool."""
        if self.picture is None:
            return
        if self.tool == "crop":
            self.picture.crop = box.clipped(*self.picture.image.size)
        elif self.tool == "number":
            taken = [m.number for m in self.picture.marks if m.kind == "number"]
            centre = Box(box.x + box.w // 2, box.y + box.h // 2, 0, 0)
            self.picture.marks.append(Mark("number", centre, max(taken, default=0) + 1))
        else:
            kind: MarkKind = self.tool  # type: ignore[assignment]
            self.picture.marks.append(Mark(kind, box))
        self.refresh()
        self.changed.emit()

    def undo(self) -> None:
        if self.picture is not None and self.picture.marks:
            self.picture.marks.pop()
            self.refresh()
            self.changed.emit()

    # -- screen and picture coordinates --------------------------------------------------
    def _frame(self) -> tuple[QRect, float]:
        if self._image.isNull():
            return QRect(), 1.0
        size = self._image.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (self.width() - size.width()) // 2
        top = (self.height() - size.height()) // 2
        return QRect(left, top, size.width(), size.height()), size.width() / self._image.width()

    def to_picture(self, rect: QRect) -> Box:
        frame, scale = self._frame()
        x = round((rect.left() - frame.left()) / scale) + self._offset[0]
        y = round((rect.top() - frame.top()) / scale) + self._offset[1]
        return Box(x, y, round(rect.width() / scale), round(rect.height() / scale))

    # -- Qt ---------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.picture is not None:
            self._start = event.position().toPoint()
            self._drag = QRect(self._start, self._start)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._drag = QRect(self._start, event.position().toPoint())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None:
            return
        end = event.position().toPoint()
        rect = (
            QRect(self._start, end)
            if self.tool == "arrow"
            else QRect(self._start, end).normalized()
        )
        self._start = None
        self._drag = QRect()
        self.add_box(self.to_picture(rect))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#f4f6f8"))
        frame, _scale = self._frame()
        if not self._image.isNull():
            painter.drawImage(frame, self._image)
        painter.setPen(QPen(QColor(BORDER), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        if not self._drag.isNull():
            painter.setPen(QPen(QColor("#1f2933"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(self._drag.normalized())
        painter.end()
