"""The paper tally sheet: a day's sessions counted with pen strokes, entered later.

It mirrors the batch entry of the session log ("counts per topic for a given
day"): a date line, a row for all sessions and one row per topic with room
for tally marks (in boxes of five) and a box for the total.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Literal

from peerhelper.errors import BadInputError
from peerhelper.printing.labels import TALLY_LANGUAGES, label
from peerhelper.printing.page import (
    INK,
    MUTED,
    PALE_BLUE,
    RULE,
    Box,
    Text,
    new_canvas,
    paper_size,
    rule,
)
from peerhelper.printing.text import draw_line, layout_line

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

TALLY_PAPERS = ("A4", "letter")
MARGIN = 40.0
GROUP_WIDTH = 34.0  # room for one group of five strokes


def default_topics(lang: str) -> list[tuple[str, str]]:
    """(code, label) of the default session topics in ``lang``."""
    from peerhelper.domain.vocabulary import DEFAULT_TOPICS

    return [(term.code, term.label(lang)) for term in DEFAULT_TOPICS]


def format_date(day: dt.date, lang: str) -> str:
    """A date the way it is written in the sheet's language."""
    if lang == "fi":
        return f"{day.day}.{day.month}.{day.year}"
    return day.isoformat()


def build_tally_sheet(
    out: Path | IO[bytes],
    ui_lang: str = "fi",
    paper: str = "A4",
    date: dt.date | None = None,
    topics: Sequence[tuple[str, str]] | None = None,
    site_name: str = "",
) -> int:
    """Write the tally sheet; ``topics`` are (code, label) pairs, the defaults if None."""
    if ui_lang not in TALLY_LANGUAGES:
        raise BadInputError(f"Language {ui_lang!r}: use one of {', '.join(TALLY_LANGUAGES)}.")
    if paper not in TALLY_PAPERS:
        raise BadInputError(f"Paper {paper!r}: use one of {', '.join(TALLY_PAPERS)}.")
    rows = [label("sessions_total", ui_lang)]
    rows += [text for _code, text in (topics if topics is not None else default_topics(ui_lang))]
    page_width, page_height = paper_size(paper)
    box = Box(MARGIN, page_width - 2 * MARGIN, False)
    canvas = new_canvas(out, paper, label("tally_title", ui_lang))

    top = page_height - MARGIN
    title = Text.wrap(label("tally_title", ui_lang), box.width, 18, lang=ui_lang, bold=True)
    top -= title.draw(canvas, box, top) + 2
    hint = Text.wrap(label("tally_hint", ui_lang), box.width, 9.5, lang=ui_lang, color=MUTED)
    top -= hint.draw(canvas, box, top) + 14
    top = _fill_in_line(canvas, box, top, ui_lang, date, site_name) - 16

    _table(canvas, box, top, MARGIN, rows, ui_lang)
    canvas.showPage()
    canvas.save()
    return 1


def _fill_in_line(
    canvas: Canvas, box: Box, top: float, lang: str, date: dt.date | None, site: str
) -> float:
    """The date and site, printed when known and left as lines to write on when not."""
    baseline = top - 14
    half = box.width / 2
    for offset, key, value in (
        (0.0, "date", date and format_date(date, lang)),
        (half, "site", site),
    ):
        name = layout_line(f"{label(key, lang)}:", 11, lang=lang, bold=True)
        canvas.setFillColor(INK)
        draw_line(canvas, name, box.left + offset, baseline)
        start = box.left + offset + name.width + 6
        if value:
            draw_line(canvas, layout_line(value, 11, lang=lang), start, baseline)
        else:
            rule(canvas, start, box.left + offset + half - 16, baseline - 2, 0.9)
    return baseline - 8


def _table(canvas: Canvas, box: Box, top: float, bottom: float, rows: list[str], lang: str) -> None:
    label_width = box.width * 0.3
    total_width = 58.0
    tally_left = box.left + label_width
    tally_width = box.width - label_width - total_width
    groups = int(tally_width // GROUP_WIDTH)
    head = 22.0
    row_height = min(40.0, (top - bottom - head) / len(rows))

    canvas.setFillColor(MUTED)
    for text, x, width in (
        (label("topic", lang), box.left + 4, label_width),
        (label("tally", lang), tally_left + 4, tally_width),
        (label("total", lang), tally_left + tally_width, total_width),
    ):
        align: Literal["center", "left"] = "center" if x > tally_left + tally_width - 1 else "left"
        draw_line(
            canvas, layout_line(text, 9.5, lang=lang, bold=True), x, top - 15, width - 8, align
        )
    y = top - head
    for index, text in enumerate(rows):
        if index % 2 == 0:
            canvas.setFillColor(PALE_BLUE)
            canvas.rect(box.left, y - row_height, box.width, row_height, stroke=0, fill=1)
        size = 11.0
        paragraph = Text.wrap(text, label_width - 8, size, lang=lang, bold=index == 0)
        lines = paragraph.lines[: max(1, int(row_height // paragraph.leading))]
        shown = Text(lines, size, paragraph.leading, INK)
        shown.draw(
            canvas, Box(box.left + 4, label_width - 8, False), y - (row_height - shown.height) / 2
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.setDash([1, 2])
        for group in range(1, groups + 1):
            x = tally_left + group * GROUP_WIDTH
            canvas.line(x, y - 5, x, y - row_height + 5)
        canvas.setDash([])
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1)
        canvas.setFillColor("#FFFFFF")
        canvas.rect(
            box.right - total_width + 6,
            y - row_height + 5,
            total_width - 12,
            row_height - 10,
            stroke=1,
            fill=1,
        )
        y -= row_height
        rule(canvas, box.left, box.right, y, 1.4 if index == 0 else 0.6)
    rule(canvas, box.left, box.right, top - head, 1.2)
