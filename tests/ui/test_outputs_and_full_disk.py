"""The window's side of bad places and full disks: save dialogs, the form, the start-up advice."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from peerhelper.app import data_folder_advice
from peerhelper.errors import DataFolderError, DiskFullError
from peerhelper.operations import printouts
from peerhelper.storage import sessions_repo
from peerhelper.storage.session_query import SessionFilter, count_sessions
from peerhelper.ui import ask
from peerhelper.ui.printing import printer

PACKAGE = Path(__file__).resolve().parents[2] / "peerhelper"


def test_no_save_dialog_skips_the_question_before_replacing(qapp) -> None:
    """QFileDialog asks before replacing a file unless told not to; nobody tells it."""
    assert not QFileDialog().testOption(QFileDialog.Option.DontConfirmOverwrite)
    for source in PACKAGE.rglob("*.py"):
        assert "DontConfirmOverwrite" not in source.read_text("utf-8"), source


def test_a_pdf_is_not_saved_into_the_data_folder(
    qapp, data_paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_paths.root.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    monkeypatch.setattr(ask, "save_file", lambda *args: data_paths.root / "peerhelper.db")
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    assert printer.save_as(None, b"%PDF-1.4", "sign.pdf", data_paths.root) is None  # type: ignore[arg-type]
    assert "inside PeerHelper's data folder" in errors[0]
    assert not (data_paths.root / "peerhelper.db").exists()


def test_a_name_without_pdf_asks_before_replacing_the_pdf(
    qapp, data_paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    existing = tmp_path / "sign.pdf"
    existing.write_bytes(b"mine")
    asked: list[str] = []
    monkeypatch.setattr(ask, "save_file", lambda *args: tmp_path / "sign")
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text, yes: asked.append(text))
    assert printer.save_as(None, b"%PDF-new", "sign.pdf", data_paths.root) is None  # type: ignore[arg-type]
    assert asked == ["sign.pdf already exists. Do you want to replace it?"]
    assert existing.read_bytes() == b"mine"


def test_a_full_disk_while_saving_a_pdf_is_told(
    qapp, data_paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(ask, "save_file", lambda *args: tmp_path / "sign.pdf")
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))

    def full(path: Path, data: bytes) -> None:
        raise DiskFullError(path)

    monkeypatch.setattr(printouts, "write_atomic", full)
    assert printer.save_as(None, b"%PDF", "sign.pdf", data_paths.root) is None  # type: ignore[arg-type]
    assert errors == [f"The disk is full, so {tmp_path / 'sign.pdf'} was not saved. "
                      "Nothing was half-written. Free some space and try again."]  # fmt: skip


def test_sessions_are_not_exported_into_the_data_folder(
    window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.start_session()
    session_list = window.page("session").list
    errors: list[str] = []
    target = window.context.paths.root / "export.csv"
    monkeypatch.setattr(ask, "save_file", lambda *args: target)
    monkeypatch.setattr(ask, "error", lambda parent, title, text: errors.append(text))
    session_list.export_button.click()
    assert errors and "inside PeerHelper's data folder" in errors[0]
    assert not target.exists()


def test_a_full_disk_while_saving_a_session_keeps_the_form(
    window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.start_session()
    form = window.page("session").form
    form.mode.buttons["local"].click()
    form.topics.buttons["email"].click()
    form.note.setPlainText("Autettiin liitteen kanssa.")

    def full(db, data) -> str:
        raise DiskFullError(db.path, "Nothing of this change was saved.")

    monkeypatch.setattr(sessions_repo, "save_session", full)
    assert form.save(clear=True) is None
    assert "The disk is full, so the session was not saved" in form.problems.text()
    assert form.note.toPlainText() == "Autettiin liitteen kanssa."
    assert count_sessions(window.context.db, SessionFilter()) == 0


def test_the_form_cannot_pick_a_year_outside_the_log(window) -> None:
    window.start_session()
    started = window.page("session").form.started
    assert started.minimumDate().year() == 2000
    assert started.maximumDate().year() == 2099


@pytest.mark.parametrize(
    ("error", "reason", "advice"),
    [
        (
            DataFolderError(Path("/media/usb/data"), "it is a file, not a folder", "is_file"),
            "/media/usb/data is a file, not a folder.",
            "Move or rename that file",
        ),
        (
            DataFolderError(Path("/media/usb/data"), "x", "is_file", blocker=Path("/media/usb")),
            "/media/usb is a file, not a folder.",
            "Move or rename that file",
        ),
        (
            DataFolderError(Path("/data"), "the disk is full", "disk_full"),
            "The disk is full.",
            "Free some space",
        ),
        (
            DataFolderError(Path("/data"), "no permission", "permission"),
            "You have no permission to write there.",
            "ask someone to give you permission",
        ),
    ],
)
def test_the_start_up_dialog_gives_the_advice_that_fits(
    qapp, translations, error: DataFolderError, reason: str, advice: str
) -> None:
    shown_reason, shown_advice = data_folder_advice(error)
    assert shown_reason == reason
    assert advice in shown_advice
    if error.kind == "is_file":
        assert "permission" not in shown_advice
