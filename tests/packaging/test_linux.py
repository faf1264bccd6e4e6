"""The Linux desktop entry, AppStream metainfo, start script and tarball."""

from __future__ import annotations

import configparser
import os
import shutil
import stat
import subprocess
import tarfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import peerhelper
from tests.packaging.modules import PACKAGING, ROOT, load

plan = load("bundle_plan")
build = load("build")
LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{plan.APP_ID}.desktop"
METAINFO = LINUX / f"{plan.APP_ID}.metainfo.xml"


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign] # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_keys() -> None:
    entry = _desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == plan.APP_NAME
    assert entry["Exec"] == plan.LINUX_EXECUTABLE
    assert entry["Icon"] == plan.APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";")
    for lang in ("fi", "sv"):
        assert entry[f"Comment[{lang}]"]
        assert entry[f"GenericName[{lang}]"]


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_desktop_entry_validates() -> None:
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_describes_this_app_and_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == plan.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == plan.LINUX_EXECUTABLE
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == peerhelper.__version__, "add the new version to the metainfo"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstreamcli")
def test_metainfo_validates() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture
def fake_bundle(tmp_path: Path) -> Path:
    """A Linux app folder laid out by build.py, with a stand-in program that logs its arguments."""
    app = tmp_path / "Peer Helper" / plan.APP_NAME  # a space, as in many home folders
    app.mkdir(parents=True)
    build.lay_out_linux_extras(app, ROOT)
    program = app / plan.LINUX_EXECUTABLE
    program.write_text('#!/bin/sh\nprintf "%s\\n" "$@" > "$ARGS_LOG"\nexit 7\n', encoding="utf-8")
    program.chmod(0o755)
    return app


def _run(script: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["sh", str(script), *args], capture_output=True, text=True, env={**os.environ, **env}
    )


def test_start_script_passes_arguments_and_exit_code_through_a_link(
    fake_bundle: Path, tmp_path: Path
) -> None:
    link = tmp_path / "bin" / "peerhelper"
    link.parent.mkdir()
    link.symlink_to(fake_bundle / "peerhelper.sh")
    log = tmp_path / "args.txt"
    result = subprocess.run(
        [str(link), "--data-dir", "my data", "--smoke"],
        capture_output=True,
        text=True,
        env={**os.environ, "ARGS_LOG": str(log)},
    )
    assert result.returncode == 7
    assert log.read_text(encoding="utf-8").splitlines() == ["--data-dir", "my data", "--smoke"]


def test_start_script_adds_and_removes_the_menu_entry(fake_bundle: Path, tmp_path: Path) -> None:
    data_home = tmp_path / "share"
    env = {"XDG_DATA_HOME": str(data_home)}
    script = fake_bundle / "peerhelper.sh"
    added = _run(script, "--add-to-menu", env=env)
    assert added.returncode == 0, added.stderr
    entry = data_home / "applications" / DESKTOP.name
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{fake_bundle}/peerhelper.sh"' in lines
    assert f"Icon={plan.APP_ID}" in lines
    icon = data_home / "icons/hicolor/scalable/apps" / f"{plan.APP_ID}.svg"
    assert icon.read_bytes() == (ROOT / plan.ICON_SVG).read_bytes()

    removed = _run(script, "--remove-from-menu", env=env)
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()
    assert not icon.exists()


def test_start_script_explains_a_missing_program(fake_bundle: Path) -> None:
    (fake_bundle / plan.LINUX_EXECUTABLE).unlink()
    result = _run(fake_bundle / "peerhelper.sh", env={})
    assert result.returncode == 1
    assert "unpack the whole PeerHelper folder" in result.stderr


def test_tarball_keeps_links_and_modes_and_owns_nothing(tmp_path: Path) -> None:
    app = tmp_path / plan.APP_NAME
    (app / "_internal").mkdir(parents=True)
    (app / "_internal" / "libfoo.so.1").write_bytes(b"\x7fELF")
    (app / "libfoo.so.1").symlink_to("_internal/libfoo.so.1")
    (app / "peerhelper").write_text("#!/bin/sh\n")
    (app / "peerhelper").chmod(0o755)
    out = build.make_tarball(app, tmp_path / "app.tar.gz")
    with tarfile.open(out) as tar:
        members = {member.name: member for member in tar.getmembers()}
    assert members["PeerHelper/libfoo.so.1"].issym()
    assert members["PeerHelper/libfoo.so.1"].linkname == "_internal/libfoo.so.1"
    assert members["PeerHelper/peerhelper"].mode & stat.S_IXUSR
    assert {member.uid for member in members.values()} == {0}
