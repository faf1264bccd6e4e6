"""Measure drawn SVG: where its words, icons and boxes are, and where the hand falls.

The kit writes SVG as text; ``measure`` reads it back, follows the group
transforms, and estimates each word's box with the kit's own width table.
Scenes use it to place the client's hand beside the words it points at, and
``picture_check`` to find what hides or cuts the point of a picture.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass

from peerhelper.guides.kit.layout import Box
from peerhelper.guides.kit.marks import HAND_PARTS, MOUSE_PARTS, MOUSE_SCALE, tap_rays
from peerhelper.guides.kit.palette import INK
from peerhelper.guides.kit.svg import text_width

_TRANSFORM = re.compile(r"(translate|scale|rotate)\(([^)]*)\)")
# ``icons.icon`` is the only drawing placed with a translate and a one-number scale.
_ICON_GROUP = re.compile(r"^translate\([^)]*\) scale\([\d.]+\)$")


@dataclass(frozen=True)
class Word:
    box: Box
    size: float  # the font size as drawn, in picture pixels
    text: str
    bold: bool = False
    fill: str = INK


Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _multiply(a: Matrix, b: Matrix) -> Matrix:
    return (
        a[0] * b[0] + a[2] * b[1],
        a[1] * b[0] + a[3] * b[1],
        a[0] * b[2] + a[2] * b[3],
        a[1] * b[2] + a[3] * b[3],
        a[0] * b[4] + a[2] * b[5] + a[4],
        a[1] * b[4] + a[3] * b[5] + a[5],
    )


def _parse_transform(text: str | None) -> Matrix:
    matrix = _IDENTITY
    for name, raw in _TRANSFORM.findall(text or ""):
        values = [float(v) for v in raw.replace(",", " ").split()]
        if name == "translate":
            step: Matrix = (1, 0, 0, 1, values[0], values[1] if len(values) > 1 else 0)
        elif name == "scale":
            sy = values[1] if len(values) > 1 else values[0]
            step = (values[0], 0, 0, sy, 0, 0)
        else:
            angle = math.radians(values[0])
            step = (math.cos(angle), math.sin(angle), -math.sin(angle), math.cos(angle), 0, 0)
        matrix = _multiply(matrix, step)
    return matrix


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _walk(node: ET.Element, matrix: Matrix) -> Iterator[tuple[ET.Element, Matrix]]:
    here = _multiply(matrix, _parse_transform(node.get("transform")))
    yield node, here
    for child in node:
        yield from _walk(child, here)


def measure(svg: str) -> tuple[list[Word], list[Box], list[Box]]:
    """Words, icons and filled boxes of the device's drawing, in picture coordinates."""
    root = ET.fromstring(f"<g>{svg}</g>")
    words, icons, rects = [], [], []
    for node, m in _walk(root, _IDENTITY):
        scale = math.hypot(m[0], m[1])
        if node.tag == "text" and (node.text or "").strip():
            size = float(node.get("font-size", "16")) * scale
            bold = node.get("font-weight") == "bold"
            width = text_width(node.text or "", size, bold)
            x, baseline = _apply(m, float(node.get("x", 0)), float(node.get("y", 0)))
            anchor = node.get("text-anchor", "start")
            left = x - (width / 2 if anchor == "middle" else width if anchor == "end" else 0)
            box = Box(left, baseline - size * 0.74, width, size * 0.96)
            words.append(Word(box, size, node.text or "", bold, node.get("fill", INK)))
        elif node.tag == "g" and _ICON_GROUP.match(node.get("transform") or ""):
            x, y = _apply(m, 0, 0)
            icons.append(Box(x, y, 100 * scale, 100 * scale))
        elif node.tag == "rect" and node.get("fill") not in (None, "none"):
            x, y = _apply(m, float(node.get("x", 0)), float(node.get("y", 0)))
            w, h = float(node.get("width", 0)) * scale, float(node.get("height", 0)) * scale
            rects.append(Box(x, y, w, h))
    return words, icons, rects


def paints(svg: str) -> list[tuple[Box, str, str | None]]:
    """Every filled rectangle of ``svg`` with its fill and outline colour, in drawing order."""
    found = []
    for node, m in _walk(ET.fromstring(f"<g>{svg}</g>"), _IDENTITY):
        fill = node.get("fill")
        if node.tag == "rect" and fill not in (None, "none") and node.get("opacity") is None:
            scale = math.hypot(m[0], m[1])
            x, y = _apply(m, float(node.get("x", 0)), float(node.get("y", 0)))
            w, h = float(node.get("width", 0)) * scale, float(node.get("height", 0)) * scale
            found.append((Box(x, y, w, h), str(fill), node.get("stroke")))
    return found


def overlaps(a: Box, b: Box, margin: float = 0.0) -> bool:
    return (
        a.x < b.x + b.w - margin
        and b.x < a.x + a.w - margin
        and a.y < b.y + b.h - margin
        and b.y < a.y + a.h - margin
    )


def inside(inner: Box, outer: Box, slack: float = 1.0) -> bool:
    return (
        inner.x >= outer.x - slack
        and inner.y >= outer.y - slack
        and inner.x + inner.w <= outer.x + outer.w + slack
        and inner.y + inner.h <= outer.y + outer.h + slack
    )


def centre_in(inner: Box, outer: Box) -> bool:
    return outer.x <= inner.cx <= outer.x + outer.w and outer.y <= inner.cy <= outer.y + outer.h


def polygon_hits_box(points: list[tuple[float, float]], box: Box) -> bool:
    """Separating-axis test between a convex polygon and an axis-aligned box."""
    corners = [(box.x, box.y), (box.x + box.w, box.y), (box.x + box.w, box.y + box.h)]
    corners.append((box.x, box.y + box.h))
    axes = [(1.0, 0.0), (0.0, 1.0)]
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        axes.append((y1 - y2, x2 - x1))
    for ax, ay in axes:
        a = [px * ax + py * ay for px, py in points]
        b = [px * ax + py * ay for px, py in corners]
        if max(a) <= min(b) or max(b) <= min(a):
            return False
    return True


def _in_convex(points: list[tuple[float, float]], x: float, y: float) -> bool:
    signs = set()
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True):
        cross = (x2 - x1) * (y - y1) - (y2 - y1) * (x - x1)
        if cross:
            signs.add(cross > 0)
    return len(signs) <= 1


def covered_share(polygons: list[list[tuple[float, float]]], box: Box, grid: int = 8) -> float:
    """About how much of ``box`` the polygons cover, from a grid of sample points."""
    points = [
        (box.x + box.w * (i + 0.5) / grid, box.y + box.h * (j + 0.5) / grid)
        for i in range(grid)
        for j in range(grid)
    ]
    hit = sum(any(_in_convex(poly, x, y) for poly in polygons) for x, y in points)
    return hit / len(points)


def hand_polygons(
    x: float, y: float, angle: float, kind: str = "hand"
) -> list[list[tuple[float, float]]]:
    """The pointing hand's parts (or the mouse arrow's) as polygons, tip on (x, y).

    The hand is turned by ``angle``; the mouse arrow always points up and to the left.
    """
    if kind == "mouse":
        m = _parse_transform(f"translate({x} {y}) scale({MOUSE_SCALE})")
        return [[_apply(m, px, py) for px, py in part] for part in MOUSE_PARTS]
    m = _parse_transform(f"translate({x} {y}) rotate({angle}) scale(0.85)")
    polygons = []
    for px, py, pw, ph in HAND_PARTS:
        corners = [(px, py), (px + pw, py), (px + pw, py + ph), (px, py + ph)]
        polygons.append([_apply(m, cx, cy) for cx, cy in corners])
    return polygons


def pointer_shapes(
    x: float, y: float, angle: float, kind: str = "hand", action: str = "tap"
) -> list[list[tuple[float, float]]]:
    """What the pointer lays over the picture: the hand or arrow, and a tap's amber strokes."""
    shapes = hand_polygons(x, y, angle, kind)
    if action == "tap":
        for x1, y1, x2, y2 in tap_rays(x, y, kind):
            length = math.hypot(x2 - x1, y2 - y1) or 1.0
            nx, ny = (y1 - y2) / length * 2, (x2 - x1) / length * 2  # half the stroke, across
            shapes.append(
                [(x1 + nx, y1 + ny), (x2 + nx, y2 + ny), (x2 - nx, y2 - ny), (x1 - nx, y1 - ny)]
            )
    return shapes


def roomy(box: Box) -> Box:
    """A word's box with room for renderers that draw it wider than the kit's estimate."""
    extra = box.w * 0.05 + 1
    return Box(box.x - extra, box.y, box.w + 2 * extra, box.h)
