"""Printing a handout from the session screen: which guide, then the print dialog.

A handout printed or saved from here is noted on the session being typed,
like a guide opened on the guides screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from peerhelper.guides.loader import load_bundled
from peerhelper.guides.model import Guide, Problem
from peerhelper.ui.controller import AppController
from peerhelper.ui.printing.guide_picker import GuideChooserDialog
from peerhelper.ui.printing.print_dialog import HandoutPrintDialog

Loader = Callable[[], tuple[list[Guide], list[Problem]]]


def print_for_session(
    context: AppController,
    parent: QWidget,
    guide_ids: Sequence[str],
    topics: Sequence[str],
    client_lang: str,
    record: Callable[[str], None],
    *,
    load: Loader = load_bundled,
) -> GuideChooserDialog:
    """Ask which guide, then open its print dialog; ``record(guide_id)`` once it is printed."""
    guides, _problems = load()
    by_id = {guide.id: guide for guide in guides}
    chooser = GuideChooserDialog(guides, context.language, guide_ids, topics, parent)
    chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    # The slot must not hold ``parent``: it is released while Qt deletes the chooser,
    # and if it held the last reference to a parent owned by Python, PySide would
    # delete that parent (and the chooser in it a second time) right there.
    def chosen(guide_id: str) -> None:
        guide = by_id.get(guide_id)
        owner = chooser.parentWidget()
        if guide is None or owner is None:
            return
        dialog = HandoutPrintDialog(context, guide, owner, client_lang=client_lang)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.handout_printed.connect(record)
        dialog.open()

    chooser.guide_chosen.connect(chosen)
    chooser.open()
    return chooser
