"""UI fixtures: a real main window on a real database, with the app's own wiring.

Background work runs on a synchronous task runner, so every test sees the
outcome at once and in order; ``PEERHELPER_TEST_TASKS=threads`` runs it on
the real worker thread instead (``tools/repeat_tests.py`` does both).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import pytest

from peerhelper.paths import DataPaths
from peerhelper.storage.database import Database
from peerhelper.storage.settings import Settings
from peerhelper.ui.controller import AppController
from peerhelper.ui.i18n import Translations
from peerhelper.ui.style import apply_style
from peerhelper.ui.tasks import TaskRunner

THREADED_TASKS = os.environ.get("PEERHELPER_TEST_TASKS", "sync") == "threads"


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.install("en")
    yield translations
    translations.install("en")


@pytest.fixture
def task_runner(qapp) -> Iterator[TaskRunner]:
    runner = TaskRunner(synchronous=not THREADED_TASKS)
    yield runner
    runner.shutdown()  # nothing runs on into the next test


@pytest.fixture
def settle(qtbot, task_runner: TaskRunner) -> Callable[[], None]:
    """Wait until every background task has run and its result has come back.

    A no-op with synchronous tasks; with ``PEERHELPER_TEST_TASKS=threads`` (as
    ``tools/repeat_tests.py`` runs them) it lets a test check the outcome.
    """

    def wait() -> None:
        qtbot.waitUntil(lambda: task_runner.idle, timeout=20_000)

    return wait


@pytest.fixture(autouse=True)
def crash_dialogs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Crash dialogs that would have opened (modal, they would hang the test).

    A test that expects one takes the list and empties it; any other fails.
    """
    from peerhelper.ui import crash

    shown: list[object] = []

    def record(log_file: object, parent: object = None) -> None:
        shown.append(log_file)

    monkeypatch.setattr(crash, "show_crash_dialog", record)
    yield shown
    assert not shown, "the crash dialog was shown: see the log above"


@pytest.fixture
def context(
    qapp,
    data_paths: DataPaths,
    settings: Settings,
    db: Database,
    translations: Translations,
    task_runner: TaskRunner,
) -> Iterator[AppController]:
    apply_style(qapp, settings.get("font_scale"))
    controller = AppController(data_paths, settings, db, translations, task_runner)
    yield controller
    controller.db.close()  # the one a restore opened, if any


@pytest.fixture
def window(qtbot, context: AppController):
    from peerhelper.ui.mainwindow import MainWindow

    main_window = MainWindow(context)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


@pytest.fixture(scope="session", autouse=True)
def _wheel_guard(qapp):
    """As in the app: the mouse wheel changes only the focused field (see ui.wheel_guard)."""
    from peerhelper.ui.wheel_guard import install_wheel_guard

    return install_wheel_guard(qapp)


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_gui_thread(qapp):
    """As in the app: no garbage collection on worker threads (see ui.collector)."""
    from peerhelper.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(scope="session", autouse=True)
def _delete_widgets_before_exit():
    """Delete leftover widgets while Qt is alive, not during interpreter shutdown.

    Python's final garbage collection destroys PySide objects in no particular
    order, which can crash the interpreter after every test has passed.
    """
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
