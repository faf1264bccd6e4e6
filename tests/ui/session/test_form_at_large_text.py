"""The session form at 200 % text size: the common path (mode, topics, outcome, Save) is short.

Measured as Save's place in the page's scroll area, in viewport heights: on
a 1366×768 laptop it is within two screens (it was nine, then 2.8 with the
topics one tile-row per three), and a 1024×600 netbook gets as close as the
width lets it (4.3 before the topics became chips).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from peerhelper.ui.mainwindow import MainWindow
from peerhelper.ui.style import apply_style
from tests.ui.screen_checks import TITLE_BAR


@pytest.fixture
def scaled(qapp):
    def scale(percent: int) -> None:
        apply_style(qapp, percent)

    yield scale
    apply_style(qapp, 100)


def _form_page(qtbot, context, scaled, scale: int, size: tuple[int, int] = (1366, 768)):
    scaled(scale)
    context.settings.set("font_scale", scale)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(size[0], size[1] - TITLE_BAR)
    window.show()
    window.start_session()
    page = window.session_page()
    page.form.topics.set_values(["kela"])
    QApplication.processEvents()
    return window, page


def _screens_to_save(page) -> float:
    save = page.form.save_button
    bottom = save.mapTo(page.widget(), save.rect().bottomLeft()).y()
    return bottom / page.viewport().height()


@pytest.mark.parametrize(
    ("language", "size", "most"),
    [
        ("fi", (1366, 768), 2.0),
        ("sv", (1366, 768), 2.0),
        ("en", (1366, 768), 2.0),
        ("fi", (1024, 600), 2.8),
        ("sv", (1024, 600), 2.8),
        ("en", (1024, 600), 2.8),
    ],
)
def test_mode_topics_outcome_and_save_fit_in_about_two_screens(
    qtbot, context, translations, scaled, language, size, most
) -> None:
    translations.install(language)
    _window, page = _form_page(qtbot, context, scaled, 200, size)
    form = page.form
    screens = _screens_to_save(page)
    assert screens <= most, f"Save is {screens:.2f} screens down"
    assert page.horizontalScrollBar().maximum() == 0
    for section in ("mode", "topics", "outcome"):
        assert form.sections[section].isVisibleTo(form)
    assert not form.more.is_open() and not form.device.isVisibleTo(form)


def test_topics_are_chips_that_share_rows(qtbot, context, scaled) -> None:
    """Seventeen topics stand three or more to a row, each as wide as its own name."""
    _window, page = _form_page(qtbot, context, scaled, 200)
    buttons = list(page.form.topics.buttons.values())
    rows = {button.geometry().center().y() for button in buttons}
    assert len(rows) <= -(-len(buttons) // 3)
    # Less than a screen for all of them (they were 1.25 screens as tiles).
    assert page.form.topics.height() < 0.7 * page.viewport().height()
    assert len({button.width() for button in buttons}) > 1
    for button in buttons:  # a chosen chip is no wider than before: nothing is cut off
        assert button.width() >= button.sizeHint().width()


def test_more_details_stays_as_the_volunteer_left_it(qtbot, context, scaled) -> None:
    _window, page = _form_page(qtbot, context, scaled, 100)
    page.form.more.button.click()
    assert page.form.more.is_open() and page.form.device.isVisibleTo(page.form)
    assert context.settings.get("session_more_details") is True
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.session_page().form.more.is_open()
