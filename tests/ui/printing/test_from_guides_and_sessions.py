"""Printing from the guide view and from a session; a session notes the printed handout."""

from __future__ import annotations

from peerhelper.ui import ask
from peerhelper.ui.printing.guide_picker import GuideChooserDialog, guide_order
from peerhelper.ui.printing.print_dialog import HandoutPrintDialog
from peerhelper.ui.printing.session_print import print_for_session


def test_the_guide_view_asks_to_print_its_guide(qtbot, context) -> None:
    from peerhelper.ui.guides.library_page import GuidesPage

    page = GuidesPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.open_guide("wifi-connect")
    with qtbot.waitSignal(page.print_requested) as signal:
        page.guide_view.print_button.click()
    assert signal.args == ["wifi-connect"]


def test_session_guides_and_topics_come_first(bundled) -> None:
    order = guide_order(bundled.values(), "en", first=["wifi-connect"], topics=["banking"])
    ids = [guide.id for guide in order]
    assert ids[0] == "wifi-connect"
    banking = [guide.id for guide in bundled.values() if "banking" in guide.topics]
    assert set(ids[1 : 1 + len(banking)]) == set(banking)


def test_printing_from_a_session_records_the_handout(qtbot, context, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    recorded: list[str] = []
    chooser = print_for_session(context, parent, ["phone-basics"], [], "so", recorded.append)
    assert isinstance(chooser, GuideChooserDialog)
    assert chooser.chosen_id() == "phone-basics"  # this session's guide is offered first
    chooser.next_button.click()
    dialog = parent.findChild(HandoutPrintDialog)
    assert dialog is not None and dialog.options.options().lang == "so"
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0, timeout=15_000)
    monkeypatch.setattr(ask, "save_file", lambda *args: tmp_path / "handout.pdf")
    dialog.save_button.click()
    assert recorded == ["phone-basics"]
    dialog.close()


def test_the_session_form_button_leads_to_the_chooser(window, qtbot, monkeypatch) -> None:
    window.start_session()
    form = window.page("session").form
    form.add_guide("wifi-connect")
    form.print_button.click()
    chooser = form.findChild(GuideChooserDialog)
    assert chooser is not None and chooser.chosen_id() == "wifi-connect"
    chooser.next_button.click()
    dialog = form.findChild(HandoutPrintDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0, timeout=15_000)
    dialog.handout_printed.emit("wifi-connect")
    dialog.close()
    assert form.guides == ["wifi-connect"]
