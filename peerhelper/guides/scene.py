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
from peerhelper.guides.kit.aim import aim as place_hand
from peerhelper.guides.kit.characters import character, head_top, horizontal_extent
from peerhelper.guides.kit.devices import LAPTOP_PARTS, PHONE_PARTS, laptop, phone
from peerhelper.guides.kit.layout import Box, Drawn, say
from peerhelper.guides.kit.marks import (
    badge,
    bubble,
    hand_angle,
    highlight,
    highlight_geometry,
    pointer,
)
from peerhelper.guides.kit.measure import (
    Word,
    centre_in,
    measure,
    overlaps,
    paints,
    pointer_shapes,
)
from peerhelper.guides.kit.svg import document, tag
from peerhelper.guides.kit.zoom import (
    READABLE_PX,
    Zoom,
    card_size,
    draw_zoom,
    key_box,
    piece,
    place_zoom,
)

WIDTH, HEIGHT = 800, 600
FLOOR_Y = 572
EDGE = 6.0  # the least room between a person and the picture's edge
Scene = Mapping[str, Any]
Point = tuple[float, float]
# Elements drawn as pictures: a keypad's digits are keys to press, not words to read.
PICTOGRAMS = ("keypad",)


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
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return []


@dataclass
class SceneLayout:
    """A scene placed on the stage: its SVG parts and where everything fell."""

    parts: list[str]
    drawn: Drawn
    pointer: tuple[float, float, float] | None = None  # fingertip x, y and the hand's angle
    pointer_kind: str = "hand"  # or "mouse": the arrow on a laptop's screen
    pointer_action: str = "tap"
    badge: tuple[float, float, float] | None = None  # centre x, y and radius
    highlight_ids: list[str] = field(default_factory=list)
    pointed_ids: list[str] = field(default_factory=list)
    people: list[tuple[str, float, float, float]] = field(default_factory=list)
    fixed_parts: tuple[str, ...] = ()
    heads: list[Box] = field(default_factory=list)
    bubble: Box | None = None
    zoom: Zoom | None = None
    # The elements whose words the step is about: what a zoom shows and the print check measures.
    key_ids: list[str] = field(default_factory=list)


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


def _place_people(scene: Scene, device: str, layout: SceneLayout) -> dict[str, Point]:
    """Draw the people beside the device; the tops of their heads, by who they are."""
    heads: dict[str, Point] = {}
    people = list(scene.get("characters", []))
    for person, (x, height) in zip(people, _people_slots(len(people), device), strict=False):
        default_facing = "left" if device == "none" and x > WIDTH / 2 else "right"
        sitting = bool(person.get("sitting", False))
        facing = person.get("facing", default_facing)
        pose = person.get("pose", "stand")
        left, right = horizontal_extent(pose, x, height, facing)
        # Open hands must not leave the picture: step in from the edge as far as needed.
        x += max(0.0, EDGE - left) - max(0.0, right - (WIDTH - EDGE))
        layout.parts.append(
            character(person["who"], pose, x, FLOOR_Y, height, facing, sitting, person.get("face"))
        )
        hx, hy = heads[person["who"]] = head_top(x, FLOOR_Y, height, sitting)
        left, right = horizontal_extent(pose, x, height, facing)
        layout.people.append((person["who"], left, hy, right))
        size = height * 0.3  # the head and its hair, with room round them
        layout.heads.append(Box(hx - size / 2, hy, size, size))
    return heads


def _key_ids(scene: Scene, layout: SceneLayout) -> list[str]:
    """The elements whose words the step is about: the scene's ``zoom``, or what it points at."""
    if "zoom" in scene:
        return [i for i in _ids(scene["zoom"]) if key_box(layout.drawn.targets, i)]
    screen = scene.get("screen") or {}
    pictures = {str(e.get("id")) for e in screen.get("elements", []) if e.get("type") in PICTOGRAMS}
    return [i for i in layout.pointed_ids if i not in pictures]


def pointer_kind(scene: Scene) -> str:
    """The scene's pointer: the mouse arrow on a laptop, the client's hand elsewhere."""
    aim = scene.get("pointer") or {}
    return str(aim.get("kind") or ("mouse" if scene.get("device") == "laptop" else "hand"))


def _add_zoom(scene: Scene, layout: SceneLayout, device_box: Box) -> None:
    """A zoom card for the key elements whose words would print too small."""
    words, icons, _rects = measure(layout.drawn.svg)
    explicit = "zoom" in scene
    pieces = []
    for ident in layout.key_ids:
        part = piece(layout.drawn, ident, words)
        if part is not None and (explicit or _too_small(layout, ident, words)):
            pieces.append(part)
    if not pieces:
        return
    aims = {}
    for part in pieces:
        box = key_box(layout.drawn.targets, part.ident)
        assert box is not None  # piece() found words in it
        aims[part.ident] = highlight_geometry(box)[0]
    keep_clear = [*aims.values(), *layout.heads]
    keep_clear += [highlight_geometry(layout.drawn.targets[i])[0] for i in layout.pointed_ids]
    if layout.pointer is not None:
        shapes = pointer_shapes(*layout.pointer, layout.pointer_kind, layout.pointer_action)
        keep_clear += [_bounds(poly) for poly in shapes]
        keep_clear.append(Box(layout.pointer[0] - 40, layout.pointer[1] - 42, 80, 50))
    if layout.badge is not None:
        cx, cy, r = layout.badge
        keep_clear.append(Box(cx - r - 4, cy - r - 4, 2 * r + 8, 2 * r + 8))
    if layout.bubble is not None:
        keep_clear.append(layout.bubble)
    shown = [w.box for w in words] + icons
    avoid = [(device_box, 1.0), *((box, 20.0) for box in shown)]
    if layout.drawn.frame is not None:
        avoid.append((layout.drawn.frame, 1.5))
    avoid += [
        (Box(left, top, right - left, FLOOR_Y - top), 2.0) for _w, left, top, right in layout.people
    ]
    size = card_size(pieces)
    card = place_zoom(size, list(aims.values()), keep_clear, avoid, shown)
    layout.zoom = draw_zoom(pieces, card, aims)
    layout.parts.append(layout.zoom.svg)


def _too_small(layout: SceneLayout, ident: str, words: list[Word]) -> bool:
    box = key_box(layout.drawn.targets, ident)
    return box is not None and any(w.size < READABLE_PX for w in words if centre_in(w.box, box))


def _bounds(points: list[tuple[float, float]]) -> Box:
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return Box(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def lay_out_scene(scene: Scene, service_lang: str = "fi") -> SceneLayout:
    """Place every part of ``scene``; ``render_scene`` draws it, ``picture_check`` measures it."""
    device = scene.get("device", "none")
    drawn = Drawn("", 0)
    box = Box(0, 0, WIDTH, HEIGHT)
    fixed: tuple[str, ...] = ()
    if device in ("phone", "laptop"):
        box = _device_box(device, len(scene.get("characters", [])))
        draw = phone if device == "phone" else laptop
        drawn = draw(box, scene.get("screen", {}), service_lang)
        fixed = (*PHONE_PARTS, "back", "swipe") if device == "phone" else LAPTOP_PARTS
    layout = SceneLayout([_backdrop(device)], drawn, fixed_parts=fixed)
    heads = _place_people(scene, device, layout)
    layout.parts.append(drawn.svg)
    for ident in _ids(scene.get("highlight")):
        if ident in drawn.targets:
            layout.parts.append(highlight(drawn.targets[ident]))
            layout.highlight_ids.append(ident)
    layout.pointed_ids = list(layout.highlight_ids)
    speech = scene.get("bubble")
    if speech and speech.get("by") in heads:
        hx, hy = heads[speech["by"]]
        words = say(speech.get("text"), service_lang)
        said = bubble(hx, hy, list(speech.get("icons", [])), words, bool(speech.get("thought")))
        layout.parts.append(said)
        layout.bubble = _bounds([c for b, _f, _s in paints(said) for c in _corners(b)])
    if scene.get("badge"):
        if device == "none":
            cx, cy, radius = WIDTH - 80.0, 80.0, 58.0
        else:
            radius = 44.0
            spots = [(min(box.x + box.w - 6, WIDTH - 50), max(box.y + 8, 50))]
            if not speech:  # beside the device's top, where a speech bubble would be
                spots.append((box.x - radius - 8, box.y + radius + 8))
            cx, cy = _free_spot(drawn, spots, radius)
        layout.parts.append(badge(cx, cy, scene["badge"], radius))
        layout.badge = (cx, cy, radius)
    aim = scene.get("pointer")
    if aim and aim.get("target") in drawn.targets:
        kind = pointer_kind(scene)
        px, py, side = place_hand(drawn, aim, box, kind)
        layout.parts.append(pointer(px, py, aim.get("action", "tap"), side, kind))
        layout.pointer = (px, py, hand_angle(side))
        layout.pointer_kind = kind
        layout.pointer_action = str(aim.get("action", "tap"))
        if aim["target"] not in layout.pointed_ids:
            layout.pointed_ids.append(aim["target"])
    layout.key_ids = _key_ids(scene, layout)
    _add_zoom(scene, layout, box)
    return layout


def _corners(box: Box) -> list[tuple[float, float]]:
    return [(box.x, box.y), (box.x + box.w, box.y + box.h)]


def render_scene(scene: Scene, service_lang: str = "fi", title: str = "") -> str:
    """The SVG document for ``scene`` with screen words in ``service_lang``."""
    return document("".join(lay_out_scene(scene, service_lang).parts), WIDTH, HEIGHT, title)
