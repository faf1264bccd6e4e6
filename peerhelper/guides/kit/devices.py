"""The device frames: a phone and a laptop with a browser window.

``phone`` and ``laptop`` draw the frame and the screen described by a
scene's ``screen`` mapping, and return the boxes of everything that can be
highlighted or pointed at: element ids from the screen, plus fixed parts of
the device (``power``, ``volume_up``, ``volume_down``, ``port``,
``nav_back``, ``nav_home``, ``nav_recent`` on the phone; ``address`` on the
laptop).
"""

from __future__ import annotations

from peerhelper.guides.kit import palette as p
from peerhelper.guides.kit.icons import icon
from peerhelper.guides.kit.item_widgets import DRAWERS as ITEM_DRAWERS
from peerhelper.guides.kit.layout import Box, Drawn, Element, say, stack
from peerhelper.guides.kit.svg import fit, tag, text
from peerhelper.guides.kit.widgets import DRAWERS as SIMPLE_DRAWERS

ELEMENT_DRAWERS = {**SIMPLE_DRAWERS, **ITEM_DRAWERS}
PHONE_PARTS = ("power", "volume_up", "volume_down", "port", "nav_back", "nav_home", "nav_recent")
LAPTOP_PARTS = ("address",)
SCREEN_KINDS = ("app", "home", "lock", "off")
SITE_COLOURS = {"blue": p.BLUE, "dark": p.BLUE_DARK, "green": p.GREEN, "ink": p.INK}


def _status_bar(x: float, y: float, w: float, status: Element, dark: bool) -> str:
    ink = p.PAPER if dark else p.INK
    parts = [text("12:30", x + 18, y + 15, 13, "start", True, ink)]
    right = x + w - 22
    parts.append(
        tag(
            "rect",
            x=right - 8,
            y=y + 9,
            width=20,
            height=11,
            rx=3,
            fill="none",
            stroke=ink,
            stroke_width=1.5,
        )
    )
    level = {"low": 4, "full": 16}.get(status.get("battery", "full"), 16)
    parts.append(
        tag(
            "rect",
            x=right - 6,
            y=y + 11,
            width=level,
            height=7,
            rx=1.5,
            fill=p.RED if level < 8 else ink,
        )
    )
    right -= 26
    if status.get("charging"):
        parts.append(icon("charging", right, y + 14, 18, ink))
        right -= 22
    if status.get("wifi"):
        parts.append(icon("wifi", right, y + 14, 18, ink))
    return "".join(parts)


def _nav_bar(x: float, y: float, w: float) -> tuple[str, dict[str, Box]]:
    cy = y + 20
    grey = {"fill": "none", "stroke": p.GREY, "stroke_width": p.LINE, "stroke_linejoin": "round"}
    bx, hx, rx = x + w * 0.22, x + w * 0.5, x + w * 0.78
    parts = [
        tag("path", d=f"M{bx + 7} {cy - 9} L{bx - 8} {cy} L{bx + 7} {cy + 9} Z", **grey),
        tag("circle", cx=hx, cy=cy, r=10, **grey),
        tag("rect", x=rx - 8, y=cy - 8, width=16, height=16, rx=3, **grey),
    ]
    targets = {
        name: Box(cx - 18, cy - 17, 36, 34)
        for name, cx in (("nav_back", bx), ("nav_home", hx), ("nav_recent", rx))
    }
    return "".join(parts), targets


def phone(box: Box, screen: Element, lang: str) -> Drawn:
    """A phone in ``box`` showing ``screen``."""
    x, y, w, h = box.x, box.y, box.w, box.h
    kind = screen.get("kind", "app")
    status = screen.get("status", {})
    targets = {
        "power": Box(x + w - 6, y + 124, 20, 72),
        "volume_up": Box(x - 14, y + 104, 20, 56),
        "volume_down": Box(x - 14, y + 166, 20, 56),
        "port": Box(x + w / 2 - 24, y + h - 12, 48, 18),
    }
    parts = [
        tag("rect", x=x + w - 4, y=y + 130, width=9, height=60, rx=3, fill=p.INK),
        tag("rect", x=x - 5, y=y + 110, width=9, height=44, rx=3, fill=p.INK),
        tag("rect", x=x - 5, y=y + 172, width=9, height=44, rx=3, fill=p.INK),
    ]
    if status.get("cable"):
        mid = x + w / 2
        low = y + h
        cable = (
            f"M{mid} {low + 30} C{mid} {low + 70} {x + w + 40} {low + 20} {x + w + 80} {low + 70}"
        )
        parts.append(
            tag("path", d=cable, fill="none", stroke=p.INK, stroke_width=8, stroke_linecap="round")
        )
        parts.append(
            tag(
                "rect",
                x=x + w / 2 - 13,
                y=y + h - 4,
                width=26,
                height=38,
                rx=5,
                fill=p.GREY,
                stroke=p.INK,
                stroke_width=p.LINE,
            )
        )
    parts.append(tag("rect", x=x, y=y, width=w, height=h, rx=38, fill=p.INK))
    sx, sy, sw, sh = x + 11, y + 11, w - 22, h - 22
    if kind == "off":
        parts.append(tag("rect", x=sx, y=sy, width=sw, height=sh, rx=28, fill=p.SCREEN_OFF))
        glare = (
            f"M{sx + sw * 0.55} {sy + 20} L{sx + sw - 20} {sy + 20} "
            f"L{sx + 30} {sy + sh - 20} L{sx + 30} {sy + sh * 0.6} Z"
        )
        parts.append(tag("path", d=glare, fill=p.PAPER, opacity=0.05))
        return Drawn("".join(parts), h, targets, Box(sx, sy, sw, sh))
    background = p.PAPER if kind == "app" else p.BLUE_LIGHT
    parts.append(tag("rect", x=sx, y=sy, width=sw, height=sh, rx=28, fill=background))
    parts.append(tag("circle", cx=x + w / 2, cy=sy + 14, r=5, fill=p.INK))
    parts.append(_status_bar(sx, sy + 2, sw, status, dark=False))
    top = sy + 30
    title = say(screen.get("title"), lang)
    if title and kind == "app":
        parts.append(tag("rect", x=sx, y=top, width=sw, height=48, fill=p.BLUE_LIGHT))
        lines, size = fit(title, sw - 80, 19, 1, 11, bold=True)
        parts.append(text(lines, sx + sw / 2, top + 24, size, "middle", True))
        if screen.get("back"):
            parts.append(icon("back", sx + 24, top + 24, 24))
            targets["back"] = Box(sx + 6, top + 6, 36, 36)
        top += 48
    if kind == "lock":
        parts.append(icon("lock", sx + sw / 2, top + 18, 24, p.INK))
        parts.append(text("12:30", sx + sw / 2, top + 66, 54, "middle", True, p.INK))
        top += 106
    nav = screen.get("nav", True)
    bottom = sy + sh - (42 if nav else 16)
    content = stack(
        list(screen.get("elements", [])),
        ELEMENT_DRAWERS,
        Box(sx + 12, top + 12, sw - 24, bottom - top - 20),
        lang,
    )
    parts.append(content.svg)
    targets.update(content.targets)
    if kind == "lock":
        parts.append(
            tag("rect", x=sx + sw / 2 - 40, y=sy + sh - 14, width=80, height=5, rx=2.5, fill=p.INK)
        )
        targets["swipe"] = Box(sx + sw / 2 - 50, sy + sh - 60, 100, 56)
    elif nav:
        nav_svg, nav_targets = _nav_bar(sx, sy + sh - 42, sw)
        parts.append(
            tag(
                "path",
                d=f"M{sx} {sy + sh - 42} H{sx + sw}",
                stroke=p.GREY_LIGHT,
                stroke_width=p.LINE_THIN,
            )
        )
        parts.append(nav_svg)
        targets.update(nav_targets)
    return Drawn("".join(parts), h, targets, Box(sx, sy, sw, sh))


def laptop(box: Box, screen: Element, lang: str) -> Drawn:
    """A laptop in ``box`` (the lid; the base sits below it) with a browser window."""
    x, y, w, h = box.x, box.y, box.w, box.h
    parts = [
        tag(
            "path",
            d=f"M{x - 34} {y + h} H{x + w + 34} L{x + w + 10} {y + h + 26} H{x - 10} Z",
            fill=p.GREY,
            stroke=p.INK,
            stroke_width=p.LINE,
            stroke_linejoin="round",
        ),
        tag("rect", x=x, y=y, width=w, height=h + 4, rx=14, fill=p.INK),
    ]
    sx, sy, sw, sh = x + 12, y + 12, w - 24, h - 20
    parts.append(tag("rect", x=sx, y=sy, width=sw, height=sh, rx=4, fill=p.GREY_LIGHT))
    tab = say(screen.get("tab") or screen.get("site") or screen.get("title"), lang)
    parts.append(tag("rect", x=sx + 10, y=sy + 6, width=180, height=26, rx=6, fill=p.PAPER))
    tab_lines, tab_size = fit(tab or " ", 160, 12, 1, 8)
    parts.append(text(tab_lines, sx + 20, sy + 19, tab_size, "start", False))
    bar_y = sy + 32
    parts.append(tag("rect", x=sx, y=bar_y, width=sw, height=38, fill=p.PAPER))
    parts.append(icon("back", sx + 20, bar_y + 19, 18, p.GREY))
    field = Box(sx + 40, bar_y + 6, sw - 52, 26)
    parts.append(
        tag("rect", x=field.x, y=field.y, width=field.w, height=field.h, rx=13, fill=p.GREY_LIGHT)
    )
    url = say(screen.get("url"), lang)
    if url:
        parts.append(icon("lock", field.x + 16, field.cy, 14, p.INK))
        url_lines, url_size = fit(url, field.w - 40, 13, 1, 8)
        parts.append(text(url_lines, field.x + 30, field.cy, url_size, "start", False))
    targets = {"address": field}
    top = bar_y + 38
    parts.append(tag("rect", x=sx, y=top, width=sw, height=sy + sh - top, fill=p.PAPER))
    site = say(screen.get("site"), lang)
    if site:
        colour = SITE_COLOURS.get(screen.get("site_color", "blue"), p.BLUE)
        parts.append(tag("rect", x=sx, y=top, width=sw, height=44, fill=colour))
        lines, size = fit(site, sw * 0.5, 18, 1, 10, bold=True)
        parts.append(text(lines, sx + 16, top + 22, size, "start", True, p.PAPER))
        header_button = screen.get("header_button")
        if header_button:
            width = min(150.0, sw * 0.36)
            drawn = ELEMENT_DRAWERS["button"](
                {"style": "secondary", **header_button}, sx + sw - width - 12, top + 2, width, lang
            )
            parts.append(drawn.svg)
            targets.update(drawn.targets)
        top += 44
    elements = list(screen.get("elements", []))
    title = say(screen.get("title"), lang)
    if title:
        elements.insert(0, {"type": "heading", "text": title})
    width = min(sw - 40, float(screen.get("content_width", 330)))
    content = stack(
        elements,
        ELEMENT_DRAWERS,
        Box(sx + (sw - width) / 2, top + 14, width, sy + sh - top - 24),
        lang,
    )
    parts.append(content.svg)
    targets.update(content.targets)
    return Drawn("".join(parts), h + 26, targets, Box(sx, sy, sw, sh))
