"""Screenshots and photos made into step pictures: crop, redact, mark, and save clean.

A volunteer's screenshot may show a name, an identity number or a bank
balance. :func:`compose` crops it, draws the marks (an amber ring, an arrow,
a numbered marker) and then burns **opaque** boxes over whatever must not be
seen: the pixels under a box are replaced, never blurred or pixelated,
which can be undone. :func:`save_clean` writes only the pixels: no EXIF
(camera, time, GPS position), no text chunks, no colour profile. The file
the picture came from is only read, never copied or kept.

Coordinates are in the pixels of the original picture, after turning it the
way its EXIF orientation says (as every viewer shows it).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from PIL import Image, ImageDraw, ImageFont, ImageOps

from peerhelper.atomic import atomic_output
from peerhelper.picture_check import check_picture

# The amber of the kit's highlight ring, and the ink of its markers.
AMBER = (232, 163, 23)
INK = (31, 41, 51)
REDACTION = (0, 0, 0)
# A step picture need not be larger than this: it prints a few inches wide.
MAX_SIDE = 2000

MarkKind = Literal["redact", "ring", "arrow", "number"]


@dataclass(frozen=True)
class Box:
    x: int
    y: int
    w: int
    h: int

    def clipped(self, width: int, height: int) -> Box | None:
        left, top = max(0, min(self.x, self.x + self.w)), max(0, min(self.y, self.y + self.h))
        right = min(width, max(self.x, self.x + self.w))
        bottom = min(height, max(self.y, self.y + self.h))
        if right - left < 1 or bottom - top < 1:
            return None
        return Box(left, top, right - left, bottom - top)

    def moved(self, dx: int, dy: int) -> Box:
        return Box(self.x - dx, self.y - dy, self.w, self.h)


@dataclass(frozen=True)
class Mark:
    """One thing drawn on a screenshot.

    ``redact`` and ``ring`` cover ``box``; an ``arrow`` points from the box's
    top-left corner to its bottom-right one; a ``number`` is a round marker
    with ``number`` in it, centred in the box.
    """

    kind: MarkKind
    box: Box
    number: int = 0


def open_picture(path: Path) -> Image.Image:
    """The picture at ``path``, checked first (kind, size from its header), turned upright."""
    check_picture(path, decode=True)
    with Image.open(path) as image:
        upright = ImageOps.exif_transpose(image)
        return upright.convert("RGB")


def compose(image: Image.Image, crop: Box | None, marks: Sequence[Mark]) -> Image.Image:
    """The step picture: cropped, marked, and with every redaction box burned in last."""
    picture = image.convert("RGB")
    dx = dy = 0
    if crop is not None:
        area = crop.clipped(*picture.size)
        if area is not None:
            picture = picture.crop((area.x, area.y, area.x + area.w, area.y + area.h))
            dx, dy = area.x, area.y
    draw = ImageDraw.Draw(picture)
    scale = max(picture.size) / 800
    for mark in marks:
        box = mark.box.moved(dx, dy)
        if mark.kind == "ring":
            _ring(draw, box, scale)
        elif mark.kind == "arrow":
            _arrow(draw, box, scale)
        elif mark.kind == "number":
            _number(draw, box, mark.number, scale)
    # Redactions last, so no mark is ever drawn over them.
    for mark in marks:
        if mark.kind == "redact":
            area = mark.box.moved(dx, dy).clipped(*picture.size)
            if area is not None:
                draw.rectangle(
                    (area.x, area.y, area.x + area.w - 1, area.y + area.h - 1), fill=REDACTION
                )
    if max(picture.size) > MAX_SIDE:
        picture.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    return picture


def _ring(draw: ImageDraw.ImageDraw, box: Box, scale: float) -> None:
    width = max(3, round(6 * scale))
    left, right = sorted((box.x, box.x + box.w))
    top, bottom = sorted((box.y, box.y + box.h))
    draw.rounded_rectangle(
        (left, top, right, bottom), radius=round(14 * scale), outline=AMBER, width=width
    )


def _arrow(draw: ImageDraw.ImageDraw, box: Box, scale: float) -> None:
    start = (box.x, box.y)
    end = (box.x + box.w, box.y + box.h)
    width = max(3, round(7 * scale))
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    head = max(12, 26 * scale)
    back = (end[0] - head * math.cos(angle), end[1] - head * math.sin(angle))
    draw.line((start, back), fill=AMBER, width=width)
    left = (
        end[0] - head * math.cos(angle - 0.45) * 1.1,
        end[1] - head * math.sin(angle - 0.45) * 1.1,
    )
    right = (
        end[0] - head * math.cos(angle + 0.45) * 1.1,
        end[1] - head * math.sin(angle + 0.45) * 1.1,
    )
    draw.polygon((end, left, right), fill=AMBER)


def _number(draw: ImageDraw.ImageDraw, box: Box, number: int, scale: float) -> None:
    radius = max(14, round(22 * scale))
    cx, cy = box.x + box.w // 2, box.y + box.h // 2
    draw.ellipse(
        (cx - radius, cy - radius, cx + radius, cy + radius),
        fill=AMBER,
        outline=INK,
        width=max(2, radius // 8),
    )
    font = ImageFont.load_default(size=round(radius * 1.2))
    draw.text((cx, cy), str(number), fill=INK, font=font, anchor="mm")


def clean_copy(image: Image.Image) -> Image.Image:
    """Only the pixels of ``image``: a new picture with no metadata of any kind."""
    rgb = image.convert("RGB")
    return Image.frombytes("RGB", rgb.size, rgb.tobytes())


def save_clean(image: Image.Image, path: Path) -> None:
    """Write ``image`` as a PNG with nothing in it but its pixels (atomically)."""
    with atomic_output(path) as handle:
        clean_copy(image).save(handle, "PNG", optimize=True)
