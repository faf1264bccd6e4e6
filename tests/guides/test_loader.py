"""Loading guide folders: valid guides load, broken ones are reported and skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from peerhelper.guides.loader import load_guide, load_library
from peerhelper.guides.model import Problem
from tests.guides.helpers import manifest, write_guide


def codes(problems: list[Problem]) -> set[str]:
    return {p.code for p in problems}


def test_valid_guide_loads(tmp_path: Path) -> None:
    guide, problems = load_guide(write_guide(tmp_path, manifest()))
    assert problems == []
    assert guide is not None
    assert guide.id == "sample"
    assert guide.language_codes == ("fi", "en")
    assert guide.is_reviewed("fi") and not guide.is_reviewed("en")
    assert len(guide.steps) == 5
    assert guide.steps[0].caption.get("fi") == "Vaihe 1."
    assert guide.steps[0].caption.get("fi-selko") == "Vaihe 1."  # falls back to its base
    assert guide.steps[0].picture.kind == "scene"
    assert "vaihe 3." in guide.search_text()


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("{not json", "bad_json"),
        ("[1, 2]", "not_an_object"),
        ('{"format": 7}', "unsupported_format"),
    ],
)
def test_unreadable_manifests_are_reported(tmp_path: Path, text: str, code: str) -> None:
    guide, problems = load_guide(write_guide(tmp_path, text))
    assert guide is None
    assert code in codes(problems)


def test_not_utf8_is_reported(tmp_path: Path) -> None:
    folder = write_guide(tmp_path, manifest())
    (folder / "manifest.json").write_bytes(b'{"id": "\xff"}')
    guide, problems = load_guide(folder)
    assert guide is None and codes(problems) == {"bad_json"}


def test_folder_without_manifest(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    guide, problems = load_guide(tmp_path / "empty")
    assert guide is None and codes(problems) == {"no_manifest"}


def broken(kind: str) -> dict:
    data = manifest()
    step = data["steps"][1]
    if kind == "missing_field":
        del data["title"]
    elif kind == "unknown_topic":
        data["topics"] = ["device_basics", "gardening"]
    elif kind == "too_few_steps":
        data["steps"] = data["steps"][:4]
    elif kind == "too_many_steps":
        data["steps"] = data["steps"] * 3
    elif kind == "missing_caption":
        del step["caption"]["en"]
    elif kind == "missing_alt":
        step["alt"] = {"fi": "Puhelin."}
    elif kind == "missing_picture":
        step["picture"] = {"file": "nowhere.png"}
    elif kind == "unsafe_path":
        step["picture"] = {"file": "../outside.png"}
    elif kind == "bad_scene":
        step["picture"]["scene"]["characters"][0]["pose"] = "cartwheel"
    elif kind == "bad_id":
        data["id"] = "Not An Id"
    elif kind == "missing_text":
        del data["summary"]["fi"]
    elif kind == "bad_language":
        data["languages"]["Finnish!"] = {"reviewed": False}
    return data


@pytest.mark.parametrize(
    "kind",
    [
        "missing_field",
        "unknown_topic",
        "too_few_steps",
        "too_many_steps",
        "missing_caption",
        "missing_alt",
        "missing_picture",
        "unsafe_path",
        "bad_scene",
        "bad_id",
        "missing_text",
        "bad_language",
    ],
)
def test_incomplete_guides_are_reported_not_raised(tmp_path: Path, kind: str) -> None:
    guide, problems = load_guide(write_guide(tmp_path, broken(kind)))
    assert guide is None
    assert kind in codes(problems)
    assert all(p.detail and p.severity == "error" for p in problems)


def test_problem_names_step_and_reads_well(tmp_path: Path) -> None:
    _, problems = load_guide(write_guide(tmp_path, broken("missing_caption")))
    problem = next(p for p in problems if p.code == "missing_caption")
    assert problem.step == 2
    assert str(problem) == "sample (step 2): caption is missing en [missing_caption]"


def test_picture_that_is_not_a_picture(tmp_path: Path) -> None:
    data = manifest()
    data["steps"][0]["picture"] = {"file": "fake.png"}
    folder = write_guide(tmp_path, data)
    (folder / "fake.png").write_text("hello", encoding="utf-8")
    guide, problems = load_guide(folder)
    assert guide is None and codes(problems) == {"bad_picture"}


def test_svg_with_entities_is_refused(tmp_path: Path) -> None:
    data = manifest()
    data["steps"][0]["picture"] = {"file": "bomb.svg"}
    folder = write_guide(tmp_path, data)
    (folder / "bomb.svg").write_text(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
        encoding="utf-8",
    )
    guide, problems = load_guide(folder)
    assert guide is None and codes(problems) == {"bad_picture"}


def test_required_languages(tmp_path: Path) -> None:
    folder = write_guide(tmp_path, manifest())
    guide, problems = load_guide(folder, required_languages=("fi", "en", "sv"))
    assert guide is None
    assert [p.detail for p in problems] == ["required caption languages missing: sv"]


def test_warnings_do_not_skip_the_guide(tmp_path: Path) -> None:
    folder = write_guide(tmp_path, manifest(colour="blue"), name="other-name")
    guide, problems = load_guide(folder)
    assert guide is not None
    assert codes(problems) == {"unknown_field", "id_mismatch"}
    assert all(p.severity == "warning" for p in problems)


def test_library_keeps_good_guides_and_lists_bad_ones(tmp_path: Path) -> None:
    write_guide(tmp_path, manifest(), name="sample")
    write_guide(tmp_path, manifest(), name="sample-copy")
    write_guide(tmp_path, "{", name="broken")
    write_guide(tmp_path, manifest(), name=".hidden")
    (tmp_path / "notes.txt").write_text("not a guide", encoding="utf-8")
    guides, problems = load_library(tmp_path)
    assert [g.folder.name for g in guides] == ["sample"]
    errors = {(p.folder.name, p.code) for p in problems if p.severity == "error"}
    assert errors == {("broken", "bad_json"), ("sample-copy", "duplicate_id")}


def test_missing_library_folder(tmp_path: Path) -> None:
    guides, problems = load_library(tmp_path / "nope")
    assert guides == [] and codes(problems) == {"no_library"}
