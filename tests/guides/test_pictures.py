"""Pictures from files: PNG, JPEG and SVG made by volunteers."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtGui import QColor

from peerhelper.guides.loader import load_guide
from peerhelper.guides.pictures import picture_file, step_svg, step_svg_bytes
from tests.guides.helpers import manifest, write_guide
from tests.guides.qt_render import render_svg


def file_guide(tmp_path: Path, names: list[str]) -> Path:
    data = manifest()
    for step, name in zip(data["steps"], names, strict=False):
        step["picture"] = {"file": name}
    return write_guide(tmp_path, data)


def test_png_and_jpeg_steps_render_as_svg(qapp, tmp_path: Path) -> None:
    folder = file_guide(tmp_path, ["shot.png", "photo.jpg"])
    Image.new("RGB", (120, 90), (200, 30, 30)).save(folder / "shot.png")
    Image.new("RGB", (90, 120), (30, 30, 200)).save(folder / "photo.jpg", quality=95)
    guide, problems = load_guide(folder)
    assert problems == [] and guide is not None
    png, jpeg = guide.steps[0], guide.steps[1]
    assert png.picture.kind == "raster" and jpeg.picture.kind == "raster"
    assert picture_file(guide, png) == (folder / "shot.png").resolve()
    svg = step_svg(guide, png)
    assert 'viewBox="0 0 120 90"' in svg and "data:image/png;base64," in svg
    centre = QColor(render_svg(step_svg_bytes(guide, png), 120, 90).pixel(60, 45))
    assert (centre.red(), centre.green(), centre.blue()) == (200, 30, 30)
    centre = QColor(render_svg(step_svg_bytes(guide, jpeg), 90, 120).pixel(45, 60))
    assert centre.blue() > 180 and centre.red() < 60


def test_svg_file_is_used_as_it_is(tmp_path: Path) -> None:
    folder = file_guide(tmp_path, ["drawing.svg"])
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">'
        '<rect width="10" height="10"/></svg>'
    )
    (folder / "drawing.svg").write_text(svg, encoding="utf-8")
    guide, problems = load_guide(folder)
    assert problems == [] and guide is not None
    assert step_svg(guide, guide.steps[0]) == svg
    assert picture_file(guide, guide.steps[1]) is None  # a drawn scene has no file


def test_picture_per_service_language(tmp_path: Path) -> None:
    data = manifest()
    data["steps"][0]["picture"] = {"file": {"fi": "fi.png", "en": "en.png"}}
    folder = write_guide(tmp_path, data)
    for name in ("fi.png", "en.png"):
        Image.new("RGB", (8, 8)).save(folder / name)
    guide, problems = load_guide(folder)
    assert problems == [] and guide is not None
    step = guide.steps[0]
    assert picture_file(guide, step, "en") == (folder / "en.png").resolve()
    assert picture_file(guide, step, "sv") == (folder / "fi.png").resolve()


def test_png_named_jpg_is_refused(tmp_path: Path) -> None:
    folder = file_guide(tmp_path, ["photo.jpg"])
    Image.new("RGB", (8, 8)).save(folder / "photo.jpg", format="PNG")
    guide, problems = load_guide(folder)
    assert guide is None
    assert [p.code for p in problems] == ["bad_picture"]
    assert "PNG, not JPEG" in problems[0].detail
