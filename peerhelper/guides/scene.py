"""Render a scene described as data to an SVG picture.

A scene is the mapping stored under a step's ``picture.scene`` in a guide
manifest: a device with a screen, up to two people, a highlighted part, the
client's tapping hand, a speech bubble and a badge. ``render_scene`` turns
it into an 800 x 600 SVG document with the words inside the picture in the
chosen service language (``fi``, ``sv`` or ``en``). The vocabulary is
documented in ``docs/guide-format.md``; ``scene_check.check_scene`` tells
what is wrong with a scene before it is drawn.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.characters import character, head_top, horizontal_extent
from peerhelper.guides.kit.devices import LAPTOP_PARTS, PHONE_PARTS, laptop, phone
from peerhelper.guides.kit.layout import Box, Drawn, say
from peerhelper.guides.kit.marks import badge, bubble, hand_angle, highlight, pointer
from peerhelper.guides.kit.measure import (
    centre_in,
    hand_polygons,
    measure,
    overlaps,
    polygon_hits_box,
)
from peerhelper.guides.kit.svg import document, tag

WIDTH, HEIGHT = 800, 600
FLOOR_Y = 572
EDGE = 6.0  # the least room between a person and the picture's edge
Scene = Mapping[str, Any]


def _people_slots(count: int, device: str) -> list[tuple[float, float]]:
    """Where people stand (x) and how tall they are, given the device on stage."""
    if device == "phone":
        return [(190.0, 400.0)] if count == 1 else [(130.0, 380.0), (335.0, 380.0)]
    if device == "laptop":
        return [(125.0, 360.0)] if count == 1 else [(80.0, 330.0), (185.0, 330.0)]
    return [(400.0, 430.0)] if count == 1 else [(270.0, 430.0), (530.0, 430.0)]


def _device_box(device: str, with_people: int) -> Box:
    if device == "phone":
        return Box(500 if with_people == 2 else 400 if with_people else 270, 34, 260, 500)
    return Box(255 if with_people else 150, 40, 520, 360)


def _backdrop(device: str) -> str:
    parts = [
        tag("rect", x=0, y=0, width=WIDTH, height=HEIGHT, fill=p.BACKDROP),
        tag("rect", x=0, y=FLOOR_Y - 40, width=WIDTH, height=HEIGHT, fill=p.FLOOR),
    ]
    if device == "laptop":
        ink = {"stroke": p.INK, "stroke_width": p.LINE}
        parts.append(tag("rect", x=230, y=426, width=570, height=18, rx=4, fill=p.BLUE_DARK, **ink))
        parts.append(tag("rect", x=290, y=444, width=16, height=FLOOR_Y - 444, fill=p.GREY, **ink))
        parts.append(tag("rect", x=740, y=444, width=16, height=FLOOR_Y - 444, fill=p.GREY, **ink))
    return "".join(parts)


def _ids(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]  # type: ignore[union-attr]


@dataclass
class SceneLayout:
    """A scene placed on the stage: its SVG parts and where everything fell."""

    parts: list[str]
    drawn: Drawn
    pointer: tuple[float, float, float] | None = None  # fingertip x, y and the hand's angle
    badge: tuple[float, float, float] | None = None  # centre x, y and radius
    highlight_ids: list[str] = field(default_factory=list)
    pointed_ids: list[str] = field(default_factory=list)
    people: list[tuple[str, float, float, float]] = field(default_factory=list)
    fixed_parts: tuple[str, ...] = ()


# Where on its target the fingertip may rest, as shares of the target's width and height,
# best first: the hand must leave the target's words (or, without words, its icon) in view.
_SPOTS = {
    "below": ((0.72, 0.68), (0.9, 0.78), (0.97, 0.6), (0.5, 0.97), (0.25, 0.95), (0.5, 0.5)),
    "above": ((0.72, 0.32), (0.9, 0.2), (0.5, 0.05), (0.5, 0.5)),
    "left": ((0.0, 0.5), (0.0, 0.8)),
    "right": ((1.0, 0.5), (1.0, 0.8)),
}


def labels_in(drawn: Drawn, spot: Box) -> list[Box]:
    """The words on ``spot`` or, when it has none, its icons: what a hand must not hide."""
    words, icons, _boxes = measure(drawn.svg)
    found = [w.box for w in words if centre_in(w.box, spot)]
    if found:
        return found
    # An app's name stands just under its icon.
    below = Box(spot.x - 10, spot.y + spot.h, spot.w + 20, 26)
    return [i for i in icons if centre_in(i, spot)] + [
        w.box for w in words if centre_in(w.box, below)
    ]


def _fingertip(spot: Box, side: str, labels: list[Box], others: list[Box]) -> tuple[float, float]:
    """Where the fingertip rests: never on the target's words, and on as few others as can be."""
    angle = hand_angle(side)
    candidates = [(spot.x + spot.w * fx, spot.y + spot.h * fy) for fx, fy in _SPOTS[side]]
    if side == "below" and spot.w <= 40:
        candidates.insert(0, (spot.cx, spot.cy))

    def cost(point: tuple[float, float]) -> tuple[int, int]:
        hands = hand_polygons(*point, angle)
        hidden = sum(any(polygon_hits_box(h, box) for h in hands) for box in labels)
        covered = sum(any(polygon_hits_box(h, box) for h in hands) for box in others)
        return hidden, covered

    return min(candidates, key=cost)


def _free_spot(
    drawn: Drawn, spots: list[tuple[float, float]], radius: float
) -> tuple[float, float]:
    """The first place for the badge that leaves the screen's words and icons in view."""
    words, icons, _boxes = measure(drawn.svg)
    shown = [w.box for w in words] + icons
    for cx, cy in spots:
        square = Box(cx - radius, cy - radius, 2 * radius, 2 * radius)
        if not any(overlaps(square, item, 2) for item in shown):
            return cx, cy
    return spots[0]


def lay_out_scene(scene: Scene, service_lang: str = "fi") -> SceneLayout:
    """Place every part of ``scene``; ``render_scene`` draws it, ``picture_check`` measures it."""
    device = scene.get("device", "none")
    people = list(scene.get("characters", []))
    parts = [_backdrop(device)]
    drawn = Drawn("", 0)
    box = Box(0, 0, WIDTH, HEIGHT)
    fixed: tuple[str, ...] = ()
    if device in ("phone", "laptop"):
        box = _device_box(device, len(people))
        draw = phone if device == "phone" else laptop
        drawn = draw(box, scene.get("screen", {}), service_lang)
        fixed = (*PHONE_PARTS, "back", "swipe") if device == "phone" else LAPTOP_PARTS
    layout = SceneLayout(parts, drawn, fixed_parts=fixed)
    heads: dict[str, tuple[float, float]] = {}
    for person, (x, height) in zip(people, _people_slots(len(people), device), strict=False):
        default_facing = "left" if device == "none" and x > WIDTH / 2 else "right"
        sitting = bool(person.get("sitting", False))
        facing = person.get("facing", default_facing)
        left, right = horizontal_extent(person.get("pose", "stand"), x, height, facing)
        # Open hands must not leave the picture: step in from the edge as far as needed.
        x += max(0.0, EDGE - left) - max(0.0, right - (WIDTH - EDGE))
        parts.append(
            character(
                person["who"],
                person.get("pose", "stand"),
                x,
                FLOOR_Y,
                height,
                facing,
                sitting,
                person.get("face"),
            )
        )
        heads[person["who"]] = head_top(x, FLOOR_Y, height, sitting)
        left, right = horizontal_extent(person.get("pose", "stand"), x, height, facing)
        layout.people.append((person["who"], left, heads[person["who"]][1], right))
    parts.append(drawn.svg)
    for ident in _ids(scene.get("highlight")):
        if ident in drawn.targets:
            parts.append(highlight(drawn.targets[ident]))
            layout.highlight_ids.append(ident)
    layout.pointed_ids = list(layout.highlight_ids)
    speech = scene.get("bubble")
    if speech and speech.get("by") in heads:
        hx, hy = heads[speech["by"]]
        words = say(speech.get("text"), service_lang)
        parts.append(
            bubble(hx, hy, list(speech.get("icons", [])), words, bool(speech.get("thought", False)))
        )
    if scene.get("badge"):
        if device == "none":
            cx, cy, radius = WIDTH - 80.0, 80.0, 58.0
        else:
            radius = 44.0
            spots = [(min(box.x + box.w - 6, WIDTH - 50), max(box.y + 8, 50))]
            if not speech:  # beside the device's top, where a speech bubble would be
                spots.append((box.x - radius - 8, box.y + radius + 8))
            cx, cy = _free_spot(drawn, spots, radius)
        parts.append(badge(cx, cy, scene["badge"], radius))
        layout.badge = (cx, cy, radius)
    aim = scene.get("pointer")
    if aim and aim.get("target") in drawn.targets:
        spot = drawn.targets[aim["target"]]
        side = aim.get("from") or ("left" if spot.cx < box.x else "below")
        labels = labels_in(drawn, spot)
        others = [w.box for w in measure(drawn.svg)[0] if w.box not in labels]
        px, py = _fingertip(spot, side, labels, others)
        parts.append(pointer(px, py, aim.get("action", "tap"), side))
        layout.pointer = (px, py, hand_angle(side))
        if aim["target"] not in layout.pointed_ids:
            layout.pointed_ids.append(aim["target"])
    return layout


def render_scene(scene: Scene, service_lang: str = "fi", title: str = "") -> str:
    """The SVG document for ``scene`` with screen words in ``service_lang``."""
    return document("".join(lay_out_scene(scene, service_lang).parts), WIDTH, HEIGHT, title)
