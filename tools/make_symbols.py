"""Draw PeerHelper's digital-support symbol and app icon, then render their previews.

The symbol follows the public description of the Finnish digital-support sign:
two people side by side at a computer, one sitting and one standing, a
question mark floating between them, and a smartphone. The drawing is built
from simple shapes with Qt's path operations so that the filled and the
outline variants share one geometry, then written as plain SVG (one filled
path, which every SVG reader draws the same way) and rendered to PNG with
QtSvg. The app icon and its multi-size ``.ico`` come from the same geometry.

Run from the repository root::

    QT_QPA_PLATFORM=offscreen python tools/make_symbols.py [--previews DIR]

``--previews`` also writes test renders (32 px, 64 px, white variants on a
dark background) to DIR for looking at; they are not part of the assets.
"""

from __future__ import annotations

import argparse
import io
import math
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPolygonF,
    QTransform,
)
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SYMBOLS_DIR = ROOT / "assets" / "symbols"

# The same blue as the guide pictures (peerhelper/guides/kit/palette.py).
COLOURS = {"blue": "#1F6FB5", "black": "#000000", "white": "#FFFFFF"}
DARK_PREVIEW_BACKGROUND = "#1E2A3A"

VIEW = 256  # the symbol's square viewBox
GAP = 5.0  # the white gap that separates overlapping parts, pictogram style
LINE = 6.5  # the line width of the outline variants
PNG_SIZE = 1024
APP_ICON_PNGS = {"app-icon.png": 256, "app-icon-512.png": 512}
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# Qt flattens curves coarsely in boolean operations; flattening each shape
# ourselves at this magnification first keeps circles round on a poster.
_FINE = 12.0


# --- geometry ---------------------------------------------------------------


def _fine(path: QPainterPath) -> QPainterPath:
    """The path as finely flattened polygons, so later boolean operations stay smooth."""
    up = QTransform.fromScale(_FINE, _FINE)
    down = QTransform.fromScale(1 / _FINE, 1 / _FINE)
    result = QPainterPath()
    result.setFillRule(Qt.FillRule.WindingFill)
    for polygon in path.toSubpathPolygons(up):
        result.addPolygon(down.map(polygon))
        result.closeSubpath()
    return result


def circle(cx: float, cy: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QPointF(cx, cy), r, r)
    return _fine(path)


def rounded_rect(x: float, y: float, w: float, h: float, r: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(x, y, w, h), r, r)
    return _fine(path)


def _stroke(path: QPainterPath, width: float) -> QPainterPath:
    """The area a pen of ``width`` with round ends and corners covers along the path."""
    stroker = QPainterPathStroker()
    stroker.setWidth(width)
    stroker.setCapStyle(Qt.PenCapStyle.RoundCap)
    stroker.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return _fine(stroker.createStroke(path))


def _coarse(shape: QPainterPath, tolerance: float = 0.01) -> QPainterPath:
    """The shape with nearly collinear points dropped, to keep offsetting quick."""
    result = QPainterPath()
    for polygon in shape.toSubpathPolygons():
        result.addPolygon(QPolygonF(_simplify(list(polygon), tolerance)))
        result.closeSubpath()
    return result


def limb(points: Sequence[tuple[float, float]], width: float) -> QPainterPath:
    """A thick polyline with round ends: arms, legs, chair and desk bars."""
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    return _stroke(path, width).simplified()


def grown(shape: QPainterPath, by: float) -> QPainterPath:
    """The shape enlarged by ``by`` on every side."""
    return shape.united(_stroke(shape, 2 * by))


def ring(shape: QPainterPath, width: float) -> QPainterPath:
    """The band of ``width`` just inside the shape's edge: its outline drawing."""
    inner = shape.subtracted(_stroke(_coarse(shape), 2 * width))
    return shape.subtracted(inner)


def union(shapes: Iterable[QPainterPath]) -> QPainterPath:
    result = QPainterPath()
    for shape in shapes:
        result = result.united(shape)
    return result


# --- the drawing --------------------------------------------------------------


@dataclass
class Piece:
    """One part of the drawing; pieces are listed back to front.

    ``fill`` is the part in the filled variants, ``line`` in the outline
    variants (by default a band along the edge of ``fill``; solid details
    such as the question mark pass ``line=fill``). ``silhouette`` is the area
    that hides what lies behind, which for a phone includes its screen.
    """

    fill: QPainterPath
    line: QPainterPath | None = None
    silhouette: QPainterPath | None = None
    cuts: list[QPainterPath] = field(default_factory=list)

    def filled(self) -> QPainterPath:
        return _apply_cuts(self.fill, self.cuts)

    def outlined(self) -> QPainterPath:
        if self.line is None:
            return ring(self.filled(), LINE)
        return _apply_cuts(self.line, self.cuts)


def _apply_cuts(shape: QPainterPath, cuts: list[QPainterPath]) -> QPainterPath:
    for cut in cuts:
        shape = shape.subtracted(cut)
    return shape


def layered(pieces: Sequence[Piece]) -> list[Piece]:
    """Separate overlapping pieces: each one cuts a gap out of those behind it."""
    for index, front in enumerate(pieces):
        halo = grown(front.silhouette or front.fill, GAP)
        for back in pieces[:index]:
            if back.fill.intersects(halo):
                back.cuts.append(halo)
    return list(pieces)


def rect(x: float, y: float, w: float, h: float) -> QPainterPath:
    path = QPainterPath()
    path.addRect(QRectF(x, y, w, h))
    return path


def box(x: float, y: float, w: float, h: float, top: float, bottom: float) -> QPainterPath:
    """A rectangle with ``top`` and ``bottom`` corner radii: a body in one outline.

    Drawn as one shape because uniting pieces whose sides coincide leaves
    slivers along the shared edge.
    """
    path = QPainterPath(QPointF(x, y + top))
    path.arcTo(QRectF(x, y, 2 * top, 2 * top), 180, -90)
    path.arcTo(QRectF(x + w - 2 * top, y, 2 * top, 2 * top), 90, -90)
    path.lineTo(x + w, y + h - bottom)
    if bottom:
        path.arcTo(QRectF(x + w - 2 * bottom, y + h - 2 * bottom, 2 * bottom, 2 * bottom), 0, -90)
        path.arcTo(QRectF(x, y + h - 2 * bottom, 2 * bottom, 2 * bottom), 270, -90)
    else:
        path.lineTo(x, y + h)
    path.closeSubpath()
    return _fine(path)


def question_mark(cx: float, top: float, size: float, weight: float) -> QPainterPath:
    """A bold question mark, ``size`` tall, drawn as a hook and a dot."""
    r = size * 0.27
    cy = top + weight / 2 + r
    hook = QPainterPath(QPointF(cx - r, cy))
    # Over the top from nine o'clock to about four o'clock, then into the stem.
    hook.arcTo(QRectF(cx - r, cy - r, 2 * r, 2 * r), 180, -235)
    stem_top = top + size * 0.66
    hook.cubicTo(
        QPointF(cx + r * 0.1, cy + r * 1.0),
        QPointF(cx, cy + r * 1.1),
        QPointF(cx, stem_top),
    )
    dot_r = weight * 0.64
    dot = circle(cx, top + size - dot_r, dot_r)
    return _stroke(hook, weight).united(dot)


def standing_person() -> list[Piece]:
    """The helper on the left, standing, holding up a smartphone."""
    head = circle(60, 46, 19)
    body = box(38, 72, 44, 166, 17, 6).subtracted(rounded_rect(57.5, 166, 5, 90, 2.5))
    # Arms are narrow enough to stay solid lines in the outline variants too.
    arm = limb([(62, 88), (69, 123), (96, 116)], 14)
    # The phone's gap starts inside the body, so the hand simply disappears behind it.
    phone_body = rounded_rect(82, 82, 26, 44, 5)
    phone = phone_body.subtracted(rounded_rect(86.5, 88, 17, 28, 1.5))
    return [
        Piece(body),
        Piece(head),
        Piece(arm, line=arm),
        Piece(phone, line=phone, silhouette=phone_body),
    ]


def sitting_person() -> list[Piece]:
    """The client in the middle, sitting on a chair at the desk."""
    chair = union(
        [
            limb([(112, 138), (112, 208)], 9),
            limb([(112, 208), (176, 208)], 9),
            limb([(148, 208), (148, 236)], 9),
        ]
    )
    head = circle(142, 98, 19)
    torso = box(122, 124, 40, 70, 16, 0)
    legs = limb([(140, 183), (195, 183), (195, 234), (208, 234)], 22)
    body = torso.united(legs)
    arm = limb([(146, 136), (160, 164), (186, 146)], 13)
    return [Piece(chair), Piece(body), Piece(head), Piece(arm, line=arm)]


def computer() -> list[Piece]:
    """A desk with a monitor, on the right."""
    desk = union(
        [
            rounded_rect(184, 158, 72, 9, 3),
            limb([(246, 166), (246, 236)], 9),
            rect(221, 132, 10, 28),
        ]
    )
    outer = rounded_rect(194, 84, 62, 50, 6)
    bezel = outer.subtracted(rounded_rect(201.5, 91.5, 47, 35, 2))
    monitor = bezel.united(rounded_rect(206, 96, 38, 26, 1.5))
    return [Piece(desk), Piece(monitor, line=bezel, silhouette=outer)]


@cache
def symbol_pieces() -> tuple[Piece, ...]:
    mark = question_mark(106, 12, 60, 11)
    pieces = [*computer(), *sitting_person(), *standing_person(), Piece(mark, line=mark)]
    return tuple(layered(pieces))


@cache
def symbol_shape(style: str) -> QPainterPath:
    """The whole symbol as one path in the ``VIEW`` square: ``filled`` or ``outline``."""
    pieces = symbol_pieces()
    parts = [p.filled() if style == "filled" else p.outlined() for p in pieces]
    # Both variants are placed by the filled silhouette so that they line up exactly.
    whole = union(p.filled() for p in pieces)
    return _place(union(parts), whole.boundingRect(), VIEW, margin=8)


def _place(shape: QPainterPath, box: QRectF, size: float, margin: float) -> QPainterPath:
    """The shape scaled and moved so that ``box`` sits centred in a ``size`` square."""
    scale = (size - 2 * margin) / max(box.width(), box.height())
    transform = QTransform()
    transform.translate(size / 2, size / 2)
    transform.scale(scale, scale)
    transform.translate(-box.center().x(), -box.center().y())
    return transform.map(shape)


# --- SVG and PNG output -------------------------------------------------------


def _simplify(points: list[QPointF], tolerance: float) -> list[QPointF]:
    """Drop points that lie within ``tolerance`` of the line through their neighbours."""
    if len(points) < 4:
        return points
    kept = [points[0]]
    for index in range(1, len(points) - 1):
        a, b, c = kept[-1], points[index], points[index + 1]
        dx, dy = c.x() - a.x(), c.y() - a.y()
        length = math.hypot(dx, dy)
        if length == 0:
            continue
        distance = abs(dy * (b.x() - a.x()) - dx * (b.y() - a.y())) / length
        if distance > tolerance:
            kept.append(b)
    kept.append(points[-1])
    return kept


def path_data(shape: QPainterPath) -> str:
    """SVG path data for a flattened path, to 0.01 of a unit."""
    commands = []
    for polygon in shape.toSubpathPolygons():
        points = _simplify(list(polygon), 0.02)
        if len(points) < 3:
            continue
        coords = " ".join(f"{_num(p.x())},{_num(p.y())}" for p in points)
        commands.append(f"M{coords}Z")
    return "".join(commands)


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def svg_document(title: str, body: str, size: int = VIEW) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" '
        f'width="{size}" height="{size}" viewBox="0 0 {size} {size}">\n'
        f"<title>{title}</title>\n{body}</svg>\n"
    )


def symbol_svg(colour: str, style: str) -> str:
    d = path_data(symbol_shape(style))
    body = f'<path fill="{COLOURS[colour]}" fill-rule="evenodd" d="{d}"/>\n'
    return svg_document(f"Digital support ({colour}, {style})", body)


def app_icon_svg() -> str:
    """White filled symbol on a blue rounded square."""
    whole = union(p.filled() for p in symbol_pieces())
    shape = _place(whole, whole.boundingRect(), VIEW, margin=30)
    body = (
        f'<rect x="4" y="4" width="248" height="248" rx="52" ry="52" fill="{COLOURS["blue"]}"/>\n'
        f'<path fill="#FFFFFF" fill-rule="evenodd" d="{path_data(shape)}"/>\n'
    )
    return svg_document("PeerHelper", body)


def render(svg: Path, size: int, background: str | None = None) -> QImage:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"QtSvg cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(background) if background else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def save_png(svg: Path, png: Path, size: int, background: str | None = None) -> None:
    if not render(svg, size, background).save(str(png)):
        raise OSError(f"could not write {png}")


def save_ico(svg: Path, ico: Path) -> None:
    """A Windows icon holding every size in ``ICO_SIZES``, scaled down from one render."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    render(svg, ICO_SIZES[-1]).save(buffer, "PNG")
    with Image.open(io.BytesIO(bytes(buffer.data()))) as image:
        image.save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES])


def symbol_variants() -> list[tuple[str, str]]:
    return [(colour, style) for colour in COLOURS for style in ("filled", "outline")]


def build(out_dir: Path, previews: Path | None) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    for colour, style in symbol_variants():
        svg = out_dir / f"digital-support-{colour}-{style}.svg"
        svg.write_text(symbol_svg(colour, style), encoding="utf-8")
        save_png(svg, svg.with_suffix(".png"), PNG_SIZE)
        if previews is not None:
            back = DARK_PREVIEW_BACKGROUND if colour == "white" else "#FFFFFF"
            for size in (32, 64, 256):
                save_png(svg, previews / f"{svg.stem}-{size}.png", size, back)
    icon = out_dir / "app-icon.svg"
    icon.write_text(app_icon_svg(), encoding="utf-8")
    for name, size in APP_ICON_PNGS.items():
        save_png(icon, out_dir / name, size)
    save_ico(icon, out_dir / "app-icon.ico")
    if previews is not None:
        for size in (16, 32, 48):
            save_png(icon, previews / f"app-icon-{size}.png", size, "#FFFFFF")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=SYMBOLS_DIR)
    parser.add_argument("--previews", type=Path, default=None)
    args = parser.parse_args(argv)
    # QtSvg and QImage need an application object, even without a screen.
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    if args.previews is not None:
        args.previews.mkdir(parents=True, exist_ok=True)
    build(args.out, args.previews)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
