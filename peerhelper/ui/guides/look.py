"""Sizes of the guide screens, derived from the app's text size so 200 % grows them too.

The app's style sheet sets one font size on every widget, which beats
``setFont``; these rules are set on the guide screens themselves, whose own
style sheet wins over the application's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from peerhelper.ui.style import ACCENT, ACCENT_DARK, ACCENT_SOFT, BORDER, INK, MUTED, SURFACE

BASE_POINT_SIZE = 12.0


def text_scale() -> float:
    """The user's text size as a factor (1.0 at 100 %)."""
    app = QApplication.instance()
    size = app.font().pointSizeF() if isinstance(app, QApplication) else BASE_POINT_SIZE
    return max(size / BASE_POINT_SIZE, 1.0)


def _pt(factor: float) -> str:
    return f"{BASE_POINT_SIZE * text_scale() * factor:.1f}pt"


def library_stylesheet() -> str:
    pad = round(8 * text_scale())
    return f"""
QListView#guideLibrary {{
    background: {SURFACE}; border: 1px solid {BORDER}; border-radius: {pad}px;
    padding: {pad}px; font-size: {_pt(1.05)};
}}
QListView#guideLibrary::item {{ border-radius: {pad}px; padding: {pad // 2}px; color: {INK}; }}
QListView#guideLibrary::item:hover {{ background: {ACCENT_SOFT}; }}
QListView#guideLibrary::item:selected {{
    background: {ACCENT_SOFT}; color: {ACCENT_DARK}; border: 2px solid {ACCENT};
}}
QLabel#guideTitle {{ font-size: {_pt(1.7)}; font-weight: 600; color: {ACCENT_DARK}; }}
QLabel#stepNumber {{
    font-size: {_pt(1.4)}; font-weight: 700; color: white; background: {ACCENT};
    border-radius: {round(22 * text_scale())}px;
}}
QLabel#stepCaption {{ font-size: {_pt(1.4)}; color: {INK}; }}
QLabel#stepSecond {{ font-size: {_pt(1.1)}; color: {MUTED}; }}
QLabel#notice {{ color: {INK}; }}
"""


def show_client_stylesheet(caption_px: int) -> str:
    """The show-to-client window's look; its text size comes from the window's size."""
    pad = round(caption_px / 3)
    return f"""
#showClient {{ background: white; }}
#showClient QLabel {{ background: transparent; }}
QLabel#clientCounter {{ font-size: {round(caption_px * 0.8)}px; font-weight: 700;
    color: {ACCENT_DARK}; }}
QLabel#clientTitle {{ font-size: {round(caption_px * 0.55)}px; color: {MUTED}; }}
QLabel#clientCaption {{ font-size: {caption_px}px; font-weight: 600; color: {INK}; }}
QLabel#clientSecond {{ font-size: {round(caption_px * 0.75)}px; color: {MUTED}; }}
QPushButton {{ font-size: {round(caption_px * 0.7)}px; padding: {pad}px {pad * 2}px; }}
QLabel#clientCounter[last="true"] {{ color: #1b7a3a; }}
"""
