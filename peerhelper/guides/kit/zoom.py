"""The zoom: a framed card that shows the words a step points at, large enough to print.

A phone's screen words are 13–17 pixels on the 800-pixel stage; a handout
prints the whole picture about 170–330 points wide, so they come out at
3–5 pt. The zoom repeats the pointed-at element's words at ``READABLE_PX``
in a card beside the device, in the element's own colours (a blue button
stays a blue button), with an amber line from the card to the element.
``place_zoom`` finds the spot that covers least: never the element itself,
the hand, the badge, the speech bubble or a face, and as little else as it
can.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.layout import Box, Drawn
from peerhelper.guides.kit.measure import Word, centre_in, inside, measure, paints
from peerhelper.guides.kit.svg import tag, text, text_width, wrap

# The zoom's font size on the 800 x 600 stage: 7.5 pt when a normal handout prints
# the picture at its smallest (168 pt wide), 10.4 pt in large print (231 pt);
# tests/guides check it against the handout's sizes.
READABLE_PX = 36.0
MAX_LINES = 4  # more words than this is a paragraph: the caption tells it, not a zoom
CARD_WIDTH = 540.0  # the widest card, frame included
PAD = 14.0
GAP = 10.0  # between the words of two elements in one card
LINE_HEIGHT = 1.2
STAGE = Box(6, 6, 788, 588)
# Renderers draw large bold words a little wider than the kit's estimate (DejaVu Sans
# is wider than Noto Sans): the card leaves this much more room.
ROOMY = 1.18
_BREAKS = "@./-_"  # where a long address may go on to the next line


@dataclass(frozen=True)
class Line:
    words: str
    bold: bool
    fill: str


@dataclass(frozen=True)
class Piece:
    """The words of one element as the zoom shows them, and the element's colours."""

    ident: str
    lines: tuple[Line, ...]
    chip: tuple[str, str | None] | None  # fill and outline behind the words, if any


@dataclass(frozen=True)
class Zoom:
    svg: str
    card: Box
    rows: dict[str, Box]  # where each element's words are in the card


def key_box(targets: dict[str, Box], ident: str) -> Box | None:
    """Where the words that name ``ident`` are: a message is known by its sender's line."""
    return targets.get(f"{ident}.from") or targets.get(ident)


def key_words(drawn: Drawn, ident: str, words: list[Word] | None = None) -> list[Word]:
    """The words of the element ``ident``, top to bottom."""
    box = key_box(drawn.targets, ident)
    if box is None:
        return []
    found = words if words is not None else measure(drawn.svg)[0]
    return sorted((w for w in found if centre_in(w.box, box)), key=lambda w: (w.box.y, w.box.x))


def _chip(drawn: Drawn, ident: str, words: list[Word]) -> tuple[str, str | None] | None:
    """The fill and outline of the button, field or tile the words sit on."""
    box = key_box(drawn.targets, ident)
    if box is None or not words:
        return None
    holders = [
        (b, fill, stroke)
        for b, fill, stroke in paints(drawn.svg)
        if all(centre_in(w.box, b) for w in words) and inside(b, box, 3)
    ]
    if not holders:
        return None
    _b, fill, stroke = min(holders, key=lambda held: held[0].w * held[0].h)
    return fill, stroke


def piece(drawn: Drawn, ident: str, words: list[Word] | None = None) -> Piece | None:
    """The zoom's lines for ``ident``, or None when it has no words or too many for a zoom."""
    found = key_words(drawn, ident, words)
    room = CARD_WIDTH - 4 * PAD
    lines: list[Line] = []
    chip = _chip(drawn, ident, found)
    for word in found:
        # White words belong on their button's colour; on the white card they would vanish.
        fill = p.INK if word.fill == p.PAPER and chip is None else word.fill
        for line in wrap(word.text, room / ROOMY, READABLE_PX, word.bold):
            lines += [Line(part, word.bold, fill) for part in _split(line, room / ROOMY, word.bold)]
    if not lines or len(lines) > MAX_LINES:
        return None
    return Piece(ident, tuple(lines), chip)


def _split(line: str, room: float, bold: bool) -> list[str]:
    """A line too long for the card, cut after an address's @, dots or dashes (or anywhere)."""
    parts: list[str] = []
    while text_width(line, READABLE_PX, bold) > room:
        fits = [i for i in range(1, len(line)) if text_width(line[:i], READABLE_PX, bold) <= room]
        end = fits[-1] if fits else 1
        cuts = [i + 1 for i in range(end) if line[i] in _BREAKS and i + 1 <= end]
        cut = cuts[-1] if cuts and cuts[-1] > end / 3 else end
        parts.append(line[:cut])
        line = line[cut:]
    return [*parts, line]


def _piece_size(part: Piece) -> tuple[float, float]:
    step = READABLE_PX * LINE_HEIGHT
    width = ROOMY * max(text_width(line.words, READABLE_PX, line.bold) for line in part.lines)
    inner = 2 * PAD if part.chip else 0
    return width + inner, len(part.lines) * step + (PAD if part.chip else 0)


def card_size(pieces: list[Piece]) -> tuple[float, float]:
    sizes = [_piece_size(part) for part in pieces]
    width = max(w for w, _h in sizes) + 2 * PAD
    height = sum(h for _w, h in sizes) + GAP * (len(sizes) - 1) + 2 * PAD
    return min(width, CARD_WIDTH), height


def _area(a: Box, b: Box) -> float:
    w = min(a.x + a.w, b.x + b.w) - max(a.x, b.x)
    h = min(a.y + a.h, b.y + b.h) - max(a.y, b.y)
    return w * h if w > 0 and h > 0 else 0.0


def _nearest(box: Box, x: float, y: float) -> tuple[float, float]:
    return min(max(x, box.x), box.x + box.w), min(max(y, box.y), box.y + box.h)


def _reach(card: Box, aims: list[Box]) -> float:
    """How far the connecting lines run from the card to its elements."""
    total = 0.0
    for aim in aims:
        cx, cy = _nearest(card, aim.cx, aim.cy)
        ax, ay = _nearest(aim, cx, cy)
        total += ((cx - ax) ** 2 + (cy - ay) ** 2) ** 0.5
    return total


def _crossings(card: Box, aims: list[Box], words: list[Box]) -> int:
    """How many words the connecting lines would run through (sampled along each line)."""
    count = 0
    for aim in aims:
        cx, cy = _nearest(card, aim.cx, aim.cy)
        ax, ay = _nearest(aim, cx, cy)
        points = [Box(cx + (ax - cx) * i / 10, cy + (ay - cy) * i / 10, 0, 0) for i in range(11)]
        count += sum(any(centre_in(point, word) for word in words) for point in points)
    return count


def place_zoom(
    size: tuple[float, float],
    aims: list[Box],
    keep_clear: list[Box],
    avoid: Iterable[tuple[Box, float]],
    words: list[Box] | None = None,
) -> Box:
    """Where the card goes: clear of ``keep_clear``, over as little of ``avoid`` as can be,
    with lines to ``aims`` that run through as few ``words`` as can be."""
    w, h = size
    weighted = [*((box, 400.0) for box in keep_clear), *avoid]

    def cost(card: Box) -> float:
        covered = sum(_area(card, box) * weight for box, weight in weighted)
        return covered + 30 * _reach(card, aims)

    def full_cost(card: Box) -> float:  # the crossings are dear to count: only for the best
        return cost(card) + 3000 * _crossings(card, aims, words or [])

    def grid(xs: Iterable[float], ys: Iterable[float]) -> list[Box]:
        return [Box(x, y, w, h) for x in xs for y in ys]

    right, bottom = STAGE.x + STAGE.w - w, STAGE.y + STAGE.h - h
    xs = [STAGE.x + (right - STAGE.x) * i / 14 for i in range(15)]
    ys = [STAGE.y + (bottom - STAGE.y) * i / 10 for i in range(11)]
    coarse = sorted(grid(xs, ys), key=cost)[:12]
    best = min(coarse, key=full_cost)
    fine_x = [min(max(best.x + dx, STAGE.x), right) for dx in range(-24, 25, 8)]
    fine_y = [min(max(best.y + dy, STAGE.y), bottom) for dy in range(-24, 25, 8)]
    return min(grid(fine_x, fine_y), key=full_cost)


def draw_zoom(pieces: list[Piece], card: Box, aims: dict[str, Box]) -> Zoom:
    """The card at ``card`` with each piece's words, and lines to the elements in ``aims``."""
    lines_svg: list[str] = []
    body: list[str] = []
    rows: dict[str, Box] = {}
    y = card.y + PAD
    step = READABLE_PX * LINE_HEIGHT
    for part in pieces:
        pw, ph = _piece_size(part)
        row = Box(card.x + PAD, y, min(pw, card.w - 2 * PAD), ph)
        rows[part.ident] = row
        tx = row.x
        if part.chip:
            fill, stroke = part.chip
            body.append(
                tag(
                    "rect",
                    x=row.x,
                    y=row.y,
                    width=row.w,
                    height=row.h,
                    rx=min(row.h / 2, 22.0),
                    fill=fill,
                    stroke=stroke,
                    stroke_width=p.LINE_THIN if stroke else None,
                )
            )
            tx += PAD
        first = row.y + (PAD / 2 if part.chip else 0) + step / 2
        for i, line in enumerate(part.lines):
            body.append(
                text(line.words, tx, first + i * step, READABLE_PX, "start", line.bold, line.fill)
            )
        aim = aims.get(part.ident)
        if aim is not None:
            lines_svg.append(_connector(card, row, aim))
        y += ph + GAP
    frame = tag(
        "rect",
        x=card.x,
        y=card.y,
        width=card.w,
        height=card.h,
        rx=18,
        fill=p.PAPER,
        stroke=p.AMBER,
        stroke_width=5,
    )
    svg = "".join(lines_svg) + tag("g", frame + "".join(body))
    return Zoom(svg, card, rows)


def _connector(card: Box, row: Box, aim: Box) -> str:
    """An amber line from the card's edge beside ``row`` to the element, with a dot on it."""
    ax, ay = _nearest(aim, card.cx, row.cy)
    cx, cy = _nearest(card, ax, ay)
    if card.x < ax < card.x + card.w:  # the element is above or below the card
        cx = min(max(ax, card.x + 20), card.x + card.w - 20)
    else:
        cy = min(max(row.cy, card.y + 20), card.y + card.h - 20)
    line = {"stroke": p.AMBER, "stroke_linecap": "round", "fill": "none"}
    return (
        tag(
            "path", d=f"M{cx:.1f} {cy:.1f} L{ax:.1f} {ay:.1f}", stroke_width=9, opacity=0.35, **line
        )
        + tag("path", d=f"M{cx:.1f} {cy:.1f} L{ax:.1f} {ay:.1f}", stroke_width=4, **line)
        + tag("circle", cx=ax, cy=ay, r=6, fill=p.AMBER)
    )
