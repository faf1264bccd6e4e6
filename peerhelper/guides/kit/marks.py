"""Marks drawn over a scene: highlight rings, the tapping hand, bubbles, badges.

These are what make a picture read at a glance: the amber ring says "look
here", the client's own hand says "you press this" (on a laptop, the mouse
arrow: nobody touches a laptop's screen), a bubble carries what a person says
(mostly as icons, so no language is needed) and a badge marks the whole step
as "done" or "danger".
"""

from __future__ import annotations

from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.icons import icon
from peerhelper.guides.kit.layout import Box
from peerhelper.guides.kit.svg import fit, group, tag, text, text_width

POINTER_ACTIONS = ("tap", "hold", "swipe_up", "swipe_down", "point")
POINTER_FROM = ("below", "left", "right", "above")
POINTER_KINDS = ("hand", "mouse")
_ANGLES = {"below": -25, "right": -70, "left": 70, "above": 155}
BADGE_TONES = {"done": p.GREEN, "danger": p.RED}


RING_GLOW = 14  # the soft glow's stroke width (see-through)
RING_LINE = 5  # the solid ring's stroke width: words under it are hidden
# The hand's parts as (x, y, width, height) with the fingertip at (0, 0), before turning.
HAND_PARTS = ((4, 84, 40, 60), (-12, 36, 58, 58), (-9, 0, 18, 58))
# The mouse arrow as convex polygons with its tip at (0, 0): the head, then the tail.
MOUSE_SCALE = 1.25
MOUSE_PARTS = (
    ((0, 0), (0, 34), (9, 27), (24, 25)),
    ((9, 27), (15, 40), (21, 37), (15, 25)),
)
_MOUSE_OUTLINE = "M0 0 L0 34 L9 27 L15 40 L21 37 L15 25 L24 25 Z"


def _ring_pad(box: Box) -> float:
    return 3 if min(box.w, box.h) > 30 else 7


def highlight_geometry(box: Box) -> tuple[Box, Box]:
    """The outer and inner edges of the ring drawn around ``box``."""
    pad, half = _ring_pad(box), RING_LINE / 2 + 1
    outer = Box(
        box.x - pad - half, box.y - pad - half, box.w + 2 * (pad + half), box.h + 2 * (pad + half)
    )
    inner = Box(
        box.x - pad + half, box.y - pad + half, box.w - 2 * (half - pad), box.h - 2 * (half - pad)
    )
    return outer, inner


def highlight(box: Box) -> str:
    """An amber ring with a soft glow around ``box``."""
    pad = _ring_pad(box)
    geometry = {
        "x": box.x - pad,
        "y": box.y - pad,
        "width": box.w + 2 * pad,
        "height": box.h + 2 * pad,
        "rx": min(16.0, (box.h + 2 * pad) / 2),
        "fill": "none",
    }
    return tag("rect", stroke=p.AMBER, stroke_width=RING_GLOW, opacity=0.3, **geometry) + tag(
        "rect", stroke=p.AMBER, stroke_width=RING_LINE, **geometry
    )


def _hand() -> str:
    """A hand with the index finger up, fingertip at (0, 0)."""
    ink = {"stroke": p.INK, "stroke_width": p.LINE, "stroke_linejoin": "round"}
    (cx, cy, cw, ch), (px, py, pw, ph), (fx, fy, fw, fh) = HAND_PARTS
    return "".join(
        [
            tag("rect", x=cx, y=cy, width=cw, height=ch, rx=8, fill=p.CLIENT_CARDIGAN, **ink),
            tag("rect", x=px, y=py, width=pw, height=ph, rx=20, fill=p.CLIENT_SKIN, **ink),
            tag("rect", x=fx, y=fy, width=fw, height=fh, rx=9, fill=p.CLIENT_SKIN, **ink),
            tag("path", d="M9 46 Q24 40 30 52 M26 50 Q38 44 44 56", fill="none", **ink),
            tag("path", d="M-12 62 Q-22 56 -20 70", fill="none", **ink),
        ]
    )


def hand_angle(from_side: str) -> float:
    return _ANGLES.get(from_side, -25)


def tap_rays(x: float, y: float, kind: str = "hand") -> tuple[tuple[float, ...], ...]:
    """The three short amber strokes of a tap (or a click) at (x, y): start and end points."""
    if kind == "mouse":  # close to the arrow's tip, away from its body
        return (
            (x - 6, y - 8, x - 12, y - 16),
            (x + 1, y - 10, x + 1, y - 20),
            (x + 8, y - 8, x + 14, y - 16),
        )
    return (
        (x - 22, y - 18, x - 32, y - 26),
        (x, y - 26, x, y - 38),
        (x + 22, y - 18, x + 32, y - 26),
    )


def _mouse() -> str:
    """The mouse arrow, tip at (0, 0): white with the kit's outline, as on every screen."""
    return tag(
        "path",
        d=_MOUSE_OUTLINE,
        fill=p.PAPER,
        stroke=p.INK,
        stroke_width=p.LINE / MOUSE_SCALE,
        stroke_linejoin="round",
    )


def pointer(
    x: float, y: float, action: str = "tap", from_side: str = "below", kind: str = "hand"
) -> str:
    """The client's hand (or the mouse arrow) with its tip on (x, y), and a mark for the action."""
    angle = hand_angle(from_side)
    marks = []
    accent = {"stroke": p.AMBER, "stroke_width": 4, "stroke_linecap": "round", "fill": "none"}
    if action == "tap":
        rays = " ".join(f"M{a:.1f} {b:.1f} L{c:.1f} {d:.1f}" for a, b, c, d in tap_rays(x, y, kind))
        marks.append(tag("path", d=rays, **accent))
    elif action == "hold":
        marks.append(tag("circle", cx=x, cy=y, r=20, **accent))
        marks.append(tag("circle", cx=x, cy=y, r=32, opacity=0.5, **accent))
    elif action in ("swipe_up", "swipe_down"):
        sign = -1 if action == "swipe_up" else 1
        tip = y + sign * 90
        arrow = {**accent, "stroke": p.BLUE, "stroke_width": 6}
        marks.append(tag("path", d=f"M{x + 34} {y} V{tip}", **arrow))
        marks.append(
            tag(
                "path",
                d=f"M{x + 20} {tip - sign * 16} L{x + 34} {tip} L{x + 48} {tip - sign * 16}",
                **arrow,
            )
        )
    if kind == "mouse":
        cursor = group([_mouse()], transform=f"translate({x:.1f} {y:.1f}) scale({MOUSE_SCALE})")
        return "".join(marks) + cursor
    hand = group([_hand()], transform=f"translate({x:.1f} {y:.1f}) rotate({angle}) scale(0.85)")
    return "".join(marks) + hand


def bubble(
    head_x: float,
    head_y: float,
    icons: list[str],
    words: str = "",
    thought: bool = False,
    canvas_w: float = 800,
) -> str:
    """A speech (or thought) bubble above a head at (head_x, head_y)."""
    icon_size = 58
    text_lines: list[str] = []
    size = 18.0
    if words:
        text_lines, size = fit(words, 260, 18, 2, 12, bold=True)
    words_w = max((text_width(line, size, True) for line in text_lines), default=0)
    width = max(len(icons) * (icon_size + 10) + 20, words_w + 32, 90)
    height = (icon_size + 20 if icons else 0) + (len(text_lines) * size * 1.25 + 16 if words else 0)
    height = max(height, 60)
    left = min(max(head_x - width / 2, 10), canvas_w - width - 10)
    bottom = head_y - 26
    top = max(bottom - height, 8)
    shape = {"fill": p.PAPER, "stroke": p.INK, "stroke_width": p.LINE, "stroke_linejoin": "round"}
    parts = []
    tail_x = min(max(head_x, left + 24), left + width - 24)
    if thought:
        parts.append(tag("circle", cx=head_x, cy=head_y - 8, r=6, **shape))
        parts.append(tag("circle", cx=(head_x + tail_x) / 2, cy=bottom + 6, r=9, **shape))
    else:
        parts.append(
            tag(
                "path",
                d=f"M{tail_x - 14} {bottom - 4} L{head_x} {head_y - 4} "
                f"L{tail_x + 14} {bottom - 4} Z",
                **shape,
            )
        )
    parts.append(
        tag(
            "rect",
            x=left,
            y=top,
            width=width,
            height=bottom - top,
            rx=28 if thought else 20,
            **shape,
        )
    )
    if not thought:
        # Hide the outline where the tail joins the bubble.
        parts.append(tag("rect", x=tail_x - 12, y=bottom - 6, width=24, height=4, fill=p.PAPER))
    y = top + 10
    if icons:
        first = left + width / 2 - (len(icons) - 1) * (icon_size + 10) / 2
        for i, name in enumerate(icons):
            parts.append(icon(name, first + i * (icon_size + 10), y + icon_size / 2, icon_size))
        y += icon_size + 10
    if words:
        block = len(text_lines) * size * 1.25
        parts.append(text(text_lines, left + width / 2, y + block / 2 + 3, size, "middle", True))
    return "".join(parts)


def badge(cx: float, cy: float, name: str, radius: float = 44) -> str:
    """A round sticker with one icon, for marking a whole step."""
    ring = BADGE_TONES.get(name, p.BLUE)
    return tag(
        "circle", cx=cx, cy=cy, r=radius, fill=p.PAPER, stroke=ring, stroke_width=p.LINE * 2
    ) + icon(name, cx, cy, radius * 1.25)
