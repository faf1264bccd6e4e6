from pathlib import Path

import pytest

from peerhelper.errors import BadInputError
from peerhelper.paths import DataPaths
from peerhelper.picture_check import PictureError
from peerhelper.storage import symbol
from tests.picture_files import crafted_png, png_with_damaged_pixels, real_png, svg, write


def test_default_is_our_own(data_paths: DataPaths) -> None:
    assert symbol.current_symbol(data_paths) == symbol.default_symbol()
    assert symbol.default_symbol().exists()


def test_official_file_is_copied_and_used(data_paths: DataPaths, tmp_path: Path) -> None:
    official = tmp_path / "official.svg"
    official.write_text(
        '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>'
    )
    installed = symbol.install_symbol(data_paths, official)
    official.unlink()
    assert symbol.current_symbol(data_paths) == installed and installed.exists()
    symbol.reset_symbol(data_paths)
    assert symbol.current_symbol(data_paths) == symbol.default_symbol()


@pytest.mark.parametrize(
    ("name", "content"),
    [("logo.gif", b"GIF89a"), ("fake.png", b"not a png"), ("fake.svg", b"<html></html>")],
)
def test_unusable_files_are_refused(data_paths, tmp_path, name, content) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(BadInputError):
        symbol.install_symbol(data_paths, bad)
    assert symbol.current_symbol(data_paths) == symbol.default_symbol()


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("strip.png", crafted_png(1, 40_000_000), "too_long_side"),
        ("cut.png", real_png(300, 300)[:1500], "damaged"),
        ("garbled.png", png_with_damaged_pixels(), "damaged"),  # found by decoding it now
        ("outside.svg", svg('<image href="file:///etc/logo.png"/>'), "svg_reference"),
        ("beside.svg", svg('<image href="logo.png"/>'), "svg_reference"),
        ("entity.svg", '<!DOCTYPE svg [<!ENTITY a "a">]>' + svg("&a;"), "svg_doctype"),
        ("deep.svg", svg("<g>" * 100 + "</g>" * 100), "svg_too_deep"),
        ("nosize.svg", svg(attributes=""), "svg_no_size"),
        ("photo.jpg", b"\xff\xd8\xff", "symbol_kind"),
    ],
)
def test_a_bad_symbol_is_refused_when_chosen_and_the_old_one_stays(
    data_paths: DataPaths, tmp_path: Path, name: str, content: bytes | str, code: str
) -> None:
    write(tmp_path, "logo.png", real_png(40, 40))
    good = write(tmp_path, "good.png", real_png(64, 64))
    installed = symbol.install_symbol(data_paths, good)
    with pytest.raises(PictureError) as raised:
        symbol.install_symbol(data_paths, write(tmp_path, name, content))
    assert raised.value.problem.code == code
    assert isinstance(raised.value, BadInputError)
    assert symbol.current_symbol(data_paths) == installed
    assert installed.read_bytes() == good.read_bytes()


def test_an_svg_symbol_replaces_a_png_one(data_paths: DataPaths, tmp_path: Path) -> None:
    symbol.install_symbol(data_paths, write(tmp_path, "a.png", real_png(32, 32)))
    installed = symbol.install_symbol(data_paths, write(tmp_path, "b.svg", svg()))
    assert symbol.current_symbol(data_paths) == installed and installed.suffix == ".svg"
    assert not (data_paths.root / "symbol.png").exists()
