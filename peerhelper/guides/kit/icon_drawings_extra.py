"""Icons added for calls, cameras and payments, drawn like those in ``icon_drawings``."""

from __future__ import annotations

from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.icon_drawings import _path, _s
from peerhelper.guides.kit.svg import tag


def barcode(c: str, sw: float) -> str:
    bars = [
        (14, 4),
        (22, 2),
        (28, 6),
        (38, 2),
        (44, 4),
        (52, 2),
        (58, 6),
        (68, 2),
        (74, 4),
        (82, 3),
    ]
    return tag("rect", x=6, y=18, width=88, height=64, rx=6, **_s(c, sw, p.PAPER)) + "".join(
        tag("rect", x=x, y=28, width=w, height=44, fill=c) for x, w in bars
    )


def handset(c: str, sw: float) -> str:
    """A telephone receiver: a phone call, not the phone itself."""
    return _path(
        "M22 14 Q30 10 36 16 L44 30 Q46 36 40 40 L34 44 Q42 60 56 68 L60 62 Q64 56 70 58 "
        "L84 66 Q90 70 86 78 L80 86 Q72 92 60 86 Q30 72 14 40 Q10 28 22 14 Z",
        c,
        sw,
        p.BLUE_LIGHT,
    )


def microphone(c: str, sw: float) -> str:
    return tag("rect", x=36, y=8, width=28, height=50, rx=14, **_s(c, sw, p.BLUE_LIGHT)) + _path(
        "M24 44 Q24 72 50 72 Q76 72 76 44 M50 72 V88 M34 90 H66", c, sw
    )


def viewfinder(c: str, sw: float) -> str:
    """A camera's viewfinder: four corners and the middle."""
    return _path(
        "M10 30 V14 Q10 10 14 10 H30 M70 10 H86 Q90 10 90 14 V30 "
        "M90 70 V86 Q90 90 86 90 H70 M30 90 H14 Q10 90 10 86 V70",
        c,
        sw * 1.2,
    ) + tag("circle", cx=50, cy=50, r=12, **_s(c, sw))


def laptop_phone(c: str, sw: float) -> str:
    """A laptop and a phone together: either device will do."""
    return "".join(
        [
            tag("rect", x=8, y=18, width=62, height=42, rx=4, **_s(c, sw, p.BLUE_LIGHT)),
            _path("M2 68 H76 L70 60 H8 Z", c, sw, p.PAPER),
            tag("rect", x=66, y=36, width=28, height=52, rx=5, **_s(c, sw, p.PAPER)),
            _path("M76 80 H84", c, sw),
        ]
    )
