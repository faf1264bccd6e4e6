"""The session screen driven through its real widgets."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from peerhelper.storage import sessions_repo
from peerhelper.storage.session_query import SessionFilter, count_sessions
from peerhelper.ui import ask


def _page(window):
    window.start_session()
    return window.page("session")


def _fill(form) -> None:
    form.mode.buttons["remote"].click()
    form.channel.setCurrentIndex(form.channel.findData("phone"))
    form.topics.buttons["kela"].click()
    form.topics.buttons["email"].click()
    form.language.setCurrentIndex(form.language.findData("ar"))
    form.device.buttons["own_phone"].click()
    form.outcome.buttons["solved"].click()
    form.independence.buttons["self"].click()
    form.barriers.buttons["language"].click()
    form.note.setPlainText("Helped to send the application.")


def test_ctrl_n_opens_a_fresh_form(window, qtbot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "session"
    page = window.page("session")
    assert page.tabs.currentWidget() is page.form
    assert page.form.editing_uuid is None


def test_save_keeps_mode_channel_language_and_shows_in_list(window, qtbot) -> None:
    page = _page(window)
    form = page.form
    _fill(form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.problems.text() == ""
    assert page.list.model.total == 1
    saved = sessions_repo.load_session(window.context.db, page.list.model.uuid_at(0))
    assert saved is not None
    assert saved.mode == "remote" and saved.channel == "phone" and saved.language == "ar"
    assert sorted(saved.topics) == ["email", "kela"] and saved.barriers == ["language"]
    # Ready for the next client with the same mode, channel and language.
    assert form.mode.value() == "remote"
    assert form.channel.currentData() == "phone"
    assert form.language_code() == "ar"
    assert form.topics.values() == [] and form.note.toPlainText() == ""


def test_save_and_clear_starts_fresh(window, qtbot) -> None:
    form = _page(window).form
    _fill(form)
    qtbot.mouseClick(form.save_clear_button, Qt.MouseButton.LeftButton)
    assert form.mode.value() == "" and form.channel.currentData() == ""
    assert form.language_code() == ""


def test_missing_mode_and_topic_are_explained(window, qtbot) -> None:
    form = _page(window).form
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "local, remote or training" in form.problems.text()
    assert "at least one topic" in form.problems.text()
    assert count_sessions(window.context.db, SessionFilter()) == 0


def test_personal_data_in_the_note_is_blocked_and_removed(window, qtbot) -> None:
    form = _page(window).form
    _fill(form)
    form.note.setPlainText("Called 040 123 4567 about the form.")
    assert form.isVisible()
    assert form.privacy_warning.isVisible() and form.remove_button.isVisible()
    assert "phone number" in form.privacy_warning.text()
    assert "123 4567" not in form.privacy_warning.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "phone number" in form.problems.text()
    assert "4567" not in form.problems.text()
    assert count_sessions(window.context.db, SessionFilter()) == 0
    qtbot.mouseClick(form.remove_button, Qt.MouseButton.LeftButton)
    assert "4567" not in form.note.toPlainText()
    assert "about the form" in form.note.toPlainText()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert count_sessions(window.context.db, SessionFilter()) == 1


def test_edit_delete_and_undo_from_the_list(window, qtbot, monkeypatch) -> None:
    page = _page(window)
    _fill(page.form)
    page.form.save(clear=True)
    page.list.table.selectRow(0)
    qtbot.mouseClick(page.list.edit_button, Qt.MouseButton.LeftButton)
    assert page.tabs.currentWidget() is page.form
    assert page.form.editing_uuid == page.list.model.uuid_at(0)
    page.form.outcome.buttons["partly"].click()
    page.form.save(clear=True)
    uuid = page.list.model.uuid_at(0)
    assert page.list.model.total == 1
    assert sessions_repo.load_session(window.context.db, uuid).outcome == "partly"

    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    page.list.table.selectRow(0)
    qtbot.mouseClick(page.list.delete_button, Qt.MouseButton.LeftButton)
    assert page.list.model.total == 0
    assert page.list.undo_button.isVisibleTo(page.list)
    qtbot.mouseClick(page.list.undo_button, Qt.MouseButton.LeftButton)
    assert page.list.model.total == 1


def test_delete_needs_confirmation(window, monkeypatch) -> None:
    page = _page(window)
    _fill(page.form)
    page.form.save(clear=True)
    page.list.table.selectRow(0)
    monkeypatch.setattr(ask, "confirm", lambda *args: False)
    page.list.delete_selected()
    assert page.list.model.total == 1


def test_list_filters(window, qtbot) -> None:
    db = window.context.db
    now = datetime.now().replace(second=0, microsecond=0)
    sessions_repo.quick_tally(db, "kela", "local", now)
    sessions_repo.quick_tally(db, "tax", "local", now)
    sessions_repo.quick_tally(db, "tax", "local", now - timedelta(days=400))
    page = _page(window)
    page.list.refresh()
    assert page.list.model.total == 2  # this month only
    page.list.topic.setCurrentIndex(page.list.topic.findData("tax"))
    assert page.list.model.total == 1


def test_quick_tally_records_and_undoes(window, qtbot) -> None:
    page = _page(window)
    page.tabs.setCurrentWidget(page.quick)
    page.quick.mode.buttons["training"].click()
    qtbot.mouseClick(page.quick.tiles["passwords"], Qt.MouseButton.LeftButton)
    rows = page.list.model.rows
    assert len(rows) == 1 and rows[0].topics == ("passwords",) and rows[0].mode == "training"
    qtbot.mouseClick(page.quick.undo_button, Qt.MouseButton.LeftButton)
    assert page.list.model.total == 0


def test_paper_tally_sheet_batch(window, qtbot, monkeypatch) -> None:
    page = _page(window)
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    monkeypatch.setattr(ask, "inform", lambda *args: None)
    page.paper.counts["email"].setValue(4)
    page.paper.counts["kela"].setValue(2)
    assert "6" in page.paper.total.text()
    qtbot.mouseClick(page.paper.save_button, Qt.MouseButton.LeftButton)
    assert count_sessions(window.context.db, SessionFilter(topic="email")) == 4
    assert page.paper.counts["email"].value() == 0


def test_start_time_can_be_corrected(window) -> None:
    form = _page(window).form
    _fill(form)
    earlier = datetime.now().replace(second=0, microsecond=0) - timedelta(minutes=25)
    from PySide6.QtCore import QDateTime

    form.started.setDateTime(QDateTime(earlier))
    form._update_timer()
    assert form.minutes.value() in (24, 25, 26)
    uuid = form.save(clear=True)
    assert sessions_repo.load_session(window.context.db, uuid).started_at == earlier


def test_ctrl_s_saves_from_the_keyboard(window, qtbot) -> None:
    form = _page(window).form
    _fill(form)
    form.note.setFocus()
    qtbot.keyClick(form.note, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count_sessions(window.context.db, SessionFilter()) == 1
    assert form.mode.value() == "remote"  # kept for the next client


def test_suggested_guides_open_and_are_recorded(window, qtbot) -> None:

    form = _page(window).form
    form.topics.buttons["internet_wifi"].click()
    buttons = form.suggestions.buttons
    assert [b.text() for b in buttons] == ["Connect to a Wi-Fi network"]
    buttons[0].click()
    assert window.current_page_key() == "guides"
    assert form.guides == ["wifi-connect"]
    assert "wifi-connect" in form.guides_label.text()


def test_starting_a_session_restarts_the_clock_of_an_untouched_form(window, qtbot) -> None:
    from PySide6.QtCore import QDateTime

    form = _page(window).form
    _fill(form)
    form.save(clear=False)  # mode, channel and language are kept
    an_hour_ago = datetime.now().replace(second=0, microsecond=0) - timedelta(hours=1)
    form.started.setDateTime(QDateTime(an_hour_ago))
    form.touched = False  # as if the form had simply been left open
    window.start_session()
    assert form.started.dateTime().toPython() > an_hour_ago + timedelta(minutes=50)
    assert form.mode.value() == "remote"
    # A form being filled in is left alone.
    form.topics.buttons["tax"].click()
    form.started.setDateTime(QDateTime(an_hour_ago))
    window.start_session()
    assert form.started.dateTime().toPython() == an_hour_ago


def test_opening_a_guide_without_a_session_leaves_no_draft(window, qtbot) -> None:
    from peerhelper.storage.draft import DraftStore

    window.page("guides").open_guide("wifi-connect")
    qtbot.wait(600)
    assert "session" not in window.pages
    assert DraftStore(window.context.paths.draft_file).load() is None


def test_the_form_shows_every_field_of_a_session_and_gives_it_back(window) -> None:
    from peerhelper.domain.session import LIST_FIELDS, SCALAR_FIELDS
    from peerhelper.ui.session.form import FORM_LEAVES_OUT
    from tests.storage.test_session_rows import full_session

    form = _page(window).form
    assert set(form.fields()) == {*SCALAR_FIELDS, *LIST_FIELDS} - set(FORM_LEAVES_OUT)
    data = full_session().copy(source="form", uuid="some-id")
    form.load(data)
    shown = form.data()
    assert sorted(shown.barriers) == sorted(data.barriers)  # tiles keep their own order
    assert shown.copy(barriers=data.barriers) == data


def _focus_chain(start) -> list:
    chain, widget = [start], start.nextInFocusChain()
    while widget is not start and len(chain) < 2000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_reaches_the_suggested_guides_before_save_and_discard(window) -> None:
    form = _page(window).form
    form.topics.buttons["kela"].click()
    assert form.suggestions.buttons, "Kela has guides to suggest"
    chain = _focus_chain(form.started)
    first_suggestion = chain.index(form.suggestions.buttons[0])
    assert first_suggestion < chain.index(form.save_button) < chain.index(form.clear_button)
    assert chain.index(form.topics.buttons["kela"]) < first_suggestion


def test_save_feedback_stays_until_the_next_entry_is_typed(window, qtbot) -> None:
    form = _page(window).form
    _fill(form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status.text().startswith("Saved at")
    assert form.status.isVisibleTo(form)
    form.topics.buttons["kela"].click()  # the next client
    assert form.status.text() == ""


def test_an_error_names_the_field_and_goes_to_it(window, qtbot) -> None:
    form = _page(window).form
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    form.mode.buttons["local"].click()
    form.topics.buttons["kela"].click()
    form.more.set_open(False)
    form.language.setEditText("not a language!")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "language" in form.problems.text()
    assert form.more.is_open()  # the field is in "More details": it was opened
    assert form.language.hasFocus()


def test_the_list_buttons_sit_right_under_the_rows(window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    page = _page(window)
    for _ in range(2):
        _fill(page.form)
        page.form.note.setPlainText("Opastettiin liitteen lisäämisessä. " * 8)
        page.form.save(clear=True)
    window.resize(1366, 1600)  # a tall window: the table must not grow into it
    page.tabs.setCurrentWidget(page.list)
    QApplication.processEvents()
    table, undo = page.list.table, page.list.edit_button
    rows = table.verticalHeader().length() + table.horizontalHeader().height()
    assert table.height() <= rows + 4 * table.verticalHeader().defaultSectionSize()
    gap = undo.mapTo(page.list, undo.rect().topLeft()).y() - table.geometry().bottom()
    assert 0 <= gap <= 3 * page.list.count_label.sizeHint().height()


def test_a_long_note_is_cut_short_with_the_whole_note_as_a_tooltip(window, qtbot) -> None:
    from peerhelper.ui.session.list_model import NOTE_COLUMN

    page = _page(window)
    _fill(page.form)
    note = "Opastettiin liitteen lisäämisessä.\nSeuraavalla kerralla " + "jatketaan. " * 20
    page.form.note.setPlainText(note)
    page.form.save(clear=True)
    page.tabs.setCurrentWidget(page.list)
    table = page.list.table
    index = table.model().index(0, NOTE_COLUMN)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == note.strip()
    assert "\n" not in index.data()
    assert table.horizontalScrollBar().maximum() == 0  # elided, not scrolled to
