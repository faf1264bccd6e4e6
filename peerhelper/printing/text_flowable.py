"""A platypus flowable for one paragraph in any of our languages.

``BidiParagraph`` wraps, shapes and reorders through
:mod:`peerhelper.printing.text`, so it drops into frames, tables and
``KeepTogether`` blocks where reportlab's own ``Paragraph`` would print
Arabic letters unjoined and in the wrong order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.colors import Color, toColor
from reportlab.platypus.flowables import Flowable

from peerhelper.printing.text import (
    Align,
    Line,
    baseline_offset,
    default_leading,
    draw_line,
    text_direction,
    text_width,
    wrap_text,
)


@dataclass(frozen=True)
class TextStyle:
    """How a paragraph looks. ``leading`` and ``align`` default by direction."""

    size: float = 11.0
    leading: float | None = None
    bold: bool = False
    color: str | Color = "#000000"
    align: Align | None = None

    def with_changes(self, **changes: Any) -> TextStyle:
        return replace(self, **changes)


class BidiParagraph(Flowable):
    """A wrapped paragraph, right-to-left where the language or text asks for it."""

    def __init__(self, text: str, lang: str | None = None, style: TextStyle | None = None) -> None:
        super().__init__()
        self.text = text
        self.lang = lang
        self.style = style or TextStyle()
        self.rtl = text_direction(text, lang) == "rtl"
        self.leading = self.style.leading or default_leading(self.style.size, self.rtl)
        self._lines: list[Line] | None = None
        self._wrapped_at = -1.0

    def _piece(self, lines: list[Line]) -> BidiParagraph:
        """A part made by ``split``, keeping the lines already wrapped."""
        piece = BidiParagraph(" ".join(line.source for line in lines), self.lang, self.style)
        piece.rtl, piece.leading = self.rtl, self.leading
        piece._lines, piece._wrapped_at = lines, self._wrapped_at
        return piece

    @property
    def lines(self) -> list[Line]:
        """The lines from the last ``wrap`` call."""
        if self._lines is None:
            raise RuntimeError("BidiParagraph.lines read before wrap()")
        return self._lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # Platypus calls wrap more than once; wrapping again is needed only
        # when the width changes (a piece moved to a narrower frame).
        if self._lines is None or availWidth != self._wrapped_at:
            self._lines = wrap_text(
                self.text,
                availWidth,
                self.style.size,
                lang=self.lang,
                bold=self.style.bold,
                direction="rtl" if self.rtl else "ltr",
            )
            self._wrapped_at = availWidth
        self.width = availWidth
        self.height = self.leading * len(self._lines)
        return self.width, self.height

    def minWidth(self) -> float:  # reportlab asks this of cells in auto-sized table columns
        words = self.text.split()
        size, bold = self.style.size, self.style.bold
        return max((text_width(word, size, lang=self.lang, bold=bold) for word in words), default=0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        self.wrap(availWidth, availHeight)
        fits = int((availHeight + 1e-6) // self.leading)
        if fits >= len(self.lines):
            return [self]
        if fits < 1:
            return []
        return [self._piece(self.lines[:fits]), self._piece(self.lines[fits:])]

    def draw(self) -> None:
        canvas = self.canv
        canvas.setFillColor(toColor(self.style.color))
        baseline = self.height - baseline_offset(self.style.size, self.leading)
        for line in self.lines:
            draw_line(canvas, line, 0, baseline, self.width, self.style.align)
            baseline -= self.leading
