"""The handout print dialog: options, a live preview of the real PDF, printing and saving."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from peerhelper.errors import BadInputError
from peerhelper.operations import printouts as documents
from peerhelper.ui import ask
from peerhelper.ui.printing import printer
from peerhelper.ui.printing.print_dialog import HandoutPrintDialog
from tests.ui.printing.conftest import pdf_info, pdf_text

GUIDE = "wifi-connect"


@pytest.fixture
def open_dialog(qtbot, context, bundled):
    def make(guide_id: str = GUIDE, **languages: str) -> HandoutPrintDialog:
        dialog = HandoutPrintDialog(context, bundled[guide_id], **languages)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def wait_for_preview(qtbot, dialog: HandoutPrintDialog) -> int:
    qtbot.waitUntil(
        lambda: not dialog.builder.busy and dialog.preview.page_count > 0, timeout=15_000
    )
    return dialog.preview.page_count


def test_the_options_start_from_the_client_and_the_guide(open_dialog, bundled) -> None:
    dialog = open_dialog(client_lang="ar")
    options = dialog.options.options()
    assert (options.lang, options.second_lang, options.service_lang) == ("ar", "fi", "fi")
    boxes = dialog.options
    assert boxes.client_language.count() == len(bundled[GUIDE].language_codes)
    assert boxes.client_language.currentText() == "العربية"  # named in itself
    service = [boxes.service_language.itemData(i) for i in range(boxes.service_language.count())]
    assert service == list(bundled[GUIDE].service_languages)
    assert boxes.second_language.itemData(0) == ""  # "None" is a choice

    finnish = open_dialog(client_lang="fi").options.options()
    assert finnish.second_lang is None  # Finnish beside Finnish says nothing new


def test_large_print_rebuilds_the_preview_with_more_pages(open_dialog, qtbot) -> None:
    dialog = open_dialog(client_lang="fi")
    normal = wait_for_preview(qtbot, dialog)
    assert dialog.preview.status.text().endswith(str(normal))
    dialog.options.large_print.setChecked(True)
    assert dialog.builder.busy
    qtbot.waitUntil(lambda: dialog.preview.page_count > normal, timeout=15_000)
    assert dialog.builder.printout is not None
    assert dialog.builder.printout.pages == dialog.preview.page_count


def test_save_as_pdf_writes_the_previewed_handout(open_dialog, qtbot, monkeypatch, tmp_path):
    dialog = open_dialog(client_lang="sv")
    dialog.options.note.setPlainText("Torsdag kl. 10")
    pages = wait_for_preview(qtbot, dialog)
    asked: list[Path] = []

    def choose(parent, title, suggested, pattern):
        asked.append(suggested)
        return tmp_path / "handout"  # typed without .pdf

    monkeypatch.setattr(ask, "save_file", choose)
    with qtbot.waitSignal(dialog.handout_printed) as signal:
        dialog.save_button.click()
    assert signal.args == [GUIDE]
    assert asked[0].name == f"{GUIDE}-sv.pdf"
    saved = tmp_path / "handout.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert int(pdf_info(saved)["Pages"]) == pages
    assert "Torsdag kl. 10" in pdf_text(saved)
    assert not list(tmp_path.glob("*.partial"))


def test_a_cancelled_save_changes_nothing(open_dialog, qtbot, monkeypatch) -> None:
    dialog = open_dialog()
    wait_for_preview(qtbot, dialog)
    monkeypatch.setattr(ask, "save_file", lambda *args: None)
    with qtbot.assertNotEmitted(dialog.handout_printed):
        dialog.save_button.click()


def test_ctrl_p_prints_the_pdf_in_the_preview(open_dialog, qtbot, monkeypatch) -> None:
    dialog = open_dialog(client_lang="en")
    wait_for_preview(qtbot, dialog)
    calls = []

    def fake_print(pdf, parent, title, pages=1, paper="A4", *, tasks):
        calls.append((pdf, title, pages, paper))
        return True

    monkeypatch.setattr(printer, "print_pdf", fake_print)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # the shortcut acts in the active window only
    with qtbot.waitSignal(dialog.handout_printed):
        QTest.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    printout = dialog.builder.printout
    assert calls == [(printout.pdf, f"{GUIDE}-en", printout.pages, "A4")]
    assert "printer" in dialog.status.text()


def test_print_while_building_waits_for_the_new_pages(open_dialog, qtbot, monkeypatch) -> None:
    dialog = open_dialog(client_lang="fi")
    wait_for_preview(qtbot, dialog)
    old = dialog.builder.printout
    printed: list[bytes] = []
    monkeypatch.setattr(printer, "print_pdf", lambda pdf, *args, **kw: printed.append(pdf) or True)
    dialog.options.paper.setCurrentIndex(dialog.options.paper.findData("letter"))
    dialog.print_button.click()
    assert printed == []  # not the old pages
    qtbot.waitUntil(lambda: bool(printed), timeout=15_000)
    assert printed[0] != old.pdf
    assert printed[0] == dialog.builder.printout.pdf


def test_a_cancelled_print_is_not_recorded(open_dialog, qtbot, monkeypatch) -> None:
    dialog = open_dialog()
    wait_for_preview(qtbot, dialog)
    monkeypatch.setattr(printer, "print_pdf", lambda *args, **kw: False)
    with qtbot.assertNotEmitted(dialog.handout_printed):
        dialog.print_button.click()


def test_bad_input_is_told_in_words_not_a_traceback(open_dialog, qtbot, monkeypatch) -> None:
    def refuse(paths, guide, options):
        raise BadInputError("The bundled fonts cannot print these characters: ☃")

    monkeypatch.setattr(documents, "handout", refuse)
    dialog = open_dialog()
    qtbot.waitUntil(lambda: dialog.builder.error is not None, timeout=15_000)
    assert "cannot print these characters: ☃" in dialog.status.text()
    assert "Traceback" not in dialog.status.text()
    assert dialog.preview.page_count == 0
    assert dialog.preview.message.text() == dialog.status.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_a_bug_while_building_gets_a_plain_message(open_dialog, qtbot, monkeypatch) -> None:
    def crash(paths, guide, options):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(documents, "handout", crash)
    dialog = open_dialog()
    qtbot.waitUntil(lambda: dialog.builder.error is not None, timeout=15_000)
    assert "log file" in dialog.status.text()
    assert "ZeroDivisionError" not in dialog.status.text()


def test_typing_a_note_builds_once_after_a_pause(open_dialog, qtbot, monkeypatch) -> None:
    dialog = open_dialog()
    wait_for_preview(qtbot, dialog)
    built: list[str] = []
    real = documents.handout

    def counting(paths, guide, options):
        built.append(options.note)
        return real(paths, guide, options)

    monkeypatch.setattr(documents, "handout", counting)
    for text in ("T", "Ti", "Tii", "Tiis", "Tiistai"):
        dialog.options.note.setPlainText(text)
    qtbot.waitUntil(lambda: not dialog.builder.busy, timeout=15_000)
    assert built == ["Tiistai"]


def test_large_print_and_paper_are_remembered(open_dialog, context) -> None:
    first = open_dialog()
    first.options.large_print.setChecked(True)
    first.options.paper.setCurrentIndex(first.options.paper.findData("letter"))
    first.close()
    second = open_dialog()
    assert second.options.large_print.isChecked()
    assert second.options.paper.currentData() == "letter"
    assert context.settings.get("handout_large_print") is True


def test_the_second_language_cannot_be_the_client_s(open_dialog) -> None:
    dialog = open_dialog(client_lang="ar")
    boxes = dialog.options
    second = boxes.second_language
    assert not second.model().item(second.findData("ar")).isEnabled()
    boxes.client_language.setCurrentIndex(boxes.client_language.findData("fi"))
    assert second.currentData() == "" and not second.model().item(second.findData("fi")).isEnabled()
    assert second.model().item(second.findData("ar")).isEnabled()
