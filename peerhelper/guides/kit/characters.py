"""The two recurring people: the helper and the client.

The helper is a younger person in the kit's blue with a lanyard badge; the
client is an older person with grey hair in a bun, glasses and a warm
cardigan. Both are drawn front-on in a local box 400 units high with the
feet at (0, 0); a pose only moves the arms, hands and face, so the same
person is recognisable in every picture. "Near" is the arm on the side the
person faces (towards the device or the other person).
"""

from __future__ import annotations

from dataclasses import dataclass

from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.svg import group, tag

Point = tuple[float, float]
HEIGHT_UNITS = 400.0
SIT_DROP = 95.0


@dataclass(frozen=True)
class Pose:
    near_elbow: Point
    near_hand: Point
    near_shape: str
    far_elbow: Point
    far_hand: Point
    far_shape: str
    face: str


_HANG_FAR = ((-66, -228), (-70, -168), "fist")
POSES: dict[str, Pose] = {
    "stand": Pose((66, -228), (70, -168), "fist", *_HANG_FAR, "smile"),
    "point": Pose((112, -292), (168, -306), "point", *_HANG_FAR, "smile"),
    "wave": Pose((104, -318), (118, -392), "open", *_HANG_FAR, "happy"),
    "think": Pose((78, -232), (26, -314), "fist", (-40, -214), (46, -222), "fist", "neutral"),
    "thumbs_up": Pose((100, -236), (104, -306), "thumb", *_HANG_FAR, "happy"),
    "stop": Pose((104, -262), (128, -330), "open", *_HANG_FAR, "eyes_closed"),
    "worried": Pose((76, -256), (46, -338), "open", (-76, -256), (-46, -338), "open", "worried"),
    "explain": Pose((86, -230), (128, -238), "open", (-86, -230), (-128, -238), "open", "happy"),
    "hold_phone": Pose((70, -222), (24, -262), "phone", (-60, -222), (-14, -254), "fist", "smile"),
}
FACES = ("smile", "happy", "neutral", "worried", "eyes_closed")


@dataclass(frozen=True)
class Look:
    skin: str
    hair: str
    top: str
    bottom: str


HELPER = Look(p.HELPER_SKIN, p.HELPER_HAIR, p.HELPER_SHIRT, p.HELPER_TROUSERS)
CLIENT = Look(p.CLIENT_SKIN, p.CLIENT_HAIR, p.CLIENT_CARDIGAN, p.CLIENT_SKIRT)
PEOPLE = {"helper": HELPER, "client": CLIENT}


def _outlined(d: str, colour: str, width: float) -> str:
    """A thick round stroke with the kit's ink outline around it (arms, legs)."""
    common = {"fill": "none", "stroke_linecap": "round", "stroke_linejoin": "round"}
    return tag("path", d=d, stroke=p.INK, stroke_width=width + 2 * p.LINE, **common) + tag(
        "path", d=d, stroke=colour, stroke_width=width, **common
    )


def _hand(at: Point, elbow: Point, shape: str, skin: str) -> str:
    x, y = at
    ink = {"stroke": p.INK, "stroke_width": p.LINE}
    parts = []
    if shape == "point":
        dx, dy = x - elbow[0], y - elbow[1]
        length = max((dx * dx + dy * dy) ** 0.5, 1)
        tip = (x + dx / length * 30, y + dy / length * 30)
        parts.append(_outlined(f"M{x:.0f} {y:.0f} L{tip[0]:.0f} {tip[1]:.0f}", skin, 9))
    elif shape == "thumb":
        parts.append(_outlined(f"M{x - 4} {y - 6} L{x - 4} {y - 28}", skin, 10))
    elif shape == "open":
        for fx in (-10, -3.5, 3.5, 10):
            parts.append(_outlined(f"M{x + fx} {y - 6} L{x + fx * 1.2} {y - 24}", skin, 6))
    elif shape == "phone":
        parts.append(tag("rect", x=x - 16, y=y - 44, width=32, height=56, rx=6, fill=p.INK))
        parts.append(tag("rect", x=x - 12, y=y - 39, width=24, height=44, rx=3, fill=p.BLUE_LIGHT))
    parts.append(tag("circle", cx=x, cy=y, r=14, fill=skin, **ink))
    return "".join(parts)


def _face(kind: str, glasses: bool) -> str:
    ink = {"stroke": p.INK, "stroke_width": p.LINE, "fill": "none", "stroke_linecap": "round"}
    parts = []
    if kind == "eyes_closed":
        parts.append(tag("path", d="M-24 -352 Q-17 -346 -10 -352 M10 -352 Q17 -346 24 -352", **ink))
    else:
        parts += [tag("circle", cx=sx, cy=-353, r=4.5, fill=p.INK) for sx in (-17, 17)]
    mouths = {
        "smile": "M-14 -330 Q0 -318 14 -330",
        "neutral": "M-10 -326 H10",
        "worried": "M-13 -324 Q-6 -331 0 -325 Q6 -319 13 -326",
        "eyes_closed": "M-12 -328 Q0 -320 12 -328",
    }
    if kind == "happy":
        parts.append(tag("path", d="M-15 -332 Q0 -312 15 -332 Z", fill=p.INK, stroke="none"))
    else:
        parts.append(tag("path", d=mouths[kind], **ink))
    if kind == "worried":
        parts.append(tag("path", d="M-26 -368 L-10 -372 M10 -372 L26 -368", **ink))
    blush = {"fill": p.RED, "opacity": 0.18}
    parts += [tag("ellipse", cx=sx, cy=-336, rx=8, ry=5, **blush) for sx in (-28, 28)]
    if glasses:
        parts.append(tag("circle", cx=-17, cy=-352, r=12, **ink))
        parts.append(tag("circle", cx=17, cy=-352, r=12, **ink))
        parts.append(tag("path", d="M-5 -353 H5", **ink))
    return "".join(parts)


def _hair(who: str, look: Look) -> str:
    ink = {"stroke": p.INK, "stroke_width": p.LINE, "stroke_linejoin": "round"}
    if who == "helper":
        d = "M-50 -350 Q-54 -404 -4 -406 Q48 -408 52 -356 Q40 -384 0 -384 Q-26 -380 -50 -350 Z"
        return tag("path", d=d, fill=look.hair, **ink)
    bun = tag("circle", cx=0, cy=-408, r=20, fill=look.hair, **ink)
    d = "M-50 -344 Q-58 -398 0 -400 Q58 -398 50 -344 Q44 -378 0 -380 Q-44 -378 -50 -344 Z"
    return bun + tag("path", d=d, fill=look.hair, **ink)


def _legs(look: Look, sitting: bool) -> str:
    ink = {"stroke": p.INK, "stroke_width": p.LINE, "stroke_linejoin": "round"}
    parts = []
    if sitting:
        parts.append(_outlined("M-22 -76 V-10 M22 -76 V-10", look.bottom, 32))
        parts.append(tag("rect", x=-74, y=-92, width=148, height=20, rx=8, fill=p.GREY, **ink))
    else:
        parts.append(_outlined("M-20 -178 V-14 M20 -178 V-14", look.bottom, 34))
    parts += [tag("ellipse", cx=sx, cy=-8, rx=24, ry=11, fill=p.INK) for sx in (-24, 24)]
    return "".join(parts)


def _torso(who: str, look: Look) -> str:
    ink = {"stroke": p.INK, "stroke_width": p.LINE, "stroke_linejoin": "round"}
    line = {"stroke": p.INK, "stroke_width": p.LINE, "fill": "none", "stroke_linecap": "round"}
    torso = "M-58 -270 Q-58 -304 -24 -306 H24 Q58 -304 58 -270 L62 -166 Q0 -154 -62 -166 Z"
    parts = [
        tag("rect", x=-12, y=-320, width=24, height=22, fill=look.skin, **ink),
        tag("path", d=torso, fill=look.top, **ink),
    ]
    if who == "helper":
        parts.append(tag("path", d="M-22 -304 L0 -250 L22 -304", **line))
        parts.append(tag("rect", x=-20, y=-252, width=40, height=50, rx=6, fill=p.PAPER, **ink))
        parts.append(tag("rect", x=-20, y=-252, width=40, height=14, rx=6, fill=p.AMBER, **ink))
        parts.append(tag("circle", cx=0, cy=-220, r=8, fill=p.BLUE_LIGHT, stroke=p.INK))
    else:
        parts.append(tag("path", d="M-18 -304 L0 -268 L18 -304 Z", fill=p.PAPER, **ink))
        parts.append(tag("path", d="M0 -268 V-170", **line))
        parts += [tag("circle", cx=8, cy=cy, r=3.5, fill=p.INK) for cy in (-246, -216, -186)]
    return "".join(parts)


def character(
    who: str,
    pose: str = "stand",
    x: float = 0,
    floor_y: float = 0,
    height: float = 380,
    facing: str = "right",
    sitting: bool = False,
    face: str | None = None,
) -> str:
    """The helper or the client, feet centred on (x, floor_y), ``height`` pixels tall."""
    look = PEOPLE[who]
    spec = POSES[pose]

    def arm(elbow: Point, hand: Point, shoulder_x: float, shape: str) -> str:
        d = f"M{shoulder_x} -286 Q{elbow[0]} {elbow[1]} {hand[0]} {hand[1]}"
        return _outlined(d, look.top, 26) + _hand(hand, elbow, shape, look.skin)

    head = tag("circle", cx=0, cy=-352, r=48, fill=look.skin, stroke=p.INK, stroke_width=p.LINE)
    upper = group(
        [
            arm(spec.far_elbow, spec.far_hand, -48, spec.far_shape),
            _torso(who, look),
            head,
            _hair(who, look),
            _face(face or spec.face, glasses=who == "client"),
            arm(spec.near_elbow, spec.near_hand, 48, spec.near_shape),
        ],
        transform=f"translate(0 {SIT_DROP})" if sitting else None,
    )
    scale = height / HEIGHT_UNITS
    flip = -1 if facing == "left" else 1
    return group(
        [_legs(look, sitting), upper],
        transform=f"translate({x:.1f} {floor_y:.1f}) scale({scale * flip:.3f} {scale:.3f})",
    )


def head_top(x: float, floor_y: float, height: float, sitting: bool = False) -> Point:
    """Where the top of the head is, for placing a speech bubble."""
    scale = height / HEIGHT_UNITS
    return x, floor_y - (425 - (SIT_DROP if sitting else 0)) * scale


def horizontal_extent(
    pose: str, x: float, height: float, facing: str = "right"
) -> tuple[float, float]:
    """The leftmost and rightmost x a person reaches, hands included."""
    spec = POSES[pose]
    flip = -1 if facing == "left" else 1
    reach = [spec.near_hand[0], spec.far_hand[0], spec.near_elbow[0], spec.far_elbow[0]]
    units = [v * flip for v in reach] + [-80.0, 80.0]
    scale = height / HEIGHT_UNITS
    hand = 30 * scale  # an open hand is about 60 units wide
    return x + min(units) * scale - hand, x + max(units) * scale + hand
