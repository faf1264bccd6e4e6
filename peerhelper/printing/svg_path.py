"""SVG geometry reduced to what a PDF path can say: move, line, cubic curve, close.

Path data (``d``), basic shapes and transforms are turned into absolute
coordinates with cubic Bézier curves only, because a PDF path has no
quadratic curves and no elliptical arcs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

Segment = tuple[str, tuple[float, ...]]  # ("M"|"L"|"C"|"Z", coordinates)
Matrix = tuple[float, float, float, float, float, float]

IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
# Control-point distance for a quarter circle drawn as one cubic curve.
KAPPA = 4 * (math.sqrt(2) - 1) / 3

_TOKEN = re.compile(r"[MmLlHhVvCcSsQqTtAaZz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_TRANSFORM = re.compile(r"(matrix|translate|scale|rotate|skewX|skewY)\s*\(([^)]*)\)")
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_ARGUMENTS = {"M": 2, "L": 2, "H": 1, "V": 1, "C": 6, "S": 4, "Q": 4, "T": 2, "A": 7, "Z": 0}


class PathError(ValueError):
    """Path data or a transform this module cannot read."""


def numbers(text: str) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text)]


def multiply(m: Matrix, n: Matrix) -> Matrix:
    """The matrix that applies ``n`` first, then ``m`` (SVG's left-to-right list order)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (
        a * a2 + c * b2,
        b * a2 + d * b2,
        a * c2 + c * d2,
        b * c2 + d * d2,
        a * e2 + c * f2 + e,
        b * e2 + d * f2 + f,
    )


def parse_transform(text: str) -> Matrix:
    """A ``transform`` attribute as one matrix."""
    result = IDENTITY
    rest = _TRANSFORM.sub("", text).replace(",", " ").strip()
    if rest:
        raise PathError(f"unreadable transform {text!r}")
    for name, args in _TRANSFORM.findall(text):
        v = numbers(args)
        if name == "matrix" and len(v) == 6:
            step: Matrix = (v[0], v[1], v[2], v[3], v[4], v[5])
        elif name == "translate" and len(v) in (1, 2):
            step = (1, 0, 0, 1, v[0], v[1] if len(v) == 2 else 0.0)
        elif name == "scale" and len(v) in (1, 2):
            step = (v[0], 0, 0, v[1] if len(v) == 2 else v[0], 0, 0)
        elif name == "rotate" and len(v) in (1, 3):
            cos, sin = math.cos(math.radians(v[0])), math.sin(math.radians(v[0]))
            step = (cos, sin, -sin, cos, 0, 0)
            if len(v) == 3:
                step = multiply(
                    multiply((1, 0, 0, 1, v[1], v[2]), step), (1, 0, 0, 1, -v[1], -v[2])
                )
        elif name in ("skewX", "skewY") and len(v) == 1:
            t = math.tan(math.radians(v[0]))
            step = (1, 0, t, 1, 0, 0) if name == "skewX" else (1, t, 0, 1, 0, 0)
        else:
            raise PathError(f"unreadable transform {text!r}")
        result = multiply(result, step)
    return result


def _tokens(data: str) -> Iterator[str]:
    position = 0
    for match in _TOKEN.finditer(data):
        if data[position : match.start()].strip(" \t\r\n,"):
            raise PathError(f"unreadable path data near {data[position : match.start()]!r}")
        position = match.end()
        yield match.group()
    if data[position:].strip(" \t\r\n,"):
        raise PathError("unreadable path data at the end")


def parse_path(data: str) -> list[Segment]:
    """Path data as absolute M/L/C/Z segments."""
    tokens = list(_tokens(data))
    segments: list[Segment] = []
    x = y = start_x = start_y = 0.0
    last_control: tuple[float, float] | None = None
    last_quad: tuple[float, float] | None = None
    command = ""
    index = 0

    def take(count: int, arc: bool = False) -> list[float]:
        nonlocal index
        values: list[float] = []
        while len(values) < count:
            if index >= len(tokens) or tokens[index].isalpha():
                raise PathError(f"path command {command} is missing numbers")
            token = tokens[index]
            if arc and len(values) in (3, 4) and len(token) > 1 and token[0] in "01":
                # A flag glued to what follows it: "01" is two flags, "110" a flag and 10.
                tokens[index] = token[1:]
                values.append(float(token[0]))
                continue
            values.append(float(token))
            index += 1
        return values

    while index < len(tokens):
        if tokens[index].isalpha():
            command = tokens[index]
            index += 1
        elif not command or command in "Zz":
            raise PathError("path data does not start with a command")
        upper, relative = command.upper(), command.islower()
        dx, dy = (x, y) if relative else (0.0, 0.0)
        values = take(_ARGUMENTS[upper], arc=upper == "A")
        control, quad = None, None
        if upper == "M":
            x, y = values[0] + dx, values[1] + dy
            start_x, start_y = x, y
            segments.append(("M", (x, y)))
            command = "l" if relative else "L"  # further pairs are lines
        elif upper in "LHV":
            if upper == "H":
                x = values[0] + dx
            elif upper == "V":
                y = values[0] + dy
            else:
                x, y = values[0] + dx, values[1] + dy
            segments.append(("L", (x, y)))
        elif upper in "CS":
            if upper == "C":
                x1, y1 = values[0] + dx, values[1] + dy
                rest = values[2:]
            else:
                x1, y1 = (
                    (2 * x - last_control[0], 2 * y - last_control[1]) if last_control else (x, y)
                )
                rest = values
            x2, y2 = rest[0] + dx, rest[1] + dy
            x, y = rest[2] + dx, rest[3] + dy
            segments.append(("C", (x1, y1, x2, y2, x, y)))
            control = (x2, y2)
        elif upper in "QT":
            if upper == "Q":
                qx, qy = values[0] + dx, values[1] + dy
                end = (values[2] + dx, values[3] + dy)
            else:
                qx, qy = (2 * x - last_quad[0], 2 * y - last_quad[1]) if last_quad else (x, y)
                end = (values[0] + dx, values[1] + dy)
            segments.append(_quad_to_cubic((x, y), (qx, qy), end))
            x, y = end
            quad = (qx, qy)
        elif upper == "A":
            end = (values[5] + dx, values[6] + dy)
            segments += arc_to_cubics(
                (x, y), values[0], values[1], values[2], values[3], values[4], end
            )
            x, y = end
        else:  # Z
            segments.append(("Z", ()))
            x, y = start_x, start_y
        last_control, last_quad = control, quad
        if upper == "Z" and index < len(tokens) and not tokens[index].isalpha():
            raise PathError("numbers after a close-path command")
    return segments


def _quad_to_cubic(
    p0: tuple[float, float], q: tuple[float, float], p1: tuple[float, float]
) -> Segment:
    c1 = (p0[0] + 2 / 3 * (q[0] - p0[0]), p0[1] + 2 / 3 * (q[1] - p0[1]))
    c2 = (p1[0] + 2 / 3 * (q[0] - p1[0]), p1[1] + 2 / 3 * (q[1] - p1[1]))
    return ("C", (*c1, *c2, *p1))


def arc_to_cubics(
    start: tuple[float, float],
    rx: float,
    ry: float,
    rotation: float,
    large: float,
    sweep: float,
    end: tuple[float, float],
) -> list[Segment]:
    """An SVG elliptical arc as cubic curves (SVG 1.1 appendix F.6.5 and F.6.6)."""
    (x1, y1), (x2, y2) = start, end
    if (x1, y1) == (x2, y2):
        return []
    rx, ry = abs(rx), abs(ry)
    if rx == 0 or ry == 0:
        return [("L", (x2, y2))]
    phi = math.radians(rotation)
    cos, sin = math.cos(phi), math.sin(phi)
    hx, hy = (x1 - x2) / 2, (y1 - y2) / 2
    xp, yp = cos * hx + sin * hy, -sin * hx + cos * hy
    scale = xp**2 / rx**2 + yp**2 / ry**2
    if scale > 1:  # radii too small to reach: grow them, as the spec says
        rx, ry = rx * math.sqrt(scale), ry * math.sqrt(scale)
    numerator = rx**2 * ry**2 - rx**2 * yp**2 - ry**2 * xp**2
    factor = math.sqrt(max(0.0, numerator / (rx**2 * yp**2 + ry**2 * xp**2)))
    if bool(large) == bool(sweep):
        factor = -factor
    cxp, cyp = factor * rx * yp / ry, -factor * ry * xp / rx
    cx = cos * cxp - sin * cyp + (x1 + x2) / 2
    cy = sin * cxp + cos * cyp + (y1 + y2) / 2
    theta = math.atan2((yp - cyp) / ry, (xp - cxp) / rx)
    delta = math.atan2((-yp - cyp) / ry, (-xp - cxp) / rx) - theta
    if sweep and delta < 0:
        delta += 2 * math.pi
    elif not sweep and delta > 0:
        delta -= 2 * math.pi
    pieces = max(1, math.ceil(abs(delta) / (math.pi / 2) - 1e-9))
    step = delta / pieces
    alpha = 4 / 3 * math.tan(step / 4)

    def point(angle: float) -> tuple[float, float, float, float]:
        ex, ey = rx * math.cos(angle), ry * math.sin(angle)
        tx, ty = -rx * math.sin(angle), ry * math.cos(angle)
        return (
            cx + cos * ex - sin * ey,
            cy + sin * ex + cos * ey,
            cos * tx - sin * ty,
            sin * tx + cos * ty,
        )

    segments: list[Segment] = []
    ax, ay, atx, aty = point(theta)
    for i in range(1, pieces + 1):
        bx, by, btx, bty = point(theta + step * i)
        segments.append(
            ("C", (ax + alpha * atx, ay + alpha * aty, bx - alpha * btx, by - alpha * bty, bx, by))
        )
        ax, ay, atx, aty = bx, by, btx, bty
    return segments


def ellipse(cx: float, cy: float, rx: float, ry: float) -> list[Segment]:
    kx, ky = rx * KAPPA, ry * KAPPA
    return [
        ("M", (cx + rx, cy)),
        ("C", (cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry)),
        ("C", (cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy)),
        ("C", (cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry)),
        ("C", (cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy)),
        ("Z", ()),
    ]


def rectangle(x: float, y: float, w: float, h: float, rx: float, ry: float) -> list[Segment]:
    """A rectangle, with elliptical corners when ``rx``/``ry`` are above zero."""
    rx, ry = min(rx, w / 2), min(ry, h / 2)
    if rx <= 0 or ry <= 0:
        return [
            ("M", (x, y)),
            ("L", (x + w, y)),
            ("L", (x + w, y + h)),
            ("L", (x, y + h)),
            ("Z", ()),
        ]
    kx, ky = rx * (1 - KAPPA), ry * (1 - KAPPA)
    r, b = x + w, y + h
    return [
        ("M", (x + rx, y)),
        ("L", (r - rx, y)),
        ("C", (r - kx, y, r, y + ky, r, y + ry)),
        ("L", (r, b - ry)),
        ("C", (r, b - ky, r - kx, b, r - rx, b)),
        ("L", (x + rx, b)),
        ("C", (x + kx, b, x, b - ky, x, b - ry)),
        ("L", (x, y + ry)),
        ("C", (x, y + ky, x + kx, y, x + rx, y)),
        ("Z", ()),
    ]


def polyline(points: list[float], closed: bool) -> list[Segment]:
    if len(points) < 4 or len(points) % 2:
        raise PathError("a polyline needs an even number of coordinates, at least four")
    pairs = list(zip(points[::2], points[1::2], strict=True))
    segments: list[Segment] = [("M", pairs[0]), *(("L", p) for p in pairs[1:])]
    return [*segments, ("Z", ())] if closed else segments
