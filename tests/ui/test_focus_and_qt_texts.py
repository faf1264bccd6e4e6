"""The keyboard focus is always visible, and Qt's own texts speak the window's language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from peerhelper.ui.style import ACCENT, INK, apply_style


def _edge_colours(widget: QWidget) -> set[str]:
    """The colours on the widget's left edge, two pixels in (where the outline is drawn)."""
    image = widget.grab().toImage()
    return {QColor(image.pixel(1, y)).name() for y in range(4, image.height() - 4)}


@pytest.mark.parametrize(
    ("name", "checked", "outline"),
    [("", False, ACCENT), ("primary", False, INK), ("tile", False, ACCENT), ("tile", True, INK)],
    ids=["button", "blue primary button", "tile", "chosen tile"],
)
def test_a_focused_control_has_a_thick_outline_that_stands_out(
    qtbot, qapp, name, checked, outline
) -> None:
    apply_style(qapp, 100)
    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("Save")
    button.setObjectName(name)
    button.setCheckable(checked)
    button.setChecked(checked)
    other = QLineEdit()
    row = QHBoxLayout(holder)
    row.addWidget(button)
    row.addWidget(other)
    holder.show()
    holder.activateWindow()
    qtbot.waitUntil(holder.isActiveWindow)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    unfocused = _edge_colours(button)
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)
    focused = _edge_colours(button)
    assert outline.lower() in focused, (name, focused)
    assert outline.lower() not in unfocused or name == "primary"
    assert focused != unfocused


@pytest.mark.parametrize(
    ("language", "cancel", "print_text"),
    [("fi", "Peru", "Tulosta"), ("sv", "Avbryt", "Skriv ut"), ("en", "Cancel", "Print")],
)
def test_qt_s_own_buttons_and_print_dialog_are_in_the_window_s_language(
    translations, language, cancel, print_text
) -> None:
    translations.install(language)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
    assert QCoreApplication.translate("QPrintDialog", "Print") == print_text
    box.deleteLater()
    QApplication.processEvents()
