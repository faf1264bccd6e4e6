"""Drawing a :class:`~peerhelper.domain.statistics_charts.ChartSpec` as a vector chart.

One drawer for every place a chart appears: the PDF report places the
reportlab ``Drawing`` on its page, the Statistics screen shows the same
drawing rendered to SVG (:func:`chart_svg`), and "Save chart as image"
writes that SVG (or a PNG the screen renders from it). No second charting
stack, and nothing here needs Qt.

The charts read in black and white: one dark fill, every bar with its
number printed beside it, thin rules instead of coloured backgrounds.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor

from peerhelper.domain.statistics_charts import ChartRow, ChartSpec, percent
from peerhelper.printing.fonts import font_name

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing

# Colour objects, not "#hex" strings: the SVG renderer needs them.
BAR = HexColor("#1F6FB5")
INK = HexColor("#1E2A3A")
MUTED = HexColor("#4A5566")
RULE = HexColor("#B5BFCC")
TITLE_SIZE = 11.0
TEXT_SIZE = 8.5
ROW = 15.0
LABEL_SHARE = 0.38  # of the width, for the labels of a bar chart


def _fit(text: str, width: float, size: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    name = font_name()
    if stringWidth(text, name, size) <= width:
        return text
    while text and stringWidth(text + "…", name, size) > width:
        text = text[:-1]
    return text + "…"


def _value_text(row: ChartRow, kind: str) -> str:
    if kind == "shares":
        shown = percent(row.share) or "–"
        return f"{shown}  ({row.detail})" if row.detail else shown
    if row.share is not None:
        return f"{row.shown}  ({percent(row.share)})"
    return row.shown


def _title(drawing: Drawing, spec: ChartSpec, height: float) -> None:
    from reportlab.graphics.shapes import String

    drawing.add(
        String(
            0,
            height - TITLE_SIZE,
            spec.title,
            fontName=font_name(bold=True),
            fontSize=TITLE_SIZE,
            fillColor=INK,
        )
    )


def _empty(drawing: Drawing, height: float) -> None:
    from reportlab.graphics.shapes import String

    drawing.add(
        String(
            0,
            height - TITLE_SIZE - 20,
            "–",
            fontName=font_name(),
            fontSize=TEXT_SIZE,
            fillColor=MUTED,
        )
    )


def _bars(spec: ChartSpec, width: float) -> Drawing:
    """Horizontal bars: a label, the bar, and the count (and share) after it."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rows = spec.rows or ()
    height = TITLE_SIZE + 10 + max(len(rows), 1) * ROW
    drawing = Drawing(width, height)
    _title(drawing, spec, height)
    if not rows:
        _empty(drawing, height)
        return drawing
    regular = font_name()
    label_width = width * LABEL_SHARE
    texts = [_value_text(row, spec.kind) for row in rows]
    text_room = max(stringWidth(t, regular, TEXT_SIZE) for t in texts) + 6
    bar_room = max(width - label_width - text_room - 8, 20)
    # A share of 1.0 fills the room; counts are scaled to the largest.
    largest = max(max(row.value for row in rows), 1)
    scale = bar_room if spec.kind == "shares" else bar_room / largest
    top = height - TITLE_SIZE - 10
    drawing.add(Line(label_width, top, label_width, top - len(rows) * ROW, strokeColor=RULE))
    for index, (row, text) in enumerate(zip(rows, texts, strict=True)):
        y = top - (index + 1) * ROW
        drawing.add(
            String(
                label_width - 5,
                y + 4,
                _fit(row.label, label_width - 8, TEXT_SIZE),
                fontName=regular,
                fontSize=TEXT_SIZE,
                fillColor=INK,
                textAnchor="end",
            )
        )
        if spec.kind == "shares":
            length = (row.share or 0.0) * scale
        else:
            # A hidden small count gets no bar: its length would tell it.
            length = 0.0 if row.shown != str(row.value) else row.value * scale
        if length > 0:
            drawing.add(
                Rect(label_width, y + 2, max(length, 1.0), ROW - 5, fillColor=BAR, strokeColor=None)
            )
        drawing.add(
            String(
                label_width + length + 4,
                y + 4,
                text,
                fontName=regular,
                fontSize=TEXT_SIZE,
                fillColor=INK,
            )
        )
    return drawing


def _columns(spec: ChartSpec, width: float) -> Drawing:
    """Vertical columns over time, each with its count on top."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String

    height = 170.0
    drawing = Drawing(width, height)
    _title(drawing, spec, height)
    rows = spec.rows
    if not rows:
        _empty(drawing, height)
        return drawing
    regular = font_name()
    size = TEXT_SIZE if len(rows) <= 14 else TEXT_SIZE - 2
    base = 22.0
    room = height - TITLE_SIZE - 10 - base - size - 6
    slot = width / len(rows)
    scale = room / max(max(row.value for row in rows), 1)
    drawing.add(Line(0, base, width, base, strokeColor=RULE))
    for index, row in enumerate(rows):
        x = index * slot
        hidden = row.shown != str(row.value)
        bar = 0.0 if hidden else row.value * scale
        if bar > 0:
            drawing.add(
                Rect(x + slot * 0.15, base, slot * 0.7, bar, fillColor=BAR, strokeColor=None)
            )
        middle = x + slot / 2
        drawing.add(
            String(
                middle,
                base + bar + 3,
                row.shown,
                fontName=regular,
                fontSize=size,
                fillColor=INK,
                textAnchor="middle",
            )
        )
        drawing.add(
            String(
                middle,
                base - size - 3,
                _fit(row.label, slot - 2, size),
                fontName=regular,
                fontSize=size,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    return drawing


def chart_drawing(spec: ChartSpec, width: float = 440.0) -> Drawing:
    """The chart as a reportlab drawing ``width`` points wide (height to fit)."""
    if spec.kind == "columns":
        return _columns(spec, width)
    return _bars(spec, width)


def chart_svg(spec: ChartSpec, width: float = 440.0) -> str:
    """The same chart as SVG text, for the screen and for "save as image".

    reportlab wraps the drawing in a clip path the size of the drawing, which
    Qt's SVG renderer (SVG Tiny) does not know and paints as a black box;
    nothing is drawn outside the drawing anyway, so the clip is left out, and
    so is the DOCTYPE, which picture checks refuse in files that come in.
    """
    from reportlab.graphics import renderSVG

    svg = renderSVG.drawToString(chart_drawing(spec, width))
    svg = re.sub(r"<!DOCTYPE[^>]*>\s*", "", svg, count=1)
    svg = re.sub(r"<clipPath\b.*?</clipPath>\s*", "", svg, count=1, flags=re.DOTALL)
    return svg.replace(' style="clip-path: url(#clip)"', "")
