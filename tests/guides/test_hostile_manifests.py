"""Manifests found by fuzzing: each is a problem of that guide, never an exception.

Nesting thousands deep, numbers thousands of digits long, NUL bytes in file
names, and megabytes in one field.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peerhelper.cli import guides as commands
from peerhelper.guides.loader import MAX_NESTING, load_guide, load_library, nesting_depth
from tests.guides.helpers import manifest, write_guide


def deep_object(depth: int) -> str:
    return '{"a":' * depth + "1" + "}" * depth


@pytest.mark.parametrize(
    "text",
    [
        '{"x": ' + "[" * 100_000 + "]" * 100_000 + "}",
        deep_object(5_000),
        deep_object(900),  # within Python's recursion limit, still far too deep
    ],
    ids=["list-100000", "object-5000", "object-900"],
)
def test_deep_nesting_is_a_problem_of_the_guide(tmp_path: Path, text: str) -> None:
    guide, problems = load_guide(write_guide(tmp_path, text))
    assert guide is None
    assert [(p.code, p.detail) for p in problems] == [
        ("bad_json", f"the manifest is nested more than {MAX_NESTING} levels deep")
    ]


def test_deep_nesting_inside_a_scene_is_caught_too(tmp_path: Path) -> None:
    data = manifest()
    scene = data["steps"][0]["picture"]["scene"]
    inner = scene["screen"]
    for _ in range(100):  # deeper than the limit, still encodable
        inner["elements"] = [{"type": "group", "elements": []}]
        inner = inner["elements"][0]
    guide, problems = load_guide(write_guide(tmp_path, data))
    assert guide is None
    assert {p.code for p in problems} == {"bad_json"}


def test_the_bundled_guides_are_far_from_the_limit() -> None:
    for path in Path("assets/comics").glob("*/manifest.json"):
        assert nesting_depth(json.loads(path.read_text("utf-8"))) < MAX_NESTING // 2


def test_a_number_of_thousands_of_digits(tmp_path: Path) -> None:
    text = json.dumps(manifest())[:-1] + ', "steps_hint": ' + "9" * 5_000 + "}"
    guide, problems = load_guide(write_guide(tmp_path, text))
    assert guide is None
    assert [p.detail for p in problems] == ["the manifest holds a number that is too long"]


def test_a_long_number_in_a_field_is_not_printed_whole(tmp_path: Path) -> None:
    text = json.dumps(manifest(version="X")).replace('"X"', "7" * 4_000)
    guide, problems = load_guide(write_guide(tmp_path, text))
    assert guide is None
    (problem,) = [p for p in problems if p.code == "bad_field"]
    assert "a number too long to show" in problem.detail
    assert len(str(problem)) < 200


@pytest.mark.parametrize("name", ["step\u0000.png", {"fi": "a\u0000b.svg"}, "\u0000"])
def test_a_nul_byte_in_a_file_name(tmp_path: Path, name: object) -> None:
    data = manifest()
    data["steps"][1]["picture"] = {"file": name}
    guide, problems = load_guide(write_guide(tmp_path, data))
    assert guide is None
    assert [(p.code, p.step) for p in problems] == [("unsafe_path", 2)]


def test_megabytes_in_one_field_give_a_short_message(tmp_path: Path) -> None:
    guide, problems = load_guide(write_guide(tmp_path, manifest(id="Ä" * 500_000)))
    assert guide is None
    assert all(len(str(p)) < 300 for p in problems)


def test_one_hostile_guide_leaves_the_others_loading(tmp_path: Path) -> None:
    write_guide(tmp_path, manifest(), name="sample")
    write_guide(tmp_path, deep_object(10_000), name="deep")
    guides, problems = load_library(tmp_path)
    assert [g.id for g in guides] == ["sample"]
    assert [p.folder.name for p in problems] == ["deep"]


def test_guides_check_reports_them_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    write_guide(tmp_path, deep_object(10_000), name="deep")
    args = argparse.Namespace(dir=tmp_path, require=None, json=False, strict=False)
    assert commands.check_command(None, args) == 2  # type: ignore[arg-type]
    assert "deep: the manifest is nested more than" in capsys.readouterr().out
