"""The Referrals section and the session form's referrals, driven like a volunteer would."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from peerhelper.domain.directory_files import read_starter_entries
from peerhelper.domain.statistics import Period, StatsFilter
from peerhelper.storage import directory_repo, sessions_repo, statistics
from peerhelper.ui import ask
from peerhelper.ui.printing import printer
from peerhelper.ui.referrals.entry_dialog import EntryDialog
from peerhelper.ui.referrals.page import ReferralsPage
from peerhelper.ui.referrals.slip_dialog import SlipDialog

KELA, KV, DVV = (e.uuid or "" for e in read_starter_entries())


@pytest.fixture
def page(qtbot, context, settle) -> ReferralsPage:
    widget = ReferralsPage(context, today=lambda: date(2028, 1, 10))
    qtbot.addWidget(widget)
    settle()  # the directory is read on the worker
    return widget


def _names(page: ReferralsPage) -> list[str]:
    return [page.list.item(row).text().split(" · ")[0] for row in range(page.list.count())]


def test_search_and_filters(page: ReferralsPage) -> None:
    assert len(_names(page)) == 3
    page.search_field.setText("lintulahdenkuja")  # DVV's address
    assert _names(page) == ["Digi- ja väestötietovirasto (DVV)"]
    page.search_field.setText("")
    page.topic.setCurrentIndex(page.topic.findData("kela"))
    assert _names(page) == ["Kela – kansainväliset tilanteet (KV-keskus)", "Kela – puhelinpalvelu"]
    page.language.setCurrentIndex(page.language.findData("sv"))
    assert len(_names(page)) == 2
    page.language.setCurrentIndex(page.language.findData("ar"))
    assert _names(page) == []
    assert not page.slip_button.isEnabled()


def test_entries_not_checked_for_a_year_are_marked(page: ReferralsPage) -> None:
    assert all("⚠" in page.list.item(row).text() for row in range(page.list.count()))
    assert "⚠" in page.details.text()


def test_add_an_entry_with_a_guarded_note(qtbot, page: ReferralsPage, context, settle) -> None:
    dialog = EntryDialog(context.db, "en", today=lambda: date(2027, 5, 2))
    qtbot.addWidget(dialog)
    dialog.name.setText("Kallion kirjasto")
    dialog.kind.setCurrentIndex(dialog.kind.findData("library"))
    dialog.topics.buttons["email"].click()
    dialog.notes.setPlainText("Kysy Maijalta, 040 123 4567")
    assert dialog.notes_field.warning.isVisible() or dialog.notes_field.findings()
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted and "Notes" in dialog.problems.text()
    dialog.notes_field.remove_personal_data()
    dialog.accept()
    saved = directory_repo.get_entry(context.db, dialog.saved_uuid or "")
    assert saved.checked == date(2027, 5, 2) and saved.topics == ["email"]
    page.refresh(select=saved.uuid)
    settle()
    assert page.current().name == "Kallion kirjasto"


def test_retire_rather_than_delete_an_entry_in_use(
    page: ReferralsPage, context, monkeypatch: pytest.MonkeyPatch, settle
) -> None:
    from datetime import datetime

    from peerhelper.domain.session import SessionData

    told: list[str] = []
    monkeypatch.setattr(ask, "inform", lambda _p, _t, text: told.append(text))
    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    sessions_repo.save_session(
        context.db,
        SessionData(datetime(2026, 3, 1, 10), "local", ["kela"], referrals=[KELA]),
    )
    page.refresh(select=KELA)
    settle()
    page.delete_entry()
    settle()
    assert "cannot be deleted" in told[0] and directory_repo.get_entry(context.db, KELA)
    page.toggle_retired()
    settle()
    assert directory_repo.get_entry(context.db, KELA).retired
    assert page.current().uuid == KELA and page.retire_button.text() == "&Restore"
    page.refresh(select=DVV)
    settle()
    page.delete_entry()
    settle()
    assert DVV not in {e.uuid for e in directory_repo.list_entries(context.db)}


def test_deleting_with_an_organisation_server_says_the_sync_brings_it_back(
    page: ReferralsPage, context, monkeypatch: pytest.MonkeyPatch, settle
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text, _y: asked.append(text) or False)
    page.refresh(select=DVV)
    settle()
    page.delete_entry()
    settle()
    assert "retire it instead" not in asked[0]
    context.settings.set("server_url", "postgresql://org.example/peerhelper")
    page.delete_entry()
    settle()
    assert "next sync brings it back" in asked[1] and "retire it instead" in asked[1]
    assert DVV in {e.uuid for e in directory_repo.list_entries(context.db)}  # it was declined


def test_pick_on_the_session_form_print_a_slip_and_count_it(
    window, qtbot, context, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settle
) -> None:
    window.start_session()
    form = window.page("session").form
    form.mode.buttons["local"].click()
    form.topics.buttons["kela"].click()
    form.language.setCurrentIndex(form.language.findData("ar"))
    # Type to search: the completer offers the names containing the words.
    form.referrals.search.setText("kansainv")
    form.referrals.completer.setCompletionPrefix("kansainv")
    assert form.referrals.completer.currentCompletion() == (
        "Kela – kansainväliset tilanteet (KV-keskus)"
    )
    form.referrals.pick_name(form.referrals.completer.currentCompletion())
    assert form.referrals.values() == [KV]
    # A slip printed from the Referrals section for another service is recorded too.
    saved_to = tmp_path / "slip.pdf"
    monkeypatch.setattr(
        printer, "save_as", lambda _p, pdf, _n, _r: saved_to.write_bytes(pdf) and saved_to
    )
    referrals = window.page("referrals")
    referrals.refresh(select=DVV)
    settle()
    dialog = SlipDialog(context, referrals.current(), referrals, client_lang="ar")
    qtbot.addWidget(dialog)
    dialog.slip_printed.connect(referrals.slip_printed)
    assert dialog.client_language.currentData() == "ar"
    settle()  # the slip is built on the worker
    dialog.save_slip()
    assert saved_to.read_bytes().startswith(b"%PDF")
    assert form.referrals.values() == [KV, DVV]
    form.save(clear=True)
    assert form.problems.text() == ""
    figures = statistics.compute(
        context.db.engine, StatsFilter(Period(date(2000, 1, 1), date(2099, 12, 31)))
    )
    counted = {c.code: c.sessions for c in figures.breakdown("referral_service")}
    assert counted == {KV: 1, DVV: 1}
    assert {c.code: c.sessions for c in figures.breakdown("referral_kind")} == {"authority": 1}


def test_the_slip_button_on_the_form_opens_the_slip_in_the_session_language(
    window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[SlipDialog] = []
    monkeypatch.setattr(SlipDialog, "open", lambda self: opened.append(self))
    window.start_session()
    form = window.page("session").form
    form.language.setCurrentIndex(form.language.findData("so"))
    form.record_referral(KELA)
    assert form.referrals.values() == [KELA]
    rows = form.referrals.rows
    slip_button = rows.itemAt(0).widget().findChildren(type(form.save_button))[0]
    slip_button.click()
    assert opened and opened[0].client_language.currentData() == "so"
    assert opened[0].entry.uuid == KELA
    opened[0].close()
