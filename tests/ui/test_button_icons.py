"""Every button's icon grows with the text size, also where the code sets no size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from peerhelper.ui.icons import icon
from peerhelper.ui.style import apply_style


@pytest.mark.parametrize("scale", [100, 150, 200])
def test_a_button_icon_scales_with_the_text(qtbot, qapp, scale) -> None:
    apply_style(qapp, scale)
    try:
        button = QPushButton(icon("guides"), "Open the guide")
        qtbot.addWidget(button)
        button.ensurePolished()
        assert button.iconSize().width() == round(16 * scale / 100)
        chosen = QPushButton(icon("print"), "Print")
        qtbot.addWidget(chosen)
        chosen.setIconSize(chosen.iconSize() * 3)  # a size set in code still wins
        chosen.ensurePolished()
        assert chosen.iconSize().width() == 3 * round(16 * scale / 100)
    finally:
        apply_style(qapp, 100)
