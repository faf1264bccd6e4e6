"""The two ways a printout leaves the app: the system print dialog and a PDF file.

Printing draws the PDF's own pages, rendered by QtPdf, onto the printer the
volunteer chose, so paper and preview match. The drawing runs on a worker
thread (QPainter may paint on a QPrinter outside the UI thread) behind a
progress dialog, on the app's task runner. ``print_pdf`` is looked up
through this module, so tests replace it and no real print dialog opens.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from peerhelper.atomic import is_disk_full
from peerhelper.errors import UserFacingError
from peerhelper.operations import printouts
from peerhelper.ui import ask
from peerhelper.ui.errors import report_failure
from peerhelper.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# Pages are drawn as pictures; 300 dpi keeps text sharp without huge images on 1200 dpi printers.
MAX_DPI = 300
PAGE_SIZES = {
    "A4": QPageSize.PageSizeId.A4,
    "A5": QPageSize.PageSizeId.A5,
    "A3": QPageSize.PageSizeId.A3,
    "letter": QPageSize.PageSizeId.Letter,
}


class PrintFailed(Exception):
    """The pages could not be drawn on the printer."""


def load_document(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    """The PDF opened by QtPdf, with the buffer it reads from (keep both)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed("the PDF could not be read")
    return document, buffer


def _fit(size: QSize, area: QRectF) -> QRectF:
    """``size`` scaled to fit ``area``, keeping its shape, centred."""
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = size.width() * scale, size.height() * scale
    left = area.left() + (area.width() - width) / 2
    top = area.top() + (area.height() - height) / 2
    return QRectF(left, top, width, height)


def render_to_printer(pdf: bytes, printer: QPrinter) -> int:
    """Draw the pages of ``pdf`` (or the range chosen in the dialog) on ``printer``; pages drawn."""
    document, _buffer = load_document(pdf)
    first, last = 0, document.pageCount() - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(first, printer.fromPage() - 1)
        last = min(last, printer.toPage() - 1)
    printer.setFullPage(True)  # the PDF has its own margins
    dpi = min(printer.resolution(), MAX_DPI)
    paper = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("the printer could not be started")
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    drawn = 0
    try:
        for index in range(first, last + 1):
            if drawn and not printer.newPage():
                raise PrintFailed("the printer did not accept a new page")
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            painter.drawImage(_fit(size, paper), document.render(index, size))
            drawn += 1
    finally:
        painter.end()
    return drawn


def choose_printer(
    parent: QWidget, title: str, pages: int, paper: str, landscape: bool = False
) -> QPrinter | None:
    """The system print dialog; the chosen printer, or None if cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setPageSize(QPageSize(PAGE_SIZES.get(paper, QPageSize.PageSizeId.A4)))
    if landscape:  # two referral slips side by side
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PrintJob", "Print"))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setMinMax(1, max(1, pages))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None


def print_pdf(
    pdf: bytes,
    parent: QWidget,
    title: str,
    pages: int = 1,
    paper: str = "A4",
    *,
    tasks: TaskRunner,
    landscape: bool = False,
) -> bool:
    """Ask for a printer and send ``pdf`` to it in the background; False if cancelled."""
    printer = choose_printer(parent, title, pages, paper, landscape)
    if printer is None:
        return False
    heading = QCoreApplication.translate("PrintJob", "Print")

    def failed(error: BaseException) -> None:
        if not isinstance(error, PrintFailed):
            report_failure(parent, heading, error)
            return
        log.error("Printing %s failed: %s", title, error)
        ask.error(
            parent,
            heading,
            QCoreApplication.translate(
                "PrintJob",
                "The pages could not be sent to the printer. Check the printer and try again.",
            ),
        )

    # The work holds the printer, and the runner holds the work until it is over:
    # a QPrinter must outlive the job that paints on it.
    tasks.run_task(
        lambda: render_to_printer(pdf, printer),
        None,
        failed,
        receiver=parent,
        progress=QCoreApplication.translate("PrintJob", "Sending the pages to the printer…"),
        title=heading,
    )
    return True


def save_pdf(path: Path, pdf: bytes) -> None:
    """Write ``pdf`` to ``path`` whole or not at all (a failed write leaves no half file)."""
    printouts.save_pdf(pdf, path)


def documents_folder() -> Path:
    """Where "Save as PDF" suggests saving: the user's documents folder, else home."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def pdf_path(path: Path) -> Path:
    """``path`` with ``.pdf`` added when the volunteer typed a name without it."""
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")


def save_as(parent: QWidget, pdf: bytes, suggested_name: str, data_root: Path) -> Path | None:
    """Ask where to save ``pdf`` and write it there; the path saved, or None.

    A place inside the data folder (``data_root``) is refused, an existing
    file is replaced only after asking, and a failure to write is explained
    to the user with nothing left behind.
    """
    title = QCoreApplication.translate("PrintJob", "Save as PDF")
    chosen = ask.save_file_outside(
        parent,
        title,
        documents_folder() / suggested_name,
        QCoreApplication.translate("PrintJob", "PDF files (*.pdf)"),
        data_root,
    )
    if chosen is None:
        return None
    path = pdf_path(chosen)
    # The dialog asked about the name typed; ask again if ".pdf" made it another file.
    if path != chosen and path.exists():
        question = QCoreApplication.translate(
            "PrintJob", "%1 already exists. Do you want to replace it?"
        ).replace("%1", path.name)
        if not ask.confirm(
            parent, title, question, QCoreApplication.translate("PrintJob", "&Replace")
        ):
            return None
    try:
        save_pdf(path, pdf)
    except (OSError, UserFacingError) as error:
        if not isinstance(error, OSError) or is_disk_full(error):
            report_failure(parent, title, error)
            return None
        ask.error(
            parent,
            title,
            QCoreApplication.translate("PrintJob", "The file %1 could not be saved: %2")
            .replace("%1", str(path))
            .replace("%2", error.strerror or str(error)),
        )
        return None
    return path
