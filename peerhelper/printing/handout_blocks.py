"""The blocks a handout is made of: title, steps, notes and the bring-list.

Each block is measured once when it is made (its ``height`` at a given
width) and drawn later at any ``top``; the handout paginates whole blocks,
which is what keeps a step's picture, number, tick box and captions on one
page. All positions go through :class:`~peerhelper.printing.page.Box`, so a
right-to-left handout is the same drawing mirrored. A step's block has a
module of its own (``handout_step``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from peerhelper.printing.handout_step import StepBlock
from peerhelper.printing.page import (
    BLUE,
    INK,
    MUTED,
    PALE_BLUE,
    RULE,
    Box,
    FooterStyle,
    Text,
    rule,
)

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

__all__ = [
    "LARGE",
    "NORMAL",
    "Block",
    "BringBlock",
    "HandoutStyle",
    "NotesBlock",
    "StepBlock",
    "TitleBlock",
]


@dataclass(frozen=True)
class HandoutStyle:
    """Sizes in points for one print size."""

    title: float
    subtitle: float
    body: float  # captions in the client's language
    second: float  # captions in the second language
    label: float
    badge: float
    tick: float
    gutter: float  # the band holding the number and the tick box
    picture_width: float
    picture_max_height: float
    stacked: bool  # caption under the picture rather than beside it
    step_gap: float
    note_line: float  # distance between the lines to write on
    note_lines: tuple[int, int]  # fewest and most lines; they fill the last page's room
    footer: FooterStyle


NORMAL = HandoutStyle(
    title=22, subtitle=13, body=13, second=11, label=13, badge=30, tick=20, gutter=44,
    picture_width=240, picture_max_height=220, stacked=False, step_gap=14,
    note_line=26, note_lines=(3, 8), footer=FooterStyle(38, 10, 8.5, 48),
)  # fmt: skip
LARGE = HandoutStyle(
    title=30, subtitle=18, body=18, second=16, label=18, badge=40, tick=28, gutter=58,
    picture_width=330, picture_max_height=280, stacked=True, step_gap=18,
    note_line=36, note_lines=(3, 6), footer=FooterStyle(46, 13, 11, 70),
)  # fmt: skip


class Block(Protocol):
    height: float

    def draw(self, canvas: Canvas, box: Box, top: float) -> None: ...


class TitleBlock:
    """The guide's title and summary, the title in the second language, and what you need."""

    def __init__(
        self, style: HandoutStyle, width: float, texts: list[tuple[str, str, str]]
    ) -> None:
        # texts: (kind, text, lang) with kind "title", "second", "summary" or "needs"
        sizes = {
            "title": style.title,
            "second": style.subtitle,
            "summary": style.body * 0.9,
            "needs": style.body * 0.9,
        }
        self.parts = [
            Text.wrap(
                text,
                width,
                sizes[kind],
                lang=lang,
                bold=kind == "title",
                color=INK if kind in ("title", "needs") else MUTED,
            )
            for kind, text, lang in texts
            if text
        ]
        self.gap = style.body * 0.35
        self.height = sum(p.height for p in self.parts) + self.gap * len(self.parts) + 4

    def draw(self, canvas: Canvas, box: Box, top: float) -> None:
        for part in self.parts:
            top -= part.draw(canvas, box, top, align="start") + self.gap
        rule(canvas, box.left, box.right, top + self.gap / 2, 1.2)


class NotesBlock:
    """A framed area with lines to write on, and the helper's note above them."""

    def __init__(
        self,
        style: HandoutStyle,
        width: float,
        labels: list[tuple[str, str]],
        note: str,
        lines: int,
    ) -> None:
        self.style, self.lines = style, lines
        self.label_texts, self.note_text = labels, note
        inner = width - 24
        self.labels = [
            Text.wrap(text, inner, style.label if i == 0 else style.second, lang=lang,
                      bold=i == 0, color=INK if i == 0 else MUTED)
            for i, (text, lang) in enumerate(labels)
        ]  # fmt: skip
        self.note = Text.wrap(note, inner, style.body) if note.strip() else None
        self.head = sum(label.height for label in self.labels) + (
            self.note.height + 4 if self.note else 0.0
        )
        self.height = 12 + self.head + style.note_line * lines + 10

    def lines_fitting(self, room: float) -> int:
        """How many lines fit in ``room`` points, at most the style's most; 0 below its fewest."""
        fewest, most = self.style.note_lines
        base = self.height - self.style.note_line * self.lines
        fits = min(most, int((room - base + 1e-6) // self.style.note_line))
        return fits if fits >= fewest else 0

    def draw(self, canvas: Canvas, box: Box, top: float) -> None:
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(1)
        canvas.roundRect(box.left, top - self.height, box.width, self.height, 8, stroke=1, fill=0)
        inner = Box(box.left + 12, box.width - 24, box.rtl)
        y = top - 12
        for label in self.labels:
            y -= label.draw(canvas, inner, y, align="start")
        if self.note is not None:
            y -= self.note.draw(canvas, inner, y) + 4
        for _ in range(self.lines):
            y -= self.style.note_line
            rule(canvas, inner.left, inner.right, y, 0.8)


class BringBlock:
    """What the client should bring next time, on a pale blue band."""

    def __init__(
        self, style: HandoutStyle, width: float, labels: list[tuple[str, str]], bring: str
    ) -> None:
        inner = width - 30
        self.labels = [
            Text.wrap(text, inner, style.label if i == 0 else style.second, lang=lang,
                      bold=i == 0, color=INK if i == 0 else MUTED)
            for i, (text, lang) in enumerate(labels)
        ]  # fmt: skip
        self.text = Text.wrap(bring, inner, style.body)
        self.height = 12 + sum(lb.height for lb in self.labels) + 4 + self.text.height + 12

    def draw(self, canvas: Canvas, box: Box, top: float) -> None:
        canvas.setFillColor(PALE_BLUE)
        canvas.roundRect(box.left, top - self.height, box.width, self.height, 8, stroke=0, fill=1)
        canvas.setFillColor(BLUE)
        canvas.rect(box.x(0, 6), top - self.height, 6, self.height, stroke=0, fill=1)
        inner = box.inner(18, box.width - 30)
        y = top - 12
        for label in self.labels:
            y -= label.draw(canvas, inner, y, align="start")
        self.text.draw(canvas, inner, y - 4)
