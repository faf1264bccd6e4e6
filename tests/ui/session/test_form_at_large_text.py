"""The session form at 200 % text size on a 1366×768 laptop: the common path is short."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from peerhelper.ui.mainwindow import MainWindow
from peerhelper.ui.style import apply_style


def _form_page(qtbot, context, qapp, scale: int):
    apply_style(qapp, scale)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768 - 32)
    window.show()
    window.start_session()
    page = window.session_page()
    page.form.topics.set_values(["kela"])
    QApplication.processEvents()
    return window, page


def test_mode_topics_outcome_and_save_fit_in_about_two_screens(qtbot, context, qapp) -> None:
    _window, page = _form_page(qtbot, context, qapp, 200)
    form = page.form
    save = form.save_button
    bottom = save.mapTo(page.widget(), save.rect().bottomLeft()).y()
    screens = bottom / page.viewport().height()
    apply_style(qapp, 100)
    assert screens <= 3.0, f"Save is {screens:.1f} screens down"  # 9 before
    for section in ("mode", "topics", "outcome"):
        assert form.sections[section].isVisibleTo(form)
    assert not form.more.is_open() and not form.device.isVisibleTo(form)


def test_more_details_stays_as_the_volunteer_left_it(qtbot, context, qapp) -> None:
    _window, page = _form_page(qtbot, context, qapp, 100)
    page.form.more.button.click()
    assert page.form.more.is_open() and page.form.device.isVisibleTo(page.form)
    assert context.settings.get("session_more_details") is True
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.session_page().form.more.is_open()
