"""The guide's "what you need" line on a handout, where it costs no paper.

The line is printed in the client's language where the guide has it, else
in the second language on the paper, else in the volunteer's, else in
English or Finnish; its label ("Du behöver:") is in the line's own language.
It goes under the title and summary. Where that would cost a page, or leave
the first page with fewer steps, it goes on the last page above the notes
instead; where even that costs a page, the handout leaves it out (the
volunteer sees it in the guide view).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from peerhelper.domain.languages import TEXT_FALLBACKS, fallback_chain
from peerhelper.printing.handout_blocks import StepBlock
from peerhelper.printing.labels import label
from peerhelper.printing.page import INK, Text

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

    from peerhelper.guides.model import Guide
    from peerhelper.printing.handout import HandoutOptions
    from peerhelper.printing.handout_blocks import Block, HandoutStyle
    from peerhelper.printing.page import Box


def needs_line(guide: Guide, options: HandoutOptions) -> tuple[str, str] | None:
    """The labelled "what you need" line and its language; None when the guide has none."""
    if not guide.needs.items:
        return None
    helpers = (options.second_lang or "", options.helper_lang, *TEXT_FALLBACKS)
    found = [code for code in fallback_chain(options.lang, helpers) if guide.needs.has(code)]
    code = found[0] if found else guide.needs.languages[0]
    return f"{label('needs', code)} {guide.needs.get(code)}", code


class NeedsBlock:
    """The "what you need" line on its own, above the notes on the last page."""

    def __init__(self, style: HandoutStyle, width: float, text: str, lang: str) -> None:
        self.text = Text.wrap(text, width, style.body * 0.9, lang=lang, color=INK)
        self.height = self.text.height  # the same size as under the title

    def draw(self, canvas: Canvas, box: Box, top: float) -> None:
        self.text.draw(canvas, box, top, align="start")


def costs_no_paper(trial: list[list[Block]], plain: list[list[Block]]) -> bool:
    """Whether ``trial`` has as many pages as ``plain`` and as many steps on the first."""

    def first_steps(pages: list[list[Block]]) -> int:
        return sum(isinstance(block, StepBlock) for block in pages[0])

    return len(trial) == len(plain) and first_steps(trial) >= first_steps(plain)
