"""Opening and closing the print dialog and the Print page while builds run never crashes.

This runs on the real worker thread whatever the suite's mode. The number of
rounds is ``PEERHELPER_STRESS_ROUNDS`` (a few seconds' worth by default;
``tools/repeat_tests.py --stress-rounds 1000`` runs a long one).
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from peerhelper.guides.model import Guide
from peerhelper.ui.controller import AppController
from peerhelper.ui.tasks import TaskRunner

ROUNDS = int(os.environ.get("PEERHELPER_STRESS_ROUNDS", "12"))
DIALOGS_PER_PAGE = 4


@pytest.fixture
def threaded(context: AppController, qapp) -> Iterator[AppController]:
    runner = TaskRunner()
    original = context.tasks
    context.tasks = runner
    yield context
    runner.shutdown()
    context.tasks = original


def settle(rng: random.Random) -> None:
    """Let a random little time pass: some builds finish, some are still running."""
    for _ in range(rng.randrange(4)):
        QCoreApplication.processEvents()


def delete_now(widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_closing_windows_while_builds_run(qtbot, threaded, bundled: dict[str, Guide]) -> None:
    from peerhelper.ui.printing.print_page import PrintPage

    rng = random.Random(20260314)
    guides = list(bundled.values())
    window = QWidget()
    qtbot.addWidget(window)
    opened = built = 0

    for round_number in range(ROUNDS):
        page = PrintPage(threaded, window, load=lambda: (guides, []))
        page.show()
        for card in (page.sign, page.tally):
            card.builder.request(card.work(), now=True)
        for dialog_number in range(DIALOGS_PER_PAGE):
            lang = rng.choice(["fi", "ar", "so"])
            dialog = page.print_guide(rng.choice(guides).id, client_lang=lang)
            assert dialog is not None
            settle(rng)
            opened += 1
            built += dialog.builder.printout is not None
            if round_number % 2 and dialog_number == DIALOGS_PER_PAGE - 1:
                delete_now(page)  # the page goes first, the dialog's build still running
                delete_now(dialog)
                break
            dialog.close()  # deleted on close, like in the app
            settle(rng)
        else:
            delete_now(page)

    # Everything still queued or running finishes and is delivered to nobody.
    assert threaded.tasks.wait(60)
    qtbot.waitUntil(lambda: threaded.tasks.idle, timeout=10_000)
    assert not window.findChildren(QWidget)
    assert opened == ROUNDS * DIALOGS_PER_PAGE
    assert built < opened  # most dialogs really were closed in the middle of a build
