"""The Print section: a handout of any guide, the sign and the tally sheet."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from peerhelper.errors import BadInputError
from peerhelper.operations import printouts as documents
from peerhelper.ui import ask
from peerhelper.ui.printing import printer
from peerhelper.ui.printing.guide_picker import GUIDE_ID_ROLE
from peerhelper.ui.printing.print_dialog import HandoutPrintDialog
from tests.ui.printing.conftest import pdf_info, pdf_text


@pytest.fixture
def page(qtbot, context):
    from peerhelper.ui.printing.print_page import PrintPage

    widget = PrintPage(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def ready(qtbot, card) -> None:
    qtbot.waitUntil(lambda: not card.builder.busy and card.preview.page_count > 0, timeout=15_000)


def test_search_then_enter_opens_the_handout_dialog(page, qtbot, bundled) -> None:
    picker = page.picker
    assert picker.list.count() == len(bundled)
    picker.search.setText("wi-fi network")
    items = [picker.list.item(row) for row in range(picker.list.count())]
    shown = [item.data(GUIDE_ID_ROLE) for item in items if not item.isHidden()]
    assert shown == ["wifi-connect"]
    QTest.keyClick(picker.search, Qt.Key.Key_Return)
    dialog = page.dialog
    assert isinstance(dialog, HandoutPrintDialog) and dialog.guide.id == "wifi-connect"
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0, timeout=15_000)
    with qtbot.waitSignal(page.handout_printed) as signal:
        dialog.handout_printed.emit("wifi-connect")
    assert signal.args == ["wifi-connect"]
    dialog.close()


def test_a_search_without_matches_says_so(page) -> None:
    page.picker.search.setText("zzzz-no-such-guide")
    assert page.picker.current_id() == ""
    assert page.picker.empty.isVisibleTo(page)


def test_print_guide_takes_the_languages_it_is_given(page, qtbot) -> None:
    dialog = page.print_guide("phone-basics", client_lang="uk", second_lang="sv")
    options = dialog.options.options()
    assert (options.lang, options.second_lang) == ("uk", "sv")
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0, timeout=15_000)
    dialog.close()


def test_an_unknown_guide_is_an_error_message(page, monkeypatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    assert page.print_guide("no-such-guide") is None
    assert "no-such-guide" in errors[0]


def test_the_sign_on_a3_is_saved_as_a_pdf(page, qtbot, monkeypatch, tmp_path) -> None:
    sign = page.sign
    ready(qtbot, sign)
    assert round(sign.preview.document.pagePointSize(0).width()) == 595  # A4
    sign.paper_box.setCurrentIndex(sign.paper_box.findData("A3"))
    qtbot.waitUntil(
        lambda: round(sign.preview.document.pagePointSize(0).width()) == 842, timeout=15_000
    )
    ready(qtbot, sign)
    monkeypatch.setattr(
        ask, "save_file", lambda parent, title, suggested, pattern: tmp_path / suggested.name
    )
    sign.save_button.click()
    saved = tmp_path / "digital-support-sign-A3.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert "A3" in pdf_info(saved)["Page size"]
    assert saved.name in sign.status.text()


def test_the_tally_sheet_in_swedish_is_printed(page, qtbot, monkeypatch) -> None:
    tally = page.tally
    ready(qtbot, tally)
    tally.language_box.setCurrentIndex(tally.language_box.findData("sv"))
    qtbot.waitUntil(lambda: tally.builder.busy, timeout=2_000)
    ready(qtbot, tally)
    printed: list[tuple[bytes, str]] = []

    def fake_print(pdf, parent, title, pages=1, paper="A4", *, tasks):
        printed.append((pdf, title))
        return True

    monkeypatch.setattr(printer, "print_pdf", fake_print)
    tally.print_button.click()
    assert printed and printed[0][1] == "tally-sheet-sv"
    assert printed[0][0] == tally.builder.printout.pdf


def test_the_tally_sheet_text_follows_the_language(page, qtbot, monkeypatch, tmp_path) -> None:
    tally = page.tally
    tally.language_box.setCurrentIndex(tally.language_box.findData("sv"))
    qtbot.waitUntil(lambda: tally.builder.busy, timeout=2_000)
    ready(qtbot, tally)
    monkeypatch.setattr(ask, "save_file", lambda *args: tmp_path / "sheet.pdf")
    tally.save_button.click()
    assert "Datum" in pdf_text(tmp_path / "sheet.pdf")


def test_a_sign_that_cannot_be_made_is_explained(qtbot, context, monkeypatch) -> None:
    from peerhelper.ui.printing.print_page import PrintPage

    def refuse(paths, paper="A4"):
        raise BadInputError("The symbol file cannot be read.")

    monkeypatch.setattr(documents, "sign", refuse)
    widget = PrintPage(context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.sign.builder.error is not None, timeout=15_000)
    assert "The symbol file cannot be read." in widget.sign.status.text()
    assert not widget.sign.print_button.isEnabled()
    assert widget.sign.preview.page_count == 0


def test_every_control_has_a_name_for_screen_readers(page) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QPlainTextEdit

    for kind in (QComboBox, QLineEdit, QListWidget, QPlainTextEdit):
        for widget in page.findChildren(kind):
            if widget.parent() is not None and widget.objectName() != "qt_spinbox_lineedit":
                assert widget.accessibleName(), widget


def test_a_sign_that_fails_by_a_bug_leaves_its_details_in_the_log(
    qtbot, context, monkeypatch, caplog
) -> None:
    from peerhelper.ui.printing.print_page import PrintPage

    def crash(paths, paper="A4"):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(documents, "sign", crash)
    widget = PrintPage(context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.sign.builder.error is not None, timeout=15_000)
    assert "log file" in widget.sign.status.text()
    [record] = [r for r in caplog.records if r.exc_info and r.exc_info[0] is ZeroDivisionError]
    assert "digital-support-sign" in record.getMessage()


def test_the_sign_card_names_the_languages_left_off_the_sign(page, context) -> None:
    from peerhelper.domain.site import SiteProfileData
    from peerhelper.storage.site_repo import save_site_profile

    sign = page.sign
    save_site_profile(context.db, SiteProfileData("Org", "Site", languages=["fi", "ar"]))
    sign.refresh()
    assert sign.left_out.isHidden()
    save_site_profile(context.db, SiteProfileData("Org", "Site", languages=["fi", "th", "zh"]))
    sign.refresh()
    assert not sign.left_out.isHidden()
    assert "Thai" in sign.left_out.text() and "Chinese" in sign.left_out.text()
