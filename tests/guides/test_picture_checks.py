"""Guide pictures are checked on loading, by ``guides check`` and before being shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerhelper.guides.loader import load_guide
from peerhelper.guides.pictures import step_svg
from peerhelper.operations.guides import check_folder
from peerhelper.picture_check import PictureError
from tests.guides.helpers import manifest, write_guide
from tests.picture_files import crafted_png, png_with_damaged_pixels, real_png, svg, write


def guide_with_picture(root: Path, name: str, content: bytes | str) -> Path:
    data = manifest()
    data["steps"][0]["picture"] = {"file": name}
    folder = write_guide(root, data)
    write(folder, name, content)
    return folder


def problems_of(folder: Path) -> list[str]:
    guide, problems = load_guide(folder)
    assert guide is None
    return [f"{p.code}: {p.detail}" for p in problems]


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("strip.png", crafted_png(1, 40_000_000), "longer than 10000 pixels"),
        ("cut.png", real_png(300, 300)[:2000], "incomplete"),
        ("outside.svg", svg('<image href="/etc/secret.png" width="5" height="5"/>'), "/etc/"),
        ("web.svg", svg('<image href="https://example.org/a.png"/>'), "example.org"),
        ("nosize.svg", svg(attributes=""), "no size"),
        ("deep.svg", svg("<g>" * 500 + "</g>" * 500), "nested deeper"),
        ("script.svg", svg("<script>x()</script>"), "<script>"),
    ],
)
def test_a_bad_picture_keeps_its_guide_out_with_a_reason(
    tmp_path: Path, name: str, content: bytes | str, says: str
) -> None:
    (problem,) = problems_of(guide_with_picture(tmp_path, name, content))
    assert problem.startswith("bad_picture") and says in problem


def test_a_guide_svg_may_use_a_screenshot_beside_it(tmp_path: Path) -> None:
    folder = guide_with_picture(tmp_path, "step.svg", svg('<image href="shot.png"/>'))
    write(folder, "shot.png", real_png(40, 80))
    guide, problems = load_guide(folder)
    assert guide is not None and problems == []


def test_guides_check_decodes_what_loading_only_walks(tmp_path: Path) -> None:
    folder = guide_with_picture(tmp_path, "garbled.png", png_with_damaged_pixels())
    guide, problems = load_guide(folder)
    assert guide is not None and problems == []
    _guides, checked = check_folder(folder)
    # The other steps are drawn scenes, which may bring layout warnings of their own.
    bad = [p for p in checked if p.code == "bad_picture"]
    assert [(p.code, p.step) for p in bad] == [("bad_picture", 1)]
    assert "damaged" in bad[0].detail


def test_a_picture_changed_after_loading_is_not_shown(tmp_path: Path) -> None:
    folder = guide_with_picture(tmp_path, "step.svg", svg())
    guide, _ = load_guide(folder)
    assert guide is not None
    assert "<svg" in step_svg(guide, guide.steps[0])
    # The on-screen renderer would draw a file from anywhere on the disk.
    write(folder, "step.svg", svg('<image href="file:///home/someone/id-card.png"/>'))
    with pytest.raises(PictureError, match="id-card"):
        step_svg(guide, guide.steps[0])
