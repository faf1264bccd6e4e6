"""UI fixtures: a real main window on a real database, with the app's own wiring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from peerhelper.paths import DataPaths
from peerhelper.settings import Settings
from peerhelper.storage.database import Database
from peerhelper.ui.context import AppContext
from peerhelper.ui.i18n import Translations
from peerhelper.ui.style import apply_style


@pytest.fixture
def translations(qapp) -> Iterator[Translations]:
    translations = Translations(qapp)
    translations.install("en")
    yield translations
    translations.install("en")


@pytest.fixture
def context(qapp, data_paths: DataPaths, settings: Settings, db: Database) -> AppContext:
    apply_style(qapp, settings.get("font_scale"))
    return AppContext(
        paths=data_paths,
        settings=settings,
        db=db,
        set_language=lambda code: None,
        set_font_scale=lambda scale: apply_style(qapp, scale),
        reopen_database=lambda: db,
    )


@pytest.fixture
def window(qtbot, context: AppContext, translations: Translations):
    from peerhelper.app import wire_context
    from peerhelper.ui.mainwindow import MainWindow

    main_window = MainWindow(context)
    wire_context(context, main_window, translations)
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
