"""The main window on small screens: its place, its navigation, its icons, its shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from peerhelper.ui.mainwindow import MainWindow
from peerhelper.ui.style import apply_style
from peerhelper.ui.window_place import PREFERRED, planned_place

NETBOOK = QRect(0, 0, 1024, 600 - 32)  # the free area, below a panel
DESKTOP = QRect(0, 0, 1920, 1080 - 40)


def test_a_first_start_on_a_small_screen_is_maximised_inside_the_free_area() -> None:
    rect, maximised = planned_place(NETBOOK, None)
    assert maximised and NETBOOK.contains(rect)


def test_a_first_start_on_a_large_screen_is_centred_at_the_preferred_size() -> None:
    rect, maximised = planned_place(DESKTOP, None)
    assert not maximised and rect.size() == PREFERRED
    assert rect.center() == DESKTOP.center()


def test_a_remembered_place_is_kept_inside_the_screen() -> None:
    saved = {"x": 900, "y": -50, "width": 3000, "height": 500, "maximised": False}
    rect, maximised = planned_place(NETBOOK, saved)
    assert not maximised and NETBOOK.contains(rect)
    assert rect.width() == NETBOOK.width() and rect.height() == 500
    rect, _ = planned_place(DESKTOP, {"x": 100, "y": 80, "width": 900, "height": 700})
    assert rect == QRect(100, 80, 900, 700)
    assert planned_place(NETBOOK, {"x": "left"}) == planned_place(NETBOOK, None)


def test_the_window_remembers_its_place_per_screen(qtbot, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    free = window.screen().availableGeometry()
    assert window.width() <= free.width() and window.height() <= free.height()
    window.show_in_place()
    window.setGeometry(QRect(free.x() + 20, free.y() + 30, 500, 400))
    window.close()
    places = context.settings.get("window_places")
    (place,) = places.values()
    assert (place["width"], place["height"], place["maximised"]) == (500, 400, False)
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show_in_place()
    assert again.size().toTuple() == (500, 400)


@pytest.mark.parametrize(("width", "scale", "compact"), [(1366, 100, False), (1024, 200, True)])
def test_the_navigation_shows_only_icons_when_the_names_would_crowd(
    qtbot, context, qapp, width, scale, compact
) -> None:
    apply_style(qapp, scale)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(width, 560)
    window.show()
    qtbot.waitExposed(window)
    navigation = window.navigation
    assert navigation.compact is compact
    assert navigation.width() <= width * 0.3
    item = navigation.item(1)
    assert item.toolTip() == "Session"
    assert item.data(Qt.ItemDataRole.AccessibleTextRole) == "Session"
    assert item.text() == ("" if compact else "Session")
    window.resize(1900, 900)
    QApplication.processEvents()
    assert not navigation.compact and navigation.item(1).text() == "Session"
    apply_style(qapp, 100)


def test_icons_grow_with_the_text_size(qtbot, context, qapp) -> None:
    sizes = {}
    for scale in (100, 200):
        apply_style(qapp, scale)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(1900, 1000)  # room for the names: the same form of navigation at both
        window.show()
        home = window.page("home")
        sizes[scale] = (
            window.navigation.iconSize().width(),
            home.choices["session"].iconSize().width(),
        )
    apply_style(qapp, 100)
    assert sizes[200] == (2 * sizes[100][0], 2 * sizes[100][1])


def _active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_ctrl_n_puts_the_focus_on_the_first_tile(window, qtbot) -> None:
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.session_page().form
    first = next(iter(form.mode.buttons.values()))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)


def test_ctrl_3_puts_the_focus_on_the_guide_search(window, qtbot) -> None:
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.guides_page().search)
