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
from typing import Any

from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.characters import character, head_top
from peerhelper.guides.kit.devices import laptop, phone
from peerhelper.guides.kit.layout import Box, Drawn, say
from peerhelper.guides.kit.marks import badge, bubble, highlight, pointer
from peerhelper.guides.kit.svg import document, tag

WIDTH, HEIGHT = 800, 600
FLOOR_Y = 572
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


def render_scene(scene: Scene, service_lang: str = "fi", title: str = "") -> str:
    """The SVG document for ``scene`` with screen words in ``service_lang``."""
    device = scene.get("device", "none")
    people = list(scene.get("characters", []))
    parts = [_backdrop(device)]
    drawn = Drawn("", 0)
    box = Box(0, 0, WIDTH, HEIGHT)
    if device in ("phone", "laptop"):
        box = _device_box(device, len(people))
        draw = phone if device == "phone" else laptop
        drawn = draw(box, scene.get("screen", {}), service_lang)
    heads: dict[str, tuple[float, float]] = {}
    for person, (x, height) in zip(people, _people_slots(len(people), device), strict=False):
        default_facing = "left" if device == "none" and x > WIDTH / 2 else "right"
        sitting = bool(person.get("sitting", False))
        parts.append(
            character(
                person["who"],
                person.get("pose", "stand"),
                x,
                FLOOR_Y,
                height,
                person.get("facing", default_facing),
                sitting,
                person.get("face"),
            )
        )
        heads[person["who"]] = head_top(x, FLOOR_Y, height, sitting)
    parts.append(drawn.svg)
    for ident in _ids(scene.get("highlight")):
        if ident in drawn.targets:
            parts.append(highlight(drawn.targets[ident]))
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
            cx, cy, radius = min(box.x + box.w - 6, WIDTH - 50), max(box.y + 8, 50), 44.0
        parts.append(badge(cx, cy, scene["badge"], radius))
    aim = scene.get("pointer")
    if aim and aim.get("target") in drawn.targets:
        spot = drawn.targets[aim["target"]]
        side = aim.get("from") or ("left" if spot.cx < box.x else "below")
        px, py = spot.cx, spot.cy
        if side in ("left", "right"):
            px = spot.x + (spot.w if side == "right" else 0)
        elif spot.w > 40:
            # Touch the lower right of a wide target so its words stay readable.
            px, py = spot.x + spot.w * 0.72, spot.y + spot.h * 0.68
        parts.append(pointer(px, py, aim.get("action", "tap"), side))
    return document("".join(parts), WIDTH, HEIGHT, title)
