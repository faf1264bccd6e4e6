"""One numbered step of a handout: picture, number, tick box, caption and its second language.

In normal print the captions stand beside the picture; where the second
language would make the step a narrow column taller than it need be, it
runs under the picture and caption at full width instead. The picture
shrinks (within the limits the pagination sets) to fit a step on a page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from peerhelper.printing.page import MUTED, RULE, Box, Text, number_badge, tick_box

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.printing.handout_blocks import HandoutStyle
    from peerhelper.printing.pictures import PrintPicture


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


class StepBlock:
    """One numbered step: picture, number, tick box, caption (and its second language).

    ``second`` is the second language's text as placed: ``beside`` (in the
    caption column) or ``below`` (under picture and caption), whichever makes
    the step lower.
    """

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
        # Beside the picture the second language has a narrow column; where it
        # would run on below the picture it takes the width under both instead,
        # so long captions in two languages do not make a step a column tall.
        self.beside = self.second
        self.below = (
            _second_text(second[0], width - style.gutter, style.second, second[1])
            if second and not style.stacked
            else None
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
        """Make the picture smaller, down to ``least`` of its size, so the block fits ``limit``.

        All or nothing: a block that would not fit even then keeps its picture.
        """
        lowest = self.picture_height * least
        if self._height_with(lowest) <= limit + 1e-6:
            self._set_picture_height(self._tallest_picture_fitting(limit, lowest))

    def shrink_to(self, limit: float, least: float) -> None:
        """Make the picture smaller so the block fits ``limit`` if it can, never below
        ``least`` of its full size (the block may stay taller than ``limit``)."""
        lowest = min(self.picture_height, self.full_height * least)
        self._set_picture_height(self._tallest_picture_fitting(limit, lowest))

    def _height_with(self, picture_height: float) -> float:
        """The block's height with a picture ``picture_height`` tall (nothing changes)."""
        kept = self.picture_height, self.second
        self.picture_height = picture_height
        height = self._measure()
        self.picture_height, self.second = kept
        return height

    def _tallest_picture_fitting(self, limit: float, lowest: float) -> float:
        """The tallest picture, from ``lowest`` up to the present one, with which the block
        fits ``limit``; ``lowest`` if none does.

        The block's height grows with its picture's, but not in proportion (the
        captions beside it may be taller, or the second language may move under
        it), so the height is found by halving rather than computed.
        """
        low, high = lowest, self.picture_height
        if self._height_with(high) <= limit + 1e-6:
            return high
        if self._height_with(low) > limit + 1e-6:
            return low
        for _ in range(30):  # far finer than a printer's dot
            middle = (low + high) / 2
            if self._height_with(middle) <= limit + 1e-6:
                low = middle
            else:
                high = middle
        return low

    def _set_picture_height(self, height: float) -> None:
        if height < self.picture_height:
            self.picture_width *= height / self.picture_height
            self.picture_height = height
        self.height = self._measure()

    def _measure(self) -> float:
        """The block's height; beside the picture, the second language goes where it is lower.

        Each arrangement grows with the picture, so the lower of the two does
        too: a smaller picture never makes a taller step.
        """
        marks = self.style.badge + 10 + self.style.tick
        if self.style.stacked:
            return max(marks, self.picture_height + 10 + self._text_height())
        self.second = self.beside
        beside = max(marks, self.picture_height, self._text_height())
        if self.below is None:
            return beside
        top_row = max(self.picture_height, self.caption.height)
        below = max(marks, top_row + self.style.body * 0.5 + self.below.height)
        if below < beside:
            self.second = self.below
            return below
        return beside

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
        if self.second is not None and self.second is self.below:
            under = min(text_top, picture_bottom) - style.body * 0.5
            full = box.inner(style.gutter, box.width - style.gutter)
            _draw_second(canvas, self.second, full, under)
        elif self.second is not None:
            _draw_second(canvas, self.second, text_box, text_top - style.body * 0.5)
