"""One step's picture drawn from SVG as large as its place allows, keeping its shape.

The picture is drawn again at each new size (never a scaled bitmap), so it is
as sharp on a full-screen projector as in a small card; the last drawing is
kept until the size changes.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from peerhelper.ui.style import BORDER, MUTED

ASPECT = 3 / 4  # scenes are 800 × 600


class PictureWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._renderer = QSvgRenderer(self)
        self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._cache: QPixmap | None = None
        self._message = ""
        self._framed = True
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_svg(self, svg: bytes) -> bool:
        """Show the SVG; False (and nothing drawn) if it is not a valid picture."""
        ok = self._renderer.load(QByteArray(svg))
        self._message = ""
        self._cache = None
        self.update()
        return ok

    def set_message(self, text: str) -> None:
        """Show a short text instead of a picture (a picture that cannot be drawn)."""
        # A fresh renderer has no picture; loading empty data would log a warning.
        self._renderer.deleteLater()
        self._renderer = QSvgRenderer(self)
        self._renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self._message = text
        self._cache = None
        self.update()

    def set_framed(self, framed: bool) -> None:
        self._framed = framed
        self.update()

    def has_picture(self) -> bool:
        return self._renderer.isValid()

    def sizeHint(self) -> QSize:
        return QSize(400, 300)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 120)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width * ASPECT)

    def picture_rect(self) -> QRect:
        """The largest 4:3 rectangle centred in the widget."""
        area = self.contentsRect()
        width = min(area.width(), round(area.height() / ASPECT))
        height = round(width * ASPECT)
        return QRect(
            area.x() + (area.width() - width) // 2,
            area.y() + (area.height() - height) // 2,
            width,
            height,
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        target = self.picture_rect()
        if target.isEmpty():
            return
        if self._renderer.isValid():
            painter.drawPixmap(target.topLeft(), self._drawing(target.size()))
        else:
            painter.fillRect(target, QColor("#eef1f5"))
            painter.setPen(QColor(MUTED))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(target, flags, self._message)
        if self._framed:
            painter.setPen(QColor(BORDER))
            painter.drawRect(target.adjusted(0, 0, -1, -1))

    def _drawing(self, size: QSize) -> QPixmap:
        ratio = self.devicePixelRatioF()
        if self._cache is None or self._cache.size() != size * ratio:
            pixmap = QPixmap(size * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QColor("white"))
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self._renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
            painter.end()
            self._cache = pixmap
        return self._cache
