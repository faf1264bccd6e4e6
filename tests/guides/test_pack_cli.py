"""``guides export``, ``import``, ``remove`` and ``list`` through the program's command line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from peerhelper.cli import run
from tests.guides.helpers import manifest, write_guide


def peerhelper(data: Path, *args: str) -> int:
    return run(["--data-dir", str(data), *args])


def test_export_import_list_and_remove(tmp_path: Path, capsys) -> None:
    here, there = tmp_path / "here", tmp_path / "there"
    write_guide(here / "guides", manifest(id="city-booking", organisation="City"), "city-booking")
    pack = tmp_path / "city.zip"
    assert (
        peerhelper(here, "guides", "export", "city-booking", "wifi-connect", "--out", str(pack))
        == 0
    )
    assert "2 guide(s)" in capsys.readouterr().out
    assert peerhelper(here, "guides", "export", "city-booking", "--out", str(pack)) == 2
    assert "already exists" in capsys.readouterr().err
    assert peerhelper(here, "guides", "export", "city-booking", "--out", str(pack), "--force") == 0

    assert peerhelper(there, "guides", "import", str(pack)) == 0
    out = capsys.readouterr().out
    assert "city-booking 1.0: added" in out
    assert peerhelper(there, "guides", "list", "--json") == 0
    listed = {item["id"]: item for item in json.loads(capsys.readouterr().out)}
    assert listed["city-booking"]["origin"] == "local"
    assert listed["city-booking"]["organisation"] == "City"
    assert listed["wifi-connect"]["origin"] == "bundled"

    assert peerhelper(there, "guides", "remove", "wifi-connect") == 2
    assert "comes with the program" in capsys.readouterr().err
    assert peerhelper(there, "guides", "remove", "city-booking") == 0
    assert "a copy is in" in capsys.readouterr().out
    assert not (there / "guides" / "city-booking").exists()


def test_a_refused_pack_exits_with_2_and_lists_the_reasons(tmp_path: Path, capsys) -> None:
    pack = tmp_path / "slip.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("pack.json", json.dumps({"format": 1, "name": "x"}))
        archive.writestr("../outside.png", b"x")
        archive.writestr("/abs.png", b"x")
    assert peerhelper(tmp_path / "data", "guides", "import", str(pack)) == 2
    err = capsys.readouterr().err
    assert "refused and nothing was added" in err
    assert "'../outside.png'" in err and "'/abs.png'" in err
    assert not (tmp_path / "data" / "guides").exists() or not any(
        (tmp_path / "data" / "guides").iterdir()
    )


def test_a_local_guide_prints_as_a_handout_from_the_command_line(tmp_path: Path, capsys) -> None:
    data = tmp_path / "data"
    write_guide(data / "guides", manifest(id="city-booking", organisation="City"), "city-booking")
    out = tmp_path / "city-booking.pdf"
    assert peerhelper(data, "handout", "city-booking", "--lang", "fi", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert peerhelper(data, "handout", "nowhere", "--lang", "fi", "--out", str(out), "--force") == 2
    assert "city-booking" in capsys.readouterr().err  # the known ids include the local guide


def test_statistics_name_a_local_guide_like_a_bundled_one(data_paths, db) -> None:
    from peerhelper.operations import statistics

    title = {"fi": "Kaupungin varaus", "en": "City booking"}
    write_guide(data_paths.local_guides, manifest(id="city-booking", title=title), "city-booking")
    named = statistics.labeller(db, "en", paths=data_paths)
    assert named("guide", "city-booking") == "City booking"
    assert named("guide", "wifi-connect") != "wifi-connect"
    assert statistics.labeller(db, "en")("guide", "city-booking") == "city-booking"
