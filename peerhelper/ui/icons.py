"""Icons drawn for PeerHelper, loaded from ``assets/icons``."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from peerhelper.paths import assets_dir


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
