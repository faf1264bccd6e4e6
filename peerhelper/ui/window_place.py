"""Where the main window opens: inside the screen's free area, where it was last time.

Each screen (by name and size) remembers the window's own place, so a laptop
that is sometimes on a projector opens right on both. A window never opens
larger than the free area (without panels and docks); on a small screen
(a 1366×768 laptop, a 1024×600 netbook) it starts maximised, since every
pixel is needed at a large text size.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

from peerhelper.storage.settings import Settings

SETTING = "window_places"
# The size the window likes on a screen with room to spare.
PREFERRED = QSize(1100, 760)
# Free areas smaller than this start maximised.
SMALL = QSize(1300, 800)
SMALLEST = QSize(480, 360)


def screen_key(screen: QScreen) -> str:
    size = screen.size()
    return f"{screen.name()} {size.width()}x{size.height()}"


def planned_place(free: QRect, saved: dict[str, Any] | None) -> tuple[QRect, bool]:
    """The window's rectangle and whether it is maximised, on a screen whose free area is ``free``.

    ``saved`` is what :func:`remember` stored for this screen (or nothing);
    anything odd in it is ignored, and a saved place is moved and shrunk to
    lie wholly in ``free``.
    """
    try:
        if saved is None:
            raise KeyError
        rect = QRect(int(saved["x"]), int(saved["y"]), int(saved["width"]), int(saved["height"]))
        maximised = bool(saved.get("maximised", False))
    except (KeyError, TypeError, ValueError):
        small = free.width() < SMALL.width() or free.height() < SMALL.height()
        rect = QRect(free.topLeft(), PREFERRED.boundedTo(free.size()))
        rect.moveCenter(free.center())
        return rect, small
    size = rect.size().expandedTo(SMALLEST).boundedTo(free.size())
    rect.setSize(size)
    rect.moveLeft(min(max(rect.left(), free.left()), free.right() - size.width() + 1))
    rect.moveTop(min(max(rect.top(), free.top()), free.bottom() - size.height() + 1))
    return rect, maximised


def place(window: QWidget, settings: Settings) -> None:
    """Put ``window`` where it was on its screen (or a sensible place), then show it."""
    screen = window.screen()
    saved = settings.get(SETTING).get(screen_key(screen))
    rect, maximised = planned_place(screen.availableGeometry(), saved)
    window.resize(rect.size())
    window.move(rect.topLeft())
    if maximised:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    window.show()


def remember(window: QWidget, settings: Settings) -> None:
    """Store the window's place (its normal one when maximised) for the screen it is on."""
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    if not rect.isValid():
        rect = window.geometry()
    places = dict(settings.get(SETTING))
    places[screen_key(window.screen())] = {
        "x": rect.x(),
        "y": rect.y(),
        "width": rect.width(),
        "height": rect.height(),
        "maximised": window.isMaximized(),
    }
    settings.set(SETTING, places)
