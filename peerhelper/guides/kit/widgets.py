"""Simple screen elements: text, headings, buttons, fields, ticks and notices.

Each function draws one element of a scene's screen (see
``docs/guide-format.md`` for the vocabulary) at (x, y) across ``w`` pixels.
"""

from __future__ import annotations

from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.icons import icon
from peerhelper.guides.kit.layout import Box, Drawn, Element, say, target
from peerhelper.guides.kit.svg import fit, tag, text, text_width

TEXT_SIZES = {"small": 13, "normal": 16, "big": 22}
TEXT_COLOURS = {"ink": p.INK, "muted": p.GREY, "danger": p.RED, "done": p.GREEN, "blue": p.BLUE}
ICON_COLOURS = {"danger": p.RED, "done": p.GREEN, "accent": p.AMBER, "muted": p.GREY}
BUTTON_STYLES = {
    "primary": (p.BLUE, p.BLUE, p.PAPER),
    "secondary": (p.PAPER, p.BLUE, p.BLUE),
    "danger": (p.RED, p.RED, p.PAPER),
    "done": (p.GREEN, p.GREEN, p.PAPER),
    "link": ("none", "none", p.BLUE),
}


def _anchor(element: Element, x: float, w: float) -> tuple[str, float]:
    align = element.get("align", "center")
    if align == "start":
        return "start", x + 4
    if align == "end":
        return "end", x + w - 4
    return "middle", x + w / 2


def draw_text(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    size: float = TEXT_SIZES[element.get("size", "normal")]
    bold = bool(element.get("bold", False))
    lines, size = fit(say(element.get("text"), lang), w - 8, size, 4, 10, bold)
    height = len(lines) * size * 1.25
    anchor, tx = _anchor(element, x, w)
    colour = TEXT_COLOURS[element.get("color", "ink")]
    svg = text(lines, tx, y + height / 2, size, anchor, bold, colour)
    return Drawn(svg, height, target(element, Box(x, y, w, height)))


def draw_heading(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    return draw_text({"size": "big", "bold": True, **element}, x, y, w, lang)


def draw_button(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    fill, border, ink = BUTTON_STYLES[element.get("style", "primary")]
    width = min(w, float(element.get("width", w)))
    bx = x + (w - width) / 2
    h = 42
    parts = [
        tag(
            "rect",
            x=bx,
            y=y,
            width=width,
            height=h,
            rx=h / 2,
            fill=fill,
            stroke=border,
            stroke_width=p.LINE_THIN,
        )
    ]
    icon_name = element.get("icon")
    room = width - (58 if icon_name else 24)
    lines, size = fit(say(element.get("text"), lang), room, 17, 1, 10, bold=True)
    label_x = bx + width / 2 + (14 if icon_name else 0)
    if icon_name:
        half = text_width(lines[0], size, True) / 2
        parts.append(icon(icon_name, label_x - half - 16, y + h / 2, 22, ink))
    parts.append(text(lines, label_x, y + h / 2, size, "middle", True, ink))
    return Drawn("".join(parts), h, target(element, Box(bx, y, width, h)))


def draw_field(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    parts = []
    top = y
    label = say(element.get("label"), lang)
    if label:
        lines, size = fit(label, w - 4, 13, 1, 9)
        parts.append(text(lines, x + 2, y + 8, size, "start", False, p.INK))
        top = y + 20
    h = 38
    parts.append(
        tag(
            "rect",
            x=x,
            y=top,
            width=w,
            height=h,
            rx=6,
            fill=p.PAPER,
            stroke=p.GREY,
            stroke_width=p.LINE_THIN,
        )
    )
    value = say(element.get("value"), lang)
    if value and element.get("secret"):
        count = min(len(value), int((w - 24) / 16))
        parts += [
            tag("circle", cx=x + 16 + i * 16, cy=top + h / 2, r=5, fill=p.INK) for i in range(count)
        ]
    elif value:
        lines, size = fit(value, w - 20, 16, 1, 10)
        parts.append(text(lines, x + 10, top + h / 2, size, "start", False, p.INK))
    else:
        placeholder = say(element.get("placeholder"), lang)
        lines, size = fit(placeholder or " ", w - 20, 15, 1, 10)
        parts.append(text(lines, x + 10, top + h / 2, size, "start", False, p.GREY))
    if element.get("cursor"):
        parts.append(tag("rect", x=x + w - 14, y=top + 8, width=2.5, height=h - 16, fill=p.BLUE))
    height = top + h - y
    # The ring goes round the label too, so it never runs through the label's words.
    return Drawn("".join(parts), height, target(element, Box(x, y, w, height)))


def draw_checkbox(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    lines, size = fit(say(element.get("text"), lang), w - 40, 15, 3, 10)
    h = max(26, len(lines) * size * 1.25)
    checked = bool(element.get("checked"))
    parts = [
        tag(
            "rect",
            x=x + 2,
            y=y + h / 2 - 12,
            width=24,
            height=24,
            rx=5,
            fill=p.BLUE if checked else p.PAPER,
            stroke=p.BLUE,
            stroke_width=p.LINE_THIN,
        )
    ]
    if checked:
        d = f"M{x + 8} {y + h / 2} l5 5 l9 -10"
        parts.append(
            tag(
                "path",
                d=d,
                stroke=p.PAPER,
                stroke_width=p.LINE,
                fill="none",
                stroke_linecap="round",
                stroke_linejoin="round",
            )
        )
    parts.append(text(lines, x + 36, y + h / 2, size, "start", False, p.INK))
    return Drawn("".join(parts), h, target(element, Box(x, y, w, h)))


def draw_toggle(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    lines, size = fit(say(element.get("text"), lang), w - 70, 16, 2, 10, bold=True)
    h = max(34, len(lines) * size * 1.25)
    on = bool(element.get("on"))
    sx = x + w - 54
    knob_x = sx + (36 if on else 14)
    parts = [
        text(lines, x + 4, y + h / 2, size, "start", True, p.INK),
        tag(
            "rect",
            x=sx,
            y=y + h / 2 - 13,
            width=50,
            height=26,
            rx=13,
            fill=p.BLUE if on else p.GREY_LIGHT,
            stroke=p.BLUE if on else p.GREY,
            stroke_width=p.LINE_THIN,
        ),
        tag(
            "circle",
            cx=knob_x,
            cy=y + h / 2,
            r=10,
            fill=p.PAPER,
            stroke=p.INK,
            stroke_width=p.LINE_THIN,
        ),
    ]
    ident = element.get("id")
    targets = {str(ident): Box(sx - 4, y + h / 2 - 17, 58, 34)} if ident else {}
    return Drawn("".join(parts), h, targets)


def draw_divider(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    line = tag("path", d=f"M{x} {y + 6} H{x + w}", stroke=p.GREY_LIGHT, stroke_width=p.LINE_THIN)
    return Drawn(line, 12)


def draw_spacer(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    return Drawn("", float(element.get("height", 16)))


def draw_icon(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    size = float(element.get("size", 64))
    colour = ICON_COLOURS.get(element.get("color", ""))
    parts = [icon(element["name"], x + w / 2, y + size / 2, size, colour)]
    h = size
    label = say(element.get("text"), lang)
    if label:
        lines, tsize = fit(label, w - 8, 15, 2, 10, bold=True)
        block = len(lines) * tsize * 1.25
        parts.append(text(lines, x + w / 2, y + size + 6 + block / 2, tsize, "middle", True))
        h += 6 + block
    box = Box(x + w / 2 - size / 2, y, size, size)
    return Drawn("".join(parts), h, target(element, box))


def draw_notice(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    edge, fill = p.TONES[element.get("tone", "info")]
    icon_name = element.get("icon")
    room = w - (56 if icon_name else 20)
    lines, size = fit(say(element.get("text"), lang), room, 15, 4, 10, bold=True)
    h = max(48, len(lines) * size * 1.25 + 18)
    parts = [
        tag(
            "rect",
            x=x,
            y=y,
            width=w,
            height=h,
            rx=10,
            fill=fill,
            stroke=edge,
            stroke_width=p.LINE_THIN,
        )
    ]
    tx = x + 10
    if icon_name:
        parts.append(icon(icon_name, x + 26, y + h / 2, 30, edge))
        tx = x + 48
    parts.append(text(lines, tx, y + h / 2, size, "start", True, p.INK))
    return Drawn("".join(parts), h, target(element, Box(x, y, w, h)))


def draw_slider(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    value = min(max(float(element.get("value", 0.5)), 0.0), 1.0)
    h = 36
    left = x + (40 if element.get("icon") else 8)
    right = x + w - 10
    knob = left + (right - left) * value
    parts = []
    if element.get("icon"):
        parts.append(icon(element["icon"], x + 16, y + h / 2, 26))
    parts += [
        tag(
            "rect", x=left, y=y + h / 2 - 5, width=right - left, height=10, rx=5, fill=p.GREY_LIGHT
        ),
        tag("rect", x=left, y=y + h / 2 - 5, width=knob - left, height=10, rx=5, fill=p.BLUE),
        tag(
            "circle", cx=knob, cy=y + h / 2, r=12, fill=p.PAPER, stroke=p.BLUE, stroke_width=p.LINE
        ),
    ]
    return Drawn("".join(parts), h, target(element, Box(x, y, w, h)))


DRAWERS = {
    "text": draw_text,
    "heading": draw_heading,
    "button": draw_button,
    "field": draw_field,
    "checkbox": draw_checkbox,
    "toggle": draw_toggle,
    "divider": draw_divider,
    "spacer": draw_spacer,
    "icon": draw_icon,
    "notice": draw_notice,
    "slider": draw_slider,
}
