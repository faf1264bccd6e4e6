"""Windows that fit small screens: scrolling content, sizes bounded by the screen.

Volunteers use old laptops (1366×768) and netbooks (1024×600), often at a
large text size. A dialog's content scrolls up and down inside it while its
buttons stay in sight, and no window opens larger than the screen's free
area.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def available_area(widget: QWidget | None = None) -> QRect:
    """The free area (without panels and docks) of the screen ``widget`` is on."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


class VerticalScrollArea(QScrollArea):
    """Scrolls up and down, never sideways: asks for its content's full width.

    Up to the screen's width, so a dialog never shrinks it into sideways scrolling.
    """

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        wanted = content.minimumSizeHint().width() + bar + 2 * self.frameWidth()
        return QSize(min(wanted, available_area(self).width() - 2 * bar), hint.height())


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a frameless area that scrolls up and down, never sideways."""
    area = VerticalScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    return area


def fit_to_screen(window: QWidget, wanted: QSize | None = None) -> None:
    """Resize ``window`` to ``wanted`` (its size hint by default), never beyond the free area."""
    room = available_area(window)
    size = (wanted or window.sizeHint()).boundedTo(QSize(room.width(), room.height() - 40))
    window.resize(size.expandedTo(window.minimumSizeHint()).boundedTo(room.size()))
