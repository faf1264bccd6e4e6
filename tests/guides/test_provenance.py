"""Sources, the checked date, the source language, the thumbnail step and the helper note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from peerhelper.guides.loader import load_guide
from peerhelper.operations.guides import check_folder
from tests.guides.helpers import manifest, write_guide

SOURCE = {"title": "Help", "publisher": "Kela", "url": "https://www.kela.fi/help"}


def codes(tmp_path: Path, **changes: object) -> list[str]:
    data = manifest(**changes)
    for key, value in list(changes.items()):
        if value is None:
            del data[key]
    _, problems = load_guide(write_guide(tmp_path, data))
    return [p.code for p in problems]


def test_sources_and_checked_are_read(tmp_path: Path) -> None:
    guide, problems = load_guide(write_guide(tmp_path, manifest(sources=[SOURCE, SOURCE])))
    assert problems == [] and guide is not None
    assert guide.checked == date(2026, 12, 1)
    assert [s.publisher for s in guide.sources] == ["Kela", "Kela"]
    assert guide.publishers == ("Kela",)


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"sources": None}, "missing_field"),
        ({"checked": None}, "missing_field"),
        ({"sources": []}, "bad_field"),
        ({"sources": [{"title": "x", "publisher": "y"}]}, "bad_field"),
        ({"sources": [{**SOURCE, "url": "http://kela.fi"}]}, "bad_field"),
        ({"sources": [{**SOURCE, "url": "https://"}]}, "bad_field"),
        ({"checked": "1.12.2026"}, "bad_field"),
        ({"checked": "2026-02-30"}, "bad_field"),
        ({"source_language": "sv"}, "bad_field"),
        ({"thumbnail_step": 6}, "bad_field"),
        ({"thumbnail_step": True}, "bad_field"),
        ({"helper_note": {"fi": "Huomaa."}}, "missing_text"),
        ({"helper_note": "Note"}, "bad_field"),
    ],
)
def test_bad_provenance_is_an_error(tmp_path: Path, changes: dict, code: str) -> None:
    found = codes(tmp_path, **changes)
    assert code in found
    guide, _ = load_guide(tmp_path / "sample")
    assert guide is None


def test_source_language_is_not_an_unchecked_translation(tmp_path: Path) -> None:
    languages = {"fi": {"reviewed": False}, "en": {"reviewed": False}}
    data = manifest(languages=languages, source_language="fi")
    guide, _ = load_guide(write_guide(tmp_path, data))
    assert guide is not None
    assert guide.is_reviewed("fi") and not guide.is_reviewed("en")


def test_thumbnail_step_and_helper_note(tmp_path: Path) -> None:
    note = {"fi": "Huomaa.", "sv": "Observera.", "en": "Note."}
    guide, _ = load_guide(write_guide(tmp_path, manifest(thumbnail_step=4, helper_note=note)))
    assert guide is not None
    assert guide.thumbnail.number == 4
    assert guide.helper_note.get("sv") == "Observera."


@pytest.mark.parametrize(
    ("today", "stale"),
    [(date(2027, 12, 1), False), (date(2027, 12, 2), True), (date(2026, 12, 1), False)],
)
def test_check_warns_a_year_after_the_facts_were_checked(
    tmp_path: Path, today: date, stale: bool
) -> None:
    folder = write_guide(tmp_path, manifest())
    _, problems = check_folder(folder, today=today)
    found = [p for p in problems if p.code == "stale_check"]
    assert bool(found) is stale
    assert all(p.severity == "warning" for p in found)


def test_a_checked_date_in_the_future_is_a_warning(tmp_path: Path) -> None:
    folder = write_guide(tmp_path, manifest())
    _, problems = check_folder(folder, today=date(2026, 1, 1))
    dated = [(p.code, p.severity) for p in problems if "checked" in p.detail]
    assert dated == [("bad_field", "warning")]
