"""Turn one run of text (one font, one direction) into a string reportlab draws.

Arabic-script runs go through HarfBuzz with the direction set explicitly, so
letters join and the glyphs come out in visual order; reportlab's own
``shapeStr`` guesses the direction from the letters, which gets neutral runs
(a lone bracket between an Arabic and a Latin word) wrong.

Latin and Cyrillic runs are drawn as plain strings: they need no joining, and
plain text keeps the PDF's text layer exactly the words we wrote (HarfBuzz
would swap "fi" for a ligature glyph). A Latin-font run inside right-to-left
text holds only neutrals such as brackets and spaces; it is reversed and its
brackets mirrored here, as UAX #9 rule L4 asks.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from peerhelper.printing.fonts import FAMILIES, Script, get_font
from peerhelper.printing.text_bidi import mirror

ZERO_WIDTH_JOINERS = frozenset("\u200c\u200d")
_ARABIC_FONT_NAMES = frozenset(face.name for face in FAMILIES[Script.ARABIC])


def shape(text: str, font_name: str, size: float, rtl: bool, lang: str = "") -> tuple[str, float]:
    """The drawable string for one run and its width in points.

    ``text`` is in logical order; the result is in visual (left-to-right)
    order. ``rtl`` is the run's resolved direction, ``lang`` a BCP 47 tag
    that lets HarfBuzz pick language-specific forms.
    """
    if font_name in _ARABIC_FONT_NAMES:
        return _shape_harfbuzz(text, font_name, rtl, lang, size)
    return _plain(text, font_name, rtl, size)


@lru_cache(maxsize=4096)
def _plain(text: str, font_name: str, rtl: bool, size: float) -> tuple[str, float]:
    if rtl:
        text = "".join(mirror(ch) for ch in reversed(text))
    return text, get_font(font_name).stringWidth(text, size)


@cache
def _harfbuzz_font(font_name: str) -> Any:
    # Positions come back in font units whatever the size, so one HarfBuzz
    # font per face serves every size. hbFont() also arms the face's
    # private-codepoint table for glyphs that have no Unicode of their own.
    return get_font(font_name).hbFont(10)


@lru_cache(maxsize=4096)
def _shape_harfbuzz(
    text: str, font_name: str, rtl: bool, lang: str, size: float
) -> tuple[str, float]:
    import uharfbuzz
    from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

    ttf = get_font(font_name)
    hb_font = _harfbuzz_font(font_name)
    buf = uharfbuzz.Buffer()
    buf.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    if lang:
        buf.language = lang
    uharfbuzz.shape(hb_font, buf, {"kern": True, "liga": True})

    face = ttf.face
    chars: list[str] = []
    data: list[Any] = []
    for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True):
        gid = info.codepoint
        # reportlab writes text as characters of the font's cmap; contextual
        # forms without a codepoint get a private one, as reportlab does.
        mapped = face.glyphToChar.get(gid)
        if mapped:
            code = mapped[0]
        else:
            code = ttf.hbAddPrivate(hb_font.glyph_to_string(gid), gid, pos.x_advance)
        chars.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                ttf.pdfScale(pos.x_advance),
                ttf.pdfScale(pos.y_advance),
                ttf.pdfScale(pos.x_offset),
                ttf.pdfScale(pos.y_offset),
                face.charWidths.get(code, 0),
            )
        )
    width = sum(d.x_advance for d in data) * size / 1000
    return ShapedStr("".join(chars), shapeData=data), width
