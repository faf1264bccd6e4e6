import json
from pathlib import Path

from peerhelper.storage.settings import DECLARED, Settings


def test_defaults_without_a_file(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    for setting in DECLARED:
        assert settings.get(setting.key) == setting.default


def test_saved_values_survive_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(path).set("font_scale", 150)
    Settings(path).set("ui_language", "sv")
    again = Settings(path)
    assert again.get("font_scale") == 150
    assert again.get("ui_language") == "sv"


def test_out_of_range_and_wrong_values_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"font_scale": 900, "ui_language": "de", "unknown": 1}))
    settings = Settings(path)
    assert settings.get("font_scale") == 200
    assert settings.get("ui_language") == ""
    settings.set("font_scale", 10)
    assert settings.get("font_scale") == 100
    settings.set("font_scale", True)  # a bool is not a percentage
    assert settings.get("font_scale") == 100


def test_a_broken_file_gives_defaults_and_is_replaced_on_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{not json")
    settings = Settings(path)
    assert settings.get("font_scale") == 100
    settings.set("font_scale", 120)
    assert json.loads(path.read_text())["font_scale"] == 120
    assert not list(tmp_path.glob(".settings-*"))
