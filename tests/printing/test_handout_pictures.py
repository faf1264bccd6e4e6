"""Pictures on printed pages: SVG kept vector, checked against svglib; rasters embedded."""

from __future__ import annotations

import math
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageStat
from reportlab.pdfgen.canvas import Canvas

from peerhelper.guides.loader import load_bundled
from peerhelper.guides.pictures import step_svg
from peerhelper.printing.fonts import font_name
from peerhelper.printing.pictures import (
    RasterPicture,
    SvglibPicture,
    _svglib_picture,
    default_symbol,
    svg_picture,
    symbol_picture,
)
from peerhelper.printing.svg_draw import SvgDrawing, UnsupportedSvg, compile_svg
from peerhelper.printing.svg_path import arc_to_cubics, parse_path, parse_transform
from tests.printing.handout_helpers import font_table, run

pytestmark = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")

GRADIENT_SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
<defs><linearGradient id="g"><stop offset="0" stop-color="#1F6FB5"/>
<stop offset="1" stop-color="#FFFFFF"/></linearGradient></defs>
<rect width="100" height="100" fill="url(#g)"/>
<text x="10" y="50" style="font-family: Arial; font-size: 12px">Hei</text></svg>"""


def place(pdf: Path, picture: object, size: tuple[float, float] = (400, 300)) -> Path:
    canvas = Canvas(str(pdf), pagesize=size, initialFontName=font_name())
    picture.draw(canvas, 0, 0, *size)  # type: ignore[attr-defined]
    canvas.save()
    return pdf


def raster(pdf: Path) -> Image.Image:
    run("pdftoppm", "-r", "36", "-gray", "-png", "-singlefile", str(pdf), str(pdf.with_suffix("")))
    return Image.open(pdf.with_suffix(".png")).convert("L")


def test_kit_pictures_look_the_same_as_through_svglib(tmp_path: Path) -> None:
    guides, _problems = load_bundled()
    guide = next(g for g in guides if g.id == "phone-basics")
    for step in guide.steps[:3]:
        # svglib leaves out opacity, so compare the pictures without it.
        source = re.sub(r' opacity="[\d.]+"', "", step_svg(guide, step, "sv"))
        ours = raster(place(tmp_path / f"ours{step.number}.pdf", compile_svg(source)))
        theirs = raster(place(tmp_path / f"svglib{step.number}.pdf", _svglib_picture(source, None)))
        assert ImageStat.Stat(ImageChops.difference(ours, theirs)).mean[0] < 1.5


def test_picture_text_is_embedded_noto(tmp_path: Path) -> None:
    guides, _problems = load_bundled()
    guide = next(g for g in guides if g.id == "suomi-fi-bank-id")
    pdf = place(tmp_path / "p.pdf", compile_svg(step_svg(guide, guide.steps[2], "fi")))
    fonts = font_table(pdf)
    assert fonts and all(embedded and "Noto" in name for name, embedded in fonts)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Suomi.fi" in text


def test_unusual_svg_falls_back_to_svglib_with_our_fonts(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedSvg):
        compile_svg(GRADIENT_SVG)
    picture = svg_picture(GRADIENT_SVG)
    assert isinstance(picture, SvglibPicture)
    pdf = place(tmp_path / "g.pdf", picture, (100, 100))
    assert [embedded for _name, embedded in font_table(pdf)] == [True]
    assert raster(pdf).getpixel((2, 18)) < 200  # the gradient's blue end is drawn


def test_viewbox_clips_and_keeps_aspect_ratio(tmp_path: Path) -> None:
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">'
        '<rect x="0" y="25" width="100" height="500" fill="#000"/></svg>'
    )
    drawing = compile_svg(svg)
    assert (drawing.width, drawing.height) == (100, 50)
    image = raster(place(tmp_path / "c.pdf", drawing, (200, 200)))  # 100 × 100 px
    assert image.getpixel((50, 30)) > 200  # above the picture: paper
    assert image.getpixel((50, 60)) < 50  # lower half of the picture: black
    assert image.getpixel((50, 80)) > 200  # below the viewBox: clipped


def test_raster_pictures_are_embedded_as_images(tmp_path: Path) -> None:
    png = tmp_path / "shot.png"
    Image.new("RGB", (300, 200), "#D64545").save(png)
    picture = RasterPicture.open(png)
    assert (picture.width, picture.height) == (300, 200)
    pdf = place(tmp_path / "r.pdf", picture)
    rows = run("pdfimages", "-list", str(pdf)).splitlines()[2:]
    assert [row.split()[3:5] for row in rows] == [["300", "200"]]  # width, height in pixels


def test_symbol_defaults_to_the_bundled_svg() -> None:
    assert default_symbol().is_file()
    assert isinstance(symbol_picture(), SvgDrawing)


def test_paths_become_absolute_moves_lines_and_cubics() -> None:
    segments = parse_path("M10 10 h5 v5 l-5 0 z q5 5 10 0 T30 0 C1 2 3 4 5 6 s1 1 2 2")
    kinds = [kind for kind, _values in segments]
    assert kinds == ["M", "L", "L", "L", "Z", "C", "C", "C", "C"]
    assert segments[1][1] == (15, 10) and segments[3][1] == (10, 15)
    assert segments[5][1][-2:] == (20, 10)  # relative to the closed subpath's start
    with pytest.raises(ValueError):
        parse_path("M 0 0 L 5")


def test_arcs_end_where_they_should() -> None:
    pieces = arc_to_cubics((0, 0), 10, 10, 0, 0, 1, (20, 0))
    assert len(pieces) == 2  # a half circle in two quarter curves
    assert pieces[-1][1][-2:] == pytest.approx((20, 0))
    mid = pieces[0][1][-2:]
    assert math.dist(mid, (10, 0)) == pytest.approx(10)
    glued = parse_path("M0 0 a10 10 0 0120 0")  # flags written together
    assert glued[-1][1][-2:] == pytest.approx((20, 0))


def test_transforms_compose_in_svg_order() -> None:
    assert parse_transform("translate(10 20) scale(2)") == (2, 0, 0, 2, 10, 20)
    rotated = parse_transform("rotate(90 5 5)")
    x, y = 10, 5  # the point (10, 5) turns about (5, 5) to (5, 10)
    assert rotated[0] * x + rotated[2] * y + rotated[4] == pytest.approx(5)
    assert rotated[1] * x + rotated[3] * y + rotated[5] == pytest.approx(10)
