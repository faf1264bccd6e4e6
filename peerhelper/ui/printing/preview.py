"""A preview of the real PDF pages, as they will come out of the printer.

The pages are drawn by QtPdf from the very bytes that are printed or saved,
so what the volunteer sees is what the client gets. QPdfView (from the
QtPdfWidgets module) scrolls through them; where that module is missing,
the pages are drawn into pictures instead. While a new version is being
built the old pages stay in view, so the preview does not flicker.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QColor, QPalette, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from peerhelper.ui.style import NAV

try:
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # an installation without the QtPdfWidgets module
    QPdfView = None  # type: ignore[assignment,misc]


class _PagePictures(QScrollArea):
    """The fallback: each page drawn into a picture, one under the other."""

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWidgetResizable(True)
        self.pages = QWidget()
        self.column = QVBoxLayout(self.pages)
        self.column.setSpacing(12)
        self.setWidget(self.pages)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def show_pages(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        width = max(200, self.viewport().width() - 24)
        for index in range(self.document.pageCount()):
            points = self.document.pagePointSize(index)
            size = QSize(width, round(width * points.height() / max(points.width(), 1.0)))
            ratio = self.devicePixelRatioF()
            image = self.document.render(index, size * ratio)
            image.setDevicePixelRatio(ratio)
            picture = QLabel()
            picture.setPixmap(QPixmap.fromImage(image))
            picture.setFrameShape(QFrame.Shape.Box)
            self.column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column.addStretch(1)


class PdfPreview(QWidget):
    """Shows PDF bytes page by page, with the number of pages above them."""

    def __init__(self, single_page: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMargin(24)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if QPdfView is not None:
            self.view: QWidget = QPdfView()
            self.view.setDocument(self.document)
            mode = QPdfView.PageMode.SinglePage if single_page else QPdfView.PageMode.MultiPage
            self.view.setPageMode(mode)
            zoom = QPdfView.ZoomMode.FitInView if single_page else QPdfView.ZoomMode.FitToWidth
            self.view.setZoomMode(zoom)
            self.view.setPageSpacing(12)
            # Fitting pages to the view while a scroll bar comes and goes makes the
            # view resize itself forever, so the scroll bars are fixed.
            never, always = (
                Qt.ScrollBarPolicy.ScrollBarAlwaysOff,
                Qt.ScrollBarPolicy.ScrollBarAlwaysOn,
            )
            self.view.setHorizontalScrollBarPolicy(never)
            self.view.setVerticalScrollBarPolicy(never if single_page else always)
            # A soft surround instead of the default dark grey: calm, and the pages stand out.
            palette = self.view.palette()
            palette.setColor(QPalette.ColorRole.Dark, QColor(NAV))
            self.view.setPalette(palette)
            self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        else:
            self.view = _PagePictures(self.document)
        self.view.setAccessibleName(self.tr("Preview of the printed pages"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self.show_message(self.tr("Preparing the preview…"))

    @property
    def page_count(self) -> int:
        """Pages in view; 0 while nothing is shown."""
        return self.document.pageCount() if self.stack.currentWidget() is self.view else 0

    def set_pdf(self, pdf: bytes) -> None:
        """Show the pages of ``pdf``."""
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        # The document reads from the buffer as long as it shows these pages.
        self._buffer = buffer
        if old is not None:
            old.close()
            old.deleteLater()
        if self.document.status() != QPdfDocument.Status.Ready:
            self.show_message(self.tr("The preview cannot be shown."))
            return
        pages = self.document.pageCount()
        self.status.setText(self.tr("Pages: %1").replace("%1", str(pages)))
        self.stack.setCurrentWidget(self.view)
        if isinstance(self.view, _PagePictures):
            self.view.show_pages()

    def set_updating(self) -> None:
        """A new version is on its way; the old pages stay until it arrives."""
        self.status.setText(self.tr("Updating the preview…"))

    def show_message(self, text: str) -> None:
        """Show ``text`` in place of the pages (while preparing, or when building failed)."""
        self.message.setText(text)
        self.status.setText("")
        self.stack.setCurrentWidget(self.message)
