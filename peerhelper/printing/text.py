"""Multilingual text for printed pages: direction, wrapping, measuring, drawing.

Every layout (handouts, signs, slips) draws its words through this module so
that Finnish, Swedish, English, Somali, Russian, Ukrainian, Arabic, Persian
and Sorani all come out right:

- a paragraph is cut into lines by measured width in *logical* order, and only
  then is each line reordered for display, which is what keeps right-to-left
  wrapping correct (the first words of an Arabic sentence end up on the
  first line, at its right end);
- each line is a sequence of :class:`Run` s in visual order (left to right),
  each run one font and one direction, shaped so that Arabic letters join;
- numbers and Latin words ("Suomi.fi", "Kela", "OK") keep their left-to-right
  order inside right-to-left text, and brackets are mirrored.

``draw_line`` and ``draw_text`` draw on a reportlab canvas; the platypus
flowable is :class:`peerhelper.printing.text_flowable.BidiParagraph`.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Literal

from peerhelper.domain.languages import base_language, is_right_to_left
from peerhelper.printing.text_runs import Line, Paragraph, Run, is_arabic_script

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

Direction = Literal["ltr", "rtl"]
Align = Literal["left", "right", "center"]


# Line height as a multiple of the font size. Arabic letters reach further
# above and below the baseline than Latin ones, so its lines need more room.
LEADING = {"ltr": 1.3, "rtl": 1.6}

_WORD = re.compile(r"[^ ]+")

__all__ = [
    "Align",
    "Direction",
    "Line",
    "Run",
    "baseline_offset",
    "default_leading",
    "draw_line",
    "draw_text",
    "is_arabic_script",
    "keep_ltr",
    "layout_line",
    "primary_language",
    "text_direction",
    "text_width",
    "wrap_text",
]


def primary_language(lang: str | None) -> str:
    """``"fi-selko"`` -> ``"fi"``, ``"ar_SY"`` -> ``"ar"``; ``""`` when unknown."""
    return base_language(lang)


def text_direction(text: str = "", lang: str | None = None) -> Direction:
    """The paragraph direction: from the language when given, else the first strong letter."""
    if lang:
        return "rtl" if is_right_to_left(lang) else "ltr"
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def keep_ltr(text: str) -> str:
    """Mark ``text`` to stay one left-to-right unit inside right-to-left text.

    Use it for phone numbers, addresses and opening hours: plain bidi rules
    would print "040 123 4567" in an Arabic sentence with its digit groups in
    right-to-left order. (An LRI/PDI isolate, so the text around it is
    ordered as if it were one neutral sign; the marks print nothing.)
    """
    return f"\u2066{text}\u2069"


_LINE_BREAKS = re.compile("\r\n?|[\x85\u2028\u2029]")
# Half of a surrogate pair on its own (a command-line argument that was not
# valid UTF-8) cannot be encoded for the bidi algorithm or the PDF.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _normalise(text: str) -> str:
    # Composed letters (ä rather than a + ¨) have their own glyphs. Only
    # ordinary spaces break lines, so a no-break space keeps "klo 9" together.
    text = _LONE_SURROGATE.sub("\ufffd", text)
    text = _LINE_BREAKS.sub("\n", unicodedata.normalize("NFC", text))
    return text.replace("\t", " ")


def wrap_text(
    text: str,
    width: float,
    size: float,
    *,
    lang: str | None = None,
    bold: bool = False,
    direction: Direction | None = None,
) -> list[Line]:
    """Cut ``text`` into lines no wider than ``width`` points at ``size`` points.

    Line breaks in ``text`` start a new line (an empty line for a blank one).
    A word wider than ``width`` on its own is cut between characters rather
    than run off the edge.
    """
    text = _normalise(text)
    rtl = (direction or text_direction(text, lang)) == "rtl"
    lines: list[Line] = []
    for block in text.split("\n"):
        paragraph = Paragraph.prepare(block, size, rtl, primary_language(lang), bold)
        spans = _line_spans(paragraph, width)
        if not spans:
            lines.append(Line((), 0.0, rtl, ""))
        lines.extend(paragraph.line(start, end) for start, end in spans)
    return lines


def layout_line(text: str, size: float, *, lang: str | None = None, bold: bool = False) -> Line:
    """``text`` as one line, however long: labels, names, table cells."""
    text = _normalise(text).replace("\n", " ").strip()
    rtl = text_direction(text, lang) == "rtl"
    paragraph = Paragraph.prepare(text, size, rtl, primary_language(lang), bold)
    return paragraph.line(0, len(text))


def text_width(text: str, size: float, *, lang: str | None = None, bold: bool = False) -> float:
    """The width in points of ``text`` printed on one line."""
    return layout_line(text, size, lang=lang, bold=bold).width


def _line_spans(paragraph: Paragraph, width: float) -> list[tuple[int, int]]:
    """Greedy line breaking at spaces, in logical order: (start, end) per line."""
    spans: list[tuple[int, int]] = []
    start = end = -1
    used = 0.0
    for match in _WORD.finditer(paragraph.text):
        word_start, word_end = match.span()
        word = paragraph.width(word_start, word_end)
        if start >= 0:
            gap = paragraph.width(end, word_start)
            if used + gap + word <= width + 1e-6:
                end, used = word_end, used + gap + word
                continue
            spans.append((start, end))
        if word > width:
            pieces = _cut_word(paragraph, word_start, word_end, width)
            spans.extend(pieces[:-1])
            word_start = pieces[-1][0]
            word = paragraph.width(word_start, word_end)
        start, end, used = word_start, word_end, word
    if start >= 0:
        spans.append((start, end))
    return spans


def _cut_word(paragraph: Paragraph, start: int, end: int, width: float) -> list[tuple[int, int]]:
    """Pieces of an over-long word, each as long as fits (at least one character)."""
    pieces = []
    while start < end:
        cut = start + 1
        while cut < end and paragraph.width(start, cut + 1) <= width:
            cut += 1
        pieces.append((start, cut))
        start = cut
    return pieces


def default_leading(size: float, rtl: bool) -> float:
    """Comfortable line spacing in points for a font size and direction."""
    return size * LEADING["rtl" if rtl else "ltr"]


def baseline_offset(size: float, leading: float) -> float:
    """How far below the top of a line box its baseline sits."""
    return (leading - size) / 2 + 0.8 * size


def draw_line(
    canvas: Canvas, line: Line, x: float, y: float, width: float = 0.0, align: Align | None = None
) -> None:
    """Draw ``line`` with its baseline at ``y`` in the box from ``x`` to ``x + width``.

    Right-to-left lines are right-aligned and others left-aligned unless
    ``align`` says otherwise. With ``width`` 0, ``x`` is the anchor: the left
    end, the right end or the centre of the line.
    """
    align = align or ("right" if line.rtl else "left")
    if align == "right":
        x += width - line.width
    elif align == "center":
        x += (width - line.width) / 2
    for run in line.runs:
        canvas.setFont(run.font, run.size)
        canvas.drawString(x, y, run.text)
        x += run.width


def draw_text(
    canvas: Canvas,
    text: str,
    x: float,
    top: float,
    width: float,
    size: float,
    *,
    lang: str | None = None,
    bold: bool = False,
    leading: float | None = None,
    align: Align | None = None,
) -> float:
    """Wrap and draw a paragraph whose first line box starts at ``top``; returns its height."""
    lines = wrap_text(text, width, size, lang=lang, bold=bold)
    rtl = text_direction(text, lang) == "rtl"
    leading = leading or default_leading(size, rtl)
    baseline = top - baseline_offset(size, leading)
    for line in lines:
        draw_line(canvas, line, x, baseline, width, align)
        baseline -= leading
    return leading * len(lines)
