"""The session form changes nothing the volunteer did not mean: discard asks, guides wait."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from peerhelper.storage.draft import DraftStore
from peerhelper.ui import ask
from peerhelper.ui.session.form import SessionForm


class Questions(list):
    """The confirmations asked, as (title, text); each is answered with ``answer``."""

    answer = False

    def confirm(self, parent, title: str, text: str, yes_text: str) -> bool:
        self.append((title, text))
        return self.answer


@pytest.fixture
def questions(monkeypatch) -> Questions:
    asked = Questions()
    monkeypatch.setattr(ask, "confirm", asked.confirm)
    return asked


def _form(window) -> SessionForm:
    window.start_session()
    return window.page("session").form


def _half_fill(form: SessionForm) -> None:
    form.mode.buttons["local"].click()
    form.topics.buttons["tax"].click()
    form.note.setPlainText("Filled in the tax card together.")


def test_discarding_a_half_filled_form_asks_first(window, qtbot, questions) -> None:
    form = _form(window)
    _half_fill(form)
    qtbot.mouseClick(form.clear_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 1 and "lost" in questions[0][1]
    assert form.topics.values() == ["tax"]  # "no" keeps everything
    assert form.note.toPlainText() == "Filled in the tax card together."

    questions.answer = True
    qtbot.mouseClick(form.clear_button, Qt.MouseButton.LeftButton)
    assert len(questions) == 2
    assert form.topics.values() == [] and form.note.toPlainText() == ""
    assert form.mode.value() == ""
    assert form.draft.load() is None


def test_an_empty_or_just_saved_form_is_cleared_without_a_question(
    window, qtbot, questions
) -> None:
    form = _form(window)
    qtbot.mouseClick(form.clear_button, Qt.MouseButton.LeftButton)
    _half_fill(form)
    form.save(clear=False)  # the mode is kept for the next client
    assert form.mode.value() == "local"
    qtbot.mouseClick(form.clear_button, Qt.MouseButton.LeftButton)
    assert questions == []
    assert form.mode.value() == ""


def test_the_running_minutes_alone_are_not_something_to_lose(
    context, qtbot, questions, tmp_path
) -> None:
    now = [datetime(2026, 3, 2, 10, 0, 40)]
    form = SessionForm(context, DraftStore(tmp_path / "draft.json"), clock=lambda: now[0])
    qtbot.addWidget(form)
    now[0] += timedelta(minutes=30)
    form._update_timer()
    assert form.minutes.value() == 30
    assert not form.has_unsaved_changes()
    form.discard()
    assert questions == []


def test_discarding_changes_to_a_saved_session_asks_and_keeps_the_saved_one(
    window, qtbot, questions
) -> None:
    page = window.page("session")
    form = _form(window)
    _half_fill(form)
    uuid = form.save(clear=True)
    page.edit(uuid)
    form.discard()  # nothing changed yet: no question
    assert questions == [] and form.editing_uuid is None
    page.edit(uuid)
    form.outcome.buttons["solved"].click()
    form.discard()
    assert len(questions) == 1 and "saved session stays" in questions[0][1]
    assert form.editing_uuid == uuid


def test_a_recovered_draft_counts_as_entered(context, qtbot, questions, tmp_path) -> None:
    from peerhelper.domain.session import SessionData

    draft = DraftStore(tmp_path / "draft.json")
    draft.save(SessionData(datetime(2026, 3, 2, 9, 0), "remote", ["kela"], note="Half done"))
    form = SessionForm(context, draft)
    qtbot.addWidget(form)
    assert form.has_unsaved_changes()
    form.discard()
    assert len(questions) == 1
    assert form.note.toPlainText() == "Half done"


def test_the_confirmation_defaults_to_keeping(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    seen = {}

    def fake_exec(box: QMessageBox) -> int:
        seen["default"] = box.standardButton(box.defaultButton())
        seen["buttons"] = [button.text() for button in box.buttons()]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.defaultButton())
    assert ask.confirm(None, "Discard", "Clear the form?", "&Clear the form") is False
    assert seen["default"] == QMessageBox.StandardButton.Cancel
    assert "&Clear the form" in seen["buttons"]


# -- guides opened or printed before a session is started ------------------------


def _wait_autosave(qtbot) -> None:
    qtbot.wait(600)  # longer than the form's autosave moment


def test_a_guide_opened_after_saving_makes_no_unsaved_session(window, qtbot) -> None:
    form = _form(window)
    _half_fill(form)
    form.save(clear=False)  # the next form keeps the mode: not a session yet
    window.page("guides").open_guide("wifi-connect")
    _wait_autosave(qtbot)
    assert DraftStore(window.context.paths.draft_file).load() is None
    window.close()  # writing waiting drafts on close writes none either
    assert DraftStore(window.context.paths.draft_file).load() is None


def test_a_printed_handout_without_a_session_makes_no_draft(window, qtbot) -> None:
    window.page("session")  # the form exists, untouched
    window.page("print").handout_printed.emit("wifi-connect")
    _wait_autosave(qtbot)
    assert DraftStore(window.context.paths.draft_file).load() is None


def test_a_waiting_guide_joins_the_session_once_it_is_started(window, qtbot) -> None:
    form = _form(window)
    window.page("guides").open_guide("wifi-connect")
    assert form.guides == ["wifi-connect"]
    form.topics.buttons["internet_wifi"].click()
    draft = DraftStore(window.context.paths.draft_file)
    qtbot.waitUntil(lambda: draft.load() is not None, timeout=3000)
    assert draft.load().guides == ["wifi-connect"]


def test_a_guide_opened_during_a_session_is_saved_with_the_draft(window, qtbot) -> None:
    form = _form(window)
    _half_fill(form)
    window.page("guides").open_guide("wifi-connect")
    draft = DraftStore(window.context.paths.draft_file)
    qtbot.waitUntil(lambda: draft.load() is not None and bool(draft.load().guides), timeout=3000)
    assert draft.load().guides == ["wifi-connect"]


# -- the injected clock ------------------------------------------------------------


def test_the_form_takes_every_time_from_its_clock(context, qtbot, tmp_path) -> None:
    now = [datetime(2026, 3, 2, 10, 15, 42)]
    form = SessionForm(context, DraftStore(tmp_path / "draft.json"), clock=lambda: now[0])
    qtbot.addWidget(form)
    assert form.started.dateTime().toPython() == datetime(2026, 3, 2, 10, 15)
    now[0] = datetime(2026, 3, 2, 10, 40, 50)
    form._update_timer()
    assert form.timer_label.text() == "0:25:50"
    assert form.minutes.value() == 25
    form.mode.buttons["local"].click()
    form.topics.buttons["tax"].click()
    assert form.save(clear=True) is not None
    assert form.status.text() == "Saved at 10:40."
    assert form.started.dateTime().toPython() == datetime(2026, 3, 2, 10, 40)
