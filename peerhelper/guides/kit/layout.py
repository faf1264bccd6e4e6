"""Shared pieces for laying out screen elements: boxes, drawn results, words.

A screen element is drawn by a function ``(element, x, y, width, lang) ->
Drawn``; ``Drawn`` holds the SVG, the height used and the boxes of every
element or item that has an ``id``, so a scene can highlight or point at it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from peerhelper.domain.languages import TEXT_FALLBACKS

Element = Mapping[str, Any]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2

    def scaled(self, origin_x: float, origin_y: float, factor: float) -> Box:
        """This box after scaling by ``factor`` around (origin_x, origin_y)."""
        return Box(
            origin_x + (self.x - origin_x) * factor,
            origin_y + (self.y - origin_y) * factor,
            self.w * factor,
            self.h * factor,
        )


@dataclass
class Drawn:
    svg: str
    height: float
    targets: dict[str, Box] = field(default_factory=dict)
    frame: Box | None = None  # the device's screen, where its content must stay


Drawer = Callable[[Element, float, float, float, str], Drawn]


def say(value: object, lang: str) -> str:
    """The words of ``value`` in service language ``lang``.

    A plain string is the same in every language (a brand, a network name);
    a mapping gives one text per service language.
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        for code in (lang, *TEXT_FALLBACKS):
            if code in value:
                return str(value[code])
        return str(next(iter(value.values()), ""))
    return str(value)


def target(element: Element, box: Box) -> dict[str, Box]:
    """The element's box under its id, if it has one."""
    ident = element.get("id")
    return {str(ident): box} if ident else {}


def stack(
    elements: list[Element],
    drawers: Mapping[str, Drawer],
    box: Box,
    lang: str,
    gap: float = 10,
) -> Drawn:
    """Draw elements top to bottom inside ``box``; shrink all of them if they overflow."""
    parts: list[str] = []
    targets: dict[str, Box] = {}
    y = box.y
    for element in elements:
        drawn = drawers[element["type"]](element, box.x, y, box.w, lang)
        parts.append(drawn.svg)
        targets.update(drawn.targets)
        y += drawn.height + gap
    used = max(y - gap - box.y, 0)
    svg = "".join(parts)
    if used > box.h > 0:
        factor = box.h / used
        shift_x = box.x + box.w * (1 - factor) / 2
        transform = (
            f"translate({shift_x:.1f} {box.y:.1f}) scale({factor:.3f}) "
            f"translate({-box.x:.1f} {-box.y:.1f})"
        )
        svg = f'<g transform="{transform}">{svg}</g>'
        targets = {
            k: Box(
                shift_x + (b.x - box.x) * factor,
                box.y + (b.y - box.y) * factor,
                b.w * factor,
                b.h * factor,
            )
            for k, b in targets.items()
        }
        used = box.h
    return Drawn(svg, used, targets)
