"""Tiny SVG writing helpers: tags, text, and text that fits a box.

The kit writes SVG as text; there is no XML tree. Text width is estimated
from a per-character table because the renderer (QtSvg, a browser, a PDF
converter) is not known here; the estimate errs wide so text stays inside
its box.
"""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape, quoteattr

from peerhelper.guides.kit import palette

_NARROW = set("iljtfr.,;:'!|I ()[]")
_WIDE = set("mwMWŠÖÄÅ@%")


def attrs(**values: object) -> str:
    """Attributes from keywords: ``stroke_width=3`` becomes ``stroke-width="3"``."""
    parts = []
    for key, value in values.items():
        if value is None:
            continue
        name = key.rstrip("_").replace("_", "-")
        if name == "xlink-href":
            name = "xlink:href"
        if isinstance(value, float):
            value = f"{value:.2f}".rstrip("0").rstrip(".")
        parts.append(f"{name}={quoteattr(str(value))}")
    return " ".join(parts)


def tag(name: str, content: str | None = None, /, **values: object) -> str:
    """One element; self-closing when there is no content."""
    head = f"{name} {attrs(**values)}".rstrip()
    if content is None:
        return f"<{head}/>"
    return f"<{head}>{content}</{name}>"


def group(children: Iterable[str], transform: str | None = None, **values: object) -> str:
    return tag("g", "".join(children), transform=transform, **values)


def char_width(char: str) -> float:
    """Rough advance of one character in em units, on the wide side."""
    if char in _NARROW:
        return 0.32
    if char in _WIDE:
        return 0.9
    if char.isupper() or char.isdigit():
        return 0.68
    return 0.57


def text_width(text: str, size: float, bold: bool = False) -> float:
    width = sum(char_width(c) for c in text) * size
    return width * 1.06 if bold else width


def wrap(text: str, max_width: float, size: float, bold: bool = False) -> list[str]:
    """Greedy word wrap by estimated width; a too-long word gets a line of its own."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and text_width(candidate, size, bold) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    return lines or [""]


def fit(
    text: str,
    max_width: float,
    size: float,
    max_lines: int = 2,
    min_size: float = 11,
    bold: bool = False,
) -> tuple[list[str], float]:
    """Lines and font size so ``text`` fits ``max_lines`` lines of ``max_width``."""
    while True:
        lines = wrap(text, max_width, size, bold)
        widest = max(text_width(line, size, bold) for line in lines)
        if (len(lines) <= max_lines and widest <= max_width) or size <= min_size:
            return lines, size
        size = max(min_size, size - 1)


def text(
    lines: list[str] | str,
    x: float,
    y: float,
    size: float,
    anchor: str = "start",
    bold: bool = False,
    fill: str = palette.INK,
    line_height: float = 1.25,
) -> str:
    """Text lines; ``y`` is the vertical middle of the whole block."""
    if isinstance(lines, str):
        lines = [lines]
    step = size * line_height
    first = y - step * (len(lines) - 1) / 2 + size * 0.36
    return "".join(
        tag(
            "text",
            escape(line),
            x=x,
            y=first + i * step,
            font_family=palette.FONT,
            font_size=size,
            font_weight="bold" if bold else None,
            text_anchor=anchor,
            fill=fill,
        )
        for i, line in enumerate(lines)
    )


def document(body: str, width: int = 800, height: int = 600, title: str = "") -> str:
    """A complete standalone SVG document."""
    head = (
        f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        f'viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}">'
    )
    title_tag = tag("title", escape(title)) if title else ""
    return f"{head}{title_tag}{body}</svg>"
