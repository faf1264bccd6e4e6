"""Pictures are checked before anything decodes, shows or prints them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from peerhelper.picture_check import (
    MAX_PIXELS,
    MAX_SIDE,
    PictureError,
    check_picture,
    picture_problem,
    raster_size,
)
from peerhelper.picture_check_svg import MAX_DEPTH, MAX_ELEMENTS
from tests.picture_files import (
    crafted_png,
    data_uri,
    png_with_damaged_pixels,
    real_png,
    svg,
    write,
)


def code_of(path: Path, **options: object) -> str | None:
    found = picture_problem(path, **options)  # type: ignore[arg-type]
    return None if found is None else found.code


# -- raster pictures ---------------------------------------------------------------
def test_a_real_png_passes_with_its_size(tmp_path: Path) -> None:
    path = write(tmp_path, "shot.png", real_png(200, 120))
    assert code_of(path, decode=True) is None
    assert raster_size(path) == (200, 120)


@pytest.mark.parametrize(
    ("width", "height", "code"),
    [
        (1, 40_000_000, "too_long_side"),  # passed before, and took a gigabyte to print
        (MAX_SIDE + 1, 10, "too_long_side"),
        (5000, 5000, "too_many_pixels"),
        (100_000, 100_000, "too_long_side"),  # beyond Pillow's own bomb limit
        (60_000, 3, "too_long_side"),
    ],
)
def test_pixel_budget_is_checked_from_the_header_alone(
    tmp_path: Path, width: int, height: int, code: str
) -> None:
    path = write(tmp_path, "huge.png", crafted_png(width, height))
    started = time.perf_counter()
    assert code_of(path) == code
    assert code_of(path, decode=True) == code
    assert time.perf_counter() - started < 1.0  # nothing was decoded
    with pytest.raises(PictureError) as raised:
        raster_size(path)
    assert isinstance(raised.value, ValueError)  # older callers catch ValueError


def test_the_budget_itself_is_allowed(tmp_path: Path) -> None:
    assert MAX_PIXELS >= 4000 * 4000 and MAX_SIDE >= 2400 * 4
    path = write(tmp_path, "tall.png", crafted_png(1080, MAX_SIDE))
    assert code_of(path) is None


def test_a_truncated_png_is_refused_without_decoding(tmp_path: Path) -> None:
    whole = real_png(300, 300)
    for cut in (len(whole) // 2, len(whole) - 5, 40):
        path = write(tmp_path, "cut.png", whole[:cut])
        assert code_of(path) == "damaged", cut


def test_damaged_pixels_are_found_when_decoding(tmp_path: Path) -> None:
    path = write(tmp_path, "garbled.png", png_with_damaged_pixels())
    assert code_of(path) is None  # the header and chunks are fine
    assert code_of(path, decode=True) == "damaged"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("fake.png", b"hello", "not_picture"),
        ("photo.jpg", crafted_png(10, 10), "not_picture"),  # a PNG named .jpg
        ("anim.gif", b"GIF89a", "kind"),
        ("big.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * (21 * 1024 * 1024), "file_too_large"),
    ],
)
def test_files_that_are_not_what_they_say_are_refused(
    tmp_path: Path, name: str, content: bytes, code: str
) -> None:
    assert code_of(write(tmp_path, name, content)) == code


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    assert code_of(tmp_path / "nowhere.png") == "missing"
    with pytest.raises(PictureError, match="Symbol: the file does not exist"):
        check_picture(tmp_path / "nowhere.png", name="Symbol")


# -- SVG ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "content",
    [
        svg(),
        svg(attributes='viewBox="0 0 256 256"'),
        svg(attributes='width="210mm" height="297mm"'),
        svg('<defs><linearGradient id="g"/></defs><rect fill="url(#g)" width="5" height="5"/>'),
        svg('<use xlink:href="#r"/><use href="#r"/><style>rect { fill: url("#g") }</style>'),
        svg(f'<image width="20" height="20" xlink:href="{data_uri(real_png(20, 20))}"/>'),
        '<?xml version="1.0" encoding="UTF-8"?>\n' + svg("<!-- a comment -->"),
        '<svg width="10" height="10"/>',  # no namespace: Qt and svglib still read it
    ],
)
def test_ordinary_svg_passes(tmp_path: Path, content: str) -> None:
    assert code_of(write(tmp_path, "ok.svg", content)) is None


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (svg('<image href="/etc/passwd.png" width="9" height="9"/>'), "svg_reference"),
        (svg('<image xlink:href="file:///home/user/secret.png"/>'), "svg_reference"),
        (svg('<image href="https://example.org/x.png"/>'), "svg_reference"),
        (svg('<image href="../outside.png"/>'), "svg_reference"),
        (svg('<use href="other.svg#a"/>'), "svg_reference"),
        (svg('<a href="http://example.org"><rect width="1" height="1"/></a>'), "svg_reference"),
        (svg('<rect style="fill: url(http://example.org/p.svg#g)"/>'), "svg_reference"),
        (svg('<style>@import url("sheet.css");</style>'), "svg_reference"),
        (svg("<style>rect { fill: url(file:///p.svg#g) }</style>"), "svg_reference"),
        (svg('<set attributeName="xlink:href" to="file:///x.png"/>'), "svg_script"),
        (svg("<script>alert(1)</script>"), "svg_script"),
        (svg('<rect onclick="alert(1)" width="1" height="1"/>'), "svg_script"),
        (svg(attributes='width="9" height="9" onload="alert(1)"'), "svg_script"),
        (svg("<foreignObject><p>hi</p></foreignObject>"), "svg_script"),
        ('<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg width="9" height="9">&a;</svg>', "svg_doctype"),
        ('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "svg11.dtd">' + svg(), "svg_doctype"),
        ('<?xml-stylesheet href="http://example.org/s.css"?>' + svg(), "svg_doctype"),
        (svg(attributes=""), "svg_no_size"),
        (svg(attributes='width="100%" height="100%"'), "svg_no_size"),
        (svg(attributes='viewBox="0 0 0 10"'), "svg_no_size"),
        (svg(attributes='width="0" height="10"'), "svg_no_size"),
        ("<html><body/></html>", "svg_not_svg"),
        ("<svg width='1' height='1'><g>", "svg_invalid"),
        ("not xml at all", "svg_invalid"),
        (svg(f'<image href="{data_uri(crafted_png(1, 40_000_000))}"/>'), "too_long_side"),
        (svg('<image href="data:image/png;base64,!!!!"/>'), "damaged"),
        (svg('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>'), "svg_reference"),
    ],
)
def test_hostile_or_unusable_svg_is_refused(tmp_path: Path, content: str, code: str) -> None:
    assert code_of(write(tmp_path, "bad.svg", content)) == code


def test_entities_hidden_in_utf16_are_still_found(tmp_path: Path) -> None:
    text = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE svg [<!ENTITY a "a">]>' + svg()
    path = write(tmp_path, "wide.svg", text.encode("utf-16"))
    assert code_of(path) == "svg_doctype"


def test_nesting_is_limited(tmp_path: Path) -> None:
    def nested(depth: int) -> str:
        return svg("<g>" * (depth - 1) + "</g>" * (depth - 1))

    assert code_of(write(tmp_path, "deep.svg", nested(MAX_DEPTH))) is None
    assert code_of(write(tmp_path, "deeper.svg", nested(MAX_DEPTH + 1))) == "svg_too_deep"
    assert code_of(write(tmp_path, "abyss.svg", nested(200_000))) == "svg_too_deep"


def test_the_number_of_parts_is_limited(tmp_path: Path) -> None:
    many = svg('<rect width="1" height="1"/>' * MAX_ELEMENTS)
    assert code_of(write(tmp_path, "many.svg", many)) == "svg_too_many"


def test_a_raster_file_beside_a_guide_svg_may_be_used_and_is_checked(tmp_path: Path) -> None:
    write(tmp_path, "shot.png", real_png(40, 40))
    write(tmp_path, "huge.png", crafted_png(1, 40_000_000))
    good = write(tmp_path, "good.svg", svg('<image href="shot.png" width="9" height="9"/>'))
    bad = write(tmp_path, "bad.svg", svg('<image href="huge.png" width="9" height="9"/>'))
    missing = write(tmp_path, "gone.svg", svg('<image href="gone.png" width="9" height="9"/>'))
    other = write(tmp_path, "svg.svg", svg('<image href="good.svg" width="9" height="9"/>'))
    assert code_of(good, folder=tmp_path) is None
    assert code_of(good) == "svg_reference"  # the symbol may refer to nothing
    assert code_of(bad, folder=tmp_path) == "too_long_side"
    assert code_of(missing, folder=tmp_path) == "missing"
    assert code_of(other, folder=tmp_path) == "svg_reference"


def _jpeg_claiming(width: int, height: int) -> bytes:
    import io
    import struct

    from PIL import Image

    stream = io.BytesIO()
    Image.new("RGB", (16, 16), "#1F6FB5").save(stream, "JPEG")
    data = bytearray(stream.getvalue())
    frame = data.index(b"\xff\xc0")  # baseline frame header: length, precision, height, width
    data[frame + 5 : frame + 9] = struct.pack(">HH", height, width)
    return bytes(data)


@pytest.mark.parametrize(
    ("width", "height", "code"),
    [(60_000, 60_000, "far_too_many_pixels"), (20_000, 100, "too_long_side")],
)
def test_jpeg_size_is_checked_from_its_header(
    tmp_path: Path, width: int, height: int, code: str
) -> None:
    assert code_of(write(tmp_path, "photo.jpg", _jpeg_claiming(width, height))) == code
