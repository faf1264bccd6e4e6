"""Guide packs: export and import round trip, version rules, and every refusal of a bad pack."""

from __future__ import annotations

import json
import stat
import zipfile
from pathlib import Path

import pytest

from peerhelper.guides.library import load_all, load_local
from peerhelper.guides.pack_check import MAX_ENTRIES, PackRefused
from peerhelper.operations import guides as guide_operations
from peerhelper.paths import DataPaths
from tests.guides.helpers import manifest, write_guide
from tests.picture_files import crafted_png, real_png


def local_guide(paths: DataPaths, ident: str = "library-printer", version: str = "1.0") -> Path:
    """A local guide with a screenshot step, written straight into the data folder."""
    data = manifest(id=ident, version=version, organisation="Example parish")
    data["steps"][1]["picture"] = {"file": "step2.png"}
    folder = write_guide(paths.local_guides, data, ident)
    (folder / "step2.png").write_bytes(real_png(120, 80))
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def snapshot(root: Path) -> dict[str, bytes]:
    return tree(root) if root.exists() else {}


@pytest.fixture
def paths(tmp_path: Path) -> DataPaths:
    (tmp_path / "data").mkdir()
    return DataPaths(tmp_path / "data")


def write_zip(path: Path, entries: dict[str, bytes], info: dict | None = None) -> Path:
    """A zip of ``entries``, with ``info`` as its ``pack.json`` unless it is None."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as pack:
        if info is not None:
            pack.writestr("pack.json", json.dumps(info))
        for name, data in entries.items():
            pack.writestr(name, data)
    return path


PACK_INFO = {"format": 1, "name": "Test", "organisation": "Org", "created": "2026-12-01T10:00:00Z"}


def valid_entries(ident: str = "crafted", version: str = "1.0") -> dict[str, bytes]:
    return {f"{ident}/manifest.json": json.dumps(manifest(id=ident, version=version)).encode()}


def refused(paths: DataPaths, pack: Path) -> list[str]:
    before = snapshot(paths.root)
    with pytest.raises(PackRefused) as caught:
        guide_operations.import_guides(paths, pack)
    assert snapshot(paths.root) == before, "a refused pack must write nothing"
    assert caught.value.exit_code == 2
    return caught.value.reasons


# -- round trip and version rules -------------------------------------------------------
def test_round_trip_gives_the_identical_guide(paths, tmp_path) -> None:
    folder = local_guide(paths)
    out = tmp_path / "printer.zip"
    info = guide_operations.export_pack(paths, ["library-printer"], out, name="Printers")
    assert info.guides == ("library-printer",) and info.organisation == ""
    with zipfile.ZipFile(out) as pack:
        names = sorted(pack.namelist())
        meta = json.loads(pack.read("pack.json"))
    assert names == [
        "library-printer/manifest.json",
        "library-printer/step2.png",
        "pack.json",
    ]
    assert meta["format"] == 1 and meta["name"] == "Printers" and meta["created"]

    fresh = DataPaths(tmp_path / "fresh")
    fresh.root.mkdir()
    summary = guide_operations.import_guides(fresh, out)
    assert [(o.id, o.action) for o in summary.outcomes] == [("library-printer", "added")]
    assert tree(fresh.local_guides / "library-printer") == tree(folder)
    guides, problems = load_all(fresh)
    imported = next(g for g in guides if g.id == "library-printer")
    assert imported.origin == "local" and imported.organisation == "Example parish"
    assert not [p for p in problems if p.severity == "error"]
    assert not list(fresh.local_guides.glob(".*")), "no staging folder is left"

    # The same pack again changes nothing.
    before = snapshot(fresh.root)
    again = guide_operations.import_guides(fresh, out)
    assert [o.action for o in again.outcomes] == ["up_to_date"] and not again.changed
    assert snapshot(fresh.root) == before


def test_a_higher_version_replaces_and_the_old_goes_to_the_backups(paths, tmp_path) -> None:
    local_guide(paths, version="1.0")
    other = DataPaths(tmp_path / "other")
    local_guide(other, version="1.2")
    newer = tmp_path / "newer.zip"
    guide_operations.export_pack(other, ["library-printer"], newer)
    summary = guide_operations.import_guides(paths, newer)
    assert [(o.action, o.old_version) for o in summary.outcomes] == [("replaced", "1.0")]
    assert summary.set_aside is not None and summary.set_aside.parent == paths.backups
    with zipfile.ZipFile(summary.set_aside) as aside:
        old = json.loads(aside.read("library-printer/manifest.json"))
    assert old["version"] == "1.0"
    (now,) = load_local(paths.local_guides)[0]
    assert now.version == "1.2"

    # An equal or lower version is "already up to date" and changes nothing.
    older = DataPaths(tmp_path / "older")
    local_guide(older, version="1.1")
    pack = tmp_path / "older.zip"
    guide_operations.export_pack(older, ["library-printer"], pack)
    before = snapshot(paths.local_guides)
    summary = guide_operations.import_guides(paths, pack)
    assert [o.action for o in summary.outcomes] == ["up_to_date"]
    assert snapshot(paths.local_guides) == before


def test_bundled_guides_can_travel_but_never_be_replaced(paths, tmp_path) -> None:
    out = tmp_path / "bundled.zip"
    guide_operations.export_pack(paths, ["wifi-connect"], out)
    summary = guide_operations.import_guides(paths, out)
    assert [o.action for o in summary.outcomes] == ["bundled"] and not summary.changed
    assert not paths.local_guides.exists() or not any(paths.local_guides.iterdir())

    newer = manifest(id="wifi-connect", version="99.0")
    pack = write_zip(
        tmp_path / "over.zip", {"wifi-connect/manifest.json": json.dumps(newer).encode()}, PACK_INFO
    )
    reasons = refused(paths, pack)
    assert any("comes with the program" in r for r in reasons)


def test_remove_takes_a_copy_first_and_never_removes_a_bundled_guide(paths) -> None:
    folder = local_guide(paths)
    copy = guide_operations.remove_local_guide(paths, "library-printer")
    assert not folder.exists()
    with zipfile.ZipFile(copy) as pack:
        assert "library-printer/step2.png" in pack.namelist()
    with pytest.raises(guide_operations.BadInputError, match="comes with the program"):
        guide_operations.remove_local_guide(paths, "wifi-connect")
    with pytest.raises(guide_operations.BadInputError, match="no local guide"):
        guide_operations.remove_local_guide(paths, "../data")


def test_a_local_guide_cannot_shadow_a_bundled_one(paths) -> None:
    write_guide(paths.local_guides, manifest(id="wifi-connect"), "wifi-connect")
    guides, problems = load_all(paths)
    wifi = [g for g in guides if g.id == "wifi-connect"]
    assert len(wifi) == 1 and wifi[0].origin == "bundled"
    assert any(p.code == "duplicate_id" for p in problems)


# -- refusals -------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../evil/manifest.json", "leaves its folder"),
        ("crafted/../../evil.png", "leaves its folder"),
        ("/etc/evil.png", "absolute path"),
        ("C:/evil/manifest.json", "absolute path"),
        ("crafted\\..\\evil.png", "backslash"),
        ("evil.exe", "only pack.json"),
        ("crafted/run.sh", "holds only"),
    ],
)
def test_unsafe_names_are_refused(paths, tmp_path, name, expected) -> None:
    entries = valid_entries() | {name: real_png(10, 10)}
    pack = write_zip(tmp_path / "slip.zip", entries, PACK_INFO)
    reasons = refused(paths, pack)
    assert any(expected in reason for reason in reasons), reasons
    assert not (tmp_path / "evil").exists() and not (paths.root.parent / "evil.png").exists()


def test_a_link_is_refused(paths, tmp_path) -> None:
    pack = tmp_path / "link.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("pack.json", json.dumps(PACK_INFO))
        for name, data in valid_entries().items():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("crafted/step1.png")
        link.create_system = 3
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
    assert any("link" in r for r in refused(paths, pack))


def test_a_zip_bomb_is_refused(paths, tmp_path) -> None:
    entries = valid_entries() | {"crafted/step1.svg": b"<svg/>" + b" " * 5_000_000}
    assert any(
        "100-fold" in r for r in refused(paths, write_zip(tmp_path / "b.zip", entries, PACK_INFO))
    )


def test_too_many_entries_and_too_big_are_refused(paths, tmp_path) -> None:
    entries = valid_entries() | {f"crafted/p{n}.png": b"x" for n in range(MAX_ENTRIES)}
    assert any(
        "entries" in r for r in refused(paths, write_zip(tmp_path / "m.zip", entries, PACK_INFO))
    )
    big = tmp_path / "big.zip"
    with zipfile.ZipFile(big, "w") as archive:
        archive.writestr("pack.json", json.dumps(PACK_INFO))
        for name, data in valid_entries().items():
            archive.writestr(name, data)
        entry = zipfile.ZipInfo("crafted/huge.png")
        archive.writestr(entry, b"")
    # Claim 300 MB in the directory (the reader never gets that far).
    data = bytearray(big.read_bytes())
    central = data.rfind(b"PK\x01\x02")  # the last central directory entry: huge.png
    assert central > 0
    data[central + 24 : central + 28] = (300 * 1024 * 1024).to_bytes(4, "little")
    big.write_bytes(bytes(data))
    assert any("MB" in r for r in refused(paths, big))


def test_a_huge_manifest_and_a_deep_one_are_refused(paths, tmp_path) -> None:
    data = manifest(id="crafted")
    data["service"] = "x" * (3 * 1024 * 1024)
    entries = {"crafted/manifest.json": json.dumps(data).encode()}
    reasons = refused(paths, write_zip(tmp_path / "h.zip", entries, PACK_INFO))
    assert any("larger than 2048 KB" in r or "100-fold" in r for r in reasons)
    deep = manifest(id="crafted")
    deep["helper_note"] = json.loads("[" * 200 + "]" * 200)
    entries = {"crafted/manifest.json": json.dumps(deep).encode()}
    assert any(
        "nested" in r for r in refused(paths, write_zip(tmp_path / "d.zip", entries, PACK_INFO))
    )


def test_a_huge_picture_header_is_refused_before_decoding(paths, tmp_path) -> None:
    data = manifest(id="crafted")
    data["steps"][0]["picture"] = {"file": "step1.png"}
    entries = {
        "crafted/manifest.json": json.dumps(data).encode(),
        "crafted/step1.png": crafted_png(8000, 8000),  # 64 megapixels, one row of data
    }
    reasons = refused(paths, write_zip(tmp_path / "px.zip", entries, PACK_INFO))
    assert any("million pixels" in r for r in reasons), reasons


def test_an_svg_with_an_entity_a_script_or_a_reference_is_refused(paths, tmp_path) -> None:
    svgs = {
        "entity": b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">&x;</svg>',
        "script": b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
        b"<script>alert(1)</script></svg>",
        "reference": b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        b' width="10" height="10"><image xlink:href="file:///etc/passwd"/></svg>',
    }
    for kind, svg in svgs.items():
        entries = valid_entries() | {"crafted/step1.svg": svg}
        reasons = refused(paths, write_zip(tmp_path / f"{kind}.zip", entries, PACK_INFO))
        assert any("step1.svg" in r for r in reasons), (kind, reasons)


def test_a_file_that_is_not_what_its_name_says_is_refused(paths, tmp_path) -> None:
    entries = valid_entries() | {"crafted/step1.jpg": real_png(20, 20)}
    reasons = refused(paths, write_zip(tmp_path / "t.zip", entries, PACK_INFO))
    assert any("not JPEG" in r for r in reasons), reasons


def test_one_bad_guide_refuses_the_whole_pack(paths, tmp_path) -> None:
    bad = manifest(id="broken")
    del bad["steps"][0]["caption"]["fi"]
    entries = valid_entries() | {"broken/manifest.json": json.dumps(bad).encode()}
    reasons = refused(paths, write_zip(tmp_path / "one.zip", entries, PACK_INFO))
    assert any(r.startswith("broken (step 1)") for r in reasons), reasons
    assert not (paths.local_guides / "crafted").exists()


def test_not_a_pack(paths, tmp_path) -> None:
    (tmp_path / "x.zip").write_bytes(b"not a zip at all")
    assert refused(paths, tmp_path / "x.zip") == ["x.zip is not a zip file"]
    no_info = write_zip(tmp_path / "n.zip", valid_entries())
    assert any("pack.json" in r for r in refused(paths, no_info))
    wrong_id = {"other/manifest.json": valid_entries()["crafted/manifest.json"]}
    reasons = refused(paths, write_zip(tmp_path / "w.zip", wrong_id, PACK_INFO))
    assert any("id_mismatch" in r for r in reasons)


def test_local_guides_go_beside_each_database_backup(paths, tmp_path) -> None:
    from peerhelper.operations import backups as operations
    from peerhelper.storage.database import open_database

    open_database(paths.database, paths.backups).close()
    local_guide(paths)
    made = operations.backup_now(paths)
    beside = made.with_name(made.stem + ".guides.zip")
    with zipfile.ZipFile(beside) as pack:
        assert "library-printer/manifest.json" in pack.namelist()
    # The copy is a pack: it brings the guides back into an empty data folder.
    fresh = DataPaths(tmp_path / "restored")
    fresh.root.mkdir()
    summary = guide_operations.import_guides(fresh, beside)
    assert [o.action for o in summary.outcomes] == ["added"]


def test_a_link_recorded_by_any_system_and_clashing_names_are_refused(paths, tmp_path) -> None:
    pack = tmp_path / "odd.zip"
    with zipfile.ZipFile(pack, "w") as archive:
        archive.writestr("pack.json", json.dumps(PACK_INFO))
        for name, data in valid_entries().items():
            archive.writestr(name, data)
        link = zipfile.ZipInfo("crafted/step1.png")
        link.create_system = 0  # claims to come from DOS, still carries a link's mode
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "../../etc/passwd")
        archive.writestr("crafted/CON.png", real_png(10, 10))
        archive.writestr("crafted/Step2.PNG", real_png(10, 10))
        archive.writestr("crafted/step2.png", real_png(10, 10))
    reasons = refused(paths, pack)
    assert any("link" in r for r in reasons)
    assert any("Windows" in r for r in reasons)
    assert any("twice" in r for r in reasons)


def test_a_file_and_a_folder_of_one_name_and_a_bad_guide_list(paths, tmp_path) -> None:
    entries = valid_entries() | {
        "crafted/pics.png": real_png(10, 10),
        "crafted/pics.png/step1.png": real_png(10, 10),
    }
    reasons = refused(paths, write_zip(tmp_path / "clash.zip", entries, PACK_INFO))
    assert any("a file and a folder" in r for r in reasons), reasons
    odd_list = PACK_INFO | {"guides": [{"id": "crafted"}]}
    reasons = refused(paths, write_zip(tmp_path / "list.zip", valid_entries(), odd_list))
    assert any("guides must list" in r for r in reasons)
