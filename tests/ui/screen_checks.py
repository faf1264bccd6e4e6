"""Checks on real widgets: does a window fit a small screen, do its Alt letters clash?

Used by the screen-fit and keyboard tests. The offscreen platform has one
800×600 screen whatever the test wants, so sizes are compared with the
numbers of the screens volunteers have (1024×600 netbooks, 1366×768 laptops).
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

SCREENS = (QSize(1024, 600), QSize(1366, 768))
SCALES = (100, 200)
# A window manager's title bar and a panel take some of the screen.
TITLE_BAR = 32


def settle() -> None:
    """Let layouts, deferred deletes and queued resizes run."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()


def fits(window: QWidget, screen: QSize) -> bool:
    """Whether ``window`` can be made as small as ``screen`` (less a title bar)."""
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    return least.width() <= screen.width() and least.height() <= screen.height() - TITLE_BAR


def describe_size(window: QWidget) -> str:
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    return f"{type(window).__name__} needs at least {least.width()}×{least.height()}"


def sideways_scrolling(window: QWidget) -> list[str]:
    """Visible scroll areas in ``window`` that scroll sideways (there should be none)."""
    found = []
    for area in window.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if area.isVisibleTo(window) and bar.maximum() > 0:
            name = area.objectName() or area.accessibleName() or type(area).__name__
            found.append(f"{name} scrolls {bar.maximum()} px sideways")
    return found


def out_of_sight(window: QWidget, widgets: list[QWidget]) -> list[str]:
    """Those of ``widgets`` not wholly inside the window's visible area."""
    hidden = []
    for widget in widgets:
        top_left = widget.mapTo(window, widget.rect().topLeft())
        bottom_right = widget.mapTo(window, widget.rect().bottomRight())
        if not (window.rect().contains(top_left) and window.rect().contains(bottom_right)):
            hidden.append(widget.text() if isinstance(widget, QAbstractButton) else repr(widget))
    return hidden


def clipped(window: QWidget) -> list[str]:
    """Visible labels, buttons and lists whose text is cut off (narrower than their text)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            if widget.pixmap().isNull() and widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"label {widget.text()!r} cut off")
        elif isinstance(widget, QAbstractButton):
            if widget.text() and widget.width() + 1 < widget.minimumSizeHint().width():
                found.append(f"button {widget.text()!r} cut off")
        elif isinstance(widget, QComboBox) and widget.currentText():
            option = QStyleOptionComboBox()
            widget.initStyleOption(option)
            field = widget.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox,
                option,
                QStyle.SubControl.SC_ComboBoxEditField,
                widget,
            )
            if widget.fontMetrics().horizontalAdvance(widget.currentText()) > field.width() + 1:
                found.append(f"list {widget.currentText()!r} cut off")
    return found


_MNEMONIC = re.compile(r"&(?!&)(.)")


def mnemonic_of(text: str) -> str:
    """The Alt letter of a text with an ``&`` before it ('' if none), lower case."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else ""


def _showing(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isEnabled()


def alt_letters(window: QWidget) -> dict[str, list[str]]:
    """Alt letter → texts of the controls in ``window`` that can be reached with it now."""
    letters: dict[str, list[str]] = defaultdict(list)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        texts: list[str] = []
        if isinstance(widget, QAbstractButton):
            texts = [widget.text()]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            if _showing(widget.buddy(), window):
                texts = [widget.text()]
        elif isinstance(widget, QGroupBox):
            texts = [widget.title()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(n) for n in range(widget.count()) if widget.isTabEnabled(n)]
        for text in texts:
            letter = mnemonic_of(text)
            if letter:
                letters[letter].append(text)
    return letters


def alt_clashes(window: QWidget) -> list[str]:
    return [
        f"Alt+{letter.upper()}: {' / '.join(texts)}"
        for letter, texts in sorted(alt_letters(window).items())
        if len(texts) > 1
    ]
