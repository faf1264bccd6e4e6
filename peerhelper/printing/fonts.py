"""The bundled Noto fonts, registered with reportlab on first use.

Printed documents use two families: Noto Sans for Latin and Cyrillic
(Finnish, Swedish, English, Somali, Russian, Ukrainian) and Noto Sans Arabic
for the Arabic script (Arabic, Persian, Kurdish Sorani). Both are SIL OFL 1.1
and live in ``assets/fonts/`` with their licence.

Only printing code imports this module, so reportlab stays out of the app's
startup; registration happens once, on the first call that needs a font.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont


class Script(Enum):
    """Which bundled family draws a piece of text."""

    LATIN = "latin"  # Latin and Cyrillic letters, digits, punctuation
    ARABIC = "arabic"  # Arabic, Persian and Sorani letters


@dataclass(frozen=True)
class FontFace:
    """One bundled font file and the name it is registered under."""

    name: str
    filename: str


FAMILIES: dict[Script, tuple[FontFace, FontFace]] = {
    Script.LATIN: (
        FontFace("NotoSans", "NotoSans-Regular.ttf"),
        FontFace("NotoSans-Bold", "NotoSans-Bold.ttf"),
    ),
    Script.ARABIC: (
        FontFace("NotoSansArabic", "NotoSansArabic-Regular.ttf"),
        FontFace("NotoSansArabic-Bold", "NotoSansArabic-Bold.ttf"),
    ),
}

_lock = threading.Lock()
_registered = False


def _assets_dir() -> Path:
    """The bundled assets folder; one place to change when it moves."""
    from peerhelper.paths import assets_dir

    return assets_dir()


def fonts_dir() -> Path:
    """The folder holding the bundled font files and their licence."""
    return _assets_dir() / "fonts"


def register_fonts() -> None:
    """Register every bundled face and its bold/normal family with reportlab.

    Safe to call any number of times and from worker threads: the work is
    done once. Raises ``FileNotFoundError`` naming the file when a font is
    missing from the bundle, because a silent fallback to Helvetica would
    print empty boxes for every non-Latin letter.
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        folder = fonts_dir()
        for regular, bold in FAMILIES.values():
            for face in (regular, bold):
                path = folder / face.filename
                if not path.is_file():
                    raise FileNotFoundError(f"bundled font missing: {path}")
                pdfmetrics.registerFont(TTFont(face.name, str(path)))
            # Italic is mapped to upright: the bundle has no italics, and
            # <i> in paragraph markup should not fall back to another family.
            for italic in (0, 1):
                addMapping(regular.name, 0, italic, regular.name)
                addMapping(regular.name, 1, italic, bold.name)
        _registered = True


def font_name(script: Script = Script.LATIN, *, bold: bool = False) -> str:
    """The registered reportlab font name for a script and weight."""
    register_fonts()
    regular, heavy = FAMILIES[script]
    return heavy.name if bold else regular.name


def get_font(name: str) -> TTFont:
    """The registered reportlab font object for one of our font names."""
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name)


def has_glyph(name: str, char: str) -> bool:
    """Whether the font maps this character to a real glyph (not the empty box)."""
    return ord(char) in _cmap(name)


@cache
def _cmap(name: str) -> frozenset[int]:
    return frozenset(get_font(name).face.charToGlyph)


def missing_characters(text: str, name: str) -> set[str]:
    """Visible characters of ``text`` that the font cannot draw.

    Spaces and invisible format characters (joiners, direction marks) are
    skipped: they have no glyph to draw.
    """
    return {
        ch
        for ch in set(text)
        if not ch.isspace() and unicodedata.category(ch) != "Cf" and not has_glyph(name, ch)
    }
