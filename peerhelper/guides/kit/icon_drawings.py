"""The drawings behind the recurring icons, each in a 100 x 100 box.

``sw`` is the stroke width in the box's units, chosen by ``icons.icon`` so
every icon keeps the kit's one line weight whatever its size.
"""

from __future__ import annotations

from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.svg import tag


def _s(color: str, sw: float, fill: str = "none") -> dict[str, object]:
    return {
        "stroke": color,
        "stroke_width": sw,
        "fill": fill,
        "stroke_linecap": "round",
        "stroke_linejoin": "round",
    }


def _path(d: str, color: str, sw: float, fill: str = "none") -> str:
    return tag("path", d=d, **_s(color, sw, fill))


def login(c: str, sw: float) -> str:
    return _path("M55 15 H78 Q85 15 85 22 V78 Q85 85 78 85 H55", c, sw) + _path(
        "M15 50 H62 M46 33 L63 50 L46 67", c, sw * 1.3
    )


def logout(c: str, sw: float) -> str:
    return _path("M45 15 H22 Q15 15 15 22 V78 Q15 85 22 85 H45", c, sw) + _path(
        "M38 50 H85 M69 33 L86 50 L69 67", c, sw * 1.3
    )


def bank_id(c: str, sw: float) -> str:
    bank = _path("M10 38 L50 14 L90 38 Z", c, sw, p.BLUE_LIGHT) + _path(
        "M22 44 V74 M40 44 V74 M58 44 V74 M10 82 H76", c, sw
    )
    key = tag("circle", cx=76, cy=70, r=16, **_s(c, sw, p.AMBER)) + _path(
        "M76 64 V76 M70 70 H76", p.INK, sw * 0.8
    )
    return bank + key


def attachment(c: str, sw: float) -> str:
    return _path(
        "M62 30 L34 62 Q26 72 36 80 Q46 88 55 78 L82 46 Q94 30 80 20 Q66 10 54 24 L26 56",
        c,
        sw * 1.2,
    )


def send(c: str, sw: float) -> str:
    return _path("M12 48 L88 14 L66 88 L48 58 Z", c, sw, p.BLUE_LIGHT) + _path(
        "M48 58 L88 14", c, sw
    )


def danger(c: str, sw: float) -> str:
    return (
        _path("M50 10 L92 86 H8 Z", c, sw, p.RED_LIGHT)
        + _path("M50 38 V60", c, sw * 1.6)
        + tag("circle", cx=50, cy=73, r=sw * 1.1, fill=c)
    )


def done(c: str, sw: float) -> str:
    return tag("circle", cx=50, cy=50, r=40, **_s(c, sw, p.GREEN_LIGHT)) + _path(
        "M30 51 L45 65 L71 36", c, sw * 1.6
    )


def wifi(c: str, sw: float) -> str:
    arcs = "M14 40 Q50 8 86 40 M26 54 Q50 32 74 54 M38 68 Q50 58 62 68"
    return _path(arcs, c, sw * 1.4) + tag("circle", cx=50, cy=80, r=7, fill=c)


def lock(c: str, sw: float) -> str:
    return (
        _path("M32 44 V32 Q32 14 50 14 Q68 14 68 32 V44", c, sw * 1.3)
        + tag("rect", x=20, y=44, width=60, height=44, rx=8, **_s(c, sw, p.AMBER_LIGHT))
        + tag("circle", cx=50, cy=64, r=6, fill=c)
    )


def key(c: str, sw: float) -> str:
    return tag("circle", cx=30, cy=50, r=18, **_s(c, sw, p.AMBER_LIGHT)) + _path(
        "M48 50 H88 M76 50 V64 M86 50 V60", c, sw * 1.2
    )


def phone(c: str, sw: float) -> str:
    return tag("rect", x=28, y=8, width=44, height=84, rx=9, **_s(c, sw, p.BLUE_LIGHT)) + _path(
        "M44 80 H56", c, sw
    )


def laptop(c: str, sw: float) -> str:
    return tag("rect", x=20, y=20, width=60, height=44, rx=4, **_s(c, sw, p.BLUE_LIGHT)) + _path(
        "M8 76 H92 L84 84 H16 Z", c, sw, p.GREY_LIGHT
    )


def mail(c: str, sw: float) -> str:
    return tag("rect", x=10, y=22, width=80, height=56, rx=6, **_s(c, sw, p.PAPER)) + _path(
        "M12 26 L50 56 L88 26", c, sw
    )


def camera(c: str, sw: float) -> str:
    return _path(
        "M10 34 Q10 28 16 28 H32 L38 18 H62 L68 28 H84 Q90 28 90 34 V76 Q90 82 84 82"
        " H16 Q10 82 10 76 Z",
        c,
        sw,
        p.BLUE_LIGHT,
    ) + tag("circle", cx=50, cy=54, r=16, **_s(c, sw, p.PAPER))


def search(c: str, sw: float) -> str:
    return tag("circle", cx=42, cy=42, r=26, **_s(c, sw * 1.2, p.PAPER)) + _path(
        "M61 61 L86 86", c, sw * 2
    )


def settings(c: str, sw: float) -> str:
    teeth = "".join(
        tag("rect", x=42, y=6, width=16, height=22, rx=4, fill=c, transform=f"rotate({a} 50 50)")
        for a in range(0, 360, 45)
    )
    return (
        teeth
        + tag("circle", cx=50, cy=50, r=30, fill=c)
        + tag("circle", cx=50, cy=50, r=12, fill=p.PAPER)
    )


def home(c: str, sw: float) -> str:
    return _path("M12 48 L50 14 L88 48 M22 40 V86 H78 V40", c, sw * 1.2, p.BLUE_LIGHT) + _path(
        "M42 86 V62 H58 V86", c, sw
    )


def back(c: str, sw: float) -> str:
    return _path("M84 50 H18 M40 26 L16 50 L40 74", c, sw * 1.6)


def power(c: str, sw: float) -> str:
    return _path("M32 26 Q14 40 16 58 Q20 86 50 86 Q80 86 84 58 Q86 40 68 26", c, sw * 1.5) + _path(
        "M50 12 V48", c, sw * 1.6
    )


def volume(c: str, sw: float) -> str:
    return _path("M12 38 H28 L50 18 V82 L28 62 H12 Z", c, sw, p.BLUE_LIGHT) + _path(
        "M62 36 Q72 50 62 64 M72 24 Q90 50 72 76", c, sw * 1.2
    )


def battery(c: str, sw: float) -> str:
    return (
        tag("rect", x=8, y=28, width=76, height=44, rx=8, **_s(c, sw, p.PAPER))
        + tag("rect", x=84, y=40, width=8, height=20, rx=3, fill=c)
        + tag("rect", x=16, y=36, width=40, height=28, rx=4, fill=p.GREEN)
    )


def bolt(c: str, sw: float) -> str:
    return _path("M58 8 L22 56 H48 L40 92 L78 40 H52 Z", c, sw, p.AMBER)


def question(c: str, sw: float) -> str:
    return (
        tag("circle", cx=50, cy=50, r=40, **_s(c, sw, p.BLUE_LIGHT))
        + _path("M36 38 Q36 22 50 22 Q64 22 64 36 Q64 46 50 52 V60", c, sw * 1.5)
        + tag("circle", cx=50, cy=74, r=sw * 1.2, fill=c)
    )


def info(c: str, sw: float) -> str:
    return (
        tag("circle", cx=50, cy=50, r=40, **_s(c, sw, p.BLUE_LIGHT))
        + _path("M50 46 V74", c, sw * 1.6)
        + tag("circle", cx=50, cy=30, r=sw * 1.2, fill=c)
    )


def video(c: str, sw: float) -> str:
    return tag("rect", x=8, y=26, width=60, height=48, rx=8, **_s(c, sw, p.BLUE_LIGHT)) + _path(
        "M68 44 L92 30 V70 L68 56 Z", c, sw, p.BLUE_LIGHT
    )


def calendar(c: str, sw: float) -> str:
    return (
        tag("rect", x=12, y=18, width=76, height=70, rx=8, **_s(c, sw, p.PAPER))
        + tag("rect", x=12, y=18, width=76, height=18, rx=6, fill=c)
        + _path("M32 10 V26 M68 10 V26", c, sw * 1.2)
        + "".join(
            tag("rect", x=24 + 20 * i, y=48 + 18 * j, width=12, height=10, rx=2, fill=c)
            for i in range(3)
            for j in range(2)
        )
    )


def medicine(c: str, sw: float) -> str:
    """A medicine bottle with a cross on its label: not a capsule, which reads as a link."""
    return "".join(
        [
            tag("rect", x=30, y=8, width=40, height=16, rx=3, **_s(c, sw, p.BLUE_LIGHT)),
            tag("rect", x=22, y=24, width=56, height=68, rx=10, **_s(c, sw, p.PAPER)),
            tag("rect", x=22, y=42, width=56, height=32, **_s(c, sw, p.BLUE_LIGHT)),
            _path("M50 48 V68 M40 58 H60", c, sw * 1.2),
        ]
    )


def document(c: str, sw: float) -> str:
    return _path("M22 8 H62 L80 26 V92 H22 Z", c, sw, p.PAPER) + _path(
        "M62 8 V26 H80 M34 44 H68 M34 58 H68 M34 72 H56", c, sw
    )


def user(c: str, sw: float) -> str:
    return tag("circle", cx=50, cy=34, r=18, **_s(c, sw, p.BLUE_LIGHT)) + _path(
        "M16 90 Q16 58 50 58 Q84 58 84 90 Z", c, sw, p.BLUE_LIGHT
    )


def eye_off(c: str, sw: float) -> str:
    return (
        _path("M8 50 Q50 8 92 50 Q50 92 8 50 Z", c, sw, p.PAPER)
        + tag("circle", cx=50, cy=50, r=13, fill=c)
        + _path("M16 84 L84 16", c, sw * 1.5)
    )


def store(c: str, sw: float) -> str:
    return _path("M16 34 H84 L78 90 H22 Z", c, sw, p.BLUE_LIGHT) + _path(
        "M36 44 V28 Q36 12 50 12 Q64 12 64 28 V44", c, sw
    )


def trash(c: str, sw: float) -> str:
    return (
        _path("M14 24 H86 M40 24 V14 H60 V24", c, sw)
        + _path("M22 24 L28 90 H72 L78 24", c, sw, p.PAPER)
        + _path("M40 40 V76 M60 40 V76", c, sw)
    )


def message(c: str, sw: float) -> str:
    return _path(
        "M14 18 H86 Q92 18 92 24 V64 Q92 70 86 70 H40 L22 86 V70 H14 Q8 70 8 64 V24 Q8 18 14 18 Z",
        c,
        sw,
        p.BLUE_LIGHT,
    ) + _path("M24 36 H76 M24 52 H60", c, sw)


def card(c: str, sw: float) -> str:
    return (
        tag("rect", x=8, y=22, width=84, height=56, rx=8, **_s(c, sw, p.BLUE_LIGHT))
        + tag("rect", x=8, y=34, width=84, height=10, fill=c)
        + tag("rect", x=18, y=56, width=18, height=12, rx=2, fill=p.AMBER)
    )


def globe(c: str, sw: float) -> str:
    return tag("circle", cx=50, cy=50, r=40, **_s(c, sw, p.BLUE_LIGHT)) + _path(
        "M10 50 H90 M50 10 Q26 50 50 90 M50 10 Q74 50 50 90", c, sw
    )


def hourglass(c: str, sw: float) -> str:
    return _path("M24 10 H76 M24 90 H76", c, sw * 1.3) + _path(
        "M30 10 Q30 40 50 50 Q30 60 30 90 H70 Q70 60 50 50 Q70 40 70 10 Z", c, sw, p.AMBER_LIGHT
    )


def bell(c: str, sw: float) -> str:
    return _path(
        "M22 72 Q28 64 28 46 Q28 20 50 20 Q72 20 72 46 Q72 64 78 72 Z", c, sw, p.AMBER
    ) + _path("M42 82 Q50 90 58 82 M50 12 V20", c, sw)


def bill(c: str, sw: float) -> str:
    return _path(
        "M20 8 H80 V92 L70 84 L60 92 L50 84 L40 92 L30 84 L20 92 Z", c, sw, p.PAPER
    ) + _path("M60 34 Q52 26 44 32 Q36 40 40 54 Q46 66 60 58 M34 42 H54 M34 50 H52", c, sw)


def health(c: str, sw: float) -> str:
    return _path(
        "M50 88 Q10 60 12 36 Q14 14 34 14 Q46 14 50 26 Q54 14 66 14 Q86 14 88 36 Q90 60 50 88 Z",
        c,
        sw,
        p.RED_LIGHT,
    ) + _path("M50 36 V64 M36 50 H64", c, sw * 1.4)


def download(c: str, sw: float) -> str:
    return _path("M50 10 V62 M28 42 L50 64 L72 42", c, sw * 1.5) + _path(
        "M14 70 V86 H86 V70", c, sw * 1.3
    )


def chevron(c: str, sw: float) -> str:
    return _path("M36 20 L66 50 L36 80", c, sw * 1.6)
