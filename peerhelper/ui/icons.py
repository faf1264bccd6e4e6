"""Icons drawn for PeerHelper, loaded from ``assets/icons``."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from peerhelper.paths import assets_dir


def icon_size(base: int = 24) -> QSize:
    """An icon size that grows with the user's text size (``base`` pixels at 100 %)."""
    from peerhelper.ui.guides.look import text_scale

    side = round(base * text_scale())
    return QSize(side, side)


@cache
def icon(name: str) -> QIcon:
    path = assets_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    symbols = assets_dir() / "symbols"
    for candidate in ("app-icon.svg", "app-icon.png"):
        if (symbols / candidate).exists():
            return QIcon(str(symbols / candidate))
    return QIcon()


@cache
def kit_icon(name: str) -> QIcon:
    """An icon from the guides' picture kit, so topic tiles match the guides."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

    from peerhelper.guides.kit.icons import ICONS
    from peerhelper.guides.kit.icons import icon as kit_drawing

    if name not in ICONS:
        return QIcon()
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">'
        f"{kit_drawing(name, 50, 50, 92)}</svg>"
    )
    pixmap = QPixmap(96, 96)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    QSvgRenderer(QByteArray(svg.encode())).render(painter)
    painter.end()
    return QIcon(pixmap)
