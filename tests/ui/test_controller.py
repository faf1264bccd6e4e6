"""The application object: one database, language and text size, told through signals."""

from __future__ import annotations

import threading

import pytest

from peerhelper.domain.site import SiteProfileData
from peerhelper.errors import BadInputError
from peerhelper.operations import backups
from peerhelper.storage.database import ClosedDatabaseError
from peerhelper.storage.site_repo import load_site_profile, save_site_profile
from peerhelper.ui.controller import AppController
from peerhelper.ui.tasks import TaskRunner


def test_replacing_the_database_waits_for_the_running_task_then_tells(
    qtbot, context: AppController, tmp_path
) -> None:
    save_site_profile(context.db, SiteProfileData("Org", "Before"))
    saved = backups.backup_now(context.paths, tmp_path / "saved.db")
    save_site_profile(context.db, SiteProfileData("Org", "After"))
    old = context.db
    runner = TaskRunner(synchronous=False)
    context.tasks = runner
    started, release = threading.Event(), threading.Event()
    order: list[str] = []

    def slow_read() -> None:
        started.set()
        release.wait(5)
        load_site_profile(old)  # still open: the restore waits for this task
        order.append("task done")

    runner.run_task(slow_read)
    started.wait(5)
    threading.Timer(0.2, release.set).start()
    try:
        with qtbot.waitSignal(context.database_replaced, timeout=5000):
            context.replace_database(
                lambda: order.append("restore") or backups.restore(context.paths, saved)
            )
    finally:
        runner.shutdown()
    assert order == ["task done", "restore"]
    assert context.db is not old
    assert load_site_profile(context.db).site_name == "Before"
    with pytest.raises(ClosedDatabaseError):
        load_site_profile(old)


def test_a_refused_restore_still_gives_an_open_database(qtbot, context: AppController) -> None:
    def refuse() -> None:
        raise BadInputError("not a backup")

    with qtbot.waitSignal(context.database_replaced), pytest.raises(BadInputError):
        context.replace_database(refuse)
    assert load_site_profile(context.db) is None  # open, and the same data


def test_language_and_text_size_are_told(qtbot, context: AppController) -> None:
    with qtbot.waitSignal(context.language_changed) as told:
        context.set_language("sv")
    assert told.args == ["sv"] and context.language == "sv"
    with qtbot.waitSignal(context.font_scale_changed) as told:
        context.set_font_scale(150)
    assert told.args == [150]


def test_the_window_rebuilds_on_a_restore_and_its_pages_use_the_new_database(
    qtbot, window, tmp_path
) -> None:
    context = window.context
    save_site_profile(context.db, SiteProfileData("Org", "Before"))
    saved = backups.backup_now(context.paths, tmp_path / "saved.db")
    window.start_session()
    old_page = window.session_page()
    context.replace_database(lambda: backups.restore(context.paths, saved))
    qtbot.waitUntil(lambda: window.built_session_page() is not old_page)
    window.start_session()
    assert window.session_page().context.db is context.db
