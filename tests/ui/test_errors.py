"""report_failure: known errors in the user's words, bugs to the log and the crash dialog."""

from __future__ import annotations

import errno
import logging
from pathlib import Path

import pytest

from peerhelper.errors import BadInputError, DamagedDatabaseError, DiskFullError, UserFacingError
from peerhelper.logging_setup import configure_logging
from peerhelper.ui import ask
from peerhelper.ui.errors import report_failure


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(ask, "error", lambda parent, title, text: messages.append((title, text)))
    return messages


@pytest.fixture
def log_file(tmp_path: Path):
    written = configure_logging(tmp_path / "logs" / "peerhelper.log")
    yield written
    configure_logging(None)
    logging.getLogger().handlers.clear()


def test_a_full_disk_is_told_in_finnish(qapp, translations, told, crash_dialogs) -> None:
    translations.install("fi")
    report_failure(None, "Vie tukitilanteet", DiskFullError("/media/usb/tuki.csv"))
    [(title, text)] = told
    assert title == "Vie tukitilanteet"
    assert text.startswith("Levy on täynnä") and "/media/usb/tuki.csv" in text
    assert crash_dialogs == []


def test_a_full_disk_from_the_system_is_the_same_message(qapp, translations, told) -> None:
    full = OSError(errno.ENOSPC, "No space left on device", "/media/usb/x.pdf")
    report_failure(None, "Save as PDF", full)
    assert told[0][1].startswith("The disk is full, so /media/usb/x.pdf was not saved.")


def test_a_damaged_database_is_told_in_swedish(qapp, translations, told) -> None:
    translations.install("sv")
    report_failure(None, "Import", DamagedDatabaseError("/data/peerhelper.db", "not a database"))
    text = told[0][1]
    assert text.startswith("Databasen /data/peerhelper.db är skadad")


def test_bad_input_says_nothing_was_changed_then_what_was_wrong(qapp, translations, told):
    report_failure(None, "Paper tally sheet", BadInputError("A count must be 0 to 500."))
    assert told == [
        (
            "Paper tally sheet",
            "PeerHelper cannot use this; nothing was changed.\n\nA count must be 0 to 500.",
        )
    ]


def test_a_lead_says_what_the_failure_means_for_the_action(qapp, translations, told) -> None:
    error = PermissionError(errno.EACCES, "Permission denied", "/backups/x.db")
    report_failure(None, "Backup failed", error, lead="No backup was made.")
    assert told[0][1] == (
        "No backup was made.\n\nThe file /backups/x.db could not be used: Permission denied"
    )


def test_another_known_error_shows_its_own_text(qapp, translations, told) -> None:
    report_failure(None, "Restore", UserFacingError("The backup is from a newer PeerHelper."))
    assert told[0][1] == "The backup is from a newer PeerHelper."


def test_a_bug_is_logged_with_its_traceback_and_shown_as_a_crash(
    qapp, told, crash_dialogs, log_file
) -> None:
    def build() -> None:
        {}["missing"]

    try:
        build()
    except KeyError as exc:
        error = exc
    report_failure(None, "Export sessions", error)
    assert told == []  # not a message box: the crash dialog
    assert crash_dialogs == [log_file]
    crash_dialogs.clear()
    written = log_file.read_text(encoding="utf-8")
    assert "Export sessions failed" in written
    assert "Traceback" in written and "in build" in written and "KeyError" in written
