"""Screen elements made of several items: lists, tiles, app grids, keypads.

Items may carry their own ``id`` so a scene can highlight one row, one tile
or one app (for example the network to choose, or the bank to pick).
"""

from __future__ import annotations

from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.icons import icon
from peerhelper.guides.kit.layout import Box, Drawn, Element, say, target
from peerhelper.guides.kit.svg import fit, tag, text

TRAILERS = ("chevron", "lock", "check", "wifi", "toggle_on", "toggle_off")


def _trailer(kind: str, x: float, cy: float) -> str:
    if kind == "toggle_on" or kind == "toggle_off":
        on = kind == "toggle_on"
        return tag(
            "rect",
            x=x - 40,
            y=cy - 11,
            width=40,
            height=22,
            rx=11,
            fill=p.BLUE if on else p.GREY_LIGHT,
            stroke=p.BLUE if on else p.GREY,
            stroke_width=p.LINE_THIN,
        ) + tag(
            "circle",
            cx=x - (11 if on else 29),
            cy=cy,
            r=8,
            fill=p.PAPER,
            stroke=p.INK,
            stroke_width=p.LINE_THIN,
        )
    colour = {"check": p.GREEN, "chevron": p.GREY}.get(kind, p.BLUE)
    name = "done" if kind == "check" else kind
    return icon(name, x - 12, cy, 22, colour)


def draw_list(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    parts: list[str] = []
    targets = target(element, Box(x, y, w, 0))
    top = y
    for item in element.get("items", []):
        detail = say(item.get("detail"), lang)
        h = 52 if detail else 42
        tx = x + (44 if item.get("icon") else 8)
        room = w - (tx - x) - (40 if item.get("trailing") else 8)
        if item.get("icon"):
            parts.append(icon(item["icon"], x + 20, top + h / 2, 26))
        lines, size = fit(say(item.get("text"), lang), room, 16, 1, 10, bold=True)
        label_y = top + (h / 2 - 8 if detail else h / 2)
        parts.append(text(lines, tx, label_y, size, "start", True, p.INK))
        if detail:
            dl, ds = fit(detail, room, 13, 1, 9)
            parts.append(text(dl, tx, top + h / 2 + 11, ds, "start", False, p.GREY))
        if item.get("trailing"):
            parts.append(_trailer(item["trailing"], x + w - 4, top + h / 2))
        parts.append(
            tag("path", d=f"M{x} {top + h} H{x + w}", stroke=p.GREY_LIGHT, stroke_width=p.LINE_THIN)
        )
        targets.update(target(item, Box(x, top, w, h)))
        top += h
    if element.get("id"):
        targets[str(element["id"])] = Box(x, y, w, top - y)
    return Drawn("".join(parts), top - y, targets)


def draw_tiles(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    items = element.get("items", [])
    columns = max(1, int(element.get("columns", 2)))
    gap = 8
    tile_w = (w - gap * (columns - 1)) / columns
    tile_h = 46
    parts: list[str] = []
    targets: dict[str, Box] = {}
    for i, item in enumerate(items):
        tx = x + (i % columns) * (tile_w + gap)
        ty = y + (i // columns) * (tile_h + gap)
        parts.append(
            tag(
                "rect",
                x=tx,
                y=ty,
                width=tile_w,
                height=tile_h,
                rx=8,
                fill=p.PAPER,
                stroke=p.GREY,
                stroke_width=p.LINE_THIN,
            )
        )
        label_x = tx + tile_w / 2
        # Some screens draw bold words wider than the kit's estimate: leave them room.
        room = (tile_w - 12) / 1.1
        if item.get("icon"):
            parts.append(icon(item["icon"], tx + 18, ty + tile_h / 2, 22))
            label_x += 12
            room -= 28
        lines, size = fit(say(item.get("text"), lang), room, 15, 2, 9, bold=True)
        parts.append(text(lines, label_x, ty + tile_h / 2, size, "middle", True, p.INK, 1.1))
        targets.update(target(item, Box(tx, ty, tile_w, tile_h)))
    rows = (len(items) + columns - 1) // columns
    h = rows * tile_h + max(rows - 1, 0) * gap
    targets.update(target(element, Box(x, y, w, h)))
    return Drawn("".join(parts), h, targets)


def draw_apps(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    items = element.get("items", [])
    columns = max(1, int(element.get("columns", 3)))
    cell = w / columns
    size = min(cell - 14, 56)
    row_h = size + 34
    parts: list[str] = []
    targets: dict[str, Box] = {}
    for i, item in enumerate(items):
        cx = x + (i % columns + 0.5) * cell
        top = y + (i // columns) * row_h
        fill = {"blue": p.BLUE, "amber": p.AMBER, "green": p.GREEN, "red": p.RED}.get(
            item.get("color", ""), p.PAPER
        )
        parts.append(
            tag(
                "rect",
                x=cx - size / 2,
                y=top,
                width=size,
                height=size,
                rx=size / 4,
                fill=fill,
                stroke=p.INK,
                stroke_width=p.LINE_THIN,
            )
        )
        if item.get("icon"):
            ink = p.PAPER if fill != p.PAPER else None
            parts.append(icon(item["icon"], cx, top + size / 2, size * 0.62, ink))
        lines, tsize = fit(say(item.get("text"), lang), cell - 2, 13, 1, 8)
        # The name sits low enough that a ring round the icon passes above it.
        parts.append(text(lines, cx, top + size + 17, tsize, "middle", False, p.INK))
        targets.update(target(item, Box(cx - size / 2, top, size, size)))
    rows = (len(items) + columns - 1) // columns
    targets.update(target(element, Box(x, y, w, rows * row_h)))
    return Drawn("".join(parts), rows * row_h, targets)


def draw_keypad(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    length = int(element.get("length", 4))
    filled = int(element.get("filled", 0))
    parts = []
    for i in range(length):
        cx = x + w / 2 + (i - (length - 1) / 2) * 22
        parts.append(
            tag(
                "circle",
                cx=cx,
                cy=y + 10,
                r=6,
                fill=p.INK if i < filled else p.PAPER,
                stroke=p.INK,
                stroke_width=p.LINE_THIN,
            )
        )
    keys = "123456789 0 "
    key = min(44.0, (w - 40) / 3)
    for i, digit in enumerate(keys):
        if digit == " ":
            continue
        cx = x + w / 2 + (i % 3 - 1) * (key + 14)
        cy = y + 44 + key / 2 + (i // 3) * (key + 8)
        parts.append(tag("circle", cx=cx, cy=cy, r=key / 2, fill=p.GREY_LIGHT))
        parts.append(text(digit, cx, cy, key * 0.45, "middle", True, p.INK))
    h = 44 + 4 * key + 3 * 8
    return Drawn("".join(parts), h, target(element, Box(x, y, w, h)))


def draw_document(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    """A file or a photographed paper: a sheet with lines and its name."""
    sheet_w = min(w * 0.5, 110.0)
    sheet_h = sheet_w * 1.3
    sx = x + (w - sheet_w) / 2
    fold = sheet_w * 0.22
    d = f"M{sx} {y} H{sx + sheet_w - fold} L{sx + sheet_w} {y + fold} V{y + sheet_h} H{sx} Z"
    parts = [
        tag(
            "path",
            d=d,
            fill=p.PAPER,
            stroke=p.INK,
            stroke_width=p.LINE_THIN,
            stroke_linejoin="round",
        )
    ]
    for i in range(5):
        ly = y + fold + 10 + i * (sheet_h - fold - 20) / 5
        width = sheet_w - 24 - (24 if i == 4 else 0)
        parts.append(tag("rect", x=sx + 12, y=ly, width=width, height=5, rx=2, fill=p.GREY_LIGHT))
    h = sheet_h
    name = say(element.get("text"), lang)
    if name:
        lines, size = fit(name, w - 30, 13, 1, 9)
        parts.append(icon("attachment", x + w / 2 - 50, y + sheet_h + 16, 18))
        parts.append(text(lines, x + w / 2 + 6, y + sheet_h + 16, size, "middle", False))
        h += 28
    return Drawn("".join(parts), h, target(element, Box(sx, y, sheet_w, sheet_h)))


def draw_message(element: Element, x: float, y: float, w: float, lang: str) -> Drawn:
    """A received text message or e-mail preview: sender and words in a bubble.

    The message's box holds its sender's line too, so a ring round the message
    never runs through the sender; the line alone is ``<id>.from``, what a zoom
    shows first (a message is known by who sent it), and the words alone are
    ``<id>.text``, for a step about what the message says.
    """
    sender = say(element.get("from"), lang)
    lines, size = fit(say(element.get("text"), lang), w - 28, 14, 5, 9)
    top = y
    parts = []
    targets: dict[str, Box] = {}
    if sender:
        sl, ss = fit(sender, w - 8, 13, 1, 9, bold=True)
        parts.append(text(sl, x + 4, y + 8, ss, "start", True, p.GREY))
        top = y + 20
        if element.get("id"):
            targets[f"{element['id']}.from"] = Box(x, y - 2, w, 20)
    h = len(lines) * size * 1.25 + 18
    parts.append(tag("rect", x=x, y=top, width=w, height=h, rx=14, fill=p.GREY_LIGHT))
    parts.append(text(lines, x + 14, top + h / 2, size, "start", False, p.INK))
    if element.get("id"):
        # The words alone, for a zoom on what the message says (a code, say).
        targets[f"{element['id']}.text"] = Box(x, top, w, h)
    targets.update(target(element, Box(x, y, w, top + h - y)))
    return Drawn("".join(parts), top + h - y, targets)


DRAWERS = {
    "list": draw_list,
    "tiles": draw_tiles,
    "apps": draw_apps,
    "keypad": draw_keypad,
    "document": draw_document,
    "message": draw_message,
}
