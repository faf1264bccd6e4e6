"""The blocks a handout is made of: title, steps, notes and the bring-list.

Each block is measured once when it is made (its ``height`` at a given
width) and drawn later at any ``top``; the handout paginates whole blocks,
which is what keeps a step's picture, number, tick box and captions on one
page. All positions go through :class:`~peerhelper.printing.page.Box`, so a
right-to-left handout is the same drawing mirrored.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from peerhelper.printing.page import (
    BLUE,
    INK,
    MUTED,
    PALE_BLUE,
    RULE,
    Box,
    FooterStyle,
    Text,
    number_badge,
    rule,
    tick_box,
)

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.printing.pictures import PrintPicture


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


def _second_text(text: str, width: float, size: float, lang: str) -> Text:
    return Text.wrap(text, width - 10, size, lang=lang, color=MUTED)


def _draw_second(canvas: Canvas, text: Text, box: Box, top: float) -> None:
    """A second-language text with a thin bar on its own start side, set in by the bar.

    The bar follows the text's direction, not the page's: Finnish under an
    Arabic caption has its bar on the left, next to where its lines begin.
    """
    rtl = bool(text.lines) and text.lines[0].rtl
    box = Box(box.left, box.width, rtl)
    canvas.setFillColor(RULE)
    canvas.rect(box.x(0, 2.5), top - text.height, 2.5, text.height, stroke=0, fill=1)
    text.draw(canvas, box.inner(10, box.width - 10), top)


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


class StepBlock:
    """One numbered step: picture, number, tick box, caption (and its second language)."""

    def __init__(
        self,
        style: HandoutStyle,
        width: float,
        number: int,
        picture: PrintPicture,
        caption: tuple[str, str],
        second: tuple[str, str] | None,
        max_height: float,
        target_height: float,
    ) -> None:
        self.style, self.number, self.picture = style, number, picture
        room = width - style.gutter
        self.picture_width = min(style.picture_width, room)
        self.picture_height = self.picture_width * picture.height / picture.width
        if self.picture_height > style.picture_max_height:  # a tall phone screenshot
            self.picture_height = style.picture_max_height
            self.picture_width = self.picture_height * picture.width / picture.height
        self.full_height = self.picture_height
        self.text_offset = (
            style.gutter if style.stacked else style.gutter + style.picture_width + 16
        )
        text_width = width - self.text_offset
        self.caption = Text.wrap(caption[0], text_width, style.body, lang=caption[1])
        self.second = (
            _second_text(second[0], text_width, style.second, second[1]) if second else None
        )
        self.height = self._measure()
        # Shrink the picture a little where that fits one more step on a page
        # (target), and as far as needed for a step to fit a page at all.
        if self.height > target_height:
            self._shrink_to(target_height, 0.7)
        if self.height > max_height:  # only a very long caption gets here
            self._shrink_to(max_height, 0.3)

    def _text_height(self) -> float:
        second = self.second.height + self.style.body * 0.5 if self.second else 0.0
        return self.caption.height + second

    def _shrink_to(self, limit: float, least: float) -> None:
        """Make the picture smaller, down to ``least`` of its size, so the block fits ``limit``."""
        room = limit - 10 - self._text_height() if self.style.stacked else limit
        if room < self.picture_height * least or self._text_height() > limit:
            return
        if room < self.picture_height:
            self.picture_width *= room / self.picture_height
            self.picture_height = room
            self.height = self._measure()

    def shrink_to(self, limit: float, least: float) -> None:
        """Make the picture smaller so the block fits ``limit`` if it can, never below
        ``least`` of its full size (the block may stay taller than ``limit``)."""
        room = limit - 10 - self._text_height() if self.style.stacked else limit
        height = max(min(room, self.picture_height), self.full_height * least)
        if height < self.picture_height:
            self.picture_width *= height / self.picture_height
            self.picture_height = height
            self.height = self._measure()

    def _measure(self) -> float:
        marks = self.style.badge + 10 + self.style.tick
        if self.style.stacked:
            return max(marks, self.picture_height + 10 + self._text_height())
        return max(marks, self.picture_height, self._text_height())

    def draw(self, canvas: Canvas, box: Box, top: float) -> None:
        style = self.style
        number_badge(canvas, box.x(0, style.badge), top, style.badge, self.number)
        tick_x = box.x((style.badge - style.tick) / 2, style.tick)
        tick_box(canvas, tick_x, top - style.badge - 10 - style.tick, style.tick)

        picture_left = box.x(style.gutter, self.picture_width)
        picture_bottom = top - self.picture_height
        self.picture.draw(
            canvas, picture_left, picture_bottom, self.picture_width, self.picture_height
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.75)
        canvas.roundRect(
            picture_left, picture_bottom, self.picture_width, self.picture_height, 4, stroke=1
        )

        text_box = box.inner(self.text_offset, box.width - self.text_offset)
        text_top = picture_bottom - 10 if style.stacked else top
        text_top -= self.caption.draw(canvas, text_box, text_top)
        if self.second is not None:
            _draw_second(canvas, self.second, text_box, text_top - style.body * 0.5)


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
