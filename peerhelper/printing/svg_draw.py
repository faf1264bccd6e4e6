"""Draw plain SVG straight onto a reportlab canvas, as vector paths and real text.

The guide kit and the digital-support symbol use a small, regular part of
SVG: shapes, paths, groups with transforms, flat colours, opacity and text.
Reading that part here is about ten times faster than building svglib's
object tree, and lets picture text use our bundled fonts and text layer (so
words on a screen in a picture are embedded Noto, never an unembedded Arial).

:func:`compile_svg` reads a document once into a list of drawing operations
and raises :class:`UnsupportedSvg` for anything outside that part (CSS,
gradients, clipping, images, ``<use>``); ``pictures`` then falls back to
svglib for such files.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from peerhelper.printing.svg_path import (
    IDENTITY,
    Matrix,
    PathError,
    Segment,
    ellipse,
    numbers,
    parse_path,
    parse_transform,
    polyline,
    rectangle,
)

if TYPE_CHECKING:
    from reportlab.lib.colors import Color
    from reportlab.pdfgen.canvas import Canvas

_SHAPES = {"rect", "circle", "ellipse", "line", "polyline", "polygon", "path"}
_SKIPPED = {"title", "desc", "metadata"}
_STYLE = {
    "fill", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
    "stroke-dasharray", "opacity", "fill-opacity", "stroke-opacity", "fill-rule",
    "font-family", "font-size", "font-weight", "font-style", "text-anchor", "display",
    "visibility",
}  # fmt: skip
_GEOMETRY = {
    "x", "y", "width", "height", "rx", "ry", "cx", "cy", "r", "x1", "y1", "x2", "y2",
    "points", "d", "transform",
}  # fmt: skip
_IGNORED = {"id", "version", "baseProfile", "viewBox", "preserveAspectRatio", "xmlns", "lang"}
_CAPS = {"butt": 0, "round": 1, "square": 2}
_JOINS = {"miter": 0, "round": 1, "bevel": 2}
_PLAIN_LENGTH = re.compile(r"^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(px)?\s*$")


class UnsupportedSvg(ValueError):
    """The document uses SVG this module does not draw."""


@dataclass(frozen=True)
class Style:
    """Computed presentation properties; ``opacity`` already multiplied down the tree."""

    fill: Color | None = None
    stroke: Color | None = None
    stroke_width: float = 1.0
    cap: int = 0
    join: int = 0
    miter: float = 4.0
    dash: tuple[float, ...] = ()
    opacity: float = 1.0
    fill_opacity: float = 1.0
    stroke_opacity: float = 1.0
    even_odd: bool = False
    bold: bool = False
    font_size: float = 16.0
    anchor: str = "start"


@dataclass(frozen=True)
class PathOp:
    segments: tuple[Segment, ...]
    style: Style


@dataclass(frozen=True)
class TextOp:
    x: float
    y: float
    text: str
    style: Style


@dataclass(frozen=True)
class GroupOp:
    matrix: Matrix
    children: tuple[PathOp | TextOp | GroupOp, ...]


@dataclass(frozen=True)
class SvgDrawing:
    """A compiled SVG document: its size and viewBox, and what to draw."""

    width: float
    height: float
    view_box: tuple[float, float, float, float]
    content: GroupOp = field(repr=False)

    def draw(self, canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
        """Draw into the box with lower-left corner (x, y), keeping the aspect ratio, centred."""
        vx, vy, vw, vh = self.view_box
        scale = min(width / vw, height / vh)
        canvas.saveState()
        canvas.translate(x + (width - vw * scale) / 2, y + (height + vh * scale) / 2)
        canvas.scale(scale, -scale)  # SVG's y axis points down
        canvas.translate(-vx, -vy)
        # Like an SVG viewer, show nothing outside the viewBox: scenes draw
        # their floor as a rectangle that runs past the bottom edge.
        clip = canvas.beginPath()
        clip.rect(vx, vy, vw, vh)
        canvas.clipPath(clip, stroke=0, fill=0)
        _draw_group(canvas, self.content)
        canvas.restoreState()


def _length(value: str | None, default: float = 0.0) -> float:
    if value is None:
        return default
    match = _PLAIN_LENGTH.match(value)
    if not match:
        raise UnsupportedSvg(f"length {value!r}")
    return float(match.group(1))


def _local(tag: str) -> str:
    if tag.startswith("{"):
        namespace, _, name = tag[1:].partition("}")
        if namespace != "http://www.w3.org/2000/svg":
            raise UnsupportedSvg(f"element {tag}")
        return name
    return tag


@lru_cache(maxsize=512)
def _color(value: str) -> Color | None:
    # Cached: reportlab's colour parser is slow, and a picture repeats a few colours.
    from reportlab.lib.colors import toColor

    value = value.strip()
    if value in ("none", "transparent"):
        return None
    if value.startswith("url(") or value == "currentColor":
        raise UnsupportedSvg(f"paint {value!r}")
    try:
        return toColor(value)
    except ValueError as error:
        raise UnsupportedSvg(f"colour {value!r}") from error


def _style(parent: Style, attrib: dict[str, str]) -> Style:
    if _STYLE.isdisjoint(attrib):
        return parent
    changes: dict[str, Any] = {}
    for name, value in attrib.items():
        if name == "fill":
            changes["fill"] = _color(value)
        elif name == "stroke":
            changes["stroke"] = _color(value)
        elif name == "stroke-width":
            changes["stroke_width"] = _length(value)
        elif name == "stroke-linecap":
            changes["cap"] = _CAPS.get(value, 0)
        elif name == "stroke-linejoin":
            changes["join"] = _JOINS.get(value, 0)
        elif name == "stroke-miterlimit":
            changes["miter"] = float(value)
        elif name == "stroke-dasharray":
            changes["dash"] = () if value == "none" else tuple(numbers(value))
        elif name == "opacity":
            changes["opacity"] = parent.opacity * float(value)
        elif name == "fill-opacity":
            changes["fill_opacity"] = float(value)
        elif name == "stroke-opacity":
            changes["stroke_opacity"] = float(value)
        elif name == "fill-rule":
            changes["even_odd"] = value == "evenodd"
        elif name == "font-size":
            changes["font_size"] = _length(value)
        elif name == "font-weight":
            changes["bold"] = value in ("bold", "bolder") or (value.isdigit() and int(value) >= 600)
        elif name == "text-anchor":
            changes["anchor"] = value
    return replace(parent, **changes)


def _check_attributes(name: str, attrib: dict[str, str]) -> None:
    for key in attrib:
        if key.startswith("{") or key in _IGNORED or key in _STYLE or key in _GEOMETRY:
            continue
        raise UnsupportedSvg(f"attribute {key!r} on <{name}>")


def _shape(name: str, a: dict[str, str]) -> list[Segment]:
    if name == "path":
        return parse_path(a.get("d", ""))
    if name == "rect":
        rx, ry = a.get("rx"), a.get("ry")
        corner_x = _length(rx if rx is not None else ry)
        corner_y = _length(ry if ry is not None else rx)
        x, y, w, h = (_length(a.get(k)) for k in ("x", "y", "width", "height"))
        return rectangle(x, y, w, h, corner_x, corner_y)
    if name == "circle":
        r = _length(a.get("r"))
        return ellipse(_length(a.get("cx")), _length(a.get("cy")), r, r)
    if name == "ellipse":
        centre = (_length(a.get("cx")), _length(a.get("cy")))
        return ellipse(*centre, _length(a.get("rx")), _length(a.get("ry")))
    if name == "line":
        ends = [_length(a.get(k)) for k in ("x1", "y1", "x2", "y2")]
        return [("M", (ends[0], ends[1])), ("L", (ends[2], ends[3]))]
    return polyline(numbers(a.get("points", "")), closed=name == "polygon")


def _compile(element: ET.Element, parent: Style) -> GroupOp | PathOp | TextOp | None:
    name = _local(element.tag)
    attrib = dict(element.attrib)
    _check_attributes(name, attrib)
    if name in _SKIPPED:
        return None
    style = _style(parent, attrib)
    if attrib.get("display") == "none" or attrib.get("visibility") == "hidden":
        return None
    matrix = parse_transform(attrib["transform"]) if "transform" in attrib else IDENTITY
    if name == "g":
        children = [_compile(child, style) for child in element]
        kept = tuple(child for child in children if child is not None)
        return GroupOp(matrix, kept)
    if name in _SHAPES:
        op: PathOp | TextOp = PathOp(tuple(_shape(name, attrib)), style)
    elif name == "text":
        if len(element):
            raise UnsupportedSvg("<text> with child elements")
        words = " ".join((element.text or "").split())
        op = TextOp(_length(attrib.get("x")), _length(attrib.get("y")), words, style)
    else:
        raise UnsupportedSvg(f"element <{name}>")
    return GroupOp(matrix, (op,)) if matrix != IDENTITY else op


def compile_svg(source: str | bytes) -> SvgDrawing:
    """Read an SVG document; :class:`UnsupportedSvg` when it needs more than this module draws."""
    try:
        root = ET.fromstring(source)
    except ET.ParseError as error:
        raise UnsupportedSvg(f"not readable XML: {error}") from error
    if _local(root.tag) != "svg":
        raise UnsupportedSvg("the document is not an SVG")
    attrib = dict(root.attrib)
    if "viewBox" in attrib:
        box = numbers(attrib["viewBox"])
        if len(box) != 4 or box[2] <= 0 or box[3] <= 0:
            raise UnsupportedSvg(f"viewBox {attrib['viewBox']!r}")
        view_box = (box[0], box[1], box[2], box[3])
    else:
        view_box = (0.0, 0.0, _length(attrib.get("width")), _length(attrib.get("height")))
        if view_box[2] <= 0 or view_box[3] <= 0:
            raise UnsupportedSvg("no viewBox and no size")
    if attrib.get("preserveAspectRatio", "xMidYMid meet").split()[0] not in ("xMidYMid",):
        raise UnsupportedSvg("preserveAspectRatio other than centred")
    width = _length(attrib.get("width"), view_box[2])
    height = _length(attrib.get("height"), view_box[3])
    root_attrib = {k: v for k, v in attrib.items() if k not in ("width", "height", "x", "y")}
    _check_attributes("svg", root_attrib)
    style = _style(Style(fill=_color("#000000")), root_attrib)
    try:
        children = tuple(c for c in (_compile(child, style) for child in root) if c is not None)
    except PathError as error:
        raise UnsupportedSvg(str(error)) from error
    return SvgDrawing(width, height, view_box, GroupOp(IDENTITY, children))


def _draw_group(canvas: Canvas, group: GroupOp) -> None:
    if group.matrix != IDENTITY:
        canvas.saveState()
        canvas.transform(*group.matrix)
    for child in group.children:
        if isinstance(child, GroupOp):
            _draw_group(canvas, child)
        elif isinstance(child, PathOp):
            _draw_path(canvas, child)
        elif child.text:
            _draw_text(canvas, child)
    if group.matrix != IDENTITY:
        canvas.restoreState()


def _draw_path(canvas: Canvas, op: PathOp) -> None:
    style = op.style
    fill = style.fill is not None
    stroke = style.stroke is not None and style.stroke_width > 0
    if not (fill or stroke) or not op.segments:
        return
    path = canvas.beginPath()
    for kind, values in op.segments:
        if kind == "M":
            path.moveTo(*values)
        elif kind == "L":
            path.lineTo(*values)
        elif kind == "C":
            path.curveTo(*values)
        else:
            path.close()
    if fill:
        canvas.setFillColor(style.fill, alpha=style.opacity * style.fill_opacity)
    if stroke:
        canvas.setStrokeColor(style.stroke, alpha=style.opacity * style.stroke_opacity)
        canvas.setLineWidth(style.stroke_width)
        canvas.setLineCap(style.cap)
        canvas.setLineJoin(style.join)
        canvas.setMiterLimit(style.miter)
        canvas.setDash(list(style.dash) if style.dash else [])
    canvas.drawPath(path, stroke=int(stroke), fill=int(fill), fillMode=0 if style.even_odd else 1)


def _draw_text(canvas: Canvas, op: TextOp) -> None:
    from peerhelper.printing.text import draw_line, layout_line

    style = op.style
    if style.fill is None:
        return
    line = layout_line(op.text, style.font_size, bold=style.bold)
    shift = {"middle": line.width / 2, "end": line.width}.get(style.anchor, 0.0)
    canvas.saveState()
    canvas.setFillColor(style.fill, alpha=style.opacity * style.fill_opacity)
    canvas.translate(op.x, op.y)
    canvas.scale(1, -1)  # upright letters inside the flipped picture
    draw_line(canvas, line, -shift, 0.0, align="left")
    canvas.restoreState()
