"""What is typed survives a crash: the draft is on disk and offered back."""

from peerhelper.app import offer_draft
from peerhelper.storage.draft import DraftStore


def test_draft_is_autosaved_and_recovered_after_a_crash(window, qtbot, monkeypatch) -> None:
    window.start_session()
    form = window.page("session").form
    form.mode.buttons["local"].click()
    form.topics.buttons["health"].click()
    form.note.setPlainText("Booked an appointment online.")
    draft = DraftStore(window.context.paths.draft_file)
    qtbot.waitUntil(lambda: draft.load() is not None and draft.load().note != "", timeout=3000)

    # "Crash": the window is gone without saving; a new start offers the draft back.
    window.hide()
    from PySide6.QtWidgets import QMessageBox

    from peerhelper.ui import mainwindow

    new_window = mainwindow.MainWindow(window.context)
    qtbot.addWidget(new_window)

    def answer_continue(box: QMessageBox) -> int:
        return 0

    clicked = {}

    def fake_exec(self) -> int:
        clicked["button"] = self.buttons()[0]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: clicked["button"])
    offer_draft(window.context.paths, new_window)
    assert new_window.current_page_key() == "session"
    recovered = new_window.page("session").form
    assert recovered.note.toPlainText() == "Booked an appointment online."
    assert recovered.topics.values() == ["health"]


def test_declined_draft_is_removed(window, qtbot, monkeypatch) -> None:
    from datetime import datetime

    from PySide6.QtWidgets import QMessageBox

    from peerhelper.domain.session import SessionData

    draft = DraftStore(window.context.paths.draft_file)
    draft.save(SessionData(datetime(2026, 3, 1, 10), "local", ["tax"], note="x"))
    clicked = {}

    def fake_exec(self) -> int:
        clicked["button"] = self.buttons()[1]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda self: clicked["button"])
    offer_draft(window.context.paths, window)
    assert draft.load() is None


def test_saving_removes_the_draft(window, qtbot) -> None:
    window.start_session()
    form = window.page("session").form
    form.mode.buttons["local"].click()
    form.topics.buttons["tax"].click()
    form._write_draft()
    assert form.draft.load() is not None
    form.save(clear=False)
    assert form.draft.load() is None


def test_a_broken_draft_file_is_ignored(tmp_path) -> None:
    path = tmp_path / "session-draft.json"
    path.write_text("{ half written")
    assert DraftStore(path).load() is None


def test_typing_just_before_closing_is_kept(window, qtbot) -> None:
    window.start_session()
    form = window.page("session").form
    form.mode.buttons["local"].click()
    form.note.setPlainText("Last words typed")
    window.close()  # before the autosave moment has come
    assert DraftStore(window.context.paths.draft_file).load().note == "Last words typed"
