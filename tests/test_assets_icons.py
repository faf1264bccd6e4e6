"""The bundled symbol, app icon and icons: present, readable by QtSvg, in their own style.

Qt warnings fail a test (``qt_log_level_fail`` in pyproject), so a drawing
that QtSvg reads only with complaints fails here too.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SYMBOLS = ROOT / "assets" / "symbols"
ICONS = ROOT / "assets" / "icons"

COLOURS = {"blue": "#1f6fb5", "black": "#000000", "white": "#ffffff"}
STYLES = ("filled", "outline")
VARIANTS = [f"digital-support-{c}-{s}" for c in COLOURS for s in STYLES]
PAGE_ICONS = ["home", "session", "guides", "print", "referrals", "statistics", "settings"]
ACTION_ICONS = [
    "add",
    "save",
    "delete",
    "undo",
    "search",
    "backup",
    "restore",
    "show-client",
    "language",
]
ICON_INK = "#24415f"
ICON_ACCENT = "#f2a93b"


def render(svg: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(svg))
    assert renderer.isValid(), svg
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def coverage(image: QImage) -> float:
    """The share of pixels that are mostly opaque."""
    covered = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 128
    )
    return covered / (image.width() * image.height())


def colours_in(svg: Path) -> set[str]:
    text = svg.read_text(encoding="utf-8")
    return {c.lower() for c in re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{6})"', text)}


def every_svg() -> list[Path]:
    return sorted([*SYMBOLS.glob("*.svg"), *ICONS.glob("*.svg")])


@pytest.mark.parametrize("svg", every_svg(), ids=lambda p: p.name)
def test_every_svg_renders_with_qtsvg(qapp, svg: Path) -> None:
    image = render(svg, 64)
    assert 0.02 < coverage(image) < 0.95, "drawing is blank or fills the whole square"


def test_all_expected_files_are_there() -> None:
    expected = [SYMBOLS / f"{name}.{ext}" for name in VARIANTS for ext in ("svg", "png")]
    expected += [ICONS / f"{name}.svg" for name in PAGE_ICONS + ACTION_ICONS]
    expected += [SYMBOLS / n for n in ("app-icon.svg", "app-icon.png", "app-icon-512.png")]
    expected += [SYMBOLS / "app-icon.ico", SYMBOLS / "README.md"]
    assert [p.name for p in expected if not p.is_file()] == []


@pytest.mark.parametrize("name", VARIANTS)
def test_symbol_variant_uses_only_its_colour(qapp, name: str) -> None:
    colour = name.split("-")[2]
    svg = SYMBOLS / f"{name}.svg"
    assert colours_in(svg) == {COLOURS[colour]}
    image = render(svg, 128)
    painted = {
        image.pixelColor(x, y).name()
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() == 255
    }
    assert painted == {COLOURS[colour]}


@pytest.mark.parametrize("colour", COLOURS)
def test_outline_variant_is_lighter_than_filled(qapp, colour: str) -> None:
    filled = coverage(render(SYMBOLS / f"digital-support-{colour}-filled.svg", 128))
    outline = coverage(render(SYMBOLS / f"digital-support-{colour}-outline.svg", 128))
    assert outline < 0.8 * filled


@pytest.mark.parametrize("name", VARIANTS)
def test_symbol_png_is_a_large_transparent_square(name: str) -> None:
    with Image.open(SYMBOLS / f"{name}.png") as image:
        assert image.size == (1024, 1024)
        assert image.mode == "RGBA"
        # Corners stay transparent so the symbol sits on any background.
        assert image.getpixel((0, 0))[3] == 0


def test_app_icon_pngs_and_ico_have_their_sizes() -> None:
    for name, size in (("app-icon.png", 256), ("app-icon-512.png", 512)):
        with Image.open(SYMBOLS / name) as image:
            assert image.size == (size, size)
    with Image.open(SYMBOLS / "app-icon.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_symbol_readme_states_licence_and_replacement() -> None:
    text = (SYMBOLS / "README.md").read_text(encoding="utf-8")
    assert "CC0" in text
    assert "own rendition" in text
    assert "Settings" in text


@pytest.mark.parametrize("name", PAGE_ICONS + ACTION_ICONS)
def test_icon_keeps_the_house_style(qapp, name: str) -> None:
    svg = ICONS / f"{name}.svg"
    text = svg.read_text(encoding="utf-8")
    assert 'viewBox="0 0 48 48"' in text
    assert "currentColor" not in text
    assert colours_in(svg) <= {ICON_INK, ICON_ACCENT}
    assert ICON_INK in colours_in(svg)
    # Nothing is drawn in the outermost pixel, so icons never touch their neighbours.
    image = render(svg, 48)
    edge = [(x, 0) for x in range(48)] + [(0, y) for y in range(48)]
    edge += [(x, 47) for x in range(48)] + [(47, y) for y in range(48)]
    assert all(image.pixelColor(x, y).alpha() == 0 for x, y in edge)


def load_generator(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """tools/make_symbols.py, a script rather than a package module."""
    spec = importlib.util.spec_from_file_location(
        "make_symbols", ROOT / "tools" / "make_symbols.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Dataclasses look their module up in sys.modules while the module runs.
    monkeypatch.setitem(sys.modules, "make_symbols", module)
    spec.loader.exec_module(module)
    return module


def test_generator_draws_the_symbol_and_the_ico(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_symbols = load_generator(monkeypatch)
    svg = tmp_path / "outline.svg"
    svg.write_text(make_symbols.symbol_svg("black", "outline"), encoding="utf-8")
    image = render(svg, 96)
    assert 0.05 < coverage(image) < 0.5
    make_symbols.save_ico(SYMBOLS / "app-icon.svg", tmp_path / "icon.ico")
    with Image.open(tmp_path / "icon.ico") as ico:
        assert (24, 24) in ico.info["sizes"]
