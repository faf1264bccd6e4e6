"""The personal-data guard on every free-text field of the session form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from peerhelper.storage import sessions_repo
from peerhelper.storage.session_query import SessionFilter, count_sessions
from peerhelper.ui.privacy_guard import GuardedField


def _form(window):
    window.start_session()
    form = window.page("session").form
    form.mode.buttons["local"].click()
    form.topics.buttons["kela"].click()
    return form


def _shown(widget, form) -> bool:
    return widget.isVisibleTo(form)


def test_referred_to_warns_while_typing_and_names_the_field(window) -> None:
    form = _form(window)
    guard = form.referred_to_field
    assert not _shown(guard.warning, form) and not _shown(guard.remove_button, form)
    form.referred_to.setText("Kela, virkailija anna (at) kela.fi")
    assert _shown(guard.warning, form) and _shown(guard.remove_button, form)
    assert "“Referred to”" in guard.warning.text()
    assert "an e-mail address" in guard.warning.text()
    assert "kela.fi" not in guard.warning.text()
    assert "“Referred to”" in guard.remove_button.text()
    form.referred_to.setText("Kela, Itäkeskus")
    assert not _shown(guard.warning, form) and not _shown(guard.remove_button, form)
    # The note's guard is its own: nothing shows there.
    assert not _shown(form.note_field.warning, form)


def test_save_is_refused_naming_the_field_and_one_click_removes_it(window, qtbot) -> None:
    form = _form(window)
    form.referred_to.setText("Verotoimisto 040.123.4567 ja hetu 131052 308T")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    problems = form.problems.text()
    assert "“Referred to”" in problems
    assert "a personal identity code, a phone number" in problems
    assert "4567" not in problems and "308T" not in problems
    assert count_sessions(window.context.db, SessionFilter()) == 0

    qtbot.mouseClick(form.referred_to_field.remove_button, Qt.MouseButton.LeftButton)
    assert form.referred_to.text() == "Verotoimisto ja hetu"
    assert not _shown(form.referred_to_field.warning, form)
    uuid = form.save(clear=False)
    assert uuid is not None
    assert sessions_repo.load_session(window.context.db, uuid).referred_to == "Verotoimisto ja hetu"


def test_each_field_is_named_on_its_own(window, qtbot) -> None:
    form = _form(window)
    form.note.setPlainText("Soita ٠٤٠ ١٢٣ ٤٥٦٧ huomenna")
    form.referred_to.setText("anna[at]example.fi")
    assert "“Note”" in form.note_field.warning.text()
    assert "a phone number" in form.note_field.warning.text()
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    lines = form.problems.text().splitlines()
    assert any("“Note”" in line and "a phone number" in line for line in lines)
    assert any("“Referred to”" in line and "an e-mail address" in line for line in lines)
    # Removing from the note leaves "referred to" for the volunteer to look at.
    qtbot.mouseClick(form.note_field.remove_button, Qt.MouseButton.LeftButton)
    assert form.note.toPlainText() == "Soita huomenna"
    assert form.referred_to.text() == "anna[at]example.fi"


def test_referred_to_has_the_domain_length_limit(window) -> None:
    form = _form(window)
    form.referred_to.setText("Kela " * 100)
    assert len(form.referred_to.text()) == form.referred_to.maxLength() == 200


def test_guard_attaches_to_any_text_editor(qtbot) -> None:
    for editor in (QLineEdit(), QPlainTextEdit()):
        field = GuardedField(editor, "Directory note")
        qtbot.addWidget(field)
        field.set_text("Yhteyshenkilö 09/123 4567, ma–pe")
        assert field.warning.text().startswith("“Directory note”")
        assert "Directory note" in field.remove_button.text()
        field.remove_button.click()
        assert field.text() == "Yhteyshenkilö, ma–pe"
        assert field.warning.text() == ""


def test_warning_is_in_the_users_language(window, translations) -> None:
    translations.install("fi")
    try:
        field = GuardedField(QLineEdit(), "Ohjattu palveluun")
        field.set_text("soita 040 123 4567")
        assert "henkilötietoja" in field.warning.text()
        assert "puhelinnumero" in field.warning.text()
        assert "”Ohjattu palveluun”" in field.warning.text()
        field.deleteLater()
    finally:
        translations.install("en")
