"""Putting a handout's blocks on pages without wasting paper.

Whole blocks go on pages in order. Where a step would leave the room at the
bottom of a page empty, its picture shrinks a little (never below
``SQUEEZE`` of its size) so that it stays on the page: the title never has
page 1 to itself. The notes area goes last, its lines filling what is left;
it never takes a page of its own while a step could keep it company.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from peerhelper.printing.handout_blocks import NotesBlock, StepBlock

if TYPE_CHECKING:
    from peerhelper.printing.handout_blocks import Block, HandoutStyle

# The smallest share of its size a step's picture keeps to stay on a page;
# on page 1 a little smaller still, so the title never has a page to itself.
SQUEEZE = 0.6
FIRST_PAGE_SQUEEZE = 0.45


def used(page: list[Block], gap: float) -> float:
    """The height the blocks of ``page`` take, with the gaps between and after them."""
    return sum(block.height for block in page) + gap * len(page)


def squeezed(block: Block, room: float, least: float = SQUEEZE) -> Block | None:
    """A copy of a step whose smaller picture fits ``room``; None if it cannot."""
    if not isinstance(block, StepBlock) or room <= 0:
        return None
    smaller = copy.copy(block)
    smaller.shrink_to(room, least)
    return smaller if smaller.height <= room + 1e-6 else None


def lay_out(blocks: list[Block], frame: float, gap: float) -> list[list[Block]]:
    """The blocks on pages; a step that would start a new page shrinks to stay if it can."""
    pages: list[list[Block]] = [[]]
    for block in blocks:
        room = frame - used(pages[-1], gap)
        if pages[-1] and block.height > room + 1e-6:
            least = FIRST_PAGE_SQUEEZE if len(pages) == 1 else SQUEEZE
            smaller = squeezed(block, room, least)
            if smaller is None:
                pages.append([])
            else:
                block = smaller
        pages[-1].append(block)
    return pages


def place_notes(
    pages: list[list[Block]], style: HandoutStyle, width: float, frame: float, notes: NotesBlock
) -> None:
    """Add the notes area on the last page, its lines filling the room left.

    If even its fewest lines do not fit, the steps of the last page shrink a
    little to make room; failing that, the last step moves over to keep the
    notes company on a new page.
    """
    gap = style.step_gap

    def lines_left(page: list[Block]) -> int:
        return notes.lines_fitting(frame - used(page, gap))

    def with_lines(lines: int) -> NotesBlock:
        return NotesBlock(style, width, notes.label_texts, notes.note_text, lines)

    last = pages[-1]
    if not lines_left(last):
        fewest = with_lines(style.note_lines[0]).height
        _make_room(last, frame - fewest, gap)
    if lines_left(last):
        last.append(with_lines(lines_left(last)))
        return
    moved: list[Block] = []
    if len(last) > 1 and isinstance(last[-1], StepBlock):
        moved.append(last.pop())
    page = moved
    if not lines_left(page):  # a step taller than a page with notes: the notes go alone
        last.extend(moved)
        page = []
    page.append(with_lines(lines_left(page) or style.note_lines[0]))
    pages.append(page)


def _make_room(page: list[Block], room: float, gap: float) -> None:
    """Shrink the steps of ``page`` (last first) until its blocks fit ``room``; all or nothing."""
    trial = list(page)
    for index in reversed(range(len(trial))):
        over = used(trial, gap) - room
        if over <= 1e-6:
            break
        current = trial[index]
        smaller = squeezed(current, current.height - over)
        if smaller is None and isinstance(current, StepBlock):
            step = copy.copy(current)
            step.shrink_to(0, SQUEEZE)  # as small as allowed, then on to the one before
            smaller = step
        if smaller is not None:
            trial[index] = smaller
    if used(trial, gap) <= room + 1e-6:
        page[:] = trial
