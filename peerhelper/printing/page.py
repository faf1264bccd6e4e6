"""Shared pieces of every printed page: paper, colours, wrapped text, boxes, the footer.

Positions are in points with reportlab's origin at the bottom left. Layouts
place things by their distance from the *start* edge of a box (:class:`Box`),
so a right-to-left page is the same layout mirrored: numbers, tick boxes and
the symbol move to the right.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from peerhelper.printing.text import (
    Line,
    baseline_offset,
    default_leading,
    draw_line,
    keep_ltr,
    layout_line,
    text_direction,
    wrap_text,
)

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.domain.site import SiteProfileData
    from peerhelper.printing.pictures import PrintPicture

MM = 72 / 25.4
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * MM, 297 * MM),
    "A3": (297 * MM, 420 * MM),
    "letter": (612.0, 792.0),
}
INK = "#1E2A3A"  # the kit's outline colour: softer than pure black, still sharp
MUTED = "#4A5566"
RULE = "#B5BFCC"
BLUE = "#1F6FB5"  # the symbol's blue
PALE_BLUE = "#EAF2FA"


def paper_size(paper: str) -> tuple[float, float]:
    try:
        return PAPER_SIZES[paper]
    except KeyError:
        choices = ", ".join(PAPER_SIZES)
        raise ValueError(f"unknown paper size {paper!r}; use one of {choices}") from None


@dataclass(frozen=True)
class Box:
    """A horizontal band from ``left`` to ``left + width``, read from its start edge."""

    left: float
    width: float
    rtl: bool

    @property
    def right(self) -> float:
        return self.left + self.width

    def x(self, offset: float, width: float) -> float:
        """Left edge of a thing ``width`` wide whose start is ``offset`` from the start edge."""
        return self.right - offset - width if self.rtl else self.left + offset

    def inner(self, offset: float, width: float) -> Box:
        """The band ``width`` wide starting ``offset`` from this one's start edge."""
        return Box(self.x(offset, width), width, self.rtl)


@dataclass(frozen=True)
class Text:
    """A paragraph wrapped to a width, ready to measure and draw."""

    lines: tuple[Line, ...]
    size: float
    leading: float
    color: str

    @classmethod
    def wrap(
        cls,
        text: str,
        width: float,
        size: float,
        *,
        lang: str | None = None,
        bold: bool = False,
        color: str = INK,
        leading: float | None = None,
    ) -> Text:
        """Wrap ``text``; ``lang`` None takes the direction from the text itself."""
        rtl = text_direction(text, lang) == "rtl"
        lines = wrap_text(text, width, size, lang=lang, bold=bold) if text.strip() else []
        return cls(tuple(lines), size, leading or default_leading(size, rtl), color)

    @property
    def height(self) -> float:
        return self.leading * len(self.lines)

    def draw(self, canvas: Canvas, box: Box, top: float, align: str | None = None) -> float:
        """Draw with the first line box starting at ``top``; returns the height used.

        Each line keeps its own direction's alignment unless ``align`` is
        given ("start" means the page's start edge).
        """
        if align == "start":
            align = "right" if box.rtl else "left"
        canvas.setFillColor(self.color)
        baseline = top - baseline_offset(self.size, self.leading)
        for line in self.lines:
            draw_line(canvas, line, box.left, baseline, box.width, align)  # type: ignore[arg-type]
            baseline -= self.leading
        return self.height


def new_canvas(out: Path | IO[bytes], paper: str, title: str, subject: str = "") -> Canvas:
    """A canvas with our fonts, document information and no stray Helvetica."""
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.printing.fonts import font_name

    target = str(out) if isinstance(out, Path) else out
    canvas = Canvas(target, pagesize=paper_size(paper), initialFontName=font_name())
    canvas.setTitle(title)
    canvas.setSubject(subject)
    canvas.setCreator("PeerHelper")
    canvas.setAuthor("PeerHelper")
    return canvas


def tick_box(canvas: Canvas, x: float, y: float, size: float) -> None:
    """An empty square the client ticks by hand; drawn, because Noto has no ☐."""
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(max(1.2, size / 14))
    canvas.setFillColor("#FFFFFF")
    canvas.roundRect(x, y, size, size, size * 0.12, stroke=1, fill=1)


def number_badge(canvas: Canvas, x: float, top: float, diameter: float, number: int) -> None:
    """The step number, white on a blue disc, with its top-left corner at (x, top)."""
    radius = diameter / 2
    canvas.setFillColor(BLUE)
    canvas.circle(x + radius, top - radius, radius, stroke=0, fill=1)
    size = diameter * (0.55 if number < 10 else 0.45)
    line = layout_line(str(number), size, bold=True)
    canvas.setFillColor("#FFFFFF")
    draw_line(canvas, line, x + radius, top - radius - size * 0.36, align="center")


def define_form(
    canvas: Canvas, name: str, picture: PrintPicture, width: float, height: float
) -> None:
    """Store ``picture`` once in the PDF as a form that every page can show.

    The symbol is on every page; as a form its paths are written once,
    which keeps the file small and the build fast.
    """
    canvas.beginForm(name, 0, 0, width, height)
    picture.draw(canvas, 0, 0, width, height)
    canvas.endForm()


def show_form(canvas: Canvas, name: str, x: float, y: float) -> None:
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()


def rule(canvas: Canvas, x1: float, x2: float, y: float, width: float = 0.75) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(width)
    canvas.line(x1, y, x2, y)


@dataclass(frozen=True)
class FooterStyle:
    symbol_size: float
    name_size: float
    detail_size: float
    height: float


def site_lines(profile: SiteProfileData | None) -> list[str]:
    """The site's public facts as footer lines: name, address, hours and phone."""
    if profile is None:
        return []
    profile = profile.cleaned()
    name = " – ".join(part for part in (profile.site_name, profile.organisation) if part)
    # Digit groups of a phone number would be reversed beside Arabic opening hours.
    phone = keep_ltr(profile.phone) if profile.phone else ""
    contact = "   ".join(part for part in (profile.opening_hours, phone) if part)
    return [line for line in (name, profile.address, contact) if line]


def draw_footer(
    canvas: Canvas,
    box: Box,
    bottom: float,
    style: FooterStyle,
    site: Sequence[str],
    end_texts: Sequence[tuple[str, str, bool]],
    symbol_form: str | None,
) -> None:
    """The footer band from ``bottom`` up to ``bottom + style.height``.

    The symbol (a form of ``style.symbol_size`` made with :func:`define_form`)
    sits at the start edge, the site lines beside it, and ``end_texts``
    (text, language, bold) stack at the end edge.
    """
    top = bottom + style.height
    rule(canvas, box.left, box.right, top)
    offset = 0.0
    if symbol_form is not None:
        size = style.symbol_size
        show_form(canvas, symbol_form, box.x(0, size), top - 6 - size)
        offset = size + 10
    end_lines = [
        layout_line(text, style.detail_size, lang=lang, bold=bold) for text, lang, bold in end_texts
    ]
    end_width = max((line.width for line in end_lines), default=0.0)
    site_box = box.inner(offset, max(0.0, box.width - offset - end_width - 16))
    y = top - 6
    for index, text in enumerate(site):
        size = style.name_size if index == 0 else style.detail_size
        paragraph = Text.wrap(
            text, site_box.width, size, bold=index == 0, color=INK if index == 0 else MUTED
        )
        paragraph = Text(paragraph.lines[:2], paragraph.size, size * 1.3, paragraph.color)
        y -= paragraph.draw(canvas, site_box, y, align="start")
    y = top - 6
    end_box = box.inner(box.width - end_width, end_width)
    for (_text, _lang, bold), line in zip(end_texts, end_lines, strict=True):
        canvas.setFillColor(INK if bold else MUTED)
        leading = style.detail_size * 1.45
        draw_line(
            canvas,
            line,
            end_box.left,
            y - baseline_offset(style.detail_size, leading),
            end_box.width,
            "left" if box.rtl else "right",
        )
        y -= leading
