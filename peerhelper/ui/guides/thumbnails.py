"""Guide thumbnails drawn only when asked for, a few at a time, and kept in a cache.

A thumbnail is the guide's first picture. Drawing one takes about ten
milliseconds, so a library of hundreds of guides must not draw them all at
once: the list asks only for the items it paints, and the requests are
served newest first (the ones the volunteer scrolled to last) from a
zero-length timer, each batch within a small time budget, so typing and
scrolling never wait for pictures.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict

from PySide6.QtCore import QByteArray, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from peerhelper.guides.model import Guide
from peerhelper.guides.pictures import step_svg_bytes

log = logging.getLogger(__name__)

PAPER = QColor("#ffffff")
WAITING = QColor("#e6edf5")
BROKEN = QColor("#d9dee4")


def render_picture(svg: bytes, size: QSize, ratio: float = 1.0) -> QImage:
    """The SVG drawn into an image of ``size`` (logical pixels), keeping its shape."""
    image = QImage(size * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(PAPER)
    renderer = QSvgRenderer(QByteArray(svg))
    renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    return image


def plain_pixmap(size: QSize, colour: QColor, ratio: float = 1.0) -> QPixmap:
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(colour)
    return pixmap


class ThumbnailCache(QObject):
    """Thumbnails by guide id for one service language and size; ``ready`` when one is drawn."""

    ready = Signal(str)

    def __init__(
        self,
        size: QSize,
        service_lang: str = "fi",
        capacity: int = 400,
        budget_ms: float = 12.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.size = QSize(size)
        self.service_lang = service_lang
        self.capacity = capacity
        self.budget = budget_ms / 1000
        self.ratio = QGuiApplication.instance().devicePixelRatio()  # type: ignore[union-attr]
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._pending: OrderedDict[str, Guide] = OrderedDict()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        self.waiting = plain_pixmap(self.size, WAITING, self.ratio)
        self.broken = plain_pixmap(self.size, BROKEN, self.ratio)
        self.drawn = 0  # how many thumbnails were drawn, for tests and benchmarks

    def get(self, guide: Guide) -> QPixmap | None:
        """The thumbnail if it is drawn; otherwise it is queued and None is returned."""
        pixmap = self._cache.get(guide.id)
        if pixmap is not None:
            self._cache.move_to_end(guide.id)
            return pixmap
        self._pending[guide.id] = guide
        self._pending.move_to_end(guide.id)
        if not self._timer.isActive():
            self._timer.start()
        return None

    def set_service_language(self, lang: str) -> None:
        if lang != self.service_lang:
            self.service_lang = lang
            self.clear()

    def clear(self) -> None:
        self._cache.clear()
        self._pending.clear()

    @property
    def pending(self) -> int:
        return len(self._pending)

    def render_now(self, guide: Guide) -> QPixmap:
        """Draw (or fetch) the guide's thumbnail at once."""
        pixmap = self._cache.get(guide.id)
        if pixmap is None:
            self._pending.pop(guide.id, None)
            pixmap = self._draw(guide)
            self._store(guide.id, pixmap)
        return pixmap

    def _work(self) -> None:
        started = time.perf_counter()
        while self._pending and time.perf_counter() - started < self.budget:
            guide_id, guide = self._pending.popitem(last=True)
            self._store(guide_id, self._draw(guide))
            self.ready.emit(guide_id)
        if self._pending:
            self._timer.start()

    def _draw(self, guide: Guide) -> QPixmap:
        self.drawn += 1
        try:
            svg = step_svg_bytes(guide, guide.thumbnail, self.service_lang)
            return QPixmap.fromImage(render_picture(svg, self.size, self.ratio))
        except Exception:
            # A picture that cannot be drawn (a file removed since loading, a kit
            # bug) must not take the library down; the guide shows a grey card.
            log.exception("Thumbnail of guide %s could not be drawn", guide.id)
            return self.broken

    def _store(self, guide_id: str, pixmap: QPixmap) -> None:
        self._cache[guide_id] = pixmap
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
