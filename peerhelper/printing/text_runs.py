"""Lines of text as runs: one font, one direction, shaped, in visual order.

A :class:`Paragraph` holds one paragraph with its bidi levels and the font of
each character, computed once; wrapping asks it for the width of any span,
and for the finished :class:`Line` of each span it chooses.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from peerhelper.printing.fonts import Script, font_name, has_glyph
from peerhelper.printing.text_bidi import line_levels, resolve_levels, visual_order
from peerhelper.printing.text_shaping import ZERO_WIDTH_JOINERS, shape


@dataclass(frozen=True)
class Run:
    """A piece of one line in one font and one direction, ready to draw."""

    text: str  # visual order; an Arabic run is a reportlab ShapedStr of glyphs
    font: str
    size: float
    width: float
    rtl: bool
    source: str  # the same run in logical order, as written


@dataclass(frozen=True)
class Line:
    """One printed line: its runs from left to right and its total width."""

    runs: tuple[Run, ...]
    width: float
    rtl: bool  # the paragraph direction, which sets the default alignment
    source: str  # the line's text in logical order


def is_arabic_script(char: str) -> bool:
    """Whether the Arabic font draws this character (letters, marks, Arabic digits)."""
    code = ord(char)
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def _is_invisible(char: str) -> bool:
    # Direction marks, embeddings and isolates steer the bidi algorithm but
    # draw nothing, and control characters have no glyph; joiners stay,
    # because they change how Persian letters join.
    return unicodedata.category(char) in ("Cf", "Cc") and char not in ZERO_WIDTH_JOINERS


@dataclass(frozen=True)
class Paragraph:
    """One paragraph with everything wrapping needs, computed once."""

    text: str
    levels: list[int]
    fonts: list[str]
    rtl: bool
    size: float
    lang: str

    @classmethod
    def prepare(cls, text: str, size: float, rtl: bool, lang: str, bold: bool) -> Paragraph:
        levels = resolve_levels(text, rtl)
        return cls(text, levels, _choose_fonts(text, levels, bold), rtl, size, lang)

    def segments(self, start: int, end: int) -> list[tuple[int, str, str]]:
        """(level, font, text) pieces of ``text[start:end]`` as one line, in logical order.

        A character that prints nothing still separates the levels on either
        side of it when reordering (an unclosed isolate sits at the paragraph
        level between the text before it and the text it isolates), so where
        its level differs from the piece before it, it leaves an empty piece
        (font ``""``) for :meth:`line` to order and then drop.
        """
        levels = line_levels(self.text[start:end], self.levels[start:end], self.rtl)
        pieces: list[tuple[int, str, str]] = []
        for index in range(start, end):
            char, level = self.text[index], levels[index - start]
            if _is_invisible(char):
                if not pieces or pieces[-1][0] != level:
                    pieces.append((level, "", ""))
                continue
            key = (level, self.fonts[index])
            if pieces and pieces[-1][:2] == key:
                pieces[-1] = (*key, pieces[-1][2] + char)
            else:
                pieces.append((*key, char))
        return pieces

    def runs(self, start: int, end: int) -> list[tuple[int, Run]]:
        """Shaped runs of ``text[start:end]`` in logical order, with their levels."""
        runs = []
        for level, font, piece in self.segments(start, end):
            rtl = bool(level % 2)
            drawn, width = shape(piece, font, self.size, rtl, self.lang) if font else ("", 0.0)
            runs.append((level, Run(drawn, font, self.size, width, rtl, piece)))
        return runs

    def width(self, start: int, end: int) -> float:
        return sum(run.width for _level, run in self.runs(start, end))

    def line(self, start: int, end: int) -> Line:
        pairs = self.runs(start, end)
        ordered = visual_order([run for _level, run in pairs], [level for level, _run in pairs])
        runs = tuple(run for run in ordered if run.font)
        return Line(runs, sum(run.width for run in runs), self.rtl, self.text[start:end])


def _choose_fonts(text: str, levels: list[int], bold: bool) -> list[str]:
    """The font for each character.

    Letters pick their script's font. Spaces, digits and punctuation follow
    the character before them when that font has the glyph and the level is
    the same, so "Suomi.fi" stays one Latin run and the spaces between Arabic
    words stay inside the Arabic run that HarfBuzz shapes in one go.
    """
    latin = font_name(Script.LATIN, bold=bold)
    arabic = font_name(Script.ARABIC, bold=bold)
    fonts: list[str] = []
    for index, char in enumerate(text):
        if is_arabic_script(char) and has_glyph(arabic, char):
            chosen = arabic
        elif unicodedata.bidirectional(char) == "L" and not is_arabic_script(char):
            chosen = latin
        elif (
            fonts
            and levels[index - 1] == levels[index]
            and (has_glyph(fonts[-1], char) or char in ZERO_WIDTH_JOINERS)
        ):
            chosen = fonts[-1]
        elif has_glyph(latin, char) or not has_glyph(arabic, char):
            chosen = latin
        else:
            chosen = arabic
        fonts.append(chosen)
    return fonts
