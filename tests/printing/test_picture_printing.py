"""Printing checks each picture again: nothing over budget is ever decoded."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from peerhelper.errors import BadInputError
from peerhelper.guides.model import Picture
from peerhelper.picture_check import PictureError
from peerhelper.printing.handout import HandoutOptions, build_handout
from peerhelper.printing.sign import build_sign
from tests.picture_files import crafted_png, real_png, svg, write
from tests.printing.handout_helpers import PROFILE, make_guide


def test_a_huge_step_picture_is_refused_at_once(tmp_path: Path) -> None:
    guide = make_guide(tmp_path / "g", {"fi": ["Ota kuva.", "Valmis."]})
    strip = write(tmp_path / "g", "strip.png", crafted_png(1, 40_000_000))
    steps = (replace(guide.steps[0], picture=Picture("raster", files=(("", strip),))),)
    guide = replace(guide, steps=steps + guide.steps[1:])
    started = time.perf_counter()
    with pytest.raises(PictureError, match="cannot be printed") as raised:
        build_handout(guide, HandoutOptions("fi"), PROFILE, tmp_path / "h.pdf")
    assert time.perf_counter() - started < 2.0
    assert raised.value.file == "strip.png" and raised.value.problem.code == "too_long_side"
    assert isinstance(raised.value, BadInputError)


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("symbol.png", crafted_png(1, 40_000_000), "too_long_side"),
        ("symbol.png", real_png()[:300], "damaged"),
        ("symbol.svg", svg('<image href="/etc/logo.png"/>'), "svg_reference"),
        ("symbol.svg", svg(attributes=""), "svg_no_size"),
    ],
)
def test_a_bad_symbol_file_already_in_place_is_a_clear_error(
    tmp_path: Path, name: str, content: bytes | str, code: str
) -> None:
    # One chosen before these checks existed, or changed by hand since.
    symbol = write(tmp_path, name, content)
    with pytest.raises(PictureError, match="The symbol file") as raised:
        build_sign(PROFILE, "A4", tmp_path / "sign.pdf", symbol=symbol)
    assert raised.value.problem.code == code
