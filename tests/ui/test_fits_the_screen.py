"""Every window and dialog fits a 1024×600 netbook and a 1366×768 laptop at 100 % and 200 %.

"Fits" means: it can be made as small as the screen, nothing in it scrolls
sideways at that size, no label, button or list has its text cut off, and
the buttons of a dialog are in sight (its content scrolls instead).
"""

from __future__ import annotations

from itertools import product

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox

from peerhelper.ui import fit
from peerhelper.ui.style import apply_style
from tests.ui.every_window import dialogs, main_window_screens
from tests.ui.screen_checks import (
    SCALES,
    SCREENS,
    TITLE_BAR,
    clipped,
    describe_size,
    fits,
    out_of_sight,
    settle,
    sideways_scrolling,
)

CASES = [("fi", screen, scale) for screen, scale in product(SCREENS, SCALES)] + [
    (language, SCREENS[0], 200) for language in ("sv", "en")
]


def _ids(case: tuple[str, QSize, int]) -> str:
    language, screen, scale = case
    return f"{language}-{screen.width()}x{screen.height()}-{scale}"


@pytest.fixture(params=CASES, ids=_ids)
def setup(request, qapp, context, translations, monkeypatch):
    language, screen, scale = request.param
    # The offscreen platform has one 800×600 screen: the windows are told of this one.
    monkeypatch.setattr(fit, "available_area", lambda widget=None: QRect(QPoint(0, 0), screen))
    translations.install(language)
    context.settings.set("font_scale", scale)
    apply_style(qapp, scale)
    yield context, QSize(screen.width(), screen.height() - TITLE_BAR)
    apply_style(qapp, 100)


def test_the_main_window_fits_on_every_screen(setup) -> None:
    context, room = setup
    problems = []
    for name, window in main_window_screens(context, room):
        if not fits(window, room):
            problems.append(f"{name}: {describe_size(window)}")
        problems += [f"{name}: {found}" for found in sideways_scrolling(window)]
        problems += [f"{name}: {found}" for found in clipped(window)]
    assert not problems, "\n".join(problems)


def test_every_dialog_fits_with_its_buttons_in_sight(setup) -> None:
    context, room = setup
    problems = []
    for name, dialog in dialogs(context, room):
        if not fits(dialog, room):
            problems.append(f"{name}: {describe_size(dialog)}")
        dialog.resize(dialog.size().boundedTo(room))
        settle()
        problems += [f"{name}: {found}" for found in sideways_scrolling(dialog)]
        problems += [f"{name}: {found}" for found in clipped(dialog)]
        buttons = [
            button
            for box in dialog.findChildren(QDialogButtonBox)
            for button in box.findChildren(QAbstractButton)
            if button.isVisibleTo(dialog)
        ]
        problems += [
            f"{name}: button {text!r} out of sight" for text in out_of_sight(dialog, buttons)
        ]
    assert not problems, "\n".join(problems)
