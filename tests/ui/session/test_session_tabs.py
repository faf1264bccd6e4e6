"""The session screen's tabs fit the window's width: short names when narrow, never scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QToolButton

from peerhelper.ui.mainwindow import MainWindow
from peerhelper.ui.style import apply_style
from tests.ui.screen_checks import TITLE_BAR


@pytest.fixture
def tabs_at(qtbot, qapp, context, translations):
    def build(language: str, width: int, height: int, scale: int):
        translations.install(language)
        apply_style(qapp, scale)
        context.settings.set("font_scale", scale)
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.resize(width, height - TITLE_BAR)
        window.show()
        window.show_page("session")
        QApplication.processEvents()
        return window.session_page().tabs

    yield build
    apply_style(qapp, 100)


def _problems(tabs) -> list[str]:
    bar = tabs.tabBar()
    found = []
    if any(button.isVisible() for button in bar.findChildren(QToolButton)):
        found.append("scroll buttons shown")
    for index in range(bar.count()):
        rect, text = bar.tabRect(index), bar.tabText(index)
        if rect.right() > bar.width() or rect.right() > tabs.width():
            found.append(f"tab {text!r} out of sight")
        if rect.width() < bar.tabSizeHint(index).width():
            found.append(f"tab {text!r} cut short")
    return found


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_at_200_percent_on_a_netbook_the_tabs_take_short_names(tabs_at, language) -> None:
    tabs = tabs_at(language, 1024, 600, 200)
    assert not _problems(tabs)
    assert tabs.short_names()
    full = {"fi": "Uusi tukitilanne", "sv": "Nytt stödtillfälle", "en": "New session"}
    assert tabs.tabToolTip(0) == full[language] != tabs.tabText(0)  # the full name is at hand


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_on_a_laptop_the_tabs_keep_their_full_names(tabs_at, language) -> None:
    tabs = tabs_at(language, 1366, 768, 100)
    assert not _problems(tabs)
    assert not tabs.short_names()
    assert [tabs.tabText(n) for n in range(tabs.count())] == [
        tabs.tabToolTip(n) for n in range(tabs.count())
    ]


def test_the_tabs_take_their_full_names_back_when_the_window_widens(tabs_at) -> None:
    tabs = tabs_at("fi", 1024, 600, 200)
    assert tabs.short_names()
    tabs.window().resize(1366, 768 - TITLE_BAR)
    QApplication.processEvents()
    assert not tabs.short_names() and not _problems(tabs)


def test_a_window_narrower_still_cuts_names_short_rather_than_scrolling(tabs_at) -> None:
    tabs = tabs_at("fi", 1024, 600, 200)
    tabs.resize(480, tabs.height())  # the short names need about 570 px
    QApplication.processEvents()
    assert tabs.short_names()
    assert not tabs.tabBar().usesScrollButtons()
    bar = tabs.tabBar()
    assert bar.tabRect(bar.count() - 1).right() <= tabs.width()
