"""Every top-level window and dialog of the app, built for real, one after another.

``every_window(context)`` yields ``(name, widget)`` with the widget shown
and laid out; the main window comes once per screen (and once more with a
guide open). Tests check each one (fit on a small screen, Alt letters) and
the generator closes it before building the next.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMessageBox, QWidget

from peerhelper.domain.site import SiteProfileData
from peerhelper.guides.loader import load_bundled
from peerhelper.ui.controller import AppController
from peerhelper.ui.session.form import SessionForm
from tests.ui.screen_checks import settle

GUIDE = "wifi-connect"


def _shown(widget: QWidget, size: QSize | None) -> QWidget:
    if size is not None:
        widget.resize(widget.sizeHint().boundedTo(size))
    widget.show()
    settle()
    return widget


def main_window_screens(
    context: AppController, size: QSize | None = None
) -> Iterator[tuple[str, QWidget]]:
    from peerhelper.ui.mainwindow import PAGE_KEYS, MainWindow

    window = MainWindow(context)
    if size is not None:
        window.resize(size)
    window.show()
    try:
        for key in PAGE_KEYS:
            window.show_page(key)
            settle()
            yield f"main window: {key}", window
        form = window.session_page().form
        window.show_page("session")
        form.more.set_open(True)
        settle()
        yield "main window: session, more details", window
        form.more.set_open(False)
        _add_sessions(form)
        session_page = window.session_page()
        session_page.tabs.setCurrentWidget(session_page.list)
        settle()
        yield "main window: session list", window
        session_page.tabs.setCurrentWidget(form)
        guides = window.page("guides")
        window.show_page("guides")
        guides.open_guide(GUIDE)  # type: ignore[attr-defined]
        settle()
        yield "main window: a guide", window
    finally:
        window.close()
        window.deleteLater()
        settle()


def _add_sessions(form: SessionForm) -> None:
    """Two sessions with long notes and several topics, saved through the form."""
    for topics in (["kela", "email"], ["internet_wifi", "device_basics", "kela"]):
        form.mode.set_value("local")
        form.topics.set_values(topics)
        form.outcome.set_value("solved")
        form.note.setPlainText("Opastettiin liitteen lisäämisessä verkkopalveluun. " * 4)
        form.save(clear=True)


def dialogs(context: AppController, size: QSize | None = None) -> Iterator[tuple[str, QWidget]]:
    from peerhelper.ui.guides.show_client import ShowToClientWindow
    from peerhelper.ui.printing.guide_picker import GuideChooserDialog
    from peerhelper.ui.printing.print_dialog import HandoutPrintDialog
    from peerhelper.ui.site_profile import FirstRunDialog
    from peerhelper.ui.topics_dialog import TopicsDialog

    guides = {guide.id: guide for guide in load_bundled()[0]}
    guide = guides[GUIDE]
    builders = {
        "first-start site profile": lambda: FirstRunDialog(),
        "site profile, filled in": lambda: FirstRunDialog(
            SiteProfileData("Seurakunta", "Digituki", "Katu 1", "ti 10–14", "09 123", ["fi", "ar"])
        ),
        "session topics": lambda: TopicsDialog(context.db, context.language),
        "print a handout": lambda: HandoutPrintDialog(context, guide, client_lang="ar"),
        "choose a guide to print": lambda: GuideChooserDialog(
            guides.values(), context.language, [GUIDE]
        ),
        "show to the client": lambda: ShowToClientWindow(guide, "ar", "fi", "fi"),
        "question": lambda: _question(),
    }
    for name, build in builders.items():
        widget = build()
        try:
            yield name, _shown(widget, size)
        finally:
            widget.close()
            widget.deleteLater()
            settle()


def _question() -> QMessageBox:
    # The shape of ui.ask.confirm: an own "yes" button beside the standard Cancel.
    box = QMessageBox(QMessageBox.Icon.Question, "PeerHelper", "Delete the session?")
    box.addButton("&Delete", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    return box
