"""Drawing PDF pages on a printer, and saving PDF files whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from peerhelper.operations import printouts as documents
from peerhelper.printing.handout import HandoutOptions
from peerhelper.ui.printing import printer
from tests.ui.printing.conftest import pdf_info


@pytest.fixture
def handout(context, bundled) -> documents.Printout:
    return documents.handout(context.paths, bundled["phone-basics"], HandoutOptions(lang="fi"))


def pdf_printer(path: Path) -> QPrinter:
    target = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target.setOutputFileName(str(path))
    return target


def test_every_page_is_drawn_on_the_printer(handout, tmp_path) -> None:
    out = tmp_path / "printed.pdf"
    target = pdf_printer(out)
    assert printer.render_to_printer(handout.pdf, target) == handout.pages
    assert int(pdf_info(out)["Pages"]) == handout.pages


def test_a_page_range_from_the_dialog_is_honoured(handout, tmp_path) -> None:
    assert handout.pages >= 2
    out = tmp_path / "second.pdf"
    target = pdf_printer(out)
    target.setPrintRange(QPrinter.PrintRange.PageRange)
    target.setFromTo(2, 2)
    assert printer.render_to_printer(handout.pdf, target) == 1
    assert int(pdf_info(out)["Pages"]) == 1


def test_pages_can_be_drawn_off_the_ui_thread(qtbot, handout, tmp_path) -> None:
    from peerhelper.ui.tasks import TaskRunner

    out = tmp_path / "worker.pdf"
    target = pdf_printer(out)
    results: list[object] = []
    runner = TaskRunner()
    try:
        work = lambda: printer.render_to_printer(handout.pdf, target)  # noqa: E731
        runner.run_task(work, results.append, results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=15_000)
    finally:
        runner.shutdown()
    assert results == [handout.pages]
    assert int(pdf_info(out)["Pages"]) == handout.pages


def test_a_broken_pdf_is_refused(tmp_path) -> None:
    with pytest.raises(printer.PrintFailed):
        printer.render_to_printer(b"not a pdf", pdf_printer(tmp_path / "x.pdf"))


def test_save_pdf_leaves_no_half_file(tmp_path) -> None:
    target = tmp_path / "missing-folder" / "handout.pdf"
    with pytest.raises(OSError):
        printer.save_pdf(target, b"%PDF-1.4")
    assert not target.exists()
    good = tmp_path / "handout.pdf"
    printer.save_pdf(good, b"%PDF-1.4 data")
    assert good.read_bytes() == b"%PDF-1.4 data"
    assert [p.name for p in tmp_path.iterdir()] == ["handout.pdf"]


def test_a_name_typed_without_pdf_gets_it() -> None:
    assert printer.pdf_path(Path("/x/handout")) == Path("/x/handout.pdf")
    assert printer.pdf_path(Path("/x/handout.PDF")) == Path("/x/handout.PDF")
