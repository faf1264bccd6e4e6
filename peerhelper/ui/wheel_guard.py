"""The mouse wheel scrolls the page; it changes a value only in the field being edited.

Qt lets the wheel change any spin box, combo box, date or time field and
slider the pointer passes over. On a long form that silently changes
recorded numbers while the volunteer only meant to scroll. One
application-wide event filter fixes it for every such widget, present and
future:

- a wheel event over one of them that does not have keyboard focus is
  handed to the nearest scroll area around it, so the page scrolls;
- on being polished, their focus policy drops from ``WheelFocus`` to
  ``StrongFocus``, so passing the wheel over them does not give them focus
  (Qt would do that before any filter sees the event).

Scroll bars are sliders too, but they exist to be scrolled and are left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def guarded_widget(widget: QWidget) -> QWidget | None:
    """The value-changing widget that ``widget`` is (or is part of), if any."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, QScrollBar):
            return None
        if isinstance(current, GUARDED):
            return current
        if current.isWindow() or isinstance(current, QAbstractScrollArea):
            return None  # a window or scroll area is never inside a value field
        current = current.parentWidget()
    return None


def has_keyboard_focus(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return widget.hasFocus() or (focused is not None and widget.isAncestorOf(focused))


def scroll_enclosing_area(widget: QWidget, event: QWheelEvent) -> None:
    """Give ``event`` to the scroll areas around ``widget``, innermost first, until one scrolls."""
    area = widget.parentWidget()
    while area is not None:
        if isinstance(area, QAbstractScrollArea):
            viewport = area.viewport()
            position = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            forwarded = QWheelEvent(
                position,
                event.globalPosition(),
                event.pixelDelta(),
                event.angleDelta(),
                event.buttons(),
                event.modifiers(),
                event.phase(),
                event.inverted(),
                event.source(),
                event.pointingDevice(),
            )
            forwarded.setAccepted(False)
            QApplication.sendEvent(viewport, forwarded)
            if forwarded.isAccepted():
                return
        area = area.parentWidget()


class WheelGuard(QObject):
    """The application-wide filter; see the module's docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if not isinstance(watched, QScrollBar):
                calm_focus_policy(watched)
            return False
        if not isinstance(event, QWheelEvent) or not isinstance(watched, QWidget):
            return False
        target = guarded_widget(watched)
        if target is None or has_keyboard_focus(target):
            return False
        scroll_enclosing_area(target, event)
        return True  # the value stays as it was


def calm_focus_policy(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on ``app`` (once); the guard lives as long as the application."""
    existing = app.findChild(WheelGuard)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
