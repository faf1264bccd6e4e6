"""``guides list`` and ``guides check`` through their handlers, on a parser built here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peerhelper import cli
from tests.guides.helpers import manifest, write_guide


def run(argv: list[str], tmp_path: Path) -> int:
    return cli.run(["--data-dir", str(tmp_path / "data"), *argv])


@pytest.fixture
def library(tmp_path: Path) -> Path:
    root = tmp_path / "library"
    write_guide(root, manifest(id="first", topics=["email", "passwords"]), "first")
    write_guide(root, manifest(steps=6, id="second"), "second")
    return root


def test_list_json_has_one_object_per_guide(library, tmp_path, capsys) -> None:
    assert run(["guides", "list", "--json", "--dir", str(library)], tmp_path) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [item["id"] for item in listed] == ["first", "second"]
    first = listed[0]
    assert first["title"] == {"en": "Sample", "fi": "Esimerkki"}
    assert first["topics"] == ["email", "passwords"]
    assert first["languages"] == ["fi", "en"]
    assert first["reviewed"] == {"fi": True, "en": False}
    assert first["steps"] == 5 and listed[1]["steps"] == 6
    assert first["service"] == {"fi": "Phone", "sv": "Phone", "en": "Phone"}
    assert first["needs"] == {}


def test_list_of_the_bundled_guides(tmp_path, capsys) -> None:
    assert run(["guides", "list", "--json"], tmp_path) == 0
    listed = json.loads(capsys.readouterr().out)
    ids = {item["id"] for item in listed}
    assert {"phone-basics", "wifi-connect"} <= ids
    for item in listed:
        assert {"id", "title", "topics", "languages", "steps"} <= item.keys()
        assert isinstance(item["steps"], int) and 5 <= item["steps"] <= 10
        assert "fa" in item["languages"] and "fa" in item["title"]
        assert {"fi", "sv", "en"} <= item["service"].keys() & item["needs"].keys()
    messages = next(item for item in listed if item["id"] == "suomi-fi-messages")
    assert messages["service"]["sv"] == "Suomi.fi-meddelanden"


def test_list_as_text_and_with_broken_guides(library, tmp_path, capsys) -> None:
    write_guide(library, "{ broken", "broken")
    assert run(["guides", "list", "--dir", str(library)], tmp_path) == 0
    out, err = capsys.readouterr()
    assert out.splitlines()[0].startswith("first") and "Sample" in out
    assert "1 guide(s) could not be loaded" in err


def test_list_of_a_missing_folder_is_bad_input(tmp_path, capsys) -> None:
    assert run(["guides", "list", "--dir", str(tmp_path / "nowhere")], tmp_path) == 2
    assert "does not exist" in capsys.readouterr().err


def test_check_passes_a_good_folder(library, tmp_path, capsys) -> None:
    assert run(["guides", "check", str(library)], tmp_path) == 0
    assert "2 guide(s) loaded, 0 with errors" in capsys.readouterr().out


def test_check_prints_every_problem_and_exits_2(library, tmp_path, capsys) -> None:
    write_guide(library, '{"id": "broken",', "broken")
    write_guide(library, manifest(steps=3, id="short", topics=["nonsense"]), "short")
    assert run(["guides", "check", str(library)], tmp_path) == 2
    out = capsys.readouterr().out
    assert "broken: the manifest is not valid JSON" in out and "[bad_json]" in out
    assert "[too_few_steps]" in out and "[unknown_topic]" in out
    assert "2 with errors" in out


def test_check_json_report(library, tmp_path, capsys) -> None:
    write_guide(library, "[]", "broken")
    wordy = manifest(id="wordy")
    # A whole paragraph pointed at is more than a zoom can show.
    paragraph = {"type": "notice", "id": "note", "text": "Lue tämä pitkä teksti. " * 6}
    wordy["steps"][0]["picture"]["scene"]["screen"]["elements"] = [paragraph]
    wordy["steps"][0]["picture"]["scene"]["highlight"] = "note"
    wordy["steps"][0]["picture"]["scene"].pop("pointer")
    write_guide(library, wordy, "wordy")
    assert run(["guides", "check", "--json", str(library)], tmp_path) == 2
    report = json.loads(capsys.readouterr().out)
    assert report["guides_ok"] == ["first", "second", "wordy"]
    errors = [p for p in report["problems"] if p["severity"] == "error"]
    assert [(p["code"], Path(p["folder"]).name) for p in errors] == [("not_an_object", "broken")]
    # Words too small to read are a warning, not an error; the samples' "OK" gets a zoom.
    warned = {(p["code"], Path(p["folder"]).name) for p in report["problems"]}
    assert ("small_picture_text", "wordy") in warned
    assert not {name for _code, name in warned} & {"first", "second"}


def test_check_one_guide_folder_and_required_languages(library, tmp_path, capsys) -> None:
    assert run(["guides", "check", str(library / "first")], tmp_path) == 0
    assert run(["guides", "check", "--require", "fi,sv", str(library / "first")], tmp_path) == 2
    assert "[missing_language]" in capsys.readouterr().out


def test_warnings_fail_only_when_strict(library, tmp_path, capsys) -> None:
    write_guide(library, manifest(id="other-name"), "renamed")
    assert run(["guides", "check", str(library)], tmp_path) == 0
    assert "warning: renamed" in capsys.readouterr().out
    assert run(["guides", "check", "--strict", str(library)], tmp_path) == 2


def test_a_picture_that_cannot_be_drawn_is_a_problem(
    library, tmp_path, capsys, monkeypatch
) -> None:
    from PySide6.QtGui import QColor, QImage

    data = manifest(id="photo")
    for step in data["steps"]:
        step["picture"] = {"file": {"fi": "fi.png", "en": "en.png"}}
    folder = write_guide(library, data, "photo")
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    for name in ("fi.png", "en.png"):
        assert image.save(str(folder / name))
    assert run(["guides", "check", str(folder)], tmp_path) == 0
    capsys.readouterr()
    # A file that vanished after the checks of loading is still caught by drawing.
    import peerhelper.guides.checks as checks

    original = checks.load_guide

    def load_then_remove(path, required=()):
        result = original(path, required)
        (folder / "en.png").unlink(missing_ok=True)
        return result

    monkeypatch.setattr(checks, "load_guide", load_then_remove)
    assert run(["guides", "check", str(folder)], tmp_path) == 2
    assert "[bad_picture]" in capsys.readouterr().out


def test_guides_without_a_command_is_a_usage_error(tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run(["guides"], tmp_path)
    assert exit_info.value.code == 2
    with pytest.raises(SystemExit) as exit_info:
        run(["guides", "check", "--bogus"], tmp_path)
    assert exit_info.value.code == 2
