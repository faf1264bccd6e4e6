"""Icons for tickets and payment at the reader, and a battery running out.

Drawn like those in ``icon_drawings``: in a 100 x 100 box, the kit's one line
weight, blue for the thing itself, amber for what to look at, red only for
the warning of an empty battery.
"""

from __future__ import annotations

from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.icon_drawings import _path, _s
from peerhelper.guides.kit.svg import tag

# The three finder squares of a QR code and the modules between them, on a 7 x 7 grid
# of the code's 64-unit square. The pattern is decorative: it encodes nothing.
_MODULES = (
    (3, 0),
    (4, 1),
    (3, 2),
    (4, 3),
    (0, 3),
    (2, 4),
    (3, 4),
    (5, 3),
    (6, 4),
    (4, 5),
    (6, 6),
    (3, 6),
    (5, 5),
)


def battery_low(c: str, sw: float) -> str:
    """A battery nearly empty: a thin red level and a red warning mark beside it."""
    return (
        tag("rect", x=6, y=30, width=70, height=40, rx=8, **_s(c, sw, p.PAPER))
        + tag("rect", x=76, y=41, width=8, height=18, rx=3, fill=c)
        + tag("rect", x=13, y=37, width=10, height=26, rx=3, fill=p.RED)
        + _path("M50 40 V54", p.RED, sw * 1.4)
        + tag("circle", cx=50, cy=62, r=sw * 0.9, fill=p.RED)
    )


def card_reader(c: str, sw: float) -> str:
    """A payment terminal with the contactless sign, and a card held against it."""
    return "".join(
        [
            tag("rect", x=8, y=20, width=50, height=74, rx=8, **_s(c, sw, p.BLUE_LIGHT)),
            tag("rect", x=16, y=28, width=34, height=18, rx=3, **_s(c, sw, p.PAPER)),
            _path("M22 60 Q28 66 22 72 M30 56 Q40 66 30 76 M38 52 Q52 66 38 80", c, sw),
            tag("rect", x=56, y=8, width=36, height=52, rx=5, **_s(c, sw, p.AMBER_LIGHT)),
            tag("rect", x=62, y=16, width=10, height=8, rx=2, fill=p.AMBER),
        ]
    )


def ticket(c: str, sw: float) -> str:
    """A travel ticket: notched sides and a dashed tear line."""
    outline = "M10 24 H90 V40 Q82 40 82 50 Q82 60 90 60 V76 H10 V60 Q18 60 18 50 Q18 40 10 40 Z"
    return (
        _path(outline, c, sw, p.BLUE_LIGHT)
        + _path("M64 28 V34 M64 42 V48 M64 56 V62 M64 70 V72", c, sw)
        + _path("M28 42 H52 M28 54 H46", c, sw)
    )


def qr_code(c: str, sw: float) -> str:
    """A QR code as a ticket shows it: three finder squares and a scatter of modules."""
    cell = 64 / 7
    left = top = 18.0
    parts = [tag("rect", x=8, y=8, width=84, height=84, rx=6, **_s(c, sw, p.PAPER))]
    for fx, fy in ((0, 0), (4.5, 0), (0, 4.5)):
        x, y = left + fx * cell, top + fy * cell
        parts.append(tag("rect", x=x, y=y, width=cell * 2.5, height=cell * 2.5, **_s(c, sw)))
        parts.append(
            tag("rect", x=x + cell * 0.75, y=y + cell * 0.75, width=cell, height=cell, fill=c)
        )
    for mx, my in _MODULES:
        parts.append(
            tag("rect", x=left + mx * cell, y=top + my * cell, width=cell, height=cell, fill=c)
        )
    return "".join(parts)
